"""Authoring scripts of the eighteenth evaluation set."""
