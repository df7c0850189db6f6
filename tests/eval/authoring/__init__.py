"""Authoring aid for the evaluation set (not used by tests or the bench).

The committed ``.eml`` files and ``labels.yaml`` are the source of truth; this package is
kept so the set can be extended consistently. Run ``python -m tests.eval.authoring.build``.
"""
