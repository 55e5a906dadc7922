"""The ``sessions`` table's repository (see docs/data-format.md).

A module of its own, so that opening a database and showing its gear does not load the
session code (:mod:`sledplanner.domain.sessions`): the schedule service brings it in when the
sessions are first needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from tinydb import TinyDB

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import parse_date
from sledplanner.domain.sessions import Session
from sledplanner.storage.repositories import RecordRepository


class SessionRepository(RecordRepository[Session]):
    """The ``sessions`` table: one record per training session (see docs/data-format.md)."""

    table_name = "sessions"

    #: How many date ranges :meth:`between` remembers (a month view asks for a few).
    RANGE_CACHE_SIZE = 8

    def __init__(self, db: TinyDB) -> None:
        """Store training sessions in ``db``."""
        super().__init__(db, Session.from_dict)
        self._ranges_version: object = None
        # Each remembered range: its sessions by TinyDB record id (ids grow in stored order).
        self._ranges: dict[tuple[str, str], dict[int, Session]] = {}

    def date_span(self) -> tuple[date, date] | None:
        """Return the first and last day holding a session, read from the stored dates only."""
        days = []
        for doc in self._table:
            text = doc.get("date")
            if isinstance(text, str):
                try:
                    days.append(date.fromisoformat(text))
                except ValueError:
                    continue  # an invalid record; problems() reports it
        return (min(days), max(days)) if days else None

    def between(self, first: date, last: date) -> list[Session]:
        """Return the valid sessions dated ``first`` to ``last`` (both included), stored order.

        Only the records whose ``date`` falls in the range are rebuilt as sessions: the stored
        ISO text is compared as it is, in one pass over the raw records. The result of a range
        is remembered; after a change only the records it touched are read again.
        """
        if last < first:
            return []
        raw = self._raw()
        if not raw:
            return []
        version = self._version()
        if version != self._ranges_version:
            changed = self._changed_since(self._ranges_version)
            if changed is None:
                self._ranges = {}
            else:
                for (start, end), sessions in self._ranges.items():
                    self._read_range(sessions, raw, changed, start, end)
            self._ranges_version = version
        key = (first.isoformat(), last.isoformat())
        found = self._ranges.get(key)
        if found is None:
            found = {}
            self._read_range(found, raw, raw, *key)
            if len(self._ranges) >= self.RANGE_CACHE_SIZE:
                del self._ranges[next(iter(self._ranges))]
            self._ranges[key] = found
        return [found[doc_id] for doc_id in sorted(found)]

    def _read_range(
        self,
        found: dict[int, Session],
        raw: Mapping[str, Any],
        keys: Iterable[str],
        first: str,
        last: str,
    ) -> None:
        """Bring ``found`` up to date for the records ``keys`` of ``raw`` (dated in the range)."""
        for key in keys:
            doc_id = int(key)
            found.pop(doc_id, None)
            doc = raw.get(key)
            value = doc.get("date") if isinstance(doc, dict) else None
            if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
                inside = first <= value <= last  # the usual YYYY-MM-DD sorts like dates
            else:
                inside = _date_in_range(value, first, last)
            if not inside:
                continue
            try:
                found[doc_id] = self._read(dict(doc))  # type: ignore[arg-type]
            except ValidationError:
                continue  # reported by problems(); an invalid record cannot be used


def _date_in_range(value: object, first: str, last: str) -> bool:
    """Whether the stored ``date`` value lies from ``first`` to ``last`` (ISO texts)."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return first <= value <= last  # the usual YYYY-MM-DD: ISO text sorts like dates
    try:
        day = parse_date(value, "date")  # any other form a hand-edited file may hold
    except ValidationError:
        return False
    return day is not None and first <= day.isoformat() <= last
