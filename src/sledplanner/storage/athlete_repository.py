"""The ``athlete`` table: who a database belongs to, for a coach's folder of athletes."""

from __future__ import annotations

from tinydb import TinyDB
from tinydb.table import Document

#: The longest athlete name kept; longer names are cut (a name is a label, not a note).
MAX_NAME_LENGTH = 200


class AthleteRepository:
    """One record, id 1, with the athlete's ``name``; absent in a file that never set one."""

    table_name = "athlete"

    def __init__(self, db: TinyDB) -> None:
        """Keep the athlete record of ``db``."""
        self._db = db

    def name(self) -> str | None:
        """Return the stored name, or None when none (or no usable one) is stored."""
        if self.table_name not in self._db.tables():
            return None  # reading must not create the table
        doc = self._db.table(self.table_name).get(doc_id=1)
        value = doc.get("name") if isinstance(doc, dict) else None
        if not isinstance(value, str) or not value.strip():
            return None
        return " ".join(value.split())[:MAX_NAME_LENGTH]

    def set_name(self, name: str) -> None:
        """Store ``name`` (white space collapsed; an empty name removes the record)."""
        table = self._db.table(self.table_name)
        clean = " ".join(name.split())[:MAX_NAME_LENGTH]
        if clean:
            table.upsert(Document({"name": clean}, doc_id=1))
        else:
            table.truncate()
