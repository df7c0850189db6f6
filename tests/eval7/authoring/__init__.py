"""Authoring of the seventh evaluation set (see ../README.md)."""
