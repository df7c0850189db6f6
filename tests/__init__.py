"""Test suite for interview-followup (importable so `tests.support` can be shared)."""
