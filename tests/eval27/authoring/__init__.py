"""Authoring scripts of the twenty-seventh evaluation set."""
