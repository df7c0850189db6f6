"""Authoring code for the sixth evaluation set (see ../README.md)."""
