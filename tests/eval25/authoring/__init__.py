"""Authoring scripts of the twenty-fifth evaluation set."""
