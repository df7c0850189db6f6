"""Twenty-second evaluation set (written blind; see README.md)."""
