"""``sledplanner import --from APP F``: the options and the run of an import from another app.

Kept apart from :mod:`sledplanner.cli` so that the command's parser only gains a few lines.
The exit codes are those of every import (see docs/cli.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sledplanner.services.app_import import AppImportPlan
    from sledplanner.services.workspace import Workspace

APPS = ("strong", "hevy", "fitnotes")
EXIT_OK = 0
EXIT_PROBLEM = 1

ImportUnderLock = Callable[[Path, Callable[["Workspace"], int], str], int]


def add_options(imp: argparse.ArgumentParser, what: Any) -> None:
    """Add ``--from APP F`` to the import choices, and the options that go with it."""
    what.add_argument(
        "--from",
        dest="from_app",
        nargs=2,
        metavar=("APP", "F"),
        help="done sessions from a Strong, Hevy or FitNotes CSV export: APP is strong, hevy "
        "or fitnotes (see docs/csv.md)",
    )
    imp.add_argument(
        "--unit",
        choices=("kg", "lb"),
        help="with --from: the weight unit of an export that names none (Strong's today; "
        "default: the database's display unit)",
    )
    imp.add_argument(
        "--sled",
        metavar="NAME",
        help="with --from: the sled the drags used (default: the only sled owned)",
    )
    imp.add_argument(
        "--exercise",
        action="append",
        default=[],
        metavar="NAME=ACTIVITY",
        help="with --from: import the exercise NAME as ACTIVITY (backward_drag, forward_drag, "
        "backward_walk, lateral_drag) or skip it (skip); may be repeated",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="with --from: print what would be imported and change nothing",
    )


def check_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse (exit 2) an unknown app, and the --from options without --from."""
    if args.from_app is None:
        used = [
            option
            for option, value in (
                ("--unit", args.unit),
                ("--sled", args.sled),
                ("--exercise", args.exercise),
                ("--dry-run", args.dry_run),
            )
            if value
        ]
        if used:
            parser.error(f"{', '.join(used)}: only with --from APP F")
        return
    app = args.from_app[0].strip().lower()
    if app not in APPS:
        parser.error(f"--from: '{args.from_app[0]}' is not one of {', '.join(APPS)}")


def _minutes(count: int) -> str:
    return f"{count} min"


def describe(plan: AppImportPlan, unit_text: Callable[[Any], str]) -> list[str]:
    """The lines that show what an import adds and leaves out."""
    lines: list[str] = []
    for item in plan.sessions:
        session = item.session
        log = session.log
        assert log is not None
        parts = [
            session.day.isoformat()
            + (f" {session.start_time.strftime('%H:%M')}" if session.start_time else ""),
            f"{item.source.exercise} -> {session.activity.value}",
            _minutes(log.minutes),
        ]
        if log.load is not None:
            parts.append(f"load {unit_text(log.load)}")
        if log.distance_m is not None:
            parts.append(f"{log.distance_m.normalize():f} m")
        if log.rpe is not None:
            parts.append(f"RPE {log.rpe}")
        lines.append("  " + ", ".join(parts) + f" (line {item.lines[0]})")
    for skipped in plan.skipped:
        rows = f"{skipped.rows} row" if skipped.rows == 1 else f"{skipped.rows} rows"
        lines.append(f"skipped {rows} of '{skipped.name}': {skipped.reason}")
    return lines


def run_app_import(
    args: argparse.Namespace,
    default_database: Callable[[], Path],
    import_under_lock: ImportUnderLock,
) -> int:
    """Run ``import --from APP F``; return the exit code."""
    from sledplanner.domain.app_import import SourceApp, parse_exercise_overrides
    from sledplanner.domain.errors import ValidationError
    from sledplanner.domain.units import MassUnit
    from sledplanner.services.app_import import AppImportService, SledChoiceError
    from sledplanner.services.csv_common import CsvImportError
    from sledplanner.services.gear import GearService
    from sledplanner.services.schedule import ScheduleService

    path: Path = args.db if args.db is not None else default_database()
    app = SourceApp(args.from_app[0].strip().lower())
    source = Path(args.from_app[1])
    unit = MassUnit.parse(args.unit) if args.unit else None
    try:
        overrides = parse_exercise_overrides(args.exercise)
    except ValidationError as exc:
        print(f"error: {exc.field}: {exc.message}", file=sys.stderr)
        return EXIT_PROBLEM

    def plan_in(workspace: Workspace) -> AppImportPlan:
        gear = GearService(workspace)
        service = AppImportService(workspace, ScheduleService(workspace), gear)
        return service.plan(app, source, unit=unit, overrides=overrides, sled_name=args.sled)

    def fail(messages: list[str]) -> int:
        for message in messages:
            print(f"error: {message}", file=sys.stderr)
        print(f"error: nothing was imported into {path}", file=sys.stderr)
        return EXIT_PROBLEM

    # Check the whole file first, against the database read without writing (a missing
    # database has no sleds and no imports yet), so that a bad file changes nothing.
    plan = _preview(
        path, plan_in, lambda: _plan_without_database(app, source, unit, overrides, args.sled), fail
    )
    if isinstance(plan, int):
        return plan
    unknown = _unknown_exercises(plan, overrides, source)
    if unknown:
        return fail(unknown)
    for line in describe(plan, str):
        print(line)
    count = len(plan.sessions)
    noun = "session" if count == 1 else "sessions"
    if args.dry_run:
        print(f"would import {count} {noun} into {path} (dry run: nothing written)")
        return EXIT_OK
    if not count:
        print(f"nothing to import from {source}: {path} not touched")
        return EXIT_OK

    def apply(workspace: Workspace) -> int:
        gear = GearService(workspace)
        service = AppImportService(workspace, ScheduleService(workspace), gear)
        try:
            fresh = service.plan(app, source, unit=unit, overrides=overrides, sled_name=args.sled)
        except SledChoiceError as exc:
            raise CsvImportError([_problem(source, str(exc))]) from None
        return len(service.apply(fresh))

    return import_under_lock(path, apply, "session")


def _preview(
    path: Path,
    plan_in: Callable[[Workspace], AppImportPlan],
    plan_without: Callable[[], AppImportPlan],
    fail: Callable[[list[str]], int],
) -> AppImportPlan | int:
    """The import planned against the database read without writing; an exit code on failure."""
    from sledplanner.services.app_import import SledChoiceError
    from sledplanner.services.csv_common import CsvImportError
    from sledplanner.services.errors import DatabaseError, DatabaseMissingError
    from sledplanner.services.workspace import open_workspace

    try:
        peek = open_workspace(path, read_only=True)
    except DatabaseMissingError:
        peek = None
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    try:
        return plan_in(peek) if peek is not None else plan_without()
    except CsvImportError as exc:
        return fail([str(problem) for problem in exc.problems])
    except SledChoiceError as exc:
        return fail([str(exc)])
    finally:
        if peek is not None:
            peek.close()


def _unknown_exercises(plan: AppImportPlan, overrides: dict[str, Any], source: Path) -> list[str]:
    """A message for each --exercise name the export does not hold."""
    held = {name.casefold() for name in plan.mapping}
    names = ", ".join(sorted(plan.mapping, key=str.casefold)) or "none"
    return [
        f"--exercise: no exercise named '{name}' in {source} (it has: {names})"
        for name in overrides
        if name not in held
    ]


def _problem(source: Path, message: str) -> Any:
    from sledplanner.services.csv_common import CsvProblem

    return CsvProblem(source, 0, "", message)


def _plan_without_database(
    app: Any, source: Path, unit: Any, overrides: Any, sled: str | None
) -> AppImportPlan:
    """Plan the import into a database that does not exist yet: no sleds, nothing imported."""
    from sledplanner.domain.app_import import group_sets
    from sledplanner.domain.units import MassUnit
    from sledplanner.services.app_import import AppImportPlan, SledChoiceError, read_app_export
    from sledplanner.services.csv_common import CsvImportError, CsvProblem

    if sled is not None:
        raise SledChoiceError(f"no sled named '{sled}': the database does not exist yet")
    parsed = read_app_export(app, source, unit or MassUnit.KG)
    grouping = group_sets(app, parsed.sets, overrides, not_sets=parsed.not_sets)
    if grouping.problems:
        raise CsvImportError(
            [CsvProblem(source, p.line, p.column, p.message) for p in grouping.problems]
        )
    return AppImportPlan(app, source, grouping, None)
