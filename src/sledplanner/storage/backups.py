"""Backup copies in a ``backups/`` folder beside the database, and moving a bad file aside.

Every backup is a byte-for-byte copy of the database, written atomically, named
``NAME-REASON-YYYYMMDDTHHMMSSffffff.json``. Two kinds are kept (see docs/data-format.md):

- daily backups (reason ``daily``): at most one per calendar day, each kept 14 days;
- event backups (``before-migration-vN``, ``before-import``, ``before-restore``): the newest
  :data:`EVENT_KEEP` of each kind are kept.

Pruning only ever deletes files whose whole name this module would have written for the same
database and reason; anything else in the folder is left alone.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from sledplanner.storage.atomic import fsync_directory, open_regular, write_atomically
from sledplanner.storage.errors import DatabaseWriteError

BACKUP_FOLDER = "backups"
DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION = "before-migration"
#: Days a daily backup is kept: one made on day D is deleted from day D + DAILY_KEEP_DAYS on.
DAILY_KEEP_DAYS = 14
#: How many backups of each event kind are kept (all migrations count as one kind).
EVENT_KEEP = 20

_STAMP_FORMAT = "%Y%m%dT%H%M%S%f"
_STAMP = r"(?P<stamp>\d{8}T\d{12})"
BEFORE_REPAIR = "before-repair"
BEFORE_MERGE = "before-merge"
#: The reasons a backup is made for, and nothing else: "training-old-daily-…" is a daily backup
#: of training-old.json, never a backup of training.json made for a reason "old-daily".
_REASON = (
    rf"(?:{DAILY}|{BEFORE_IMPORT}|{BEFORE_RESTORE}|{BEFORE_REPAIR}|{BEFORE_MERGE}"
    rf"|{BEFORE_MIGRATION}-v\d+)"
)
_MIGRATION_REASON = re.compile(rf"{BEFORE_MIGRATION}-v\d+")


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime(_STAMP_FORMAT)


def _stamp_time(stamp: str) -> datetime:
    """The time of a stamp matched by ``_STAMP`` (20 digits and a T), as ``_STAMP_FORMAT`` reads.

    Sliced rather than ``datetime.strptime``, whose first use imports and sets up ``_strptime``
    (about 1–2 ms of every start-up, which looks at the daily backups).

    Raises:
        ValueError: Not a real date and time (a 13th month, a 25th hour).
    """
    return datetime(
        int(stamp[0:4]),
        int(stamp[4:6]),
        int(stamp[6:8]),
        int(stamp[9:11]),
        int(stamp[11:13]),
        int(stamp[13:15]),
        int(stamp[15:21]),
    )


def _suffix(database: Path) -> str:
    return database.suffix or ".json"


def backup_folder(database: Path) -> Path:
    """Return the folder that holds the backups of ``database``."""
    return database.parent / BACKUP_FOLDER


def _name_pattern(database: Path, reason: str = _REASON) -> re.Pattern[str]:
    """The names of the backups of ``database`` whose reason matches the expression ``reason``."""
    return re.compile(
        rf"{re.escape(database.stem)}-(?P<reason>{reason})-{_STAMP}{re.escape(_suffix(database))}"
    )


def parse_backup_name(database: Path, backup: Path) -> tuple[str, datetime] | None:
    """Return the reason and the time recorded in the name of a backup of ``database``.

    None when ``backup`` is not named the way this module names the backups of ``database``.
    """
    match = _name_pattern(database).fullmatch(backup.name)
    if match is None:
        return None
    try:
        made = _stamp_time(match["stamp"])
    except ValueError:
        return None
    return match["reason"], made


def write_backup(database: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy ``database`` byte for byte into the backup folder and return the copy's path.

    The name records the database's name, the reason and the time, for example
    ``sledplanner-before-migration-v1-20261123T101500000000.json``. After an event backup
    (``before-...``) the oldest backups of the same kind beyond :data:`EVENT_KEEP` are deleted.

    Raises:
        DatabaseWriteError: The copy could not be written.
    """
    if re.fullmatch(_REASON, reason) is None:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_folder(database)
    target = folder / f"{database.stem}-{reason}-{_stamp(now)}{_suffix(database)}"
    try:
        with open_regular(database) as handle:
            payload = handle.read()
        if reason != DAILY and (same := _newest_same(database, reason, payload)) is not None:
            # Ten failed imports of one file must not push older, different backups out.
            return same
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, payload)
    except OSError as exc:
        raise DatabaseWriteError(target, exc) from exc
    if reason != DAILY:
        prune_event_backups(database, reason)
    return target


def _newest_same(database: Path, reason: str, payload: bytes) -> Path | None:
    """The newest backup made for ``reason`` when it holds exactly ``payload``, else None."""
    found = sorted(_dated(database, re.escape(reason)), key=lambda e: (e[0], e[1].name))
    if not found:
        return None
    newest = found[-1][1]
    try:
        if newest.stat().st_size == len(payload) and newest.read_bytes() == payload:
            return newest
    except OSError:
        return None
    return None


def backup_before_migration(database: Path, found_version: int) -> Path:
    """Back up ``database`` before it is upgraded from schema ``found_version``."""
    return write_backup(database, f"{BEFORE_MIGRATION}-v{found_version}")


def backup_before_import(database: Path) -> Path:
    """Back up ``database`` before data is imported into it."""
    return write_backup(database, BEFORE_IMPORT)


def backup_before_merge(database: Path) -> Path:
    """Back up ``database`` before another copy of it is merged into it."""
    return write_backup(database, BEFORE_MERGE)


def backup_before_restore(database: Path) -> Path:
    """Back up ``database`` before a backup is put in its place."""
    return write_backup(database, BEFORE_RESTORE)


def _dated(database: Path, reason: str) -> list[tuple[datetime, Path]]:
    """The backups of ``database`` whose reason matches the regular expression ``reason``."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(database, reason)
    found: list[tuple[datetime, Path]] = []
    for path in sorted(folder.iterdir()):
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        try:
            found.append((_stamp_time(match["stamp"]), path))
        except ValueError:
            continue
    return found


def _delete(paths: list[Path]) -> list[Path]:
    deleted = []
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
            deleted.append(path)
    if deleted:
        fsync_directory(deleted[0].parent)
    return deleted


def _event_kind(reason: str) -> str:
    """The regular expression of the reasons pruned together with ``reason``."""
    if _MIGRATION_REASON.fullmatch(reason):
        return rf"{BEFORE_MIGRATION}-v\d+"
    return re.escape(reason)


def prune_event_backups(database: Path, reason: str, keep: int = EVENT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of the kind of ``reason``; return the deleted.

    Failures to delete are ignored: a backup too many is harmless.
    """
    found = sorted(_dated(database, _event_kind(reason)), key=lambda e: (e[0], e[1].name))
    return _delete([path for _, path in found[: max(len(found) - keep, 0)]])


def prune_daily_backups(database: Path, today: date) -> list[Path]:
    """Delete the daily backups made :data:`DAILY_KEEP_DAYS` or more days before ``today``."""
    oldest_kept = today - timedelta(days=DAILY_KEEP_DAYS - 1)
    return _delete([p for made, p in _dated(database, DAILY) if made.date() < oldest_kept])


def daily_backup(database: Path, today: date | None = None) -> Path | None:
    """Write today's daily backup of ``database`` unless there is one; prune old daily backups.

    Returns the new backup, or None when today's already existed. The backup's name carries
    ``today`` (the date the caller says it is) and the current time of day.

    Raises:
        DatabaseWriteError: The copy could not be written (old backups are then left alone).
    """
    today = today or date.today()
    made: Path | None = None
    if not any(stamp.date() == today for stamp, _ in _dated(database, DAILY)):
        made = write_backup(database, DAILY, now=datetime.combine(today, datetime.now().time()))
    prune_daily_backups(database, today)
    return made


def list_backups(database: Path) -> list[Path]:
    """Return the backups of ``database``, newest first (by the time in their names)."""
    return [path for _, path in sorted(_dated(database, _REASON), reverse=True)]


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


def replace_database(database: Path, payload: bytes) -> None:
    """Put ``payload`` in place of ``database`` atomically.

    Raises:
        DatabaseWriteError: The database could not be written; it is unchanged.
    """
    try:
        write_atomically(database, payload)
    except OSError as exc:
        raise DatabaseWriteError(database, exc) from exc


def restore_backup(backup: Path, database: Path) -> None:
    """Put the bytes of ``backup`` in place of ``database`` atomically.

    Raises:
        DatabaseWriteError: The backup could not be read or the database written.
    """
    try:
        with open_regular(backup) as handle:
            payload = handle.read()
    except OSError as exc:
        raise DatabaseWriteError(database, exc) from exc
    replace_database(database, payload)
