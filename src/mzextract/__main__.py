"""``python -m mzextract``: the same as the ``mzextract`` command."""

import sys

from mzextract.cli import main

sys.exit(main())
