"""The eleventh labelled evaluation set (see README.md)."""
