"""Repositories: the only code that queries TinyDB tables."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from tinydb import TinyDB
from tinydb.table import Document

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.subscriptions import Subscription
from sledplanner.storage.database import META_DOC_ID, META_TABLE


class MetaRepository:
    """The ``meta`` table: one record describing the file itself."""

    def __init__(self, db: TinyDB) -> None:
        """Read and write the meta record of ``db``."""
        self._table = db.table(META_TABLE)

    def record(self) -> dict[str, Any]:
        """Return a copy of the meta record."""
        doc = self._table.get(doc_id=int(META_DOC_ID))
        return dict(doc) if isinstance(doc, dict) else {}

    def schema_version(self) -> int:
        """Return the schema version the file is at."""
        return int(self.record()["schema_version"])


class Record(Protocol):
    """A domain object stored as one record with a stable text id."""

    @property
    def id(self) -> str:
        """The record's id."""

    def to_dict(self) -> dict[str, Any]:
        """The stored form."""


R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class BadRecord:
    """A stored record that does not pass validation (a hand-edited file, say)."""

    table: str
    doc_id: int
    field: str
    message: str

    def __str__(self) -> str:
        """Render as ``table record N: field: message``."""
        return f"{self.table} record {self.doc_id}: {self.field}: {self.message}"


class RecordRepository(Generic[R]):
    """A table of domain records keyed by their ``id`` field, kept in insertion order."""

    table_name: str = ""

    def __init__(self, db: TinyDB, read: Callable[[dict[str, Any]], R]) -> None:
        """Store records of one kind in ``db``; ``read`` rebuilds one from its stored form."""
        self._table = db.table(self.table_name)
        self._read = read
        self._storage = db.storage
        self._loaded: tuple[object, list[R], dict[int, tuple[dict[str, Any], BadRecord]]] | None
        self._loaded = None
        self._index: dict[str, list[int]] = {}
        self._index_keys: dict[int, str] = {}  # TinyDB record id -> record id, for the index
        self._index_version: object = None

    def _version(self) -> object:
        """What identifies the table's current content (a fresh object when it cannot be known)."""
        version = getattr(self._storage, "table_version", None)
        return object() if version is None else version(self.table_name)

    def _changed_since(self, version: object) -> frozenset[str] | None:
        """The stored keys changed since ``version``; None when a cache must be rebuilt."""
        changes_since = getattr(self._storage, "changes_since", None)
        if changes_since is None or not isinstance(version, int):
            return None
        changed: frozenset[str] | None = changes_since(self.table_name, version)
        return changed

    def _raw(self) -> Mapping[str, Any]:
        stored = self._storage.read() or {}
        raw = stored.get(self.table_name)
        return raw if isinstance(raw, dict) else {}

    def _doc_ids(self) -> dict[str, list[int]]:
        """The TinyDB record ids of each record id, in file order.

        Kept up to date from the records each change touched, so an edit does not rescan a
        table of 50,000 sessions.
        """
        version = self._version()
        if self._index_version == version:
            return self._index
        changed = self._changed_since(self._index_version)
        raw = self._raw()
        if changed is None:
            self._index, self._index_keys = {}, {}
            keys: Iterable[str] = raw
        else:
            keys = changed
            for key in changed:
                self._unindex(int(key))
        for key in keys:
            doc = raw.get(key)
            record_id = doc.get("id") if isinstance(doc, dict) else None
            if isinstance(record_id, str):
                doc_id = int(key)
                bisect.insort(self._index.setdefault(record_id, []), doc_id)
                self._index_keys[doc_id] = record_id
        self._index_version = version
        return self._index

    def _unindex(self, doc_id: int) -> None:
        record_id = self._index_keys.pop(doc_id, None)
        if record_id is None:
            return
        doc_ids = self._index.get(record_id, [])
        if doc_id in doc_ids:
            doc_ids.remove(doc_id)
        if not doc_ids:
            self._index.pop(record_id, None)

    def _load(self) -> tuple[list[R], dict[int, tuple[dict[str, Any], BadRecord]]]:
        """Read every stored record: the usable ones, and those left out with the reason.

        Left out are records that fail validation and every later record whose id an earlier
        usable record already has (a hand-edited file); they stay in the file untouched. The
        result is remembered until the table changes (domain records are immutable).
        """
        version = self._version()
        if self._loaded is not None and self._loaded[0] == version:
            return list(self._loaded[1]), dict(self._loaded[2])
        good, left_out = self._read_all()
        self._loaded = (version, good, left_out)
        return list(good), dict(left_out)

    def _read_all(self) -> tuple[list[R], dict[int, tuple[dict[str, Any], BadRecord]]]:
        good: list[R] = []
        left_out: dict[int, tuple[dict[str, Any], BadRecord]] = {}
        seen: set[str] = set()
        for doc in self._table.all():
            stored = dict(doc)
            try:
                record = self._read(stored)
            except ValidationError as exc:
                bad = BadRecord(self.table_name, doc.doc_id, exc.field, exc.message)
                left_out[doc.doc_id] = (stored, bad)
                continue
            if record.id in seen:
                message = f"duplicate id {record.id}"
                left_out[doc.doc_id] = (
                    stored,
                    BadRecord(self.table_name, doc.doc_id, "id", message),
                )
                continue
            seen.add(record.id)
            good.append(record)
        return good, left_out

    def all(self) -> list[R]:
        """Return every usable record, oldest first (the others are reported by problems())."""
        return self._load()[0]

    def problems(self) -> list[BadRecord]:
        """Return the stored records that fail validation, and duplicate ids."""
        left_out = [bad for _, bad in self._load()[1].values()]
        # Records that fail validation first, then the duplicate ids, each in file order.
        return sorted(left_out, key=lambda bad: bad.message.startswith("duplicate id "))

    def left_out(self) -> dict[int, tuple[dict[str, Any], BadRecord]]:
        """Return the records ``all()`` leaves out, by TinyDB record id: stored form and reason."""
        return self._load()[1]

    def remove_stored(self, doc_ids: Iterable[int]) -> None:
        """Delete stored records by their TinyDB record ids, in one write."""
        ids = list(doc_ids)
        if ids:
            self._table.remove(doc_ids=ids)

    def get(self, record_id: str) -> R | None:
        """Return the record with ``record_id``, or None."""
        doc_ids = self._doc_ids().get(record_id)
        doc = self._raw().get(str(doc_ids[0])) if doc_ids else None
        if not isinstance(doc, dict):
            return None
        try:
            return self._read(dict(doc))
        except ValidationError:
            return None  # reported by problems(); an invalid record cannot be used

    def add(self, record: R) -> None:
        """Store a new record (written to disk before returning).

        Raises:
            KeyError: A record with the same id exists.
        """
        self.add_many([record])

    def add_many(self, records: Iterable[R]) -> None:
        """Store several new records in one write: all of them or, on failure, none."""
        batch = list(records)
        if not batch:
            return
        ids = [r.id for r in batch]
        stored = self._doc_ids()
        if len(set(ids)) != len(ids) or any(i in stored for i in ids):
            raise KeyError("a record with this id already exists")
        self._table.insert_multiple([r.to_dict() for r in batch])

    def update(self, record: R) -> None:
        """Replace the stored record with the same id.

        Raises:
            KeyError: No record has that id.
        """
        doc_ids = self._doc_ids().get(record.id)
        if not doc_ids:
            raise KeyError(record.id)
        self._table.update(_replace_with(record.to_dict()), doc_ids=doc_ids)

    def remove(self, record_id: str) -> None:
        """Delete the record with ``record_id``.

        Raises:
            KeyError: No record has that id.
        """
        doc_ids = self._doc_ids().get(record_id)
        if not doc_ids:
            raise KeyError(record_id)
        self._table.remove(doc_ids=doc_ids)

    def remove_many(self, record_ids: Iterable[str]) -> None:
        """Delete several records in one write.

        Raises:
            KeyError: One of the ids is not stored; nothing was deleted.
        """
        wanted = set(record_ids)
        if not wanted:
            return
        stored = self._doc_ids()
        missing = wanted - stored.keys()
        if missing:
            raise KeyError(sorted(missing)[0])
        self._table.remove(doc_ids=[doc_id for i in sorted(wanted) for doc_id in stored[i]])

    def count(self) -> int:
        """Return the number of stored records."""
        return len(self._table)


def _replace_with(new: dict[str, Any]) -> Callable[[MutableMapping[Any, Any]], None]:
    """Return a TinyDB update that replaces the whole record (dropping removed fields)."""

    def transform(doc: MutableMapping[Any, Any]) -> None:
        doc.clear()
        doc.update(new)

    return transform


class GearRepository(RecordRepository[GearItem]):
    """The ``gear`` table."""

    table_name = "gear"

    def __init__(self, db: TinyDB) -> None:
        """Store gear items in ``db``."""
        super().__init__(db, GearItem.from_dict)


class SubscriptionRepository(RecordRepository[Subscription]):
    """The ``subscriptions`` table."""

    table_name = "subscriptions"

    def __init__(self, db: TinyDB) -> None:
        """Store subscriptions in ``db``."""
        super().__init__(db, Subscription.from_dict)


class PreferencesRepository:
    """The ``preferences`` table: one record with the display unit and currency."""

    table_name = "preferences"

    def __init__(self, db: TinyDB) -> None:
        """Keep the preferences of ``db``."""
        self._table = db.table(self.table_name)

    def load(self, defaults: Preferences) -> Preferences:
        """Return the stored preferences, with ``defaults`` for anything missing or invalid."""
        doc = self._table.get(doc_id=1)
        if not isinstance(doc, dict):
            return defaults
        try:
            return Preferences.from_dict(doc, defaults)
        except ValidationError:
            return defaults

    def save(self, preferences: Preferences) -> None:
        """Store ``preferences``."""
        self._table.upsert(Document(preferences.to_dict(), doc_id=1))
