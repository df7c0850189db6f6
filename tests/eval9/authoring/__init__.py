"""Authoring code of the ninth evaluation set (see ../README.md)."""
