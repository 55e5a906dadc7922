"""The ``sledplanner`` command: argument parsing, the subcommands and their exit codes.

Exit codes (see docs/cli.md): 0 done; 1 invalid input or a database problem; 2 usage error;
3 database locked by another instance, missing or unreadable.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sledplanner import __version__

if TYPE_CHECKING:
    from sledplanner.services.workspace import Workspace

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


def _db_option(default: object) -> argparse.ArgumentParser:
    option = argparse.ArgumentParser(add_help=False)
    option.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default,
        help="the database file (default: sledplanner.json in the user data folder)",
    )
    return option


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every subcommand (later ones add to it here)."""
    parser = argparse.ArgumentParser(
        prog="sledplanner",
        description="Plan sled-drag gear, training weeks and progress. "
        "Without a command, opens the window.",
        parents=[_db_option(None)],
    )
    # A subcommand's --db must not reset a --db given before the command to its default
    # ("sledplanner --db X import ..." uses X), so there it has no default of its own.
    db_option = _db_option(argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"sledplanner {__version__}")
    parser.add_argument(
        "--team",
        type=Path,
        metavar="DIR",
        help="open the window on a team folder: one database per athlete (see docs/coach.md)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="write an example database built from the blog post",
        description="Write an example database (the blog's sled, kettlebells and coaching) at "
        "PATH. An existing file is never overwritten: exit 1 instead.",
    )
    demo.add_argument("path", metavar="PATH", help="where to write the example (a file name)")

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

    export = commands.add_parser(
        "export",
        parents=[db_option],
        help="write data from a database to a file",
        description="Write data from a database (opened read-only, never created) to a file, "
        "replacing the file atomically. Exit 0 when written, 1 on a problem (nothing written), "
        "3 when the database is missing or cannot be read.",
    )
    export_what = export.add_mutually_exclusive_group(required=True)
    export_what.add_argument(
        "--gear-csv",
        type=Path,
        metavar="F",
        help="every gear item, as CSV (see docs/csv.md)",
    )
    export_what.add_argument(
        "--sessions-csv",
        type=Path,
        metavar="F",
        help="every training session, as CSV (see docs/csv.md)",
    )
    export_what.add_argument(
        "--ics",
        type=Path,
        metavar="F",
        help="the planned sessions, as an iCalendar file for calendar apps (see docs/cli.md)",
    )
    export.add_argument(
        "--all",
        action="store_true",
        help="with --ics: also the done (CONFIRMED) and skipped (CANCELLED) sessions",
    )
    export_what.add_argument(
        "--backup",
        type=Path,
        metavar="F",
        help="a complete backup: the exact bytes of the database, checked first (see docs/cli.md)",
    )

    imp = commands.add_parser(
        "import",
        parents=[db_option],
        help="add data from a file to a database (all or nothing)",
        description="Add data from a file to a database, created when missing. The whole file "
        "is checked first; any problem means nothing is added. Exit 0 when imported, 1 on a "
        "problem (every one listed on stderr), 3 when the database is open in another "
        "SledPlanner or cannot be read.",
    )
    import_what = imp.add_mutually_exclusive_group(required=True)
    import_what.add_argument(
        "--gear-csv",
        type=Path,
        metavar="F",
        help="gear items from a CSV file (see docs/csv.md)",
    )
    import_what.add_argument(
        "--sessions-csv",
        type=Path,
        metavar="F",
        help="training sessions from a CSV file; sleds are named as in the inventory "
        "(see docs/csv.md)",
    )
    _add_app_import_options(imp, import_what)
    _add_report_command(commands, db_option)
    _add_calendar_sync(commands, db_option)
    _add_merge_parser(commands, db_option)
    clients = commands.add_parser(
        "clients",
        help="print the team table of a folder of athlete databases",
        description="Sum up every athlete database in DIR (read-only, never locked or "
        "changed): one row each, as a table or as CSV. Exit 0 when listed, 1 when the CSV "
        "cannot be written, 3 when DIR cannot be read.",
    )
    clients.add_argument("dir", type=Path, metavar="DIR", help="the team folder")
    clients.add_argument(
        "--csv", type=Path, metavar="F", help="write the table as CSV to F (see docs/csv.md)"
    )
    return parser


def _add_calendar_sync(commands: Any, db_option: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "calendar-sync",
        parents=[db_option],
        help="two-way sync of the plan with a CalDAV calendar",
        description="Push every session to a CalDAV calendar as one event, and take back the "
        "sessions moved there (see docs/calendar.md). Exit 0 when synced, 1 on a database "
        "problem, 3 when the database is locked, missing or unreadable, 4 when the server "
        "could not be reached or refused (nothing changed locally).",
    )
    sync.add_argument("--url", required=True, metavar="URL", help="the calendar collection")
    sync.add_argument("--username", metavar="NAME", help="the account name on the server")
    sync.add_argument(
        "--password-env",
        metavar="VAR",
        help="the environment variable holding the password (default: the system keyring, "
        "when the keyring package is installed)",
    )
    sync.add_argument(
        "--timeout", type=float, default=20.0, metavar="SECONDS", help=argparse.SUPPRESS
    )


def _add_merge_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    merge = commands.add_parser(
        "merge",
        parents=[db_option],
        help="merge another copy of a database (a sync conflict copy) into it, record by record",
        description="Merge OTHER into the database record by record (see docs/sync.md). Exit 0 "
        "when merged, 1 when records changed in both copies and no --prefer was given (each "
        "listed field by field; nothing written) or on another problem, 3 when the database "
        "is locked, missing or cannot be read.",
    )
    merge.add_argument("other", type=Path, metavar="OTHER", help="the other copy")
    merge.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="settle records changed in both copies: keep this database's or OTHER's version",
    )
    merge.add_argument(
        "--dry-run", action="store_true", help="say what would change; write nothing"
    )


def _demo(given: str) -> int:
    from sledplanner.services.demo import write_demo
    from sledplanner.services.errors import DatabaseError

    path = Path(given)
    if given.endswith(("/", os.sep)) or path.is_dir():
        print(
            f"error: {given}: is a folder; give the file to write, such as "
            f"{path / 'sledplanner.json'}",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    try:
        write_demo(path)
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    print(f"wrote the example database {path}")
    return EXIT_OK


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


def _items(count: int) -> str:
    return f"{count} gear item" if count == 1 else f"{count} gear items"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except (OSError, RuntimeError):  # RuntimeError: a link loop (Python before 3.13)
        return False


def _export_from(
    db: Path | None, out: Path, run: Callable[[Workspace], int], records: str
) -> tuple[int, int]:
    """Open the database read-only and ``run`` an export into ``out``.

    Returns ``(exit code, count)``; every problem is printed. ``records`` names the kind of
    record an export refuses to write while some are invalid (e.g. "gear").
    """
    from sledplanner.services.csv_common import CsvExportError
    from sledplanner.services.errors import DatabaseError
    from sledplanner.services.ical import IcsExportError
    from sledplanner.services.workspace import open_workspace

    path = db if db is not None else _default_database()
    if _same_file(path, out):
        print(f"error: {out}: this is the database itself; choose another file", file=sys.stderr)
        return EXIT_PROBLEM, 0
    try:
        workspace = open_workspace(path, read_only=True)
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code, 0
    try:
        count = run(workspace)
    except (CsvExportError, IcsExportError) as exc:
        for record in exc.records:
            print(f"error: {path}: {record}", file=sys.stderr)
        print(
            f"error: {out} was not written: fix the invalid {records} records first "
            "(sledplanner check lists them)",
            file=sys.stderr,
        )
        return EXIT_PROBLEM, 0
    except OSError as exc:
        print(f"error: {out}: cannot write the file: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEM, 0
    finally:
        workspace.close()
    return EXIT_OK, count


def _export_gear_csv(db: Path | None, out: Path) -> int:
    from sledplanner.services.gear import GearService
    from sledplanner.services.gear_csv import export_gear_csv

    code, count = _export_from(
        db, out, lambda workspace: export_gear_csv(GearService(workspace), out), "gear"
    )
    if code == EXIT_OK:
        print(f"exported {_items(count)} to {out}")
    return code


def _export_backup(db: Path | None, out: Path) -> int:
    from sledplanner.services.backups import SameFileError, export_backup
    from sledplanner.services.errors import DatabaseError

    path = db if db is not None else _default_database()
    try:
        info = export_backup(path, out)
    except SameFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        print(f"error: {out} was not written", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        print(f"error: {out}: cannot write the file: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(
        f"exported a backup of {path} ({_items(info.gear or 0)}, {_sessions(info.sessions or 0)}, "
        f"{info.size} bytes) to {out}"
    )
    return EXIT_OK


def _import_gear_csv(db: Path | None, source: Path) -> int:
    from sledplanner.domain.preferences import Preferences
    from sledplanner.services.gear import GearService
    from sledplanner.services.gear_csv import CsvImportError, import_gear_csv, read_gear_csv

    path = db if db is not None else _default_database()
    # Check the whole file before touching the database, so that a bad file neither creates
    # nor upgrades it. The problems found do not depend on the database's currency.
    try:
        rows = read_gear_csv(source, Preferences().currency)
    except CsvImportError as exc:
        return _report_import_problems(path, exc.problems)
    if not rows:
        print(f"{source} holds no gear rows: nothing imported, {path} not touched")
        return EXIT_OK
    return _import_under_lock(
        path, lambda workspace: import_gear_csv(GearService(workspace), source), "gear item"
    )


def _sessions(count: int) -> str:
    return f"{count} session" if count == 1 else f"{count} sessions"


def _export_sessions(db: Path | None, out: Path, *, ics: bool, include_all: bool = False) -> int:
    """Export the sessions as CSV, or the planned ones (every one) as iCalendar (``ics``)."""
    from sledplanner.services.gear import GearService
    from sledplanner.services.ical import export_ics
    from sledplanner.services.schedule import ScheduleService
    from sledplanner.services.sessions_csv import export_sessions_csv

    def run(workspace: Workspace) -> int:
        schedule, gear = ScheduleService(workspace), GearService(workspace)
        if ics:
            return export_ics(schedule, gear, out, include_all=include_all)
        return export_sessions_csv(schedule, gear, out)

    code, count = _export_from(db, out, run, "session")
    if code == EXIT_OK:
        what = (
            f"{count} {'' if include_all else 'planned '}{'session' if count == 1 else 'sessions'}"
            if ics
            else _sessions(count)
        )
        print(f"exported {what} to {out}")
    return code


def _import_sessions_csv(db: Path | None, source: Path) -> int:
    from sledplanner.domain.gear import GearItem
    from sledplanner.domain.preferences import Preferences
    from sledplanner.services.errors import DatabaseError, DatabaseMissingError
    from sledplanner.services.gear import GearService
    from sledplanner.services.schedule import ScheduleService
    from sledplanner.services.sessions_csv import (
        CsvImportError,
        import_sessions_csv,
        read_sessions_csv,
    )
    from sledplanner.services.workspace import open_workspace

    path = db if db is not None else _default_database()
    # Check the whole file before writing anything, so that a bad file neither creates nor
    # upgrades the database. The sled names are checked against the database's inventory,
    # read without writing (a missing database has no sleds yet).
    gear_items: list[GearItem] = []
    unit = Preferences().display_unit
    try:
        peek = open_workspace(path, read_only=True)
    except DatabaseMissingError:
        pass
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    else:
        try:
            gear = GearService(peek)
            gear_items, unit = gear.items(), gear.preferences().display_unit
        finally:
            peek.close()
    try:
        rows = read_sessions_csv(source, gear_items, unit)
    except CsvImportError as exc:
        return _report_import_problems(path, exc.problems)
    if not rows:
        print(f"{source} holds no session rows: nothing imported, {path} not touched")
        return EXIT_OK
    # Read again under the lock: the inventory may have changed since the check.
    return _import_under_lock(
        path,
        lambda workspace: import_sessions_csv(
            ScheduleService(workspace), GearService(workspace), source
        ),
        "session",
    )


def _report_import_problems(path: Path, problems: Sequence[object]) -> int:
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    print(f"error: nothing was imported into {path}", file=sys.stderr)
    return EXIT_PROBLEM


def _import_under_lock(path: Path, apply: Callable[[Workspace], int], noun: str) -> int:
    """Take the lock, open (creating if needed) the database, run ``apply``; return the exit code.

    ``apply`` imports into the workspace and returns how many records it added; the file was
    checked before, so here only a change since then or a failed write can stop it. An existing
    database is first backed up (reason ``before-import``); without that backup nothing is
    imported.
    """
    from sledplanner.app.device import device_id
    from sledplanner.app.lock import DatabaseLock
    from sledplanner.services.backups import backup_before_import
    from sledplanner.services.csv_common import CsvImportError
    from sledplanner.services.errors import DatabaseError, DatabaseWriteError
    from sledplanner.services.workspace import open_workspace

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"error: {DatabaseWriteError(path, exc).message}", file=sys.stderr)
        return EXIT_PROBLEM
    lock = DatabaseLock(path)
    if not lock.acquire():
        if lock.permission_denied:
            message = f"{path}: cannot be locked for writing: the folder is not writable"
        elif not lock.held_by_another:
            message = f"{path}: cannot be locked for writing: {lock.cause()}"
        elif lock.holder().elsewhere:
            message = (
                f"{lock.error()}; close SledPlanner there and import again. If it is not "
                f"open there any more, open the database in the window, which offers to "
                f"take the lock over"
            )
        else:
            message = (
                f"{path}: another SledPlanner has the file open "
                f"({lock.holder().describe()}); close it there and import again"
            )
        print(f"error: {message}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    try:
        existed = path.exists()
        try:
            workspace = open_workspace(path, create=True, device_id=device_id)
        except DatabaseError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return exc.exit_code
        try:
            if existed:
                backup_before_import(path)
            count = apply(workspace)
        except CsvImportError as exc:
            return _report_import_problems(path, exc.problems)
        except DatabaseError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return exc.exit_code
        finally:
            workspace.close()
    finally:
        lock.release()
    print(f"imported {count} {noun}{'' if count == 1 else 's'} into {path}")
    return EXIT_OK


def _default_database() -> Path:
    from sledplanner.app.gui import data_folder
    from sledplanner.services.workspace import default_database_path

    return default_database_path(data_folder())


class _Printable:
    """A text stream that writes control characters as visible escapes (see ``printable``)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from sledplanner.domain.parsing import printable  # loaded when something is printed

        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    r"""Run the command line and return the exit code.

    Everything it prints goes through ``printable``: a file name or a CSV cell holding a
    terminal escape sequence is shown as ``\x1b[…``, never sent to the terminal.
    """
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printable(out), _Printable(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _add_app_import_options(imp: argparse.ArgumentParser, what: Any) -> None:
    from sledplanner.cli_app_import import add_options

    add_options(imp, what)


def _add_report_command(commands: Any, db_option: argparse.ArgumentParser) -> None:
    from sledplanner.cli_report import add_command

    add_command(commands, db_option)


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """Read a plain start of the window (no arguments, or only ``--db PATH``); else None.

    They come out as the full parser would read them. Building the parser of every
    subcommand costs several milliseconds of the window's start-up; anything else (another
    option, a command, help, an error) goes to the full parser.
    """
    if not argv:
        return argparse.Namespace(db=None, command=None, team=None)
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return argparse.Namespace(db=Path(argv[1]), command=None, team=None)
    if len(argv) == 1 and argv[0].startswith("--db=") and argv[0] != "--db=":
        return argparse.Namespace(db=Path(argv[0].removeprefix("--db=")), command=None, team=None)
    return None


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(argv) if argv is not None else sys.argv[1:]
    window = window_arguments(arguments)
    if window is not None:
        from sledplanner.app import warm_start

        warm_start.prepare(window.db)  # before Qt: see the module
        from sledplanner.app.gui import run_gui

        return run_gui(window.db)
    parser = build_parser()
    args = parser.parse_args(arguments)
    command = _COMMANDS.get(args.command or "")
    if command is not None:
        return command(parser, args)
    if args.team is not None:
        from sledplanner.app.team import run_team

        return run_team(args.team)
    from sledplanner.app.gui import run_gui

    return run_gui(args.db)


def _db(args: argparse.Namespace) -> Path:
    """The database a command names, or the default one."""
    return args.db if args.db is not None else _default_database()


def _run_export(_parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.all and args.ics is None:
        print("error: --all goes with --ics only", file=sys.stderr)
        return EXIT_USAGE
    if args.backup is not None:
        return _export_backup(args.db, args.backup)
    if args.sessions_csv is not None:
        return _export_sessions(args.db, args.sessions_csv, ics=False)
    if args.ics is not None:
        return _export_sessions(args.db, args.ics, ics=True, include_all=args.all)
    return _export_gear_csv(args.db, args.gear_csv)


def _run_import(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from sledplanner.cli_app_import import check_options, run_app_import

    check_options(parser, args)
    if args.from_app is not None:
        return run_app_import(args, _default_database, _import_under_lock)
    if args.sessions_csv is not None:
        return _import_sessions_csv(args.db, args.sessions_csv)
    return _import_gear_csv(args.db, args.gear_csv)


def _run_report(_parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from sledplanner.cli_report import run_report

    return run_report(args, _default_database)


def _run_calendar_sync(_parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from sledplanner.app.calendar_sync_command import run_calendar_sync

    return run_calendar_sync(_db(args), args.url, args.username, args.password_env, args.timeout)


def _run_merge(_parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from sledplanner.app.merge_command import run_merge

    return run_merge(_db(args), args.other, args.prefer, args.dry_run)


def _run_clients(_parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from sledplanner.services.team_cli import clients

    return clients(args.dir, args.csv)


#: Each command and what runs it (no command: the window).
_COMMANDS: dict[str, Callable[[argparse.ArgumentParser, argparse.Namespace], int]] = {
    "demo": lambda _p, args: _demo(args.path),
    "check": lambda _p, args: _check(args.db),
    "screenshot": lambda _p, args: _screenshot(args.db, args.tab, args.out, args.size),
    "export": _run_export,
    "import": _run_import,
    "report": _run_report,
    "calendar-sync": _run_calendar_sync,
    "merge": _run_merge,
    "clients": _run_clients,
}
