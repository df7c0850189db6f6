"""Twelfth evaluation set (written blind)."""
