"""Repositories: the only code that queries TinyDB tables."""

from __future__ import annotations

from typing import Any

from tinydb import TinyDB

from sledplanner.storage.database import META_DOC_ID, META_TABLE


class MetaRepository:
    """The ``meta`` table: one record describing the file itself."""

    def __init__(self, db: TinyDB) -> None:
        """Read and write the meta record of ``db``."""
        self._table = db.table(META_TABLE)

    def record(self) -> dict[str, Any]:
        """Return a copy of the meta record."""
        doc = self._table.get(doc_id=int(META_DOC_ID))
        return dict(doc) if doc is not None else {}

    def schema_version(self) -> int:
        """Return the schema version the file is at."""
        return int(self.record()["schema_version"])
