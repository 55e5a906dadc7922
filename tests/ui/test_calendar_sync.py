"""File > Calendar sync… in the window, against a real CalDAV server (Radicale on 127.0.0.1)."""

from __future__ import annotations

import json
import socket
import time as clock
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from sledplanner.app.controller import Controller
from sledplanner.domain.sessions import Session
from sledplanner.services.calendar_server import CalendarServerError
from sledplanner.services.calendar_sync import SyncReport
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.calendar_sync_dialog import CalendarSyncDialog

PASSWORD = "horse-battery-42"


@pytest.fixture
def opened(controller: Controller, db_path: Path) -> Controller:
    workspace = open_workspace(db_path, create=True)
    ScheduleService(workspace).add_many(
        [
            Session(day=date(2026, 5, 4), start_time=time(7), planned_minutes=10, id="a1"),
            Session(day=date(2026, 5, 6), planned_minutes=12, id="b2"),
        ]
    )
    workspace.close()
    assert controller.open_path(db_path)
    return controller


def set_up(qtbot, controller: Controller, url: str, *, password: str = "", sync: bool = True):  # noqa: ANN001, ANN201
    """Fill in File > Calendar sync… as a person would; press Sync now (or OK)."""
    window = controller.window
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "calendarSyncAction")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(CalendarSyncDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.username, "alice")
    if password:
        qtbot.keyClicks(dialog.password_edit, password)
    button = dialog.sync_button if sync else dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    if not sync:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return None
    with qtbot.waitSignal(window.calendar_sync.finished, timeout=20_000) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def sync_from_menu(qtbot, controller: Controller):  # noqa: ANN001, ANN201
    window = controller.window
    with qtbot.waitSignal(window.calendar_sync.finished, timeout=20_000) as finished:
        window.calendar_sync.sync_action.trigger()
    return finished.args[0]


def test_sync_now_pushes_the_plan_and_the_status_bar_says_so(
    qtbot, opened: Controller, radicale_server
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    report = set_up(qtbot, opened, url)
    assert isinstance(report, SyncReport)
    status = opened.window.calendar_sync.status
    assert status.isVisible()
    assert status.text().startswith("Calendar synced at ")
    assert status.text().endswith(": 2 added, 0 updated, 0 deleted, 0 moved here")
    with radicale_server.client() as client:
        uids = sorted(
            str(Calendar.from_ical(item.data).walk("VEVENT")[0]["UID"])
            for item in client.calendar(url=url).search(event=True)
        )
    assert uids == ["a1@sledplanner", "b2@sledplanner"]
    report = sync_from_menu(qtbot, opened)
    assert status.text().endswith(": 0 added, 0 updated, 0 deleted, 0 moved here")


def test_a_move_made_in_the_calendar_comes_back_and_can_be_undone(
    qtbot, opened: Controller, radicale_server
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    set_up(qtbot, opened, url)
    with radicale_server.client() as client:
        item = client.calendar(url=url).event_by_uid("b2@sledplanner")
        calendar = Calendar.from_ical(item.data)
        event = calendar.walk("VEVENT")[0]
        for name in ("dtstart", "dtend"):
            value = event.decoded(name)
            del event[name]
            event.add(name, value + timedelta(days=2))
        client.put(str(item.url), calendar.to_ical().decode(), {"Content-Type": "text/calendar"})
    report = sync_from_menu(qtbot, opened)
    assert len(report.moved_here) == 1
    schedule = opened.window.services.schedule
    moved = schedule.session("b2")
    assert (moved.day, moved.original_date) == (date(2026, 5, 8), date(2026, 5, 6))
    assert opened.window.calendar_sync.status.text().endswith("1 moved here")
    assert (
        "moved here: Backward sled drag · 12 min from 2026-05-06 to 2026-05-08"
        in (opened.window.messages[-1])
    )
    undo = opened.window.undo_action
    assert undo.isEnabled() and "(from the calendar)" in undo.text()
    undo.trigger()
    assert schedule.session("b2").day == date(2026, 5, 6)
    # The undone move goes back to the calendar at the next sync.
    report = sync_from_menu(qtbot, opened)
    assert report.summary() == "0 added, 1 updated, 0 deleted, 0 moved here"
    with radicale_server.client() as client:
        item = client.calendar(url=url).event_by_uid("b2@sledplanner")
        assert Calendar.from_ical(item.data).walk("VEVENT")[0].decoded("dtstart") == date(
            2026, 5, 6
        )


def test_with_sync_after_each_change_an_undo_reaches_the_calendar(
    qtbot, opened: Controller, radicale_server
) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    window = opened.window
    window.calendar_sync.AFTER_CHANGE_MS = 10
    window.calendar_sync._after_change.setInterval(10)
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.objectName() == "calendarSyncAction").trigger()
    dialog = window.findChild(CalendarSyncDialog)
    qtbot.keyClicks(dialog.url, url)
    dialog.after_change.click()
    with qtbot.waitSignal(window.calendar_sync.finished, timeout=20_000):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.calendar_sync.finished, timeout=20_000) as finished:
        window.programme_tab.move_session("a1", date(2026, 5, 5))  # as a drag in the calendar
    assert finished.args[0].summary() == "0 added, 1 updated, 0 deleted, 0 moved here"
    with radicale_server.client() as client:
        item = client.calendar(url=url).event_by_uid("a1@sledplanner")
        start = Calendar.from_ical(item.data).walk("VEVENT")[0].decoded("dtstart")
    assert start.date() == date(2026, 5, 5)


def test_sync_every_few_minutes_runs_on_its_own(qtbot, opened: Controller, radicale_server) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    window = opened.window
    window.calendar_sync.MINUTE_MS = 20  # a "minute" of 20 ms
    window.calendar_sync.setup_action.trigger()
    dialog = window.findChild(CalendarSyncDialog)
    qtbot.keyClicks(dialog.url, url)
    dialog.every.setValue(1)
    with qtbot.waitSignal(window.calendar_sync.finished, timeout=20_000) as first:
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert first.args[0].summary() == "2 added, 0 updated, 0 deleted, 0 moved here"
    with qtbot.waitSignal(window.calendar_sync.finished, timeout=20_000) as second:
        pass
    assert second.args[0].summary() == "0 added, 0 updated, 0 deleted, 0 moved here"


def test_a_server_that_does_not_answer_never_blocks_the_window(qtbot, opened: Controller) -> None:  # noqa: ANN001
    window = opened.window
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/alice/training/"
        set_up(qtbot, opened, url, sync=False)
        control = window.calendar_sync
        control.timeout = 1.5
        started = clock.monotonic()
        control.sync_action.trigger()
        returned = clock.monotonic() - started
        assert control.running and control.status.text() == "Calendar: syncing…"
        assert returned < 1.0, "the window went on while the server kept silent"
        QApplication.processEvents()  # the window still paints and takes clicks
        with qtbot.waitSignal(control.finished, timeout=20_000) as finished:
            pass
    assert isinstance(finished.args[0], CalendarServerError)
    assert control.status.text().startswith("Calendar sync failed at ")
    assert "did not answer" in control.status.toolTip()
    assert "Calendar sync failed" in window.messages[-1]
    assert window.services.schedule.session("a1").day == date(2026, 5, 4)


def test_the_password_never_reaches_the_database_or_the_settings(
    qtbot, opened: Controller, radicale_login, settings: QSettings, db_path: Path
) -> None:  # noqa: ANN001
    url = radicale_login.make_calendar()
    report = set_up(qtbot, opened, url, password=PASSWORD)
    assert isinstance(report, SyncReport) and report.added == 2
    opened.workspace.settle()
    settings.sync()
    stored = json.loads(db_path.read_text())
    (account,) = stored["calendar_account"].values()
    assert account["url"] == url and account["username"] == "alice"
    assert "password" not in account
    for path in db_path.parent.rglob("*"):
        if path.is_file() and not path.is_relative_to(db_path.parent / "radicale-login"):
            assert PASSWORD.encode() not in path.read_bytes(), path
    # The typed password is kept in memory for later syncs while the window is open.
    assert sync_from_menu(qtbot, opened).summary().startswith("0 added")


def test_a_wrong_address_is_refused_in_the_dialog(qtbot, opened: Controller) -> None:  # noqa: ANN001
    window = opened.window
    window.calendar_sync.setup_action.trigger()
    dialog = window.findChild(CalendarSyncDialog)
    qtbot.keyClicks(dialog.url, "calendar.example.org")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "not an http:// or https:// address" in dialog.error.text()
    assert not window.calendar_sync.sync_action.isEnabled()


def test_setting_up_the_calendar_can_be_undone(qtbot, opened: Controller, radicale_server) -> None:  # noqa: ANN001
    url = radicale_server.make_calendar()
    window = opened.window
    set_up(qtbot, opened, url, sync=False)
    assert window.calendar_sync.sync_action.isEnabled()
    assert window.undo_action.text().replace("&", "") == "Undo change calendar sync"
    window.undo_action.trigger()
    assert not window.calendar_sync.sync_action.isEnabled()
    window.calendar_sync.setup_action.trigger()
    assert window.findChildren(CalendarSyncDialog)[-1].url.text() == ""
