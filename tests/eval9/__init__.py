"""The ninth labelled evaluation set (see README.md)."""
