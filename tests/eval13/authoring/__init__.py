"""Authoring scripts of the thirteenth evaluation set."""
