"""Thirtieth evaluation set (written blind; see README.md)."""
