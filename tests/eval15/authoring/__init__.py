"""Authoring scripts of the fifteenth evaluation set."""
