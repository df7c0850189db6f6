"""Twenty-sixth evaluation set (written blind; see README.md)."""
