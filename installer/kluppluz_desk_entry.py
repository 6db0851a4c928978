"""Entry script for the PyInstaller bundle: the same as the `kluppluz-desk` command.

PyInstaller runs its script as `__main__` outside any package, so kluppluz_desk/__main__.py
(with its relative import) cannot be used directly.
"""

import sys

from kluppluz_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
