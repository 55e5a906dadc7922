"""Files `check` used to pass that the app could not keep as they were: now refused, untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sledplanner.services.errors import DatabaseCorruptError
from sledplanner.services.workspace import open_workspace

GEAR = {"kind": "kettlebell", "name": "Kettlebell 20 lb", "mass": {"value": "20", "unit": "lb"}}


def check(path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "sledplanner", "check", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )


def base(tmp_path: Path) -> Path:
    db = tmp_path / "training.json"
    open_workspace(db, create=True).close()
    return db


def with_text(db: Path, tables: str) -> bytes:
    """Add ``tables`` (JSON text, ``"name": {...}`` pairs) after the new file's meta table."""
    text = db.read_text("utf-8")
    assert text.endswith("}\n}\n")
    db.write_text(text[: -len("\n}\n")] + ",\n" + tables + "\n}\n", "utf-8")
    return db.read_bytes()


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("01", "record key '01' is not a plain number (write it as 1)"),
        ("²", "record key '²' is not a plain number"),
        ("٣", "record key '٣' is not a plain number"),
    ],
)
def test_a_record_key_that_is_not_a_plain_number_is_refused(
    tmp_path: Path, key: str, words: str
) -> None:
    db = base(tmp_path)
    record = json.dumps(GEAR)
    raw = with_text(db, f'"gear": {{"1": {record}, {json.dumps(key)}: {record}}}')
    result = check(db)
    assert result.returncode == 1, result.stdout
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(DatabaseCorruptError):
        open_workspace(db)
    assert db.read_bytes() == raw


def test_a_key_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    db = base(tmp_path)
    record = json.dumps(GEAR)
    raw = with_text(db, f'"gear": {{"1": {record},\n "1": {record}}}')
    result = check(db)
    assert result.returncode == 1
    assert 'the key "1" is given twice in one object' in result.stderr
    assert db.read_bytes() == raw


def test_nesting_the_writer_cannot_write_back_is_refused(tmp_path: Path) -> None:
    db = base(tmp_path)
    deep = "[" * 300 + "]" * 300
    raw = with_text(db, f'"gear": {{}}, "extra": {{"1": {{"deep": {deep}}}}}')
    result = check(db)
    assert result.returncode == 1
    assert "cannot be written back" in result.stderr
    assert db.read_bytes() == raw


def test_an_integer_wider_than_64_bits_is_refused(tmp_path: Path) -> None:
    db = base(tmp_path)
    wide = str(2**64 + 5)
    raw = with_text(db, f'"gear": {{}}, "extra": {{"1": {{"n": {wide}}}}}')
    result = check(db)
    assert result.returncode == 1
    assert f"the number {wide} is too large to keep exactly" in result.stderr
    assert db.read_bytes() == raw


def test_a_hand_formatted_file_that_round_trips_still_opens(tmp_path: Path) -> None:
    db = base(tmp_path)
    pretty = json.dumps(json.loads(db.read_text("utf-8")), indent=4)
    db.write_text(pretty, "utf-8")
    assert check(db).returncode == 0
    open_workspace(db).close()
