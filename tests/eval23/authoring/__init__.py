"""Authoring scripts of the twenty-third evaluation set."""
