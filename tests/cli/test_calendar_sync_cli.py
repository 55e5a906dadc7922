"""`sledplanner calendar-sync` and `export --ics --all`, against a real CalDAV server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from sledplanner.app.lock import DatabaseLock
from sledplanner.cli import main
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import open_workspace

PASSWORD = "horse-battery-42"


@pytest.fixture
def db(db_path: Path) -> Path:
    workspace = open_workspace(db_path, create=True)
    ScheduleService(workspace).add_many(
        [
            Session(day=date(2026, 5, 4), start_time=time(7), planned_minutes=10, id="a1"),
            Session(day=date(2026, 5, 5), activity="backward_walk", planned_minutes=20, id="b2"),
            Session(day=date(2026, 5, 3), status="done", log=SessionLog(minutes=10), id="c3"),
        ]
    )
    workspace.close()
    return db_path


def sync(db: Path, url: str, *extra: str) -> int:
    return main(["calendar-sync", "--db", str(db), "--url", url, *extra])


def test_sync_prints_what_changed_and_a_second_sync_pushes_nothing(
    db: Path, radicale_server, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    assert sync(db, url, "--username", "alice") == 0
    assert capsys.readouterr().out == "3 added, 0 updated, 0 deleted, 0 moved here\n"
    assert sync(db, url, "--username", "alice") == 0
    assert capsys.readouterr().out == "0 added, 0 updated, 0 deleted, 0 moved here\n"


def test_a_move_made_in_the_calendar_is_reported_and_stored(
    db: Path, radicale_server, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    assert sync(db, url) == 0
    with radicale_server.client() as client:
        item = client.calendar(url=url).event_by_uid("b2@sledplanner")
        calendar = Calendar.from_ical(item.data)
        event = calendar.walk("VEVENT")[0]
        for name in ("dtstart", "dtend"):
            value = event.decoded(name)
            del event[name]
            event.add(name, value - timedelta(days=1))
        client.put(str(item.url), calendar.to_ical().decode(), {"Content-Type": "text/calendar"})
    capsys.readouterr()
    assert sync(db, url) == 0
    assert capsys.readouterr().out.splitlines() == [
        "0 added, 0 updated, 0 deleted, 1 moved here",
        "moved here: Backward walk · 20 min from 2026-05-05 to 2026-05-04",
    ]
    stored = json.loads(db.read_text())["sessions"]
    moved = next(record for record in stored.values() if record["id"] == "b2")
    assert (moved["date"], moved["original_date"]) == ("2026-05-04", "2026-05-05")


def test_a_server_that_is_down_exits_4_and_changes_nothing(
    db: Path, radicale_server, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    radicale_server.stop()
    before = db.read_bytes()
    assert sync(db, url) == 4
    err = capsys.readouterr().err
    assert f"error: {url}: the server could not be reached" in err
    assert f"error: {db} was not changed" in err
    assert db.read_bytes() == before


def test_the_password_comes_from_the_environment_and_never_reaches_the_file(
    db: Path,
    radicale_login,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    url = radicale_login.make_calendar()
    monkeypatch.setenv("CALDAV_PASSWORD", "not-" + PASSWORD)
    before = db.read_bytes()
    assert sync(db, url, "--username", "alice", "--password-env", "CALDAV_PASSWORD") == 4
    assert "refused the user name or password" in capsys.readouterr().err
    assert db.read_bytes() == before
    monkeypatch.setenv("CALDAV_PASSWORD", PASSWORD)
    assert sync(db, url, "--username", "alice", "--password-env", "CALDAV_PASSWORD") == 0
    assert capsys.readouterr().out.startswith("3 added")
    for path in db.parent.rglob("*"):
        if path.is_file() and not path.is_relative_to(db.parent / "radicale-login"):
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_an_unset_password_variable_is_a_usage_error(
    db: Path, radicale_server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    monkeypatch.delenv("NO_SUCH_PASSWORD_VAR", raising=False)
    url = radicale_server.make_calendar()
    assert sync(db, url, "--password-env", "NO_SUCH_PASSWORD_VAR") == 2
    assert "NO_SUCH_PASSWORD_VAR is not set" in capsys.readouterr().err


def test_a_locked_database_exits_3(
    db: Path, radicale_server, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    lock = DatabaseLock(db)
    assert lock.acquire()
    try:
        assert sync(db, url) == 3
    finally:
        lock.release()
    assert "another SledPlanner has the file open" in capsys.readouterr().err
    with radicale_server.client() as client:
        assert client.calendar(url=url).search(event=True) == []


def test_a_missing_database_exits_3_and_is_not_created(
    tmp_path: Path, radicale_server, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    missing = tmp_path / "none.json"
    assert sync(missing, radicale_server.make_calendar()) == 3
    assert not missing.exists()


def test_invalid_session_records_exit_1_before_anything_is_sent(
    db: Path, radicale_server, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    data = json.loads(db.read_text())
    data["sessions"]["99"] = {"id": "bad", "date": "2026-13-40", "status": "planned"}
    db.write_text(json.dumps(data))
    before = db.read_bytes()
    url = radicale_server.make_calendar()
    assert sync(db, url) == 1
    err = capsys.readouterr().err
    assert "sessions record 99: date" in err and "nothing was synced" in err
    assert db.read_bytes() == before
    with radicale_server.client() as client:
        assert client.calendar(url=url).search(event=True) == []


def test_a_url_that_is_not_http_is_a_usage_error(db: Path, capsys) -> None:  # noqa: ANN001
    assert sync(db, "ftp://example.org/cal/") == 2
    assert "--url" in capsys.readouterr().err


def test_export_ics_all_includes_done_and_skipped_sessions(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.ics"
    assert main(["export", "--db", str(db), "--ics", str(out), "--all"]) == 0
    assert capsys.readouterr().out == f"exported 3 sessions to {out}\n"
    statuses = {
        str(e["UID"]): str(e["STATUS"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    }
    assert statuses == {
        "a1@sledplanner": "TENTATIVE",
        "b2@sledplanner": "TENTATIVE",
        "c3@sledplanner": "CONFIRMED",
    }
    planned = tmp_path / "planned.ics"
    assert main(["export", "--db", str(db), "--ics", str(planned)]) == 0
    assert len(Calendar.from_ical(planned.read_bytes()).walk("VEVENT")) == 2
    assert main(["export", "--db", str(db), "--sessions-csv", str(planned), "--all"]) == 2


def test_the_command_is_listed_in_help() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "sledplanner", "calendar-sync", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0
    for option in ("--url URL", "--username NAME", "--password-env VAR", "--db PATH"):
        assert option in result.stdout


def test_the_account_address_is_not_a_calendar_exits_4_and_writes_nothing(
    db: Path, radicale_server, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    account = url.rstrip("/").rsplit("/", 1)[0] + "/"  # the collection the calendar is in
    before = db.read_bytes()
    assert sync(db, account, "--username", "alice") == 4
    err = capsys.readouterr().err
    assert f"error: {account}: this address is not a calendar" in err
    assert db.read_bytes() == before
    with radicale_server.client() as client:
        assert client.calendar(url=url).events() == []
    # Nor in the account's own collection (Radicale keeps each item as a file).
    assert not list((radicale_server._collections / "alice").glob("*.ics"))
