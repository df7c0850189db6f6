"""Authoring scripts of the twentieth evaluation set."""
