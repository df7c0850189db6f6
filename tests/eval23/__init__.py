"""Twenty-third evaluation set (written blind; see README.md)."""
