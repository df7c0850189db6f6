"""Authoring code of the eighth evaluation set."""
