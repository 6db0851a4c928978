"""`python -m kluppluz_desk.bench`: run the benchmark and print its figures as JSON."""

import sys

from .core import main

if __name__ == "__main__":  # not when a test imports every module
    sys.exit(main())
