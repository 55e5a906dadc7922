"""``sledplanner report``: the report for a physio as a PDF file, made without a display.

Kept apart from :mod:`sledplanner.cli` so that the command's parser only gains a few lines.
Exit codes as for every command (docs/cli.md): 0 written, 1 a problem (nothing written),
2 usage, 3 the database is missing or cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def add_command(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """Add ``report [--db PATH] --out F.pdf [--from DATE] [--to DATE]``."""
    report = commands.add_parser(
        "report",
        parents=[db_option],
        help="write the report for a physio as a PDF file, with no display needed",
        description="Write a PDF report of a period (default: the last 4 weeks, today "
        "included): the plan and adherence, every session with its load and knee pain, the "
        "progression decisions, the load and pain charts, and the next two weeks' plan. The "
        "database is opened read-only and never created.",
    )
    report.add_argument("--out", required=True, type=Path, metavar="F.pdf", help="the PDF")
    report.add_argument(
        "--from", dest="first", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    report.add_argument("--to", dest="last", type=_day, metavar="DATE", help="last day")


def run_report(args: argparse.Namespace, default_database: Callable[[], Path]) -> int:
    """Write the report; return the exit code."""
    from datetime import timedelta

    from sledplanner.services.errors import DatabaseError
    from sledplanner.services.report import DEFAULT_DAYS
    from sledplanner.services.workspace import open_workspace

    path: Path = args.db if args.db is not None else default_database()
    out: Path = args.out
    today = date.today()
    last = args.last or (
        args.first + timedelta(DEFAULT_DAYS - 1) if args.first is not None else today
    )
    first = args.first or last - timedelta(DEFAULT_DAYS - 1)
    if last < first:
        print(f"error: --to {last} is before --from {first}", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        workspace = open_workspace(path, read_only=True)
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    try:
        return _write(workspace, first, last, out)
    finally:
        workspace.close()


def _quiet_offscreen(_kind: Any, _context: Any, message: str) -> None:
    """Pass Qt's messages on to stderr, but the offscreen platform's harmless resize notice."""
    if message != "This plugin does not support propagateSizeHints()":
        print(message, file=sys.stderr)


def _write(workspace: Any, first: date, last: date, out: Path) -> int:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from sledplanner.services.bundle import build_services
    from sledplanner.ui.report.pdf import make_report_document, write_pdf

    if QApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(["sledplanner"])
    services = build_services(workspace)
    try:
        document = make_report_document(services, first, last)
        if out.exists() and out.is_dir():
            raise OSError(f"{out}: is a folder")
        if not out.parent.is_dir():
            raise OSError(f"the folder {out.parent} does not exist")
        write_pdf(document, out, f"SledPlanner report {first} – {last}")
    except OSError as exc:
        print(f"error: {out}: cannot write the PDF: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        app.processEvents()
    sessions = len(services.schedule.sessions_between(first, last))
    print(f"wrote the report of {first} to {last} ({sessions} sessions) to {out}")
    return EXIT_OK
