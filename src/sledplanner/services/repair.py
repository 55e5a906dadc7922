"""Fixing a hand-edited file: setting its invalid and duplicate records aside, keeping every byte.

The window lists the records that fail validation (they are kept in the file but not shown).
:func:`set_aside_invalid_records` is the way to fix them: it backs the file up, copies those
records into a ``NAME.set-aside-TIMESTAMP.json`` file beside the database, then removes them
from the database, one write per table. Nothing is destroyed: the backup holds the whole file as
it was, and the set-aside file holds each removed record with the reason it was removed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.programme import Programme
from sledplanner.domain.sessions import Session
from sledplanner.domain.subscriptions import Subscription
from sledplanner.services.workspace import Workspace
from sledplanner.storage.atomic import write_atomically
from sledplanner.storage.backups import write_backup
from sledplanner.storage.errors import DatabaseReadOnlyError, DatabaseWriteError
from sledplanner.storage.programme_repository import ProgrammeRepository
from sledplanner.storage.repositories import (
    GearRepository,
    SessionRepository,
    SubscriptionRepository,
)

__all__ = ["REPAIR_BACKUP_REASON", "NothingToSetAsideError", "set_aside_invalid_records"]

#: The reason recorded in the name of the backup written before a repair.
REPAIR_BACKUP_REASON = "before-repair"

#: The record tables, each with the reader that rebuilds (and so checks) one record.
_TABLES: tuple[tuple[str, Callable[[Mapping[str, Any]], object]], ...] = (
    (GearRepository.table_name, GearItem.from_dict),
    (SubscriptionRepository.table_name, Subscription.from_dict),
    (SessionRepository.table_name, Session.from_dict),
    (ProgrammeRepository.table_name, Programme.from_dict),
)


class NothingToSetAsideError(ValueError):
    """The database holds no invalid or duplicate record; nothing was written."""


def _reason(read: Callable[[Mapping[str, Any]], object], record: dict[str, Any]) -> str | None:
    """Why ``record`` cannot be used, or None when it reads as a valid record."""
    try:
        read(record)
    except ValidationError as exc:
        return f"{exc.field}: {exc.message}"
    except Exception as exc:  # any record that cannot be read is unusable, whatever the reason
        return f"cannot be read: {exc}"
    return None


def _invalid(workspace: Workspace) -> dict[str, dict[int, tuple[dict[str, Any], str]]]:
    """The records to set aside, by table: doc id -> (record, reason).

    These are exactly the records the repositories leave out of ``all()``: those that fail
    validation, and every later record whose id an earlier valid record already has. The records
    the app shows are never among them.
    """
    db = workspace.database.db
    found: dict[str, dict[int, tuple[dict[str, Any], str]]] = {}
    for table_name, read in _TABLES:
        if table_name not in db.tables():
            continue
        seen: set[str] = set()
        for doc in db.table(table_name).all():
            record = dict(doc)
            reason = _reason(read, record)
            record_id = record.get("id")
            if reason is None and isinstance(record_id, str):
                if record_id in seen:
                    reason = f"id: duplicate id {record_id}"
                seen.add(record_id)
            if reason is not None:
                found.setdefault(table_name, {})[doc.doc_id] = (record, reason)
    return found


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
    invalid = _invalid(workspace)
    if not invalid:
        raise NothingToSetAsideError(f"{path}: no invalid or duplicate record to set aside")
    if workspace.read_only:
        raise DatabaseReadOnlyError(path)
    write_backup(path, REPAIR_BACKUP_REASON)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.stem}.set-aside-{stamp}.json")
    content = {
        "database": str(path),
        "set_aside": datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "problems": [
            f"{table} record {doc_id}: {reason}"
            for table, records in invalid.items()
            for doc_id, (_, reason) in records.items()
        ],
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
    db = workspace.database.db
    for table, records in invalid.items():
        db.table(table).remove(doc_ids=list(records))
    return target
