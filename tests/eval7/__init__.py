"""Seventh held-out evaluation set (see README.md)."""
