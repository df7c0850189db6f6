"""Twenty-seventh evaluation set (written blind; see README.md)."""
