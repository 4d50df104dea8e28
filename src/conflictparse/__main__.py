"""``python -m conflictparse``: the command line."""

import sys

from conflictparse.io.cli import main

sys.exit(main())
