"""`sledplanner report`: the PDF report read back with a PDF text extractor."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from sledplanner.cli import main
from sledplanner.domain.gear import GearItem, GearKind
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.sessions import Activity, Session, SessionLog, SessionStatus
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.formatting import format_date

FIRST = date(2026, 3, 2)
SLED = GearItem(kind=GearKind.SLED, name="Prowler", mass=Mass.of("45", "lb"))


def _log(day: date, load: str, during: int, morning: int | None, note: str = "") -> Session:
    return Session(
        day=day,
        activity=Activity.BACKWARD_DRAG,
        planned_minutes=10,
        planned_load=Mass.of(load, "lb"),
        sled_id=SLED.id,
        status=SessionStatus.DONE,
        log=SessionLog(
            minutes=10,
            load=Mass.of(load, "lb"),
            rpe=6,
            pain_during=during,
            pain_next_morning=morning,
        ),
        notes=note,
    )


SESSIONS = [
    _log(FIRST + timedelta(days=2 * n), str(20 + 5 * (n // 3)), n % 4, (n + 1) % 3, f"n{n}")
    for n in range(14)
]
OUTSIDE = _log(FIRST - timedelta(days=3), "95", 9, 9, "before the period")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "athlete.json"
    workspace = open_workspace(path, create=True)
    gear = GearService(workspace)
    gear.set_preferences(Preferences(display_unit="lb"))
    gear.add(SLED)
    ScheduleService(workspace).add_many([*SESSIONS, OUTSIDE])
    workspace.close()
    return path


def _text(pdf: Path) -> tuple[int, str]:
    reader = PdfReader(str(pdf))
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_report_lists_every_session_of_the_period_with_its_load_and_pain(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    last = FIRST + timedelta(days=27)
    code = main(
        [
            "report",
            "--db",
            str(database),
            "--out",
            str(out),
            "--from",
            str(FIRST),
            "--to",
            str(last),
        ]
    )
    assert code == 0
    assert f"({len(SESSIONS)} sessions) to {out}" in capsys.readouterr().out
    pages, text = _text(out)
    squeezed = _squeezed(text)
    assert pages >= 2
    assert "athlete" in text and _squeezed(format_date(FIRST)) in squeezed
    for session in SESSIONS:
        log = session.log
        assert log is not None and log.load is not None
        # Date, activity, status, minutes, load, dragged (sled + load), RPE, pains, notes.
        row = (
            f"{format_date(session.day)}Backwardsleddragdone10{log.load.value}lb"
            f"{log.load.value + 45}lb6{log.pain_during}/10{log.pain_next_morning}/10{session.notes}"
        )
        assert _squeezed(row) in squeezed, row
    assert "beforetheperiod" not in squeezed
    # Page numbers at the foot of each page.
    reader = PdfReader(str(out))
    for number, page in enumerate(reader.pages, start=1):
        assert page.extract_text().rstrip().endswith(str(number))


def test_no_display_needed(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "headless.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sledplanner",
            "report",
            "--db",
            str(database),
            "--out",
            str(out),
            "--from",
            str(FIRST),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert out.read_bytes().startswith(b"%PDF")


def test_a_missing_database_or_a_bad_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "--db", str(tmp_path / "none.json"), "--out", str(out)]) == 3
    assert not out.exists() and not (tmp_path / "none.json").exists()
    with pytest.raises(SystemExit) as caught:
        main(["report", "--db", str(tmp_path / "x.json"), "--out", str(out), "--from", "March"])
    assert caught.value.code == 2
    capsys.readouterr()


def test_to_before_from_is_refused(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    args = ["report", "--db", str(database), "--out", str(out)]
    assert main([*args, "--from", "2026-03-10", "--to", "2026-03-01"]) == 1
    assert not out.exists()


def test_a_missing_folder_is_named_and_nothing_else_is_said(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "r.pdf"
    assert main(["report", "--db", str(database), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"error: {out}: cannot write the PDF: the folder {out.parent} does not exist"
    ]
    assert not out.parent.exists()
