"""Twenty-fourth evaluation set (written blind; see README.md)."""
