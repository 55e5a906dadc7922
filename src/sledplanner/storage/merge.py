"""The three-way merge of two copies of a database file, record by record.

The common ancestor is not needed as a file: each record's revision (see
:mod:`sledplanner.storage.revisions`) tells which copy has seen which changes. For every record
of every table, by its identity:

* added on one side only: kept;
* changed on one side only (its revision is newer, the other's unchanged): that side's version;
* deleted on one side, unchanged on the other: deleted;
* changed on both sides (or changed on one and deleted on the other) to different content: a
  conflict, settled by a choice per record or a side preferred for all, else left open;
* changed on both sides to the same content: kept, no conflict.

"Mine" is the file being merged into; "theirs" is the other copy. Nothing here reads or writes
a file.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sledplanner.storage.revisions import (
    META_DOC_ID,
    META_TABLE,
    REVISIONS,
    TOMBSTONES,
    Order,
    Revision,
    identities,
    keyed_records,
    meta_record,
    now_text,
    revisions_of,
    table_names,
    tombstones_of,
)


class Side(Enum):
    """One of the two copies."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class FieldDifference:
    """One field of a conflicting record: its value on each side (None when absent)."""

    name: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Conflict:
    """A record changed on both sides: its content on each (None = deleted on that side)."""

    table: str
    key: str
    mine: Mapping[str, Any] | None
    theirs: Mapping[str, Any] | None

    @property
    def ref(self) -> tuple[str, str]:
        """``(table, identity)``: what a choice refers to."""
        return (self.table, self.key)

    def differences(self) -> list[FieldDifference]:
        """The fields whose values differ, in the record's order (mine first)."""
        mine = dict(self.mine or {})
        theirs = dict(self.theirs or {})
        names = list(mine) + [name for name in theirs if name not in mine]
        return [
            FieldDifference(name, mine.get(name), theirs.get(name))
            for name in names
            if mine.get(name) != theirs.get(name) or (name in mine) != (name in theirs)
        ]


@dataclass
class MergeResult:
    """The merged tables and what the merge did."""

    tables: dict[str, Any]
    #: Records taken from the other copy: ``(table, identity, "added"|"changed"|"deleted")``.
    taken: list[tuple[str, str, str]] = field(default_factory=list)
    #: Every record changed on both sides, settled or not.
    conflicts: list[Conflict] = field(default_factory=list)
    #: The conflicts settled by a choice or a preferred side, and the side chosen.
    settled: dict[tuple[str, str], Side] = field(default_factory=dict)
    #: Whether the merged tables differ from mine.
    changed: bool = False

    @property
    def open_conflicts(self) -> list[Conflict]:
        """The conflicts no choice settled: nothing may be written while there are any."""
        return [c for c in self.conflicts if c.ref not in self.settled]


@dataclass
class _State:
    """One side of one record: its TinyDB key and content (None when deleted or never there)."""

    key: str | None
    doc: Any
    revision: Revision | None  # None: never known on this side
    deleted: bool
    at: str | None = None  # when it was deleted (a tombstone's time)


def _state(records: Mapping[str, tuple[str, Any]], revs: Any, tombs: Any, ident: str) -> _State:
    if ident in records:
        key, doc = records[ident]
        return _State(key, doc, Revision.from_stored(revs.get(ident)), False)
    if ident in tombs:
        revision = Revision.from_stored(tombs[ident])
        return _State(None, None, revision, True, _tomb_time(tombs, ident))
    return _State(None, None, None, False)


def _decide(mine: _State, theirs: _State) -> str:
    """``mine``, ``theirs``, ``join`` (same content on both) or ``conflict``."""
    if theirs.revision is None:
        return "mine"
    if mine.revision is None:
        return "theirs"
    present = mine.key is not None, theirs.key is not None
    if present == (True, True) and mine.doc == theirs.doc:
        return "join"
    if mine.deleted and theirs.deleted:
        return "join"
    order = mine.revision.compare(theirs.revision)
    if order is Order.FIRST_NEWER:
        return "mine"
    if order is Order.SECOND_NEWER:
        return "theirs"
    return "conflict"


class _Target:
    """The merged tables under construction (a deep copy of mine)."""

    def __init__(self, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        self.tables: dict[str, Any] = copy.deepcopy(dict(mine))
        record = meta_record(self.tables)
        if record is None:
            raise ValueError("this file keeps no record revisions (schema 2 or later needed)")
        if meta_record(theirs) is None:
            raise ValueError("the other copy keeps no record revisions (schema 2 or later needed)")
        self.meta = record

    def rows(self, table: str) -> dict[str, Any]:
        found: dict[str, Any] = self.tables.setdefault(table, {})
        return found

    def revisions(self, table: str) -> dict[str, Any]:
        found: dict[str, Any] = self.meta[REVISIONS].setdefault(table, {})
        return found

    def tombstones(self, table: str) -> dict[str, Any]:
        found: dict[str, Any] = self.meta[TOMBSTONES].setdefault(table, {})
        return found

    def put(self, table: str, ident: str, at: str | None, doc: Any, revision: Revision) -> None:
        """Store ``doc`` as the record ``ident`` (at TinyDB key ``at`` when it has one)."""
        rows = self.rows(table)
        key = at if at is not None else self._free_key(rows, ident)
        rows[key] = copy.deepcopy(doc)
        self.revisions(table)[ident] = revision.to_stored()
        self.tombstones(table).pop(ident, None)

    def delete(self, table: str, ident: str, at: str | None, revision: Revision, when: str) -> None:
        """Remove the record ``ident`` (at key ``at``) and keep its tombstone."""
        if at is not None:
            self.rows(table).pop(at, None)
        self.revisions(table).pop(ident, None)
        self.tombstones(table)[ident] = {**revision.to_stored(), "at": when}

    @staticmethod
    def _free_key(rows: Mapping[str, Any], ident: str) -> str:
        if ident.startswith("#") and ident[1:] not in rows:
            return ident[1:]  # a record without an id keeps its number (a settings record)
        numbers = [int(key) for key in rows if key.isdigit()]
        return str(max(numbers, default=0) + 1)


def _tomb_time(tombs: Mapping[str, Any], ident: str) -> str:
    """When the tombstone of ``ident`` was made (now, when it does not say)."""
    stored = tombs.get(ident)
    when = stored.get("at") if isinstance(stored, Mapping) else None
    return when if isinstance(when, str) else now_text()


def merge_tables(
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    device: str,
    *,
    prefer: Side | None = None,
    choices: Mapping[tuple[str, str], Side] | None = None,
) -> MergeResult:
    """Merge ``theirs`` into ``mine`` record by record (see the module); inputs are unchanged.

    ``choices`` settles single conflicts by ``(table, identity)``; ``prefer`` settles the rest.
    A settled conflict gets a revision newer than both sides' (made by ``device``), so merging
    the same copy again changes nothing. An open conflict leaves mine's record in the result.

    Raises:
        ValueError: A side keeps no revisions (a schema-1 file must be upgraded first).
    """
    target = _Target(mine, theirs)
    result = MergeResult(target.tables)
    picks = dict(choices or {})
    for table in table_names(mine, theirs):
        mine_rows = mine.get(table)
        theirs_rows = theirs.get(table)
        mine_records = keyed_records(mine_rows if isinstance(mine_rows, dict) else {})
        theirs_records = keyed_records(theirs_rows if isinstance(theirs_rows, dict) else {})
        mine_revs, theirs_revs = revisions_of(mine, table), revisions_of(theirs, table)
        mine_tombs, theirs_tombs = tombstones_of(mine, table), tombstones_of(theirs, table)
        for ident in identities(mine_records, theirs_records, mine_tombs, theirs_tombs):
            ours = _state(mine_records, mine_revs, mine_tombs, ident)
            other = _state(theirs_records, theirs_revs, theirs_tombs, ident)
            outcome = _decide(ours, other)
            if outcome == "mine":
                continue
            assert ours.revision is not None or outcome == "theirs"
            if outcome == "theirs":
                assert other.revision is not None
                _take_theirs(target, result, table, ident, ours, other, other.revision)
                continue
            assert ours.revision is not None and other.revision is not None
            joined = ours.revision.joined(other.revision)
            if outcome == "join":
                if joined == ours.revision:
                    continue
                if ours.deleted:
                    later = max(ours.at or "", other.at or "")
                    target.delete(table, ident, None, joined, later)
                else:
                    target.revisions(table)[ident] = joined.to_stored()
                continue
            conflict = Conflict(table, ident, ours.doc, other.doc)
            result.conflicts.append(conflict)
            side = picks.get(conflict.ref, prefer)
            if side is None:
                continue
            result.settled[conflict.ref] = side
            settled = joined.bumped(device)
            if side is Side.THEIRS:
                _take_theirs(target, None, table, ident, ours, other, settled)
            elif ours.deleted:
                target.delete(table, ident, None, settled, now_text())
            else:
                target.put(table, ident, ours.key, ours.doc, settled)
    result.changed = target.tables != dict(mine)
    return result


def _take_theirs(
    target: _Target,
    result: MergeResult | None,
    table: str,
    ident: str,
    ours: _State,
    other: _State,
    revision: Revision,
) -> None:
    if other.deleted:
        target.delete(table, ident, ours.key, revision, other.at or now_text())
        if ours.key is not None and result is not None:
            result.taken.append((table, ident, "deleted"))
        return
    target.put(table, ident, ours.key, other.doc, revision)
    if result is not None:
        result.taken.append((table, ident, "changed" if ours.key is not None else "added"))


def meta_of(tables: Mapping[str, Any]) -> Mapping[str, Any]:
    """The meta record of ``tables`` (empty when there is none)."""
    meta = tables.get(META_TABLE)
    record = meta.get(META_DOC_ID) if isinstance(meta, Mapping) else None
    return record if isinstance(record, Mapping) else {}
