"""Authoring scripts of the twenty-ninth evaluation set."""
