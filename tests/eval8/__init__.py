"""The eighth held-out evaluation set (see README.md)."""
