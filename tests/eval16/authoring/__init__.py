"""Authoring scripts of the sixteenth evaluation set."""
