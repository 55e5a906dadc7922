"""The ``programmes`` table: the parameters each generated plan was made from."""

from __future__ import annotations

from tinydb import TinyDB

from sledplanner.domain.programme import Programme
from sledplanner.storage.repositories import RecordRepository


class ProgrammeRepository(RecordRepository[Programme]):
    """Programmes by id, oldest first."""

    table_name = "programmes"

    def __init__(self, db: TinyDB) -> None:
        """Store programmes in ``db``."""
        super().__init__(db, Programme.from_dict)
