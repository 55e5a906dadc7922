"""``sledplanner report``: placeholder replaced below."""

from __future__ import annotations

import argparse
from typing import Any


def add_command(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """Add the command."""


def run_report(args: argparse.Namespace, default: Any) -> int:
    """Run it."""
    return 0
