"""Authoring scripts of the twenty-second evaluation set."""
