"""Checking a database file without changing it: the ``sledplanner check`` use case."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sledplanner.storage.database import open_database
from sledplanner.storage.errors import DatabaseCorruptError, DatabaseError
from sledplanner.storage.repositories import (
    GearRepository,
    SessionRepository,
    SubscriptionRepository,
)


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

    The file is never written, created, upgraded on disk or moved.
    """
    path = Path(path)
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
        repositories = (
            GearRepository(database.db),
            SubscriptionRepository(database.db),
            SessionRepository(database.db),
        )
        for repository in repositories:
            for bad in repository.problems():
                report.problems.append(Problem(path, str(bad)))
    finally:
        database.close()
    if report.problems:
        report.exit_code = 1
    return report
