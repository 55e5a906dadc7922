"""Backups of a database for the window and the command line: list, make, restore, export.

A restore is reversible: before a backup is put in place, the current file is itself backed up
(reason ``before-restore``); restoring that backup puts the file back exactly as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sledplanner.services.logs import INFO, log
from sledplanner.storage import backups as storage
from sledplanner.storage.atomic import open_regular, write_atomically
from sledplanner.storage.database import parse_tables, schema_version
from sledplanner.storage.errors import (
    DatabaseError,
    DatabaseMissingError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
)
from sledplanner.storage.migrations import SCHEMA_VERSION, Tables

DAILY = storage.DAILY
BEFORE_IMPORT = storage.BEFORE_IMPORT
BEFORE_RESTORE = storage.BEFORE_RESTORE
BEFORE_MIGRATION = storage.BEFORE_MIGRATION
DAILY_KEEP_DAYS = storage.DAILY_KEEP_DAYS
EVENT_KEEP = storage.EVENT_KEEP


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a database, as the restore dialog lists it.

    Attributes:
        path: The backup file.
        made: When it was made (from its name).
        size: Its size in bytes.
        reason: Why it was made: ``daily``, ``before-import``, ``before-restore`` or
            ``before-migration-vN``.
        gear: How many gear records it holds (None when it cannot be read).
        sessions: How many sessions it holds (None when it cannot be read).
        readable: Whether it is a SledPlanner database at all.
        schema_version: Its schema, when readable.
        problem: Why it cannot be restored (unreadable or newer), else None.
    """

    path: Path
    made: datetime
    size: int
    reason: str
    gear: int | None
    sessions: int | None
    readable: bool
    schema_version: int | None = None
    problem: str | None = None

    @property
    def restorable(self) -> bool:
        """Whether this version of SledPlanner can restore it."""
        return self.problem is None

    @property
    def migration_from(self) -> int | None:
        """For a ``before-migration-vN`` backup, N; else None."""
        prefix = f"{BEFORE_MIGRATION}-v"
        if self.reason.startswith(prefix) and self.reason[len(prefix) :].isdigit():
            return int(self.reason[len(prefix) :])
        return None


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put in place, and the copy of the file it replaced."""

    restored: Path
    #: The ``before-restore`` backup of the replaced file (None when there was no file).
    before_restore: Path | None


class SameFileError(Exception):
    """The target of an export is the database itself."""

    def __init__(self, path: Path) -> None:
        """Report that ``path`` is the database."""
        super().__init__(f"{path}: this is the database itself; choose another file")
        self.path = path


def _check(path: Path, raw: bytes) -> tuple[Tables, int]:
    """Validate the bytes of a database or backup; return its tables and schema.

    Raises:
        DatabaseCorruptError: Not a SledPlanner database.
        DatabaseTooNewError: Written by a newer SledPlanner.
    """
    tables = parse_tables(path, raw)
    version = schema_version(path, tables)
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
    return tables, version


def _read(path: Path) -> bytes:
    try:
        with open_regular(path) as handle:
            return handle.read()
    except FileNotFoundError as exc:
        raise DatabaseMissingError(path) from exc
    except OSError as exc:
        raise DatabaseUnreadableError(path, exc) from exc


def backup_info(database: Path, backup: Path) -> BackupInfo:
    """Describe ``backup`` of ``database``; a broken backup is described, never raised."""
    parsed = storage.parse_backup_name(database, backup)
    try:
        stat = backup.stat()
        size, mtime = stat.st_size, datetime.fromtimestamp(stat.st_mtime)
    except OSError:
        size, mtime = 0, datetime.fromtimestamp(0)
    reason, made = parsed if parsed is not None else ("", mtime)
    try:
        tables = parse_tables(backup, _read(backup))
        version = schema_version(backup, tables)
    except DatabaseError as exc:
        return BackupInfo(backup, made, size, reason, None, None, False, None, exc.message)
    except RecursionError:
        return BackupInfo(backup, made, size, reason, None, None, False, None, "nested too deeply")
    problem = (
        DatabaseTooNewError(backup, version, SCHEMA_VERSION).message
        if version > SCHEMA_VERSION
        else None
    )
    return BackupInfo(
        backup,
        made,
        size,
        reason,
        len(tables.get("gear") or {}),
        len(tables.get("sessions") or {}),
        True,
        version,
        problem,
    )


def list_backup_infos(database: Path) -> list[BackupInfo]:
    """Return every backup of ``database``, newest first, each read and summarised."""
    return [backup_info(Path(database), path) for path in storage.list_backups(Path(database))]


def daily_backup(database: Path, today: date | None = None) -> Path | None:
    """Write today's backup of ``database`` unless there is one (see storage.backups).

    Raises:
        DatabaseWriteError: It could not be written.
    """
    made = storage.daily_backup(Path(database), today)
    if made is not None:
        log(__name__, INFO, "daily backup of %s: %s", database, made)
    return made


def backup_before_import(database: Path) -> Path | None:
    """Back up ``database`` before an import; None when there is no file yet.

    Raises:
        DatabaseWriteError: The backup could not be written.
    """
    database = Path(database)
    if not database.exists():
        return None
    made = storage.backup_before_import(database)
    log(__name__, INFO, "backup before an import of %s: %s", database, made)
    return made


def restore(database: Path, backup: Path) -> RestoreResult:
    """Put ``backup`` in place of ``database``, keeping the current file as a backup first.

    The backup is read and checked before anything is written: a backup that is not a
    SledPlanner database, or was written by a newer version, is refused and nothing changes.
    Then the current file (when there is one) is copied to a ``before-restore`` backup, and
    the checked bytes replace the database atomically. Restoring the ``before-restore`` backup
    undoes the restore. The caller must have closed the database.

    Raises:
        DatabaseError: The backup is missing, unreadable, corrupt or newer
            (nothing changed), or a write failed (the database is unchanged).
    """
    database, backup = Path(database), Path(backup)
    payload = _read(backup)
    _check(backup, payload)
    before = storage.backup_before_restore(database) if database.exists() else None
    storage.replace_database(database, payload)
    log(__name__, INFO, "restored %s from %s (the file before: %s)", database, backup, before)
    return RestoreResult(backup, before)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def export_backup(database: Path, target: Path) -> BackupInfo:
    """Write the exact bytes of ``database`` to ``target`` atomically, after checking them.

    The database is only read (never created, upgraded or locked). Returns a description of
    the written backup.

    Raises:
        SameFileError: ``target`` is the database itself (nothing written).
        DatabaseError: The database is missing, unreadable, corrupt or newer (nothing written).
        OSError: ``target`` could not be written; it is left as it was.
    """
    database, target = Path(database), Path(target)
    if _same_file(database, target):
        raise SameFileError(target)
    payload = _read(database)
    tables, version = _check(database, payload)
    write_atomically(target, payload)
    return BackupInfo(
        target,
        datetime.now(),
        len(payload),
        "export",
        len(tables.get("gear") or {}),
        len(tables.get("sessions") or {}),
        True,
        version,
    )
