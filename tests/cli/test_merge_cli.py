"""``sledplanner merge``: exit codes, conflicts listed field by field, --prefer and --dry-run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sledplanner.cli import main
from sledplanner.storage.database import open_database

COPY = "training.sync-conflict-20261206-093015-ABCDEF1.json"


def rename(path: Path, device: str, ident: str, name: str) -> None:
    database = open_database(path, device_id=device)
    gear = database.db.table("gear")
    found = [doc.doc_id for doc in gear.all() if doc["id"] == ident]
    if found:
        gear.update({"name": name}, doc_ids=found)
    else:
        gear.insert({"id": ident, "name": name, "quantity": 1})
    database.close()


def names(path: Path) -> dict[str, str]:
    return {d["id"]: d["name"] for d in json.loads(path.read_text("utf-8"))["gear"].values()}


@pytest.fixture
def copies(db_path: Path) -> tuple[Path, Path]:
    open_database(db_path, create=True).close()
    rename(db_path, "base", "sled", "Sled")
    other = db_path.with_name(COPY)
    shutil.copy(db_path, other)
    rename(db_path, "mine", "sled", "Sled here")
    rename(other, "theirs", "sled", "Sled there")
    rename(other, "theirs", "rope", "Rope")
    return db_path, other


def test_conflicts_are_listed_field_by_field_and_nothing_is_written(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, other = copies
    before = db.read_bytes()
    assert main(["merge", "--db", str(db), str(other)]) == 1
    out, err = capsys.readouterr()
    assert 'conflict: gear record sled ("Sled here"): changed in both copies' in out
    assert '  name: mine "Sled here" | theirs "Sled there"' in out
    assert "nothing was written" in err and "--prefer" in err
    assert db.read_bytes() == before and other.exists()
    assert not (db.parent / "backups").exists()


def test_prefer_theirs_merges_backs_up_and_moves_the_copy(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, other = copies
    assert main(["merge", "--db", str(db), str(other), "--prefer", "theirs"]) == 0
    out = capsys.readouterr().out
    assert names(db) == {"sled": "Sled there", "rope": "Rope"}
    assert "took gear record rope" in out and "kept theirs for gear record sled" in out
    assert not other.exists() and (db.parent / "backups" / COPY).exists()
    assert len(list((db.parent / "backups").glob("training-before-merge-*.json"))) == 1
    # The copy is filed away; merging its filed copy again changes nothing.
    assert main(["merge", "--db", str(db), str(db.parent / "backups" / COPY)]) == 0
    assert "nothing to write" in capsys.readouterr().out


def test_prefer_mine_keeps_this_side(copies: tuple[Path, Path]) -> None:
    db, other = copies
    assert main(["merge", "--db", str(db), str(other), "--prefer", "mine"]) == 0
    assert names(db) == {"sled": "Sled here", "rope": "Rope"}


def test_a_dry_run_says_what_would_change_and_writes_nothing(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, other = copies
    before = db.read_bytes()
    assert main(["merge", "--db", str(db), str(other), "--prefer", "theirs", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would take gear record rope" in out and "dry run: 2 changes" in out
    assert db.read_bytes() == before and other.exists()


def test_a_missing_database_or_copy_and_a_bad_option(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, other = copies
    assert main(["merge", "--db", str(db.with_name("nope.json")), str(other)]) == 3
    assert main(["merge", "--db", str(db), str(db.with_name("gone.json"))]) == 3
    assert main(["merge", "--db", str(db), str(db)]) == 1
    assert "this is the database itself" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["merge", "--db", str(db), str(other), "--prefer", "both"])
    assert usage.value.code == 2
