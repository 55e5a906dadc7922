"""Record revisions and tombstones: what a three-way merge of two copies of a file needs.

Since schema 2 the ``meta`` record holds, for every table, the revision of each record and a
tombstone for each deleted one, keyed by the record's identity (its ``id`` field, or ``#N`` for
a record without one, such as the one-record settings tables)::

    "revisions":  {"gear": {"<id>": {"n": 3, "by": "<device>", "vv": {"<device>": 2, ...}}}}
    "tombstones": {"gear": {"<id>": {"n": 4, "by": "<device>", "vv": {...}, "at": "<UTC>"}}}

``n`` counts the changes of the record, ``by`` is the device that made the last one, and ``vv``
(a version vector) counts the changes each device made. The counter and the writer alone cannot
tell two changes on one machine from one change on each; the vector can: a copy whose vector is
at least the other's everywhere has seen every change the other made. A record with no revision
has not changed since the file was upgraded to schema 2 (its vector is empty).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any

META_TABLE = "meta"
META_DOC_ID = "1"
REVISIONS = "revisions"
TOMBSTONES = "tombstones"

#: Characters of a device id: lower-case hex, as written by :func:`new_device_id`.
DEVICE_ID_LENGTH = 16


def new_device_id() -> str:
    """A fresh random device id (16 hex digits)."""
    import secrets  # loaded when an id is made: it brings hashlib, which start-up does not need

    return secrets.token_hex(DEVICE_ID_LENGTH // 2)


_PROCESS_DEVICE: list[str] = []


def process_device_id() -> str:
    """The device id of this process, for writers not given their installation's id.

    A process that does not know its installation's id (a test, a script) still writes as a
    device of its own: merges stay correct, only the vectors get one more entry.
    """
    if not _PROCESS_DEVICE:
        _PROCESS_DEVICE.append(new_device_id())
    return _PROCESS_DEVICE[0]


class Order(Enum):
    """How two revisions of one record relate."""

    SAME = "same"  # the same history
    FIRST_NEWER = "first"  # the first has seen every change of the second, and more
    SECOND_NEWER = "second"
    CONCURRENT = "concurrent"  # each has a change the other has not seen


@dataclass(frozen=True)
class Revision:
    """The revision of one record (or of its deletion)."""

    n: int = 0
    by: str = ""
    vv: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def from_stored(cls, stored: Any) -> Revision:
        """Read a stored revision; anything malformed reads as the empty revision."""
        if not isinstance(stored, Mapping):
            return cls()
        vv = stored.get("vv")
        vector = (
            {
                str(k): v
                for k, v in vv.items()
                if isinstance(v, int) and not isinstance(v, bool) and v > 0
            }
            if isinstance(vv, Mapping)
            else {}
        )
        n = stored.get("n")
        by = stored.get("by")
        return cls(
            n if isinstance(n, int) and not isinstance(n, bool) else sum(vector.values()),
            by if isinstance(by, str) else "",
            vector,
        )

    def to_stored(self) -> dict[str, Any]:
        """The stored form."""
        return {"n": self.n, "by": self.by, "vv": dict(sorted(self.vv.items()))}

    def bumped(self, device: str) -> Revision:
        """The revision after one more change by ``device``."""
        vv = dict(self.vv)
        vv[device] = vv.get(device, 0) + 1
        return Revision(self.n + 1, device, vv)

    def joined(self, other: Revision) -> Revision:
        """The revision that has seen both histories (no change of its own)."""
        vv = dict(self.vv)
        for device, count in other.vv.items():
            vv[device] = max(vv.get(device, 0), count)
        # The same whichever side joins: the larger counter, then the larger device id.
        newest = max(self, other, key=lambda rev: (rev.n, rev.by))
        return Revision(max(self.n, other.n), newest.by, vv)

    def compare(self, other: Revision) -> Order:
        """How this revision relates to ``other`` (see :class:`Order`)."""
        devices = set(self.vv) | set(other.vv)
        ahead = any(self.vv.get(d, 0) > other.vv.get(d, 0) for d in devices)
        behind = any(self.vv.get(d, 0) < other.vv.get(d, 0) for d in devices)
        if ahead and behind:
            return Order.CONCURRENT
        if ahead:
            return Order.FIRST_NEWER
        if behind:
            return Order.SECOND_NEWER
        return Order.SAME


def record_key(doc_id: str, doc: Any) -> str:
    """The identity of a record across copies: its ``id`` field, else ``#`` and its number."""
    if isinstance(doc, Mapping):
        ident = doc.get("id")
        if isinstance(ident, str) and ident:
            return ident
    return f"#{doc_id}"


def meta_record(tables: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``meta`` record of ``tables`` when it keeps revisions (schema 2 or later)."""
    meta = tables.get(META_TABLE)
    record = meta.get(META_DOC_ID) if isinstance(meta, dict) else None
    if not isinstance(record, dict):
        return None
    if not isinstance(record.get(REVISIONS), dict) or not isinstance(record.get(TOMBSTONES), dict):
        return None
    return record


def revisions_of(tables: Mapping[str, Any], table: str) -> dict[str, Any]:
    """The stored revisions of ``table`` (empty when the file keeps none)."""
    record = meta_record(tables)
    found = record[REVISIONS].get(table) if record is not None else None
    return found if isinstance(found, dict) else {}


def tombstones_of(tables: Mapping[str, Any], table: str) -> dict[str, Any]:
    """The stored tombstones of ``table`` (empty when the file keeps none)."""
    record = meta_record(tables)
    found = record[TOMBSTONES].get(table) if record is not None else None
    return found if isinstance(found, dict) else {}


def now_text() -> str:
    """The current UTC time as stored in a tombstone."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


_ABSENT = object()


def stamp_changes(
    tables: dict[str, Any],
    table: str,
    before: Mapping[str, Any],
    device: str,
    missing: object,
) -> Callable[[], None] | None:
    """Record a revision for every record of ``table`` a change touched; return an undo.

    ``before`` maps each touched record key (TinyDB's, as text) to what it held before the
    change, or ``missing`` when it did not exist. A record whose content did not change gets no
    revision. A removed record gets a tombstone; a record added back (an undo) continues the
    history of its tombstone. Nothing is done (None is returned) for the ``meta`` table and for
    files that keep no revisions.
    """
    record = meta_record(tables)
    if record is None or table == META_TABLE:
        return None
    rows = tables.get(table, {})
    revisions: dict[str, Any] = record[REVISIONS].setdefault(table, {})
    tombstones: dict[str, Any] = record[TOMBSTONES].setdefault(table, {})
    saved: dict[str, tuple[object, object]] = {}

    def keep(ident: str) -> None:
        if ident not in saved:
            saved[ident] = (revisions.get(ident, _ABSENT), tombstones.get(ident, _ABSENT))

    for key, old in before.items():
        new = rows.get(key, missing)
        if old == new:
            continue
        old_ident = record_key(key, old) if old is not missing else None
        new_ident = record_key(key, new) if new is not missing else None
        if new_ident is not None:
            keep(new_ident)
            current = revisions.get(new_ident)
            base = current if current is not None else tombstones.get(new_ident)
            revisions[new_ident] = Revision.from_stored(base).bumped(device).to_stored()
            tombstones.pop(new_ident, None)
        if old_ident is not None and old_ident != new_ident:
            keep(old_ident)
            dead = Revision.from_stored(revisions.pop(old_ident, None)).bumped(device)
            tombstones[old_ident] = {**dead.to_stored(), "at": now_text()}

    def undo() -> None:
        for ident, (rev, tomb) in saved.items():
            for target, value in ((revisions, rev), (tombstones, tomb)):
                if value is _ABSENT:
                    target.pop(ident, None)
                else:
                    target[ident] = value

    return undo


def keyed_records(table: Mapping[str, Any]) -> dict[str, tuple[str, Any]]:
    """The records of a raw table by identity: ``{identity: (TinyDB key, record)}``.

    When two records share an identity (a hand-edited file), the first one counts.
    """
    found: dict[str, tuple[str, Any]] = {}
    for key, doc in table.items():
        found.setdefault(record_key(key, doc), (key, doc))
    return found


def table_names(*sides: Mapping[str, Any]) -> list[str]:
    """The tables of every side (``meta`` left out), in first-seen order."""
    names: list[str] = []
    for tables in sides:
        names.extend(name for name in tables if name != META_TABLE and name not in names)
    return names


def identities(*groups: Iterable[str]) -> list[str]:
    """The union of ``groups``, in first-seen order."""
    seen: dict[str, None] = {}
    for group in groups:
        for ident in group:
            seen.setdefault(ident, None)
    return list(seen)
