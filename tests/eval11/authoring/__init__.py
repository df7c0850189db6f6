"""Authoring code of the eleventh evaluation set (see ../README.md)."""
