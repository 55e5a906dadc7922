"""Schema 2: the ``meta`` record keeps record revisions and tombstones (for merging copies).

Nothing else changes. Every record starts with no revision, which means "as it was when the
file was upgraded": two copies of one schema-1 file, upgraded on two machines, agree on it.
"""

from __future__ import annotations

from sledplanner.storage.migrations import Tables

REVISIONS = "revisions"
TOMBSTONES = "tombstones"


def upgrade(tables: Tables) -> Tables:
    """Add empty ``revisions`` and ``tombstones`` to the meta record."""
    meta = tables.setdefault("meta", {})
    record = meta.setdefault("1", {})
    if not isinstance(record.get(REVISIONS), dict):
        record[REVISIONS] = {}
    if not isinstance(record.get(TOMBSTONES), dict):
        record[TOMBSTONES] = {}
    return tables
