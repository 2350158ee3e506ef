"""Entry point for ``python -m news_import``."""

import sys

from .cli import main

sys.exit(main())
