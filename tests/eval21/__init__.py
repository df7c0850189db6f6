"""Twenty-first evaluation set (written blind; see README.md)."""
