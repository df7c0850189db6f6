"""Authoring tools for the third held-out evaluation set (tests/eval3)."""
