"""Authoring scripts of the twenty-first evaluation set."""
