"""`make test-slow`: hostile files and a really full disk. Counts are printed at the end."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.check import check_database
from sledplanner.services.demo import write_demo
from sledplanner.services.errors import DatabaseError
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace

pytestmark = pytest.mark.slow


def hostile_variants(good: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    """Ways a database file goes wrong: cut, flipped, hand-edited, other encodings."""
    text = good.decode("utf-8")
    variants = [
        ("empty", b""),
        ("spaces", b"   \n"),
        ("utf16", text.encode("utf-16")),
        ("bom", b"\xef\xbb\xbf" + good),
        ("nan", text.replace('"quantity":1', '"quantity":NaN', 1).encode()),
        ("key 01", text.replace('{"1":{', '{"01":{', 1).encode()),
        ("key superscript", text.replace('{"1":{', '{"\\u00b2":{', 1).encode()),
        ("huge int", text.replace('"quantity":1', f'"quantity":{2**70}', 1).encode()),
        ("deep", text.replace('"quantity":1', '"quantity":' + "[" * 300 + "]" * 300, 1).encode()),
        ("list", b"[]"),
        ("table list", b'{"gear": []}'),
    ]
    for n in range(120):
        cut = rng.randrange(1, len(good))
        variants.append((f"cut {n}", good[:cut]))
    for n in range(120):
        data = bytearray(good)
        data[rng.randrange(len(data))] = rng.randrange(256)
        variants.append((f"flip {n}", bytes(data)))
    for n in range(40):
        tables = json.loads(good)
        table = rng.choice(sorted(tables))
        records = tables[table]
        if records:
            key = rng.choice(sorted(records))
            records[key] = rng.choice([None, 1, "x", [], {"id": 5}, {"day": "2026-02-30"}])
        variants.append((f"record {n}", json.dumps(tables).encode()))
    return variants


def test_hostile_files_never_crash_and_are_never_changed(
    tmp_path: Path, torture: dict[str, int]
) -> None:
    demo = tmp_path / "demo.json"
    write_demo(demo)
    good = demo.read_bytes()
    rng = random.Random(20261206)
    tried = 0
    for name, payload in hostile_variants(good, rng):
        path = tmp_path / f"hostile-{tried}.json"
        path.write_bytes(payload)
        report = check_database(path)  # a report, never an exception
        assert report.exit_code in (0, 1, 3), name
        with contextlib.suppress(DatabaseError):  # refused, with a message: fine
            open_workspace(path).close()
        assert path.read_bytes() == payload, f"{name}: the file was changed"
        tried += 1
    for name, make in (
        ("fifo", lambda p: os.mkfifo(p)),
        ("zero", lambda p: p.symlink_to("/dev/zero")),
        ("loop", lambda p: p.symlink_to(p)),
        ("folder", lambda p: p.mkdir()),
    ):
        path = tmp_path / f"special-{name}.json"
        make(path)
        report = check_database(path)
        assert not report.ok, name
        tried += 1
    torture["files tried"] = torture.get("files tried", 0) + tried
    torture["files changed"] = torture.get("files changed", 0)


@pytest.fixture
def small_disk(tmp_path: Path):  # noqa: ANN201
    """A 512 KiB tmpfs, where root may mount one; else the test is skipped with the reason."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_really_full_disk_loses_nothing_that_was_saved(
    small_disk: Path, torture: dict[str, int]
) -> None:
    db = small_disk / "training.json"
    workspace = open_workspace(db, create=True)
    service = GearService(workspace)
    saved: list[str] = []
    refused = 0
    for n in range(5000):
        item = GearItem(
            kind="kettlebell", name=f"bell {n}", mass=Mass.of("20", "lb"), notes="x" * 400
        )
        try:
            service.add(item)
        except DatabaseError:
            refused += 1
            if refused >= 5:
                break
            continue
        saved.append(item.name)
    workspace.close()
    assert refused >= 1, "the disk never filled"
    names = sorted(d["name"] for d in json.loads(db.read_bytes())["gear"].values())
    assert names == sorted(saved)
    assert not list(small_disk.glob(".training.json.*.tmp")), "no temporary file left"
    torture["full-disk writes"] = torture.get("full-disk writes", 0) + len(saved) + refused
    torture["lost"] = torture.get("lost", 0) + len(set(saved) - set(names))
