"""Twenty-fifth evaluation set (written blind; see README.md)."""
