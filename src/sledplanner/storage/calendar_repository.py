"""The ``calendar_account`` and ``calendar_sync`` tables: the calendar a plan syncs with."""

from __future__ import annotations

from collections.abc import Iterable

from tinydb import TinyDB
from tinydb.table import Document

from sledplanner.domain.calendar_sync import CalendarAccount, EventState, state_id
from sledplanner.domain.errors import ValidationError
from sledplanner.storage.repositories import RecordRepository


class CalendarAccountRepository:
    """The ``calendar_account`` table: one record, the calendar and the sync options."""

    table_name = "calendar_account"

    def __init__(self, db: TinyDB) -> None:
        """Keep the calendar account of ``db``."""
        self._table = db.table(self.table_name)

    def load(self) -> CalendarAccount | None:
        """Return the stored account, or None when none (or an invalid one) is stored."""
        doc = self._table.get(doc_id=1)
        if not isinstance(doc, dict):
            return None
        try:
            return CalendarAccount.from_dict(doc)
        except ValidationError:
            return None

    def save(self, account: CalendarAccount) -> None:
        """Store ``account``."""
        self._table.upsert(Document(account.to_dict(), doc_id=1))

    def clear(self) -> None:
        """Forget the account (the database is no longer synced with a calendar)."""
        if self._table.contains(doc_id=1):
            self._table.remove(doc_ids=[1])


class CalendarSyncRepository(RecordRepository[EventState]):
    """The ``calendar_sync`` table: per session and calendar, what the last sync pushed."""

    table_name = "calendar_sync"

    def __init__(self, db: TinyDB) -> None:
        """Keep sync states in ``db``."""
        super().__init__(db, EventState.from_dict)

    def for_calendar(self, calendar_url: str) -> dict[str, EventState]:
        """Return the states of the calendar at ``calendar_url``, by session id."""
        return {s.session_id: s for s in self.all() if s.calendar_url == calendar_url}

    def store(self, calendar_url: str, states: Iterable[EventState], forget: Iterable[str]) -> None:
        """Record ``states`` (replacing older ones) and drop the states of ``forget`` sessions.

        Both are for the calendar at ``calendar_url``.
        """
        batch = list(states)
        gone = {state_id(session_id, calendar_url) for session_id in forget}
        gone.update(state.id for state in batch)
        stored = self._doc_ids()
        doc_ids = [doc_id for record_id in gone for doc_id in stored.get(record_id, [])]
        if doc_ids:
            self._table.remove(doc_ids=doc_ids)
        if batch:
            self._table.insert_multiple([state.to_dict() for state in batch])
