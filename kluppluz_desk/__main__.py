"""`python -m kluppluz_desk` is the same as the `kluppluz-desk` command."""

import sys

from .cli import main

sys.exit(main())
