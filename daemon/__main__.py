"""``python -m daemon`` is ``followupd``."""

import sys

from daemon.cli import main

sys.exit(main())
