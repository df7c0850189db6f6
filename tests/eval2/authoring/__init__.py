"""Authoring tools for the second held-out evaluation set (tests/eval2)."""
