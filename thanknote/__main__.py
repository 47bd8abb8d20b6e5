"""``python -m thanknote``: the same command line as ``thanknote``."""

import sys

from thanknote.cli import main

sys.exit(main())
