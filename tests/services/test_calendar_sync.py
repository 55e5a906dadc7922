"""Two-way calendar sync against a real CalDAV server (Radicale on 127.0.0.1)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from sledplanner.domain.calendar_sync import CalendarAccount
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services.calendar_server import CalendarServer, CalendarServerError
from sledplanner.services.calendar_sync import CalendarSyncService, SyncReport, sync_once
from sledplanner.services.gear import GearService
from sledplanner.services.ical import calendar_bytes
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace, open_workspace

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
PROWLER = GearItem(kind="sled", name="Prowler", mass=Mass.of("35", "lb"), id="prowler")


def plan() -> list[Session]:
    return [
        Session(
            day=date(2026, 5, 4),
            start_time=time(7, 0),
            planned_minutes=10,
            planned_load=Mass.of("55", "lb"),
            sled_id=PROWLER.id,
            notes="Short steps",
            id="a1",
        ),
        Session(day=date(2026, 5, 5), activity="backward_walk", planned_minutes=20, id="b2"),
        Session(day=date(2026, 5, 6), planned_load=Mass.of("20", "kg"), id="c3"),
        Session(day=date(2026, 5, 3), status="done", log=SessionLog(minutes=10), id="d4"),
        Session(day=date(2026, 5, 2), status="skipped", id="e5"),
    ]


class Setup:
    def __init__(self, workspace: Workspace, url: str) -> None:
        self.workspace = workspace
        self.url = url
        self.schedule = ScheduleService(workspace)
        self.gear = GearService(workspace)
        self.service = CalendarSyncService(workspace, self.schedule, self.gear)

    def sync(self, server: CalendarServer | None = None, reminder: int | None = None) -> SyncReport:
        return sync_once(self.service, server or CalendarServer(self.url), reminder, NOW)


@pytest.fixture
def setup(db_path: Path, radicale_server) -> Iterator[Setup]:  # noqa: ANN001
    workspace = open_workspace(db_path, create=True)
    GearService(workspace).add(PROWLER)
    ScheduleService(workspace).add_many(plan())
    yield Setup(workspace, radicale_server.make_calendar())
    workspace.close()


def server_events(url: str, radicale_server) -> dict[str, Event]:  # noqa: ANN001
    with radicale_server.client() as client:
        found = client.calendar(url=url).search(event=True)
        events = {}
        for item in found:
            event = Calendar.from_ical(item.data).walk("VEVENT")[0]
            events[str(event["UID"])] = event
        return events


def edit_on_server(url: str, radicale_server, uid: str, change) -> None:  # noqa: ANN001
    """Change one event the way a calendar app does: read it, edit it, write it back."""
    with radicale_server.client() as client:
        for item in client.calendar(url=url).search(event=True):
            calendar = Calendar.from_ical(item.data)
            event = calendar.walk("VEVENT")[0]
            if str(event["UID"]) == uid:
                change(event)
                response = client.put(
                    str(item.url),
                    calendar.to_ical().decode(),
                    headers={"Content-Type": "text/calendar; charset=utf-8"},
                )
                assert response.status in (200, 201, 204)
                return
    raise AssertionError(f"no event {uid}")


def move_day(event: Event, days: int) -> None:
    for name in ("dtstart", "dtend"):
        value = event.decoded(name)
        del event[name]
        event.add(name, value + timedelta(days=days))


# ------------------------------------------------------------------ pushing


def test_the_first_sync_pushes_every_session_as_the_export_writes_it(
    setup: Setup, radicale_server
) -> None:  # noqa: ANN001
    report = setup.sync()
    assert report.summary() == "5 added, 0 updated, 0 deleted, 0 moved here"
    found = server_events(setup.url, radicale_server)
    assert sorted(found) == [f"{i}@sledplanner" for i in ("a1", "b2", "c3", "d4", "e5")]
    exported = {
        str(e["UID"]): e
        for e in Calendar.from_ical(calendar_bytes(plan(), [PROWLER], NOW, include_all=True)).walk(
            "VEVENT"
        )
    }
    for uid, event in found.items():
        assert str(event["SUMMARY"]) == str(exported[uid]["SUMMARY"])
        assert str(event.get("DESCRIPTION", "")) == str(exported[uid].get("DESCRIPTION", ""))
        assert event.decoded("DTSTART") == exported[uid].decoded("DTSTART")
    assert str(found["a1@sledplanner"]["SUMMARY"]) == "Backward sled drag · 10 min · 55 lb"
    assert "Sled: Prowler (35 lb)" in str(found["a1@sledplanner"]["DESCRIPTION"])
    statuses = {uid: str(event["STATUS"]) for uid, event in found.items()}
    assert statuses == {
        "a1@sledplanner": "TENTATIVE",
        "b2@sledplanner": "TENTATIVE",
        "c3@sledplanner": "TENTATIVE",
        "d4@sledplanner": "CONFIRMED",
        "e5@sledplanner": "CANCELLED",
    }
    assert str(found["d4@sledplanner"]["SUMMARY"]).startswith("✓ Backward sled drag")
    assert not found["a1@sledplanner"].walk("VALARM"), "no reminders unless asked for"


def test_a_second_sync_with_no_change_pushes_nothing_and_writes_nothing(
    setup: Setup, radicale_server
) -> None:  # noqa: ANN001
    setup.sync()
    stored = setup.workspace.path.read_bytes()
    with radicale_server.client() as client:
        before = {
            str(i.url): i.props["{DAV:}getetag"]
            for i in client.calendar(url=setup.url).search(event=True)
        }
    report = setup.sync()
    assert report.summary() == "0 added, 0 updated, 0 deleted, 0 moved here"
    assert report.details() == []
    with radicale_server.client() as client:
        after = {
            str(i.url): i.props["{DAV:}getetag"]
            for i in client.calendar(url=setup.url).search(event=True)
        }
    assert after == before
    assert setup.workspace.path.read_bytes() == stored


def test_new_logged_skipped_and_deleted_sessions_reach_the_calendar(
    setup: Setup, radicale_server
) -> None:  # noqa: ANN001
    setup.sync()
    setup.schedule.add(Session(day=date(2026, 5, 8), planned_minutes=15, id="f6"))
    setup.schedule.update(setup.schedule.session("a1").done_as_planned())
    setup.schedule.update(setup.schedule.session("b2").skipped())
    setup.schedule.remove("c3")
    report = setup.sync()
    assert (report.added, report.updated, report.deleted, len(report.moved_here)) == (1, 2, 1, 0)
    found = server_events(setup.url, radicale_server)
    assert "c3@sledplanner" not in found
    assert str(found["f6@sledplanner"]["SUMMARY"]) == "Backward sled drag · 15 min"
    assert str(found["a1@sledplanner"]["STATUS"]) == "CONFIRMED"
    assert str(found["a1@sledplanner"]["SUMMARY"]) == "✓ Backward sled drag · 10 min · 55 lb"
    assert str(found["b2@sledplanner"]["STATUS"]) == "CANCELLED"
    assert setup.sync().summary() == "0 added, 0 updated, 0 deleted, 0 moved here"


def test_other_events_in_the_calendar_are_never_touched(setup: Setup, radicale_server) -> None:  # noqa: ANN001
    with radicale_server.client() as client:
        calendar = client.calendar(url=setup.url)
        calendar.add_event(
            dtstart=datetime(2026, 5, 4, 9),
            dtend=datetime(2026, 5, 4, 10),
            summary="Dentist",
            uid="dentist-1@example.org",
        )
    setup.sync()
    setup.schedule.remove("a1")
    setup.sync()
    found = server_events(setup.url, radicale_server)
    assert "dentist-1@example.org" in found
    assert "a1@sledplanner" not in found


def test_reminders_go_on_sessions_with_a_start_time_only(setup: Setup, radicale_server) -> None:  # noqa: ANN001
    setup.sync(reminder=30)
    found = server_events(setup.url, radicale_server)
    alarms = found["a1@sledplanner"].walk("VALARM")
    assert [alarm.decoded("TRIGGER") for alarm in alarms] == [timedelta(minutes=-30)]
    assert not found["b2@sledplanner"].walk("VALARM")
    # Changing the reminder time rewrites only the events that have one.
    report = setup.sync(reminder=10)
    assert report.summary() == "0 added, 1 updated, 0 deleted, 0 moved here"


# ------------------------------------------------------------------ changes made in the calendar


def test_a_session_moved_in_the_calendar_app_moves_here_keeping_its_original_date(
    setup: Setup, radicale_server
) -> None:  # noqa: ANN001
    setup.sync()
    edit_on_server(setup.url, radicale_server, "a1@sledplanner", lambda e: move_day(e, 2))
    report = setup.sync()
    assert report.summary() == "0 added, 0 updated, 0 deleted, 1 moved here"
    assert report.details() == [
        "moved here: Backward sled drag · 10 min · 55 lb from 2026-05-04 to 2026-05-06"
    ]
    moved = setup.schedule.session("a1")
    assert moved.day == date(2026, 5, 6)
    assert moved.original_date == date(2026, 5, 4)
    assert moved.start_time == time(7, 0)
    event = server_events(setup.url, radicale_server)["a1@sledplanner"]
    assert "Moved from 2026-05-04" in str(event["DESCRIPTION"])
    assert event.decoded("DTSTART") == datetime(2026, 5, 6, 7, 0)
    assert setup.sync().summary() == "0 added, 0 updated, 0 deleted, 0 moved here"


def test_other_changes_made_in_the_calendar_app_are_put_back_and_reported(
    setup: Setup, radicale_server
) -> None:  # noqa: ANN001
    setup.sync()

    def rename(event: Event) -> None:
        event["SUMMARY"] = "Gym"

    edit_on_server(setup.url, radicale_server, "b2@sledplanner", rename)
    report = setup.sync()
    assert report.summary() == "0 added, 1 updated, 0 deleted, 0 moved here"
    assert report.details() == [
        "changed in the calendar, put back as planned here: Backward walk · 20 min on 2026-05-05"
    ]
    event = server_events(setup.url, radicale_server)["b2@sledplanner"]
    assert str(event["SUMMARY"]) == "Backward walk · 20 min"
    assert setup.schedule.session("b2").day == date(2026, 5, 5)


def test_an_event_deleted_in_the_calendar_app_comes_back(setup: Setup, radicale_server) -> None:  # noqa: ANN001
    setup.sync()
    with radicale_server.client() as client:
        client.calendar(url=setup.url).event_by_uid("c3@sledplanner").delete()
    assert setup.sync().summary() == "1 added, 0 updated, 0 deleted, 0 moved here"
    assert "c3@sledplanner" in server_events(setup.url, radicale_server)


# ------------------------------------------------------------------ failures


class AppEditsMidSync(CalendarServer):
    """The calendar app edits an event after the sync read the calendar, before it writes."""

    def __init__(self, url: str, radicale_server, uid: str, change) -> None:  # noqa: ANN001
        super().__init__(url)
        self._edit = lambda: edit_on_server(url, radicale_server, uid, change)

    def events(self):  # noqa: ANN201
        found = super().events()
        self._edit()
        return found


def test_an_event_changed_while_syncing_gives_a_conflict_and_the_next_sync_carries_on(
    setup: Setup, radicale_server
) -> None:  # noqa: ANN001
    setup.sync()
    setup.schedule.update(setup.schedule.session("a1").with_changes(planned_minutes=12))
    stored = setup.workspace.path.read_bytes()
    racing = AppEditsMidSync(setup.url, radicale_server, "a1@sledplanner", lambda e: move_day(e, 1))
    with pytest.raises(CalendarServerError) as raised:
        setup.sync(racing)
    assert raised.value.reason == "conflict"
    assert "412 Precondition Failed" in raised.value.message
    assert setup.workspace.path.read_bytes() == stored, "the local plan is untouched"
    # Both sides changed the session: the move made there comes here, the edit made here
    # goes there.
    report = setup.sync()
    assert report.summary() == "0 added, 0 updated, 0 deleted, 1 moved here"
    assert setup.schedule.session("a1").day == date(2026, 5, 5)
    event = server_events(setup.url, radicale_server)["a1@sledplanner"]
    assert str(event["SUMMARY"]) == "Backward sled drag · 12 min · 55 lb"
    assert event.decoded("DTSTART") == datetime(2026, 5, 5, 7, 0)
    assert setup.sync().summary() == "0 added, 0 updated, 0 deleted, 0 moved here"


class DiesAfter(CalendarServer):
    """Stops the real server after ``writes`` writes, as a crash or a lost connection would."""

    def __init__(self, url: str, radicale_server, writes: int) -> None:  # noqa: ANN001
        super().__init__(url, timeout=5)
        self._server = radicale_server
        self._left = writes

    def put(self, href: str, body: bytes, if_match: str | None) -> str:
        if self._left == 0:
            self._server.stop()
        self._left -= 1
        return super().put(href, body, if_match)


def test_the_server_going_down_mid_sync_changes_nothing_here_and_the_next_sync_carries_on(
    setup: Setup, radicale_server
) -> None:  # noqa: ANN001
    stored = setup.workspace.path.read_bytes()
    with pytest.raises(CalendarServerError) as raised:
        setup.sync(DiesAfter(setup.url, radicale_server, 2))
    assert raised.value.reason == "unreachable"
    assert "could not be reached" in raised.value.message
    assert setup.workspace.path.read_bytes() == stored
    radicale_server.start()
    assert len(server_events(setup.url, radicale_server)) == 2
    report = setup.sync()
    assert report.summary() == "3 added, 0 updated, 0 deleted, 0 moved here"
    assert len(server_events(setup.url, radicale_server)) == 5
    assert setup.sync().summary() == "0 added, 0 updated, 0 deleted, 0 moved here"


def test_a_server_that_is_down_is_named_and_nothing_changes(setup: Setup, radicale_server) -> None:  # noqa: ANN001
    radicale_server.stop()
    stored = setup.workspace.path.read_bytes()
    with pytest.raises(CalendarServerError) as raised:
        setup.sync()
    assert raised.value.reason == "unreachable"
    assert setup.url in raised.value.message
    assert setup.workspace.path.read_bytes() == stored


def test_a_server_that_does_not_answer_times_out_with_a_clear_message(setup: Setup) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)  # connections are accepted by the system, never answered
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/alice/training/"
        stored = setup.workspace.path.read_bytes()
        with pytest.raises(CalendarServerError) as raised:
            sync_once(setup.service, CalendarServer(url, timeout=0.5), None, NOW)
    assert raised.value.reason == "timeout"
    assert "did not answer within 0.5 s" in raised.value.message
    assert setup.workspace.path.read_bytes() == stored


def test_a_wrong_password_is_refused_with_a_clear_message(db_path: Path, radicale_login) -> None:  # noqa: ANN001
    url = radicale_login.make_calendar()
    workspace = open_workspace(db_path, create=True)
    try:
        ScheduleService(workspace).add_many(plan())
        setup = Setup(workspace, url)
        with pytest.raises(CalendarServerError) as raised:
            setup.sync(CalendarServer(url, "alice", "wrong"))
        assert raised.value.reason == "refused"
        assert "refused the user name or password" in raised.value.message
        report = setup.sync(CalendarServer(url, "alice", "horse-battery-42"))
        assert report.added == 5
    finally:
        workspace.close()


def test_a_wrong_calendar_address_says_so(setup: Setup, radicale_server) -> None:  # noqa: ANN001
    with pytest.raises(CalendarServerError) as raised:
        setup.sync(CalendarServer(radicale_server.root + "alice/nothing-here/"))
    assert raised.value.reason == "not-found"


# ------------------------------------------------------------------ the account


def test_the_account_is_stored_without_any_password(setup: Setup) -> None:
    account = CalendarAccount(
        url=setup.url, username="alice", password_env="CALDAV_PW", reminder_minutes=15
    )
    setup.service.set_account(account)
    assert setup.service.account() == account
    assert set(account.to_dict()) == {
        "url",
        "username",
        "password_env",
        "reminder_minutes",
        "sync_after_change",
        "sync_every_minutes",
    }


def test_a_web_server_that_is_not_a_calendar_is_named_without_its_page(
    setup: Setup, tmp_path: Path
) -> None:
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as web:
        thread = threading.Thread(target=web.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            url = f"http://127.0.0.1:{web.server_address[1]}/"
            with pytest.raises(CalendarServerError) as raised:
                sync_once(setup.service, CalendarServer(url), None, NOW)
        finally:
            web.shutdown()
            thread.join()
    assert raised.value.reason == "server"
    assert "501 Not Implemented" in raised.value.message
    assert "<" not in raised.value.message
