"""The ``import_sources`` table, and adding imported sessions with their sources in one write.

A file without the table has none: it appears with the first import from another app, and no
schema upgrade is needed (see docs/data-format.md).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from tinydb import TinyDB

from sledplanner.domain.app_import import ImportSource
from sledplanner.storage.atomic import AtomicJSONStorage
from sledplanner.storage.repositories import RecordRepository

__all__ = ["ImportSourceRepository", "one_write"]


class ImportSourceRepository(RecordRepository[ImportSource]):
    """The ``import_sources`` table: where each imported session came from, by session id."""

    table_name = "import_sources"

    def __init__(self, db: TinyDB) -> None:
        """Store import sources in ``db``."""
        super().__init__(db, ImportSource.from_dict)

    def keys(self) -> set[tuple[str, str, str]]:
        """Return the source keys (app, workout, exercise case-folded) already imported."""
        return {source.key for source in self.all()}


@contextlib.contextmanager
def one_write(db: TinyDB) -> Iterator[None]:
    """Make the changes inside the block reach the file in one write, or not at all.

    With the window's writer thread, holding the storage lock keeps it from saving between
    the changes. Writing in place, the changes are held in memory and written together; a
    failure puts memory back to what the file holds.
    """
    storage = db.storage
    if not isinstance(storage, AtomicJSONStorage):
        yield
        return
    with storage.lock:
        if storage.writes_behind or storage.deferring:
            yield
            return
        storage.deferring = True
        try:
            yield
            storage.flush()
        except BaseException:
            storage.discard_unsaved()
            raise
