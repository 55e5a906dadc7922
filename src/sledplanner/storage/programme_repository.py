"""The ``programmes`` and ``progression`` tables: plans and the rules that progress them."""

from __future__ import annotations

from tinydb import TinyDB
from tinydb.table import Document

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.programme import Programme
from sledplanner.domain.progression import ProgressionSettings
from sledplanner.storage.repositories import RecordRepository


class ProgrammeRepository(RecordRepository[Programme]):
    """Programmes by id, oldest first."""

    table_name = "programmes"

    def __init__(self, db: TinyDB) -> None:
        """Store programmes in ``db``."""
        super().__init__(db, Programme.from_dict)


class ProgressionSettingsRepository:
    """The ``progression`` table: one record with the pain zones and the weekly cap."""

    table_name = "progression"

    def __init__(self, db: TinyDB) -> None:
        """Keep the progression settings of ``db``."""
        self._table = db.table(self.table_name)

    def load(self) -> ProgressionSettings:
        """Return the stored settings, or the defaults when none (or invalid ones) are stored."""
        doc = self._table.get(doc_id=1)
        if not isinstance(doc, dict):
            return ProgressionSettings()
        try:
            return ProgressionSettings.from_dict(doc)
        except ValidationError:
            return ProgressionSettings()

    def save(self, settings: ProgressionSettings) -> None:
        """Store ``settings``."""
        self._table.upsert(Document(settings.to_dict(), doc_id=1))
