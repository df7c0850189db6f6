"""Authoring scripts of the seventeenth evaluation set."""
