"""Authoring kit of the fourth evaluation set (see ../README.md)."""
