"""Authoring code for the fifth evaluation set (see ../README.md)."""
