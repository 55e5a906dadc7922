"""Record revisions: every change of every table is stamped, and schema 1 files are upgraded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from tinydb.table import Document

from sledplanner.storage.backups import list_backups
from sledplanner.storage.database import open_database
from sledplanner.storage.errors import DatabaseReadOnlyError, DatabaseTooNewError
from sledplanner.storage.migrations import SCHEMA_VERSION
from sledplanner.storage.revisions import Order, Revision

SCHEMA_1 = Path(__file__).parent / "data" / "schema1.json"


def stored(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))  # type: ignore[no-any-return]


def revisions(path: Path, table: str) -> dict[str, Any]:
    return stored(path)["meta"]["1"]["revisions"].get(table, {})  # type: ignore[no-any-return]


def tombstones(path: Path, table: str) -> dict[str, Any]:
    return stored(path)["meta"]["1"]["tombstones"].get(table, {})  # type: ignore[no-any-return]


def test_a_new_file_is_at_schema_2_with_no_revisions_yet(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    meta = stored(db_path)["meta"]["1"]
    assert SCHEMA_VERSION == 2
    assert meta["schema_version"] == 2
    assert meta["revisions"] == {} and meta["tombstones"] == {}


def test_adding_changing_and_deleting_a_record_stamps_its_revision(db_path: Path) -> None:
    database = open_database(db_path, create=True, device_id="aaaa")
    gear = database.db.table("gear")
    doc_id = gear.insert({"id": "g1", "name": "Sled"})
    assert revisions(db_path, "gear") == {"g1": {"n": 1, "by": "aaaa", "vv": {"aaaa": 1}}}
    gear.update({"name": "Big sled"}, doc_ids=[doc_id])
    assert revisions(db_path, "gear")["g1"] == {"n": 2, "by": "aaaa", "vv": {"aaaa": 2}}
    gear.remove(doc_ids=[doc_id])
    assert revisions(db_path, "gear") == {}
    tomb = tombstones(db_path, "gear")["g1"]
    assert (tomb["n"], tomb["by"], tomb["vv"]) == (3, "aaaa", {"aaaa": 3})
    assert tomb["at"].endswith("+00:00")
    database.close()


def test_a_write_that_changes_nothing_is_not_a_new_revision(db_path: Path) -> None:
    database = open_database(db_path, create=True, device_id="aaaa")
    gear = database.db.table("gear")
    doc_id = gear.insert({"id": "g1", "name": "Sled"})
    gear.upsert(Document({"id": "g1", "name": "Sled"}, doc_id=doc_id))
    assert revisions(db_path, "gear")["g1"]["n"] == 1
    database.close()


def test_another_device_continues_the_history(db_path: Path) -> None:
    first = open_database(db_path, create=True, device_id="aaaa")
    first.db.table("gear").insert({"id": "g1", "name": "Sled"})
    first.close()
    second = open_database(db_path, device_id="bbbb")
    second.db.table("gear").update({"name": "Sled 2"}, doc_ids=[1])
    second.close()
    assert revisions(db_path, "gear")["g1"] == {
        "n": 2,
        "by": "bbbb",
        "vv": {"aaaa": 1, "bbbb": 1},
    }


def test_a_record_added_back_continues_from_its_tombstone(db_path: Path) -> None:
    """An undone deletion is newer than the deletion, so a merge keeps the record."""
    database = open_database(db_path, create=True, device_id="aaaa")
    gear = database.db.table("gear")
    gear.insert({"id": "g1", "name": "Sled"})
    gear.remove(doc_ids=[1])
    gear.insert({"id": "g1", "name": "Sled"})
    assert tombstones(db_path, "gear") == {}
    assert revisions(db_path, "gear")["g1"]["vv"] == {"aaaa": 3}
    database.close()


def test_every_table_is_stamped_also_new_ones_and_records_without_an_id(db_path: Path) -> None:
    database = open_database(db_path, create=True, device_id="aaaa")
    database.db.table("calendar_sync").insert({"id": "c1", "url": "http://127.0.0.1/x"})
    database.db.table("preferences").upsert(Document({"display_unit": "kg"}, doc_id=1))
    database.db.table("sessions").insert_multiple([{"id": "s1"}, {"id": "s2"}])
    database.close()
    assert revisions(db_path, "calendar_sync")["c1"]["n"] == 1
    assert revisions(db_path, "preferences")["#1"]["n"] == 1
    assert set(revisions(db_path, "sessions")) == {"s1", "s2"}


def test_truncating_a_table_leaves_a_tombstone_per_record(db_path: Path) -> None:
    database = open_database(db_path, create=True, device_id="aaaa")
    table = database.db.table("subscriptions")
    table.insert_multiple([{"id": "a"}, {"id": "b"}])
    table.truncate()
    database.close()
    assert set(tombstones(db_path, "subscriptions")) == {"a", "b"}
    assert revisions(db_path, "subscriptions") == {}


def test_a_refused_change_leaves_no_revision(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    before = db_path.read_bytes()
    database = open_database(db_path, read_only=True, device_id="aaaa")
    with pytest.raises(DatabaseReadOnlyError):
        database.db.table("gear").insert({"id": "g1"})
    meta = database.storage.read()["meta"]["1"]
    assert meta["revisions"].get("gear", {}) == {}
    assert "g1" not in meta["tombstones"].get("gear", {})
    database.close()
    assert db_path.read_bytes() == before


def test_revision_order_tells_one_sided_changes_from_changes_on_both() -> None:
    base = Revision().bumped("x")
    twice_here = base.bumped("a").bumped("a")
    once_there = base.bumped("b")
    assert twice_here.compare(base) is Order.FIRST_NEWER
    assert base.compare(twice_here) is Order.SECOND_NEWER
    assert twice_here.compare(once_there) is Order.CONCURRENT  # the counter alone says "newer"
    assert twice_here.n > once_there.n
    assert base.compare(Revision.from_stored(base.to_stored())) is Order.SAME
    joined = twice_here.joined(once_there)
    assert joined == once_there.joined(twice_here)
    assert joined.compare(twice_here) is Order.FIRST_NEWER


# ------------------------------------------------------------------ migration to schema 2
def test_a_schema_1_file_is_backed_up_then_upgraded_with_its_records_unchanged(
    db_path: Path,
) -> None:
    shutil.copy(SCHEMA_1, db_path)
    original = db_path.read_bytes()
    database = open_database(db_path, device_id="aaaa")
    database.close()
    assert database.found_version == 1
    upgraded = stored(db_path)
    old = json.loads(original)
    assert upgraded["meta"]["1"]["schema_version"] == 2
    assert upgraded["meta"]["1"]["revisions"] == {} and upgraded["meta"]["1"]["tombstones"] == {}
    assert upgraded["meta"]["1"]["created"] == old["meta"]["1"]["created"]
    assert {k: v for k, v in upgraded.items() if k != "meta"} == {
        k: v for k, v in old.items() if k != "meta"
    }
    (backup,) = list_backups(db_path)
    assert "before-migration-v1" in backup.name
    assert backup.read_bytes() == original


def test_a_schema_1_file_opened_read_only_is_upgraded_in_memory_only(db_path: Path) -> None:
    shutil.copy(SCHEMA_1, db_path)
    original = db_path.read_bytes()
    database = open_database(db_path, read_only=True)
    assert database.storage.read()["meta"]["1"]["schema_version"] == 2
    database.close()
    assert db_path.read_bytes() == original
    assert not (db_path.parent / "backups").exists()


def test_a_schema_3_file_is_refused_untouched(db_path: Path) -> None:
    raw = json.dumps({"meta": {"1": {"schema_version": 3, "revisions": {}, "tombstones": {}}}})
    db_path.write_text(raw, "utf-8")
    with pytest.raises(DatabaseTooNewError):
        open_database(db_path)
    assert db_path.read_text("utf-8") == raw
