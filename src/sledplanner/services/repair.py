"""Fixing a hand-edited file: setting its invalid and duplicate records aside, keeping every byte.

The window lists the records that fail validation (they are kept in the file but not shown).
:func:`set_aside_invalid_records` is the way to fix them: it backs the file up, copies those
records into a ``NAME.set-aside-TIMESTAMP.json`` file beside the database, then removes them
from the database, one write per table. Nothing is destroyed: the backup holds the whole file as
it was, and the set-aside file holds each removed record with the reason it was removed.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sledplanner.services.workspace import Workspace
from sledplanner.storage.atomic import write_atomically
from sledplanner.storage.backups import write_backup
from sledplanner.storage.errors import DatabaseReadOnlyError, DatabaseWriteError
from sledplanner.storage.programme_repository import ProgrammeRepository
from sledplanner.storage.repositories import (
    GearRepository,
    RecordRepository,
    SubscriptionRepository,
)
from sledplanner.storage.session_repository import SessionRepository

__all__ = ["REPAIR_BACKUP_REASON", "NothingToSetAsideError", "set_aside_invalid_records"]

#: The reason recorded in the name of the backup written before a repair.
REPAIR_BACKUP_REASON = "before-repair"


class NothingToSetAsideError(ValueError):
    """The database holds no invalid or duplicate record; nothing was written."""


def _repositories(workspace: Workspace) -> list[RecordRepository[Any]]:
    db = workspace.database.db
    return [
        GearRepository(db),
        SubscriptionRepository(db),
        SessionRepository(db),
        ProgrammeRepository(db),
    ]


def set_aside_invalid_records(workspace: Workspace) -> Path:
    """Move the invalid and duplicate-id records of ``workspace`` out of the database.

    In order: a backup of the whole file is written (reason ``before-repair``); the records are
    written, with the reason of each, to ``NAME.set-aside-TIMESTAMP.json`` beside the database;
    then they are removed from the database in one write per table (gear, subscriptions,
    sessions, programmes). A record the app shows is never removed: of several records sharing
    an id, the first valid one stays.

    Returns:
        The set-aside file.

    Raises:
        NothingToSetAsideError: No record is invalid; nothing was written.
        DatabaseReadOnlyError: The workspace is read-only; nothing was written.
        DatabaseError: The backup, the set-aside file or the database could not be written
            (``DatabaseWriteError``, or whatever the storage raises for a file changed on disk).
            Whatever was written before stays, so no record is lost.
    """
    path = workspace.path
    repositories = _repositories(workspace)
    invalid = {
        repository.table_name: left_out
        for repository in repositories
        if (left_out := repository.left_out())
    }
    if not invalid:
        raise NothingToSetAsideError(f"{path}: no invalid or duplicate record to set aside")
    if workspace.read_only:
        raise DatabaseReadOnlyError(path)
    workspace.settle()
    write_backup(path, REPAIR_BACKUP_REASON)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.stem}.set-aside-{stamp}.json")
    content = {
        "database": str(path),
        "set_aside": datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "problems": [str(bad) for records in invalid.values() for _, bad in records.values()],
        "tables": {
            table: {str(doc_id): record for doc_id, (record, _) in records.items()}
            for table, records in invalid.items()
        },
    }
    # allow_nan: a hand-edited record may hold NaN; it is kept as it was read.
    text = json.dumps(content, ensure_ascii=False, indent=1, allow_nan=True) + "\n"
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as exc:
        raise DatabaseWriteError(target, exc) from exc
    for repository in repositories:
        repository.remove_stored(invalid.get(repository.table_name, {}))
    return target
