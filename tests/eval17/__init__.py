"""Seventeenth evaluation set (written blind; see README.md)."""
