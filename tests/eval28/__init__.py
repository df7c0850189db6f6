"""Twenty-eighth evaluation set (written blind; see README.md)."""
