"""Twenty-ninth evaluation set (written blind; see README.md)."""
