"""Training sessions: what is planned for a day, and what was done."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    MAX_NOTES,
    _field,
    check_day,
    check_id,
    check_text,
    new_id,
    parse_date,
    parse_enum,
    stored_id,
)
from sledplanner.domain.surfaces import surface
from sledplanner.domain.units import Mass

MAX_MINUTES = 600
MAX_DISTANCE_M = Decimal(100_000)
MAX_LOAD_KG = 1000


class Activity(StrEnum):
    """What the session is."""

    BACKWARD_DRAG = "backward_drag"
    FORWARD_DRAG = "forward_drag"
    BACKWARD_WALK = "backward_walk"
    LATERAL_DRAG = "lateral_drag"

    @property
    def label(self) -> str:
        """The activity in plain words, e.g. "Backward sled drag"."""
        return ACTIVITY_LABELS[self]

    @property
    def uses_sled(self) -> bool:
        """Whether a sled is dragged (backward walking needs none)."""
        return self is not Activity.BACKWARD_WALK


ACTIVITY_LABELS = {
    Activity.BACKWARD_DRAG: "Backward sled drag",
    Activity.FORWARD_DRAG: "Forward sled drag",
    Activity.BACKWARD_WALK: "Backward walk",
    Activity.LATERAL_DRAG: "Lateral sled drag",
}


class SessionStatus(StrEnum):
    """Where a session stands."""

    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"


def check_minutes(value: object, field_name: str, *, allow_zero: bool = False) -> int:
    """Return whole minutes, 1–600 (0 allowed when ``allow_zero``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, "must be a whole number of minutes")
    low = 0 if allow_zero else 1
    if not low <= value <= MAX_MINUTES:
        raise ValidationError(field_name, f"must be {low} to {MAX_MINUTES} minutes, got {value}")
    return value


def check_scale(value: object, field_name: str) -> int:
    """Return a 0–10 rating (RPE, pain)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, "must be a whole number from 0 to 10")
    if not 0 <= value <= 10:
        raise ValidationError(field_name, f"must be from 0 to 10, got {value}")
    return value


def check_distance(value: object, field_name: str) -> Decimal:
    """Return a distance in metres: a finite decimal above 0 and at most 100 km."""
    if isinstance(value, bool | float):
        raise ValidationError(field_name, "must be given as text or a whole number")
    try:
        distance = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise ValidationError(field_name, f"'{value}' is not a distance in metres") from None
    if not distance.is_finite() or distance <= 0 or distance > MAX_DISTANCE_M:
        raise ValidationError(field_name, f"must be above 0 and at most 100000 m, got {value}")
    return distance


def check_load(load: Mass | None, field_name: str) -> Mass | None:
    """Return an added load: zero or more (the empty sled) and at most 1000 kg."""
    if load is None:
        return None
    if not isinstance(load, Mass):
        raise ValidationError(field_name, "must be a mass")
    if load.kg > MAX_LOAD_KG:
        raise ValidationError(field_name, f"{load} is over the {MAX_LOAD_KG} kg limit")
    return load


@dataclass(frozen=True)
class SessionLog:
    """What was actually done in a session, as logged."""

    minutes: int
    load: Mass | None = None
    distance_m: Decimal | None = None
    surface: str | None = None
    rpe: int | None = None
    pain_during: int | None = None
    pain_next_morning: int | None = None

    def __post_init__(self) -> None:
        """Check every field."""
        check_minutes(self.minutes, "actual_minutes", allow_zero=True)
        check_load(self.load, "actual_load")
        if self.distance_m is not None:
            object.__setattr__(self, "distance_m", check_distance(self.distance_m, "distance_m"))
        if self.surface is not None:
            object.__setattr__(self, "surface", _surface_key(self.surface))
        for name in ("rpe", "pain_during", "pain_next_morning"):
            value = getattr(self, name)
            if value is not None:
                check_scale(value, name)


def _surface_key(key: str) -> str:
    try:
        return surface(key).key
    except ValidationError as exc:
        raise ValidationError("surface", exc.message) from None


@dataclass(frozen=True)
class Session:
    """One training session on a day: the plan, its status and, once done, the log.

    ``planned_load`` is the mass added to the sled (the sled's own mass comes from its gear
    item, ``sled_id``). ``original_date`` keeps the day it was first planned for when it is
    moved.
    """

    day: date
    activity: Activity = Activity.BACKWARD_DRAG
    planned_minutes: int = 10
    planned_load: Mass | None = None
    planned_distance_m: Decimal | None = None
    surface: str | None = None
    sled_id: str | None = None
    status: SessionStatus = SessionStatus.PLANNED
    start_time: time | None = None
    log: SessionLog | None = None
    notes: str = ""
    programme_id: str | None = None
    original_date: date | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Check every field; raise ValidationError naming the first bad one."""
        check_id(self.id)
        if not isinstance(self.day, date) or isinstance(self.day, datetime):
            raise ValidationError("date", "must be a date")
        check_day(self.day, "date")
        object.__setattr__(self, "activity", parse_enum(Activity, self.activity, "activity"))
        object.__setattr__(self, "status", parse_enum(SessionStatus, self.status, "status"))
        check_minutes(self.planned_minutes, "planned_minutes")
        check_load(self.planned_load, "planned_load")
        if self.planned_distance_m is not None:
            object.__setattr__(
                self,
                "planned_distance_m",
                check_distance(self.planned_distance_m, "planned_distance_m"),
            )
        if self.surface is not None:
            object.__setattr__(self, "surface", _surface_key(self.surface))
        if self.start_time is not None and not isinstance(self.start_time, time):
            raise ValidationError("time", "must be a time of day")
        if self.status is SessionStatus.DONE and self.log is None:
            raise ValidationError("status", "a done session needs its log")
        if self.log is not None and not isinstance(self.log, SessionLog):
            raise ValidationError("log", "must be a session log")
        object.__setattr__(
            self, "notes", check_text(self.notes, "notes", required=False, limit=MAX_NOTES)
        )
        if self.original_date is not None:
            check_day(self.original_date, "original_date")
        for name in ("sled_id", "programme_id"):
            if getattr(self, name) is not None and not isinstance(getattr(self, name), str):
                raise ValidationError(name, "must be an id (text) or empty")

    # ------------------------------------------------------------------ derived
    @property
    def moved(self) -> bool:
        """Whether the session was moved from the day it was first planned for."""
        return self.original_date is not None and self.original_date != self.day

    @property
    def actual_minutes(self) -> int | None:
        """Minutes done, when logged."""
        return self.log.minutes if self.log is not None else None

    @property
    def srpe(self) -> int | None:
        """Session RPE in arbitrary units: RPE × minutes (Foster 2001), when logged with RPE."""
        if self.log is None or self.log.rpe is None:
            return None
        return self.log.rpe * self.log.minutes

    def moved_to(self, day: date) -> Session:
        """Return the session on ``day``, remembering the day it was first planned for."""
        original = self.original_date or self.day
        return replace(self, day=day, original_date=original if original != day else None)

    def done(self, log: SessionLog) -> Session:
        """Return the session marked done with ``log``."""
        return replace(self, status=SessionStatus.DONE, log=log)

    def done_as_planned(self) -> Session:
        """Return the session marked done exactly as planned."""
        return self.done(
            SessionLog(
                minutes=self.planned_minutes,
                load=self.planned_load,
                distance_m=self.planned_distance_m,
                surface=self.surface,
            )
        )

    def skipped(self) -> Session:
        """Return the session marked skipped (any log is dropped)."""
        return replace(self, status=SessionStatus.SKIPPED, log=None)

    def reopened(self) -> Session:
        """Return the session back to planned (any log is dropped)."""
        return replace(self, status=SessionStatus.PLANNED, log=None)

    def with_changes(self, **changes: Any) -> Session:
        """Return a checked copy with ``changes``; the id stays."""
        return replace(self, **changes)

    # ------------------------------------------------------------------ file form
    def to_dict(self) -> dict[str, Any]:
        """Return the stored record (see docs/data-format.md)."""
        log = self.log
        return {
            "id": self.id,
            "date": self.day.isoformat(),
            "time": self.start_time.isoformat(timespec="minutes") if self.start_time else None,
            "activity": self.activity.value,
            "planned_minutes": self.planned_minutes,
            "planned_load": self.planned_load.to_dict() if self.planned_load else None,
            "planned_distance_m": _text(self.planned_distance_m),
            "surface": self.surface,
            "sled_id": self.sled_id,
            "status": self.status.value,
            "actual_minutes": log.minutes if log else None,
            "actual_load": log.load.to_dict() if log and log.load else None,
            "distance_m": _text(log.distance_m) if log else None,
            "actual_surface": log.surface if log else None,
            "rpe": log.rpe if log else None,
            "pain_during": log.pain_during if log else None,
            "pain_next_morning": log.pain_next_morning if log else None,
            "notes": self.notes,
            "programme_id": self.programme_id,
            "original_date": self.original_date.isoformat() if self.original_date else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Session:
        """Rebuild a session from its stored record, checking every field."""
        if not isinstance(data, Mapping):
            raise ValidationError("session", "record must be an object")
        day = parse_date(data.get("date"), "date")
        if day is None:
            raise ValidationError("date", "is missing")
        log: SessionLog | None = None
        if data.get("actual_minutes") is not None:
            log = SessionLog(
                minutes=data["actual_minutes"],
                load=_mass(data.get("actual_load"), "actual_load"),
                distance_m=_decimal(data.get("distance_m"), "distance_m"),
                surface=data.get("actual_surface"),
                rpe=data.get("rpe"),
                pain_during=data.get("pain_during"),
                pain_next_morning=data.get("pain_next_morning"),
            )
        return cls(
            day=day,
            start_time=_time(data.get("time")),
            activity=parse_enum(Activity, data.get("activity", "backward_drag"), "activity"),
            planned_minutes=data.get("planned_minutes", 10),
            planned_load=_mass(data.get("planned_load"), "planned_load"),
            planned_distance_m=_decimal(data.get("planned_distance_m"), "planned_distance_m"),
            surface=data.get("surface"),
            sled_id=data.get("sled_id"),
            status=parse_enum(SessionStatus, data.get("status", "planned"), "status"),
            log=log,
            notes=data.get("notes") or "",
            programme_id=data.get("programme_id"),
            original_date=parse_date(data.get("original_date"), "original_date"),
            id=stored_id(data),
        )


def _text(value: Decimal | None) -> str | None:
    return str(value) if value is not None else None


def _mass(data: object, name: str) -> Mass | None:
    return _field(Mass.from_dict, data, name) if data else None


def _decimal(value: object, name: str) -> Decimal | None:
    if value is None or value == "":
        return None
    return check_distance(value, name)


def _time(value: object) -> time | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError("time", "must be a time written HH:MM")
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError("time", f"'{value}' is not a time written HH:MM") from None


def week_start(day: date, first_weekday: int = 0) -> date:
    """Return the first day of the week holding ``day`` (``first_weekday`` 0 = Monday)."""
    offset = (day.weekday() - first_weekday) % 7
    return date.fromordinal(day.toordinal() - offset)


__all__ = [
    "Activity",
    "Session",
    "SessionLog",
    "SessionStatus",
    "week_start",
]
