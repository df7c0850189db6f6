"""stub"""

MESSAGES: list = []
