"""Backup copies in a ``backups/`` folder beside the database, and moving a bad file aside."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sledplanner.storage.atomic import fsync_directory, write_atomically
from sledplanner.storage.errors import DatabaseWriteError

BACKUP_FOLDER = "backups"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%dT%H%M%S%f")


def backup_folder(database: Path) -> Path:
    """Return the folder that holds the backups of ``database``."""
    return database.parent / BACKUP_FOLDER


def write_backup(database: Path, reason: str) -> Path:
    """Copy ``database`` byte for byte into the backup folder and return the copy's path.

    The name records the database's name, the reason and the time, for example
    ``sledplanner-before-migration-v1-20261123T101500000000.json``.

    Raises:
        DatabaseWriteError: The copy could not be written.
    """
    folder = backup_folder(database)
    target = folder / f"{database.stem}-{reason}-{_stamp()}{database.suffix or '.json'}"
    try:
        payload = database.read_bytes()
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, payload)
    except OSError as exc:
        raise DatabaseWriteError(target, exc) from exc
    return target


def backup_before_migration(database: Path, found_version: int) -> Path:
    """Back up ``database`` before it is upgraded from schema ``found_version``."""
    return write_backup(database, f"before-migration-v{found_version}")


def list_backups(database: Path) -> list[Path]:
    """Return the backups of ``database``, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    prefix = f"{database.stem}-"
    found = [p for p in folder.iterdir() if p.is_file() and p.name.startswith(prefix)]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def newest_backup(database: Path) -> Path | None:
    """Return the newest backup of ``database``, or None when there is none."""
    backups = list_backups(database)
    return backups[0] if backups else None


def move_aside(database: Path) -> Path:
    """Rename an unreadable ``database`` so a new or restored file can take its place.

    Nothing is deleted: the file keeps its bytes under a name such as
    ``sledplanner.unreadable-20261123T101500000000.json`` in the same folder.

    Raises:
        DatabaseWriteError: The rename failed.
    """
    target = database.with_name(f"{database.stem}.unreadable-{_stamp()}{database.suffix}")
    try:
        database.rename(target)
    except OSError as exc:
        raise DatabaseWriteError(database, exc) from exc
    fsync_directory(database.parent)
    return target


def restore_backup(backup: Path, database: Path) -> None:
    """Put the bytes of ``backup`` in place of ``database`` atomically.

    Raises:
        DatabaseWriteError: The backup could not be read or the database written.
    """
    try:
        write_atomically(database, backup.read_bytes())
    except OSError as exc:
        raise DatabaseWriteError(database, exc) from exc
