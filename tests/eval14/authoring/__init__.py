"""Authoring scripts of the fourteenth evaluation set."""
