"""The frozen program's entry point (PyInstaller runs this file): the same main() as `omavalmentaja`."""

import sys

from omavalmentaja.cli import main

if __name__ == "__main__":
    sys.exit(main())
