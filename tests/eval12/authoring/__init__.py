"""Authoring scripts of the twelfth evaluation set."""
