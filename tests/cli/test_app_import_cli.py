"""`import --from strong|hevy|fitnotes F` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sledplanner.cli import main
from sledplanner.domain.gear import GearItem, GearKind
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace

DATA = Path(__file__).parent.parent / "data" / "app_exports"


def _database(tmp_path: Path, *sleds: str) -> Path:
    path = tmp_path / "db.json"
    workspace = open_workspace(path, create=True)
    gear = GearService(workspace)
    for name in sleds:
        gear.add(GearItem(kind=GearKind.SLED, name=name, mass=Mass.of("20", "kg")))
    workspace.close()
    return path


def _tables(path: Path) -> dict[str, dict[str, dict[str, object]]]:
    loaded: dict[str, dict[str, dict[str, object]]] = json.loads(path.read_text("utf-8"))
    return loaded


@pytest.mark.parametrize(
    ("app", "name", "count"),
    [
        ("strong", "strong.csv", 5),
        ("strong", "strong_old.csv", 1),
        ("hevy", "hevy.csv", 5),
        ("fitnotes", "fitnotes.csv", 3),
    ],
)
def test_each_export_imports_and_a_second_import_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], app: str, name: str, count: int
) -> None:
    db = _database(tmp_path, "Prowler")
    args = ["import", "--db", str(db), "--from", app, str(DATA / name), "--unit", "kg"]
    args += (
        ["--exercise", "Schlitten-Zug rückwärts (Sled)=backward_drag"]
        if name == "strong.csv"
        else []
    )
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"imported {count} session{'s' if count > 1 else ''} into {db}" in out
    tables = _tables(db)
    assert len(tables["sessions"]) == count
    assert len(tables["import_sources"]) == count
    sources = {(s["app"], s["workout"], s["exercise"]) for s in tables["import_sources"].values()}
    assert len(sources) == count
    before = db.read_bytes()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "already imported" in out
    assert f"nothing to import from {DATA / name}: {db} not touched" in out
    assert db.read_bytes() == before


def test_dry_run_prints_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path, "Prowler")
    before = db.read_bytes()
    code = main(["import", "--db", str(db), "--from", "hevy", str(DATA / "hevy.csv"), "--dry-run"])
    assert code == 0
    out = capsys.readouterr().out
    assert "2026-03-02 07:31, Sled Backward Drag -> backward_drag, 8 min, load 55 lb" in out
    assert "skipped 1 row of 'Leg Extension (Machine)': not a sled drag or backward walk" in out
    assert f"would import 5 sessions into {db} (dry run: nothing written)" in out
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("backups/*"))


def test_several_sleds_need_one_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database(tmp_path, "Prowler", "Tyre")
    before = db.read_bytes()
    args = ["import", "--db", str(db), "--from", "fitnotes", str(DATA / "fitnotes.csv")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "2 sleds are owned (Prowler, Tyre)" in err and "--sled NAME" in err
    assert f"error: nothing was imported into {db}" in err
    assert db.read_bytes() == before
    assert main([*args, "--sled", "Tyre"]) == 0
    tables = _tables(db)
    tyre = [k for k, v in tables["gear"].items() if v["name"] == "Tyre"]
    assert tyre
    sled_ids = {s["sled_id"] for s in tables["sessions"].values()}
    tyre_id = tables["gear"][tyre[0]]["id"]
    assert sled_ids == {tyre_id, None}  # the backward walk drags no sled


def test_a_bad_row_names_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path, "Prowler")
    bad = tmp_path / "strong.csv"
    text = (DATA / "strong.csv").read_text("utf-8").replace(",27.5,", ",27..5,")
    bad.write_text(text, "utf-8")
    before = db.read_bytes()
    assert main(["import", "--db", str(db), "--from", "strong", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"error: {bad}:4: Weight: '27..5' is not a number such as 22.5",
        f"error: nothing was imported into {db}",
    ]
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "liftosaur", "x.csv"],
        ["--from", "strong"],
        ["--gear-csv", "g.csv", "--sled", "Prowler"],
        ["--from", "hevy", "x.csv", "--unit", "stone"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import", "--db", str(tmp_path / "db.json"), *args])
    assert caught.value.code == 2
    assert not (tmp_path / "db.json").exists()


def test_import_into_a_new_database_without_sleds(tmp_path: Path) -> None:
    db = tmp_path / "new" / "db.json"
    assert main(["import", "--db", str(db), "--from", "fitnotes", str(DATA / "fitnotes.csv")]) == 0
    sessions = _tables(db)["sessions"].values()
    assert len(sessions) == 3 and {s["sled_id"] for s in sessions} == {None}
