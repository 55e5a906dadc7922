"""Entry point of ``python -m sledplanner`` and of the ``sledplanner`` command."""

from __future__ import annotations

import sys

from sledplanner.cli import main as cli_main


def main() -> None:
    """Run the command line and exit with its code."""
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
