"""Authoring scripts of the thirtieth evaluation set."""
