"""``python -m wirefeed_publish``: see :mod:`wirefeed_publish.cli`."""

import sys

from .cli import main

sys.exit(main())
