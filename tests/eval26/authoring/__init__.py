"""Authoring scripts of the twenty-sixth evaluation set."""
