"""Stub."""

MESSAGES: list = []
