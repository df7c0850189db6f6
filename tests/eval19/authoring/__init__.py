"""Authoring scripts of the nineteenth evaluation set."""
