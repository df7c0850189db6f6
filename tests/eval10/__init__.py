"""The tenth labelled evaluation set (see README.md)."""
