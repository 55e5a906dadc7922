"""The ``sledplanner`` command: argument parsing, the subcommands and their exit codes.

Exit codes (see docs/cli.md): 0 done; 1 invalid input or a database problem; 2 usage error;
3 database locked by another instance, missing or unreadable.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from sledplanner import __version__

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3

TABS = ("equipment", "programme", "progress")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"invalid size '{text}': use WIDTHxHEIGHT, e.g. 1280x800")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise argparse.ArgumentTypeError(
            f"invalid size '{text}': width 200–8000 and height 150–8000 pixels"
        )
    return width, height


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every subcommand (later ones add to it here)."""
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the database file (default: sledplanner.json in the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="sledplanner",
        description="Plan sled-drag gear, training weeks and progress. "
        "Without a command, opens the window.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"sledplanner {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(
        "check",
        parents=[db_option],
        help="verify a database and list every problem found",
        description="Verify a database without changing it. Exit 0 when it is sound, 1 when "
        "problems were found (each listed on stderr), 3 when it cannot be read.",
    )

    shot = commands.add_parser(
        "screenshot",
        parents=[db_option],
        help="render a tab to a PNG file, with no display needed",
        description="Render one tab of the window on a database (opened read-only, never "
        "created) to a PNG file.",
    )
    shot.add_argument("--tab", required=True, choices=TABS, help="the tab to render")
    shot.add_argument("--out", required=True, type=Path, metavar="F.png", help="the PNG to write")
    shot.add_argument(
        "--size", type=_size, default=(1280, 800), metavar="WxH", help="default 1280x800"
    )
    return parser


def _check(db: Path | None) -> int:
    from sledplanner.services.check import check_database

    path = db if db is not None else _default_database()
    report = check_database(path)
    if not report.ok:
        for problem in report.problems:
            print(f"error: {problem}", file=sys.stderr)
        return report.exit_code or EXIT_PROBLEM
    counts = ", ".join(f"{n} {name}" for name, n in report.counts.items()) or "no records"
    print(f"{path}: OK (schema version {report.schema_version}; {counts})")
    return EXIT_OK


def _screenshot(db: Path | None, tab: str, out: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QSize

    from sledplanner.app.screenshot import ScreenshotError, render_screenshot
    from sledplanner.services.errors import DatabaseError

    try:
        render_screenshot(db, tab, out, QSize(*size))
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except ScreenshotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"wrote {out}")
    return EXIT_OK


def _default_database() -> Path:
    from sledplanner.app.gui import data_folder
    from sledplanner.services.workspace import default_database_path

    return default_database_path(data_folder())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    if args.command == "check":
        return _check(args.db)
    if args.command == "screenshot":
        return _screenshot(args.db, args.tab, args.out, args.size)
    from sledplanner.app.gui import run_gui

    return run_gui(args.db)
