"""Sets exported by other training apps (Strong, Hevy, FitNotes), turned into done sessions.

The rules live here, free of files and storage: which exercise names are sled drags, how the
sets of one exercise in one workout become one session, and what identifies an imported
session so that importing the same workout again adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import MAX_NOTES
from sledplanner.domain.sessions import (
    MAX_MINUTES,
    Activity,
    Session,
    SessionLog,
    SessionStatus,
    check_load,
)
from sledplanner.domain.units import Mass

__all__ = [
    "SKIP",
    "ExportSet",
    "ImportProblem",
    "ImportSource",
    "ImportedSession",
    "SetGrouping",
    "SkippedExercise",
    "SourceApp",
    "activity_for",
    "group_sets",
    "parse_exercise_overrides",
]

#: The mapping value that leaves an exercise out of the import.
SKIP = "skip"


class SourceApp(StrEnum):
    """The app an export comes from."""

    STRONG = "strong"
    HEVY = "hevy"
    FITNOTES = "fitnotes"

    @property
    def label(self) -> str:
        """The app's name as it writes it."""
        return {"strong": "Strong", "hevy": "Hevy", "fitnotes": "FitNotes"}[self.value]


# ---------------------------------------------------------------------- exercise names

_WORD = re.compile(r"[^\W\d_]+")
_BACKWARD = frozenset({"backward", "backwards", "reverse", "retro"})
_LATERAL = frozenset({"lateral", "side", "sideways"})
_DRAG = frozenset({"drag", "drags", "dragging", "pull", "pulls", "pulling"})
_WALK = frozenset({"walk", "walks", "walking"})
_SLED = frozenset({"sled", "sleds", "sledge", "prowler"})
_PUSH = frozenset({"push", "pushes", "pushing"})


def activity_for(name: str) -> Activity | None:
    """Map an exercise name to an activity by its words; None when it is not one of ours.

    * "sled" with "backward", "reverse" or "retro": a backward drag;
    * "sled" with "lateral" or "side": a lateral drag;
    * any other sled drag or pull: a forward drag (a sled push is not a drag);
    * "backward", "retro" or "reverse" with "walk": a backward walk.
    """
    words = {word.casefold() for word in _WORD.findall(name)}
    if words & _SLED and not words & _PUSH:
        if words & _BACKWARD:
            return Activity.BACKWARD_DRAG
        if words & _LATERAL:
            return Activity.LATERAL_DRAG
        if words & _DRAG:
            return Activity.FORWARD_DRAG
        return None
    if words & _BACKWARD and words & _WALK:
        return Activity.BACKWARD_WALK
    return None


def parse_exercise_overrides(texts: Iterable[str]) -> dict[str, Activity | None]:
    """Read ``NAME=ACTIVITY`` choices (ACTIVITY an activity value, or ``skip``).

    Returns:
        The activity (None for skip) per exercise name, keyed by the name case-folded.

    Raises:
        ValidationError: A text is not NAME=ACTIVITY or names an unknown activity.
    """
    found: dict[str, Activity | None] = {}
    choices = " | ".join([*(activity.value for activity in Activity), SKIP])
    for text in texts:
        name, equals, value = text.rpartition("=")
        if not equals or not name.strip():
            raise ValidationError(
                "--exercise", f"'{text}' is not NAME=ACTIVITY (ACTIVITY one of {choices})"
            )
        key = value.strip().lower()
        if key == SKIP:
            found[name.strip().casefold()] = None
            continue
        try:
            found[name.strip().casefold()] = Activity(key)
        except ValueError:
            raise ValidationError(
                "--exercise", f"'{value.strip()}' is not one of {choices}"
            ) from None
    return found


# ---------------------------------------------------------------------- sets and sessions


@dataclass(frozen=True)
class ImportProblem:
    """Something wrong in one row of an export: its physical line and the column."""

    line: int
    column: str
    message: str


@dataclass(frozen=True)
class ExportSet:
    """One set as an app exported it, with its values read (or the problems reading them).

    ``workout`` identifies the workout as the export does: its start, written
    ``YYYY-MM-DDTHH:MM`` (or just the date when the app keeps no time). Problems of the
    numbers only count when the exercise is imported.
    """

    line: int
    workout: str
    day: date
    exercise: str
    start: datetime | None = None
    warmup: bool = False
    weight: Mass | None = None
    distance_m: Decimal | None = None
    seconds: int | None = None
    rpe: Decimal | None = None
    notes: tuple[str, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    #: The columns that hold the time, the weight and the RPE (for problems of a whole session).
    columns: Mapping[str, str] = field(default_factory=dict)
    #: The date or the exercise cannot be read: a problem whatever the exercise is.
    broken: bool = False


@dataclass(frozen=True)
class ImportSource:
    """Where an imported session came from: the app, the workout's start and the exercise.

    Stored in the ``import_sources`` table (docs/data-format.md) beside the session's id.
    """

    app: SourceApp
    workout: str
    exercise: str
    session_id: str

    def __post_init__(self) -> None:
        """Check every field."""
        object.__setattr__(self, "app", _app(self.app))
        for name in ("workout", "exercise", "session_id"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValidationError(name, "must be a non-empty text")

    @property
    def id(self) -> str:
        """The record's id: the session it describes."""
        return self.session_id

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two imports the same: app, workout start, exercise (case ignored)."""
        return (self.app.value, self.workout, self.exercise.casefold())

    def to_dict(self) -> dict[str, Any]:
        """Return the stored record."""
        return {
            "id": self.session_id,
            "app": self.app.value,
            "workout": self.workout,
            "exercise": self.exercise,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImportSource:
        """Rebuild from a stored record, checking every field."""
        if not isinstance(data, Mapping):
            raise ValidationError("import_source", "record must be an object")
        return cls(
            app=_app(data.get("app")),
            workout=data.get("workout"),  # type: ignore[arg-type]
            exercise=data.get("exercise"),  # type: ignore[arg-type]
            session_id=data.get("id"),  # type: ignore[arg-type]
        )


def _app(value: object) -> SourceApp:
    try:
        return SourceApp(str(value))
    except ValueError:
        raise ValidationError("app", f"'{value}' is not strong, hevy or fitnotes") from None


@dataclass(frozen=True)
class ImportedSession:
    """One done session made from the sets of one exercise in one workout."""

    session: Session
    source: ImportSource
    lines: tuple[int, ...]


@dataclass(frozen=True)
class SkippedExercise:
    """Rows left out of an import: the exercise (or what they are), how many, and why."""

    name: str
    rows: int
    reason: str


@dataclass(frozen=True)
class SetGrouping:
    """What an export becomes: sessions to add, rows skipped, and problems that stop it."""

    sessions: tuple[ImportedSession, ...]
    skipped: tuple[SkippedExercise, ...]
    problems: tuple[ImportProblem, ...]
    #: Every exercise name of the export with its activity (None: skipped), in file order.
    mapping: Mapping[str, Activity | None]


def _whole(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _notes(sets: Sequence[ExportSet]) -> str:
    kept: list[str] = []
    for item in sets:
        for note in item.notes:
            text = note.strip()
            if text and text not in kept:
                kept.append(text)
    joined = " · ".join(kept)
    return joined if len(joined) <= MAX_NOTES else joined[: MAX_NOTES - 1] + "…"


def group_sets(
    app: SourceApp,
    sets: Sequence[ExportSet],
    overrides: Mapping[str, Activity | None],
    *,
    sled_id: str | None = None,
    known: Iterable[tuple[str, str, str]] = (),
    not_sets: Mapping[str, int] | None = None,
) -> SetGrouping:
    """Turn the sets of an export into done sessions.

    The sets of one exercise in one workout become one session: minutes from the summed set
    durations (warm-ups included), the heaviest working set's weight as the added load,
    summed distance, the highest RPE, the notes kept. Exercises that map to no activity are
    skipped and counted by name; so is a workout already imported (``known`` keys) and one
    with no time logged.

    Args:
        app: The app of the export.
        sets: Every set, in file order.
        overrides: Chosen activities by exercise name case-folded (None: skip); other names
            are mapped by :func:`activity_for`.
        sled_id: The sled of sessions that drag one.
        known: The source keys already imported.
        not_sets: Rows of the export that are not sets (rest timers…), counted by what they are.
    """
    mapping: dict[str, Activity | None] = {}
    groups: dict[tuple[str, str], list[ExportSet]] = {}
    skipped_rows: dict[str, int] = {}
    problems: list[ImportProblem] = []
    for item in sets:
        if item.broken:
            problems.extend(item.problems)
            continue
        name = item.exercise
        if name not in mapping:
            key = name.casefold()
            mapping[name] = overrides[key] if key in overrides else activity_for(name)
        if mapping[name] is None:
            skipped_rows[name] = skipped_rows.get(name, 0) + 1
            continue
        groups.setdefault((item.workout, name.casefold()), []).append(item)
    skipped = [
        SkippedExercise(name, rows, "not a sled drag or backward walk")
        for name, rows in skipped_rows.items()
    ]
    skipped += [SkippedExercise(name, rows, "not a set") for name, rows in (not_sets or {}).items()]
    known_keys = set(known)
    sessions: list[ImportedSession] = []
    already: dict[str, int] = {}
    untimed: dict[str, int] = {}
    for group in groups.values():
        first = group[0]
        activity = mapping[first.exercise]
        assert activity is not None
        group_problems = [problem for item in group for problem in item.problems]
        if group_problems:
            problems.extend(group_problems)
            continue
        source = ImportSource(app, first.workout, first.exercise, "pending")
        if source.key in known_keys:
            already[first.exercise] = already.get(first.exercise, 0) + len(group)
            continue
        known_keys.add(source.key)
        seconds = sum(item.seconds or 0 for item in group)
        if seconds <= 0:
            untimed[first.exercise] = untimed.get(first.exercise, 0) + len(group)
            continue
        built = _session(activity, group, seconds, sled_id, problems)
        if built is not None:
            sessions.append(
                ImportedSession(
                    built,
                    ImportSource(app, first.workout, first.exercise, built.id),
                    tuple(item.line for item in group),
                )
            )
    skipped += [SkippedExercise(name, rows, "already imported") for name, rows in already.items()]
    skipped += [
        SkippedExercise(name, rows, "no time logged in its sets") for name, rows in untimed.items()
    ]
    problems.sort(key=lambda problem: problem.line)
    return SetGrouping(tuple(sessions), tuple(skipped), tuple(problems), mapping)


def _session(
    activity: Activity,
    group: Sequence[ExportSet],
    seconds: int,
    sled_id: str | None,
    problems: list[ImportProblem],
) -> Session | None:
    first = group[0]
    minutes = _whole(Decimal(seconds) / 60)
    if minutes > MAX_MINUTES:
        problems.append(
            ImportProblem(
                first.line,
                first.columns.get("time", ""),
                f"the sets of '{first.exercise}' in this workout add up to {minutes} minutes; "
                f"a session is at most {MAX_MINUTES}",
            )
        )
        return None
    working = [item for item in group if not item.warmup and item.weight is not None]
    heaviest = max(working, key=lambda item: item.weight.kg if item.weight else 0, default=None)
    load = heaviest.weight if heaviest is not None else None
    try:
        check_load(load, "load")
    except ValidationError as exc:
        assert heaviest is not None
        problems.append(ImportProblem(heaviest.line, first.columns.get("weight", ""), exc.message))
        return None
    distances = [item.distance_m for item in group if item.distance_m is not None]
    distance = sum(distances, Decimal(0)) if distances else None
    if distance is not None and distance <= 0:
        distance = None
    rpes = [item.rpe for item in group if item.rpe is not None]
    rpe = min(_whole(max(rpes)), 10) if rpes else None
    try:
        log = SessionLog(
            minutes=max(minutes, 1),
            load=load,
            distance_m=distance,
            rpe=rpe,
        )
        return Session(
            day=first.day,
            activity=activity,
            planned_minutes=max(minutes, 1),
            planned_load=load,
            sled_id=sled_id if activity.uses_sled else None,
            status=SessionStatus.DONE,
            start_time=first.start.time() if first.start is not None else None,
            log=log,
            notes=_notes(group),
        )
    except ValidationError as exc:
        column = first.columns.get(exc.field, exc.field)
        problems.append(ImportProblem(first.line, column, exc.message))
        return None
