"""``followupd init``: the set-up wizard (being written; see issue 6)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from daemon.config import Config
from daemon.errors import EX_UNAVAILABLE


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of ``followupd init``."""


def run_init(args: argparse.Namespace, *, check: Callable[[Config], int]) -> int:
    """Run the wizard; returns the exit status."""
    print("followupd init: not available yet", file=sys.stderr)
    return EX_UNAVAILABLE
