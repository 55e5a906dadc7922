"""Two-way calendar sync rules: what to push, delete and take back from a CalDAV calendar.

Pure decisions, no network: the services read the calendar, hand the events found here as
:class:`RemoteEvent` values, and carry out the :class:`SyncPlan` this module works out. An event
is described by its *fingerprint*: the fields SledPlanner writes (start, end, title, description,
status, reminder), as text. Comparing fingerprints tells a change from a server that only
re-wrote an event, and a failed sync from a finished one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.sessions import Session

__all__ = [
    "MAX_REMINDER_MINUTES",
    "CalendarAccount",
    "EventState",
    "Fingerprint",
    "Put",
    "Remove",
    "RemoteEvent",
    "SyncPlan",
    "plan_sync",
]

#: A reminder at most a week before the session.
MAX_REMINDER_MINUTES = 7 * 24 * 60
#: Automatic syncs at most once a day apart.
MAX_EVERY_MINUTES = 24 * 60

Fingerprint = Mapping[str, str]


def _text(data: Mapping[str, Any], name: str, *, required: bool = False) -> str:
    value = data.get(name, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(name, "must be a text")
    if required and not value.strip():
        raise ValidationError(name, "is missing")
    return value


def _whole(value: object, name: str, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise ValidationError(name, f"must be a whole number from 0 to {high}")
    return value


@dataclass(frozen=True)
class CalendarAccount:
    """Which calendar the plan is synced with, and how (never the password).

    Attributes:
        url: The calendar collection's address.
        username: The account name on the server; empty when it needs none.
        password_env: The environment variable holding the password; empty to use the
            system keyring (when installed) or the password typed in for this run.
        reminder_minutes: A reminder this many minutes before each session that has a start
            time; None for no reminders.
        sync_after_change: Sync shortly after each change made in the window.
        sync_every_minutes: Sync this often while the window is open; 0 for never.
    """

    url: str
    username: str = ""
    password_env: str = ""
    reminder_minutes: int | None = None
    sync_after_change: bool = False
    sync_every_minutes: int = 0

    def __post_init__(self) -> None:
        """Check every field; raise ValidationError naming the first bad one."""
        if not isinstance(self.url, str) or not self.url.strip():
            raise ValidationError("url", "is missing")
        if not self.url.strip().lower().startswith(("http://", "https://")):
            raise ValidationError("url", f"'{self.url}' is not an http:// or https:// address")
        for name in ("username", "password_env"):
            if not isinstance(getattr(self, name), str):
                raise ValidationError(name, "must be a text")
        if self.reminder_minutes is not None:
            _whole(self.reminder_minutes, "reminder_minutes", MAX_REMINDER_MINUTES)
        if not isinstance(self.sync_after_change, bool):
            raise ValidationError("sync_after_change", "must be true or false")
        _whole(self.sync_every_minutes, "sync_every_minutes", MAX_EVERY_MINUTES)

    def to_dict(self) -> dict[str, Any]:
        """Return the stored record (see docs/data-format.md)."""
        return {
            "url": self.url,
            "username": self.username,
            "password_env": self.password_env,
            "reminder_minutes": self.reminder_minutes,
            "sync_after_change": self.sync_after_change,
            "sync_every_minutes": self.sync_every_minutes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarAccount:
        """Rebuild the account from its stored record, checking every field."""
        if not isinstance(data, Mapping):
            raise ValidationError("calendar_account", "record must be an object")
        return cls(
            url=_text(data, "url", required=True),
            username=_text(data, "username"),
            password_env=_text(data, "password_env"),
            reminder_minutes=data.get("reminder_minutes"),
            sync_after_change=data.get("sync_after_change", False),
            sync_every_minutes=data.get("sync_every_minutes", 0),
        )


@dataclass(frozen=True)
class EventState:
    """What the last sync left on the server for one session.

    Attributes:
        session_id: The session.
        calendar_url: The calendar the event is in.
        href: The event's address on the server.
        etag: The server's version tag of the event after the push.
        pushed: The fingerprint of what was pushed.
    """

    session_id: str
    calendar_url: str
    href: str
    etag: str
    pushed: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Check every field."""
        for name in ("session_id", "calendar_url", "href"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise ValidationError(name, "must be a non-empty text")
        if not isinstance(self.etag, str):
            raise ValidationError("etag", "must be a text")
        if not isinstance(self.pushed, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.pushed.items()
        ):
            raise ValidationError("pushed", "must map field names to texts")

    @property
    def id(self) -> str:
        """The record's id: one state per session and calendar."""
        return state_id(self.session_id, self.calendar_url)

    def to_dict(self) -> dict[str, Any]:
        """Return the stored record (see docs/data-format.md)."""
        return {
            "id": self.id,
            "session_id": self.session_id,
            "calendar_url": self.calendar_url,
            "href": self.href,
            "etag": self.etag,
            "pushed": dict(self.pushed),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventState:
        """Rebuild a state from its stored record, checking every field."""
        if not isinstance(data, Mapping):
            raise ValidationError("calendar_sync", "record must be an object")
        pushed = data.get("pushed", {})
        state = cls(
            session_id=_text(data, "session_id", required=True),
            calendar_url=_text(data, "calendar_url", required=True),
            href=_text(data, "href", required=True),
            etag=_text(data, "etag"),
            pushed=dict(pushed) if isinstance(pushed, Mapping) else pushed,
        )
        if data.get("id") != state.id:
            raise ValidationError("id", "does not match session_id and calendar_url")
        return state


def state_id(session_id: str, calendar_url: str) -> str:
    """Return the id of the state of ``session_id``'s event in the calendar at ``calendar_url``."""
    return f"{session_id} {calendar_url}"


@dataclass(frozen=True)
class RemoteEvent:
    """A SledPlanner event found on the server.

    Attributes:
        session_id: The session its UID names.
        href: Its address.
        etag: Its version tag.
        fingerprint: What it says now.
        day: The day it starts on (in the user's time zone), None when unreadable.
    """

    session_id: str
    href: str
    etag: str
    fingerprint: Fingerprint
    day: date | None


@dataclass(frozen=True)
class Put:
    """Write a session's event: create it (``if_match`` None) or replace the version seen."""

    session: Session
    href: str | None
    if_match: str | None


@dataclass(frozen=True)
class Remove:
    """Delete the event of a session that is gone, if it is still the version seen."""

    session_id: str
    href: str
    if_match: str


@dataclass
class SyncPlan:
    """What one sync does, worked out before anything is sent.

    Attributes:
        puts: Events to write, each with the session as it will be after the sync.
        removes: Events to delete.
        moves: Sessions moved in the calendar app: (before, after), to store locally.
        adopted: Events already as wanted: their state is recorded without a push.
        forget: Session ids whose recorded state no longer means anything.
        added: How many puts create an event.
        updated: How many puts replace one because the session changed here.
        overwritten: Sessions whose event was changed in the calendar app (not moved) and is
            put back to the app's version.
    """

    puts: list[Put] = field(default_factory=list)
    removes: list[Remove] = field(default_factory=list)
    moves: list[tuple[Session, Session]] = field(default_factory=list)
    adopted: list[RemoteEvent] = field(default_factory=list)
    forget: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    overwritten: list[Session] = field(default_factory=list)


def plan_sync(
    sessions: Iterable[Session],
    states: Mapping[str, EventState],
    remote: Mapping[str, RemoteEvent],
    fingerprint_of: Callable[[Session], Fingerprint],
) -> SyncPlan:
    """Work out one sync of ``sessions`` with a calendar.

    The rules:
    - A session with no event gets one (added); one whose event says something other than
      the session now does gets it replaced (updated).
    - An event changed in the calendar app since the last push (its fingerprint differs from
      what was pushed) and now on another day moves the session there, keeping its original
      date, unless the session's day changed here too (SledPlanner's version wins). Any
      other change made in the app is replaced by SledPlanner's version and reported.
    - An event deleted in the app comes back (added).
    - The event of a session deleted here is deleted, if the last sync pushed it; an event
      with a SledPlanner UID that no sync of this database pushed is left alone.

    Args:
        sessions: Every session of the plan.
        states: What the last sync pushed, by session id (for this calendar).
        remote: The SledPlanner events on the server, by session id.
        fingerprint_of: The fingerprint of a session's event as it would be pushed.
    """
    plan = SyncPlan()
    local_ids: set[str] = set()
    for session in sessions:
        local_ids.add(session.id)
        state = states.get(session.id)
        found = remote.get(session.id)
        if found is None:
            plan.puts.append(Put(session, state.href if state else None, None))
            plan.added += 1
            continue
        wanted = session
        changed_there = state is not None and dict(found.fingerprint) != dict(state.pushed)
        if changed_there and state is not None:
            pushed_day = state.pushed.get("day")
            here_day = session.day.isoformat()
            if (
                found.day is not None
                and found.day.isoformat() != pushed_day
                and here_day == pushed_day
            ):
                wanted = session.moved_to(found.day)
                plan.moves.append((session, wanted))
            elif dict(found.fingerprint) != dict(fingerprint_of(session)):
                plan.overwritten.append(session)
        desired = fingerprint_of(wanted)
        if dict(found.fingerprint) == dict(desired):
            plan.adopted.append(found)
            continue
        plan.puts.append(Put(wanted, found.href, found.etag))
        if wanted is session:  # a moved session's event is rewritten as part of the move
            plan.updated += 1
    for session_id, found in remote.items():
        if session_id not in local_ids and session_id in states:
            plan.removes.append(Remove(session_id, found.href, found.etag))
    for session_id in states:
        if session_id not in local_ids and session_id not in remote:
            plan.forget.append(session_id)
    return plan
