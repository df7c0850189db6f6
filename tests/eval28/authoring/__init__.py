"""Authoring scripts of the twenty-eighth evaluation set."""
