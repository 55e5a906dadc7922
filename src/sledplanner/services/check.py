"""Checking a database file without changing it: the ``sledplanner check`` use case."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path

from sledplanner.domain.day_words import day_text
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearKind
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.progression import ProgressionSettings
from sledplanner.services.conflict_copies import find_conflict_copies
from sledplanner.storage.database import Database, open_database
from sledplanner.storage.errors import DatabaseCorruptError, DatabaseError
from sledplanner.storage.programme_repository import (
    ProgrammeRepository,
)
from sledplanner.storage.repositories import (
    GearRepository,
    SubscriptionRepository,
)
from sledplanner.storage.session_repository import SessionRepository


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a database, located as precisely as is known."""

    path: Path
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        """Render as ``file[:line]: [field: ]message``."""
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


@dataclass
class CheckReport:
    """What a check found: the problems, the record counts, and the exit code to use."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int | None = None
    exit_code: int = 0

    @property
    def ok(self) -> bool:
        """Whether nothing is wrong."""
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Check the database at ``path`` read-only and report every problem found.

    The file is never written, created, upgraded on disk or moved. A sync tool's conflict copy
    beside it is a problem too: the changes in it are read by nothing until it is merged.
    """
    path = Path(path)
    report = _check_file(path)
    for copy in find_conflict_copies(path):
        report.problems.append(
            Problem(
                copy.path,
                f"a {copy.tool} conflict copy of {path.name}: its changes are not in the "
                "database until merged (sledplanner merge --db "
                f"{shlex.quote(str(path))} {shlex.quote(str(copy.path))})",
            )
        )
        report.exit_code = report.exit_code or 1
    return report


def _check_file(path: Path) -> CheckReport:
    report = CheckReport(path)
    try:
        database = open_database(path, read_only=True)
    except DatabaseCorruptError as exc:
        report.problems.append(Problem(path, exc.problem, exc.line))
        report.exit_code = exc.exit_code
        return report
    except DatabaseError as exc:
        report.problems.append(Problem(path, exc.message.removeprefix(f"{path}: ")))
        report.exit_code = exc.exit_code
        return report
    try:
        report.schema_version = database.found_version
        report.counts = database.table_counts()
        gear = GearRepository(database.db)
        sessions = SessionRepository(database.db)
        programmes = ProgrammeRepository(database.db)
        repositories = (gear, SubscriptionRepository(database.db), sessions, programmes)
        for repository in repositories:
            for bad in repository.problems():
                report.problems.append(Problem(path, str(bad)))
        report.problems.extend(
            Problem(path, message) for message in _broken_links(gear, sessions, programmes)
        )
        report.problems.extend(Problem(path, message) for message in _bad_settings(database))
    finally:
        database.close()
    if report.problems:
        report.exit_code = 1
    return report


def _broken_links(
    gear: GearRepository, sessions: SessionRepository, programmes: ProgrammeRepository
) -> list[str]:
    """Sessions that name a sled that is gone or is not a sled, or a programme that is gone."""
    items = {item.id: item for item in gear.all()}
    plans = {programme.id for programme in programmes.all()}
    problems: list[str] = []
    for session in sessions.all():
        where = f"sessions: the session of {day_text(session.day)} ({session.id})"
        if session.sled_id is not None:
            sled = items.get(session.sled_id)
            if sled is None:
                problems.append(f"{where} names a sled that does not exist ({session.sled_id})")
            elif sled.kind is not GearKind.SLED:
                problems.append(f"{where} names '{sled.name}', which is not a sled")
        if session.programme_id is not None and session.programme_id not in plans:
            problems.append(
                f"{where} belongs to a programme that no longer exists ({session.programme_id})"
            )
    return problems


def _bad_settings(database: Database) -> list[str]:
    """The one-record settings tables, when their stored values are invalid."""
    problems: list[str] = []
    checks = (
        ("preferences", Preferences.from_dict),
        ("progression", ProgressionSettings.from_dict),
    )
    for table, read in checks:
        doc = database.db.table(table).get(doc_id=1)
        if not isinstance(doc, dict):
            continue
        try:
            read(doc)
        except (ValidationError, TypeError, ValueError, KeyError) as exc:
            detail = f"{exc.field}: {exc.message}" if isinstance(exc, ValidationError) else exc
            problems.append(f"{table} record 1: {detail}")
    return problems
