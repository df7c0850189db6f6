"""Authoring code of the tenth evaluation set (see ../README.md)."""
