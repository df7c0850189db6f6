"""stub."""

MESSAGES: list = []
