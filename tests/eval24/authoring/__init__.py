"""Authoring scripts of the twenty-fourth evaluation set."""
