"""Merging another copy of a database into it: the ``sledplanner merge`` and window use case.

The other copy (a sync tool's conflict copy, usually) is read and checked, upgraded in memory
when it is older, and merged record by record (see :mod:`sledplanner.storage.merge`). Nothing
is written while a conflict is open. Before the merged file is written, the database is backed
up (reason ``before-merge``); after success a conflict copy of the database is moved into
``backups/`` beside it, never deleted.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sledplanner.services.conflict_copies import conflict_tool
from sledplanner.services.workspace import Workspace
from sledplanner.storage.atomic import fsync_directory, real_target
from sledplanner.storage.backups import backup_before_merge, backup_folder
from sledplanner.storage.database import open_database, read_tables, schema_version
from sledplanner.storage.errors import (
    DatabaseError,
    DatabaseTooNewError,
    DatabaseWriteError,
    MigrationError,
)
from sledplanner.storage.merge import (
    Conflict,
    FieldDifference,
    MergeResult,
    Side,
    merge_tables,
)
from sledplanner.storage.migrations import SCHEMA_VERSION, MigrationStepError, migrate

__all__ = [
    "Conflict",
    "FieldDifference",
    "MergeReport",
    "MergeResult",
    "SameCopyError",
    "Side",
    "merge_files",
    "plan_merge",
    "read_other_copy",
]


class SameCopyError(ValueError):
    """The other copy is the database itself."""

    def __init__(self, path: Path) -> None:
        """Report that ``path`` is the database."""
        super().__init__(f"{path}: this is the database itself; name the other copy")


@dataclass
class MergeReport:
    """What a merge of ``other`` into ``database`` found and did."""

    database: Path
    other: Path
    result: MergeResult
    dry_run: bool = False
    #: Whether the database file was written.
    written: bool = False
    backup: Path | None = None
    #: Where the conflict copy was moved (inside backups/), when it was.
    moved_to: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def open_conflicts(self) -> list[Conflict]:
        """The conflicts left open (then nothing was written)."""
        return self.result.open_conflicts


def read_other_copy(path: Path) -> dict[str, Any]:
    """Read and check another copy of a database; an older one is upgraded in memory.

    Raises:
        DatabaseError: It is missing, unreadable, not a database, or written by a newer version.
    """
    path = Path(path)
    tables = read_tables(path)
    found = schema_version(path, tables)
    if found > SCHEMA_VERSION:
        raise DatabaseTooNewError(path, found, SCHEMA_VERSION)
    if found < SCHEMA_VERSION:
        try:
            tables = migrate(tables, found)
        except MigrationStepError as exc:
            raise MigrationError(path, exc.step, exc.reason) from exc
    return tables


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def merge_files(
    database: Path,
    other: Path,
    device_id: str,
    *,
    prefer: Side | None = None,
    dry_run: bool = False,
) -> MergeReport:
    """Merge the copy ``other`` into ``database`` (the caller holds the database's lock).

    With open conflicts, or with ``dry_run``, nothing is written or moved.

    Raises:
        SameCopyError: ``other`` is the database.
        DatabaseError: Either file cannot be read or is newer; the database cannot be written.
    """
    database, other = Path(database), Path(other)
    if _same(database, other):
        raise SameCopyError(other)
    theirs = read_other_copy(other)
    opened = open_database(database, read_only=dry_run, device_id=device_id)
    try:
        mine = opened.storage.read()
        result = merge_tables(mine, theirs, device_id, prefer=prefer)
        report = MergeReport(database, other, result, dry_run)
        if dry_run or result.open_conflicts:
            return report
        if result.changed:
            report.backup = backup_before_merge(real_target(database))
            opened.storage.write(result.tables)
            report.written = True
        report.moved_to = file_conflict_copy(database, other)
        report.counts = opened.table_counts()
    finally:
        opened.close()
    return report


def file_conflict_copy(database: Path, other: Path) -> Path | None:
    """Move ``other`` into the database's ``backups/`` when it is a conflict copy of it.

    Any other file (a copy brought on a stick, say) is left where it is: None.

    Raises:
        DatabaseWriteError: The copy could not be moved.
    """
    real = real_target(database)
    if not any(
        conflict_tool(place, other) is not None and _same(other.parent, place.parent)
        for place in {database, real}
    ):
        return None
    folder = backup_folder(real)
    target = folder / other.name
    number = 2
    while target.exists():
        target = folder / f"{other.stem}-{number}{other.suffix}"
        number += 1
    try:
        folder.mkdir(exist_ok=True)
        os.replace(other, target)
    except OSError as exc:
        raise DatabaseWriteError(other, exc) from exc
    fsync_directory(folder)
    fsync_directory(other.parent)
    return target


def plan_merge(
    workspace: Workspace,
    other: Path,
    device_id: str,
    choices: Mapping[tuple[str, str], Side] | None = None,
) -> MergeResult:
    """Merge ``other`` into the open workspace's tables in memory; nothing is written.

    Raises:
        SameCopyError: ``other`` is the database.
        DatabaseError: ``other`` cannot be read or is newer.
    """
    if _same(workspace.path, Path(other)):
        raise SameCopyError(Path(other))
    theirs = read_other_copy(Path(other))
    storage = workspace.database.storage
    with storage.lock:
        return merge_tables(storage.read(), theirs, device_id, choices=choices)


def current_tables(workspace: Workspace) -> dict[str, Any]:
    """A copy of the open workspace's tables (what an undo of a merge puts back)."""
    import copy

    storage = workspace.database.storage
    with storage.lock:
        return copy.deepcopy(storage.read())


def replace_tables(workspace: Workspace, tables: Mapping[str, Any]) -> None:
    """Put ``tables`` in place of the open workspace's tables and save them.

    Raises:
        DatabaseError: The save failed (memory is rolled back).
    """
    import copy

    workspace.database.storage.write(copy.deepcopy(dict(tables)))


def backup_for_merge(workspace: Workspace) -> Path:
    """Back up the workspace's file before a merge (after what is waiting has been saved).

    Raises:
        DatabaseWriteError: The backup could not be written; do not merge.
    """
    workspace.settle()
    try:
        return backup_before_merge(real_target(workspace.path))
    except DatabaseError:
        raise
    except OSError as exc:
        raise DatabaseWriteError(workspace.path, exc) from exc
