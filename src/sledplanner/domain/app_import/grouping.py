"""The sets of one exercise in one workout, turned into one done session."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sledplanner.domain.app_import.names import SourceApp, activity_for
from sledplanner.domain.app_import.records import (
    ExportSet,
    ImportedSession,
    ImportProblem,
    ImportSource,
    SetGrouping,
    SkippedExercise,
)
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
    problems: list[ImportProblem] = []
    mapping, groups, not_drags = _map_and_group(sets, overrides, problems)
    chosen = {name: rows for name, rows in not_drags.items() if name.casefold() in overrides}
    not_drags = {name: rows for name, rows in not_drags.items() if name not in chosen}
    built = _Built(known=set(known))
    for group in groups.values():
        _build(app, group, mapping, sled_id, built, problems)
    skipped = [
        *(_skips(not_drags, "not a sled drag or backward walk")),
        *(_skips(chosen, "left out by the exercise mapping you chose")),
        *(_skips(not_sets or {}, "not a set")),
        *(_skips(built.already, "already imported")),
        *(_skips(built.untimed, "no time logged in its sets")),
    ]
    problems.sort(key=lambda problem: problem.line)
    return SetGrouping(tuple(built.sessions), tuple(skipped), tuple(problems), mapping)


@dataclass
class _Built:
    """The sessions made so far, and the rows left out because of what was known or logged."""

    known: set[tuple[str, str, str]]
    sessions: list[ImportedSession] = field(default_factory=list)
    already: dict[str, int] = field(default_factory=dict)
    untimed: dict[str, int] = field(default_factory=dict)


def _skips(rows: Mapping[str, int], why: str) -> list[SkippedExercise]:
    return [SkippedExercise(name, count, why) for name, count in rows.items()]


def _map_and_group(
    sets: Sequence[ExportSet],
    overrides: Mapping[str, Activity | None],
    problems: list[ImportProblem],
) -> tuple[dict[str, Activity | None], dict[tuple[str, str], list[ExportSet]], dict[str, int]]:
    """Map each exercise name once, and group the mapped sets by workout and exercise.

    Returns the mapping, the groups, and the rows of exercises mapped to nothing, by name.
    """
    mapping: dict[str, Activity | None] = {}
    groups: dict[tuple[str, str], list[ExportSet]] = {}
    not_drags: dict[str, int] = {}
    for item in sets:
        if item.broken:
            problems.extend(item.problems)
            continue
        name = item.exercise
        if name not in mapping:
            key = name.casefold()
            mapping[name] = overrides[key] if key in overrides else activity_for(name)
        if mapping[name] is None:
            not_drags[name] = not_drags.get(name, 0) + 1
            continue
        groups.setdefault((item.workout, name.casefold()), []).append(item)
    return mapping, groups, not_drags


def _build(
    app: SourceApp,
    group: list[ExportSet],
    mapping: Mapping[str, Activity | None],
    sled_id: str | None,
    built: _Built,
    problems: list[ImportProblem],
) -> None:
    """Make the session of one group of sets, unless it is known, untimed or has problems."""
    first = group[0]
    activity = mapping[first.exercise]
    assert activity is not None
    group_problems = [problem for item in group for problem in item.problems]
    if group_problems:
        problems.extend(group_problems)
        return
    source = ImportSource(app, first.workout, first.exercise, "pending")
    if source.key in built.known:
        built.already[first.exercise] = built.already.get(first.exercise, 0) + len(group)
        return
    built.known.add(source.key)
    seconds = sum(item.seconds or 0 for item in group)
    if seconds <= 0:
        built.untimed[first.exercise] = built.untimed.get(first.exercise, 0) + len(group)
        return
    session = _session(activity, group, seconds, sled_id, problems)
    if session is not None:
        built.sessions.append(
            ImportedSession(
                session,
                ImportSource(app, first.workout, first.exercise, session.id),
                tuple(item.line for item in group),
            )
        )


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
    fine, load = _load(activity, group, problems)
    if not fine:
        return None
    distance = _distance(group)
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


def _load(
    activity: Activity, group: Sequence[ExportSet], problems: list[ImportProblem]
) -> tuple[bool, Mass | None]:
    """Whether the load is fine (else a problem is noted), and the heaviest working set's weight.

    A walk carries no sled: a weight its app wrote for it (often 0) is not a load.
    """
    if not activity.uses_sled:
        return True, None
    working = [item for item in group if not item.warmup and item.weight is not None]
    heaviest = max(working, key=lambda item: item.weight.kg if item.weight else 0, default=None)
    if heaviest is None:
        return True, None
    try:
        check_load(heaviest.weight, "load")
    except ValidationError as exc:
        column = group[0].columns.get("weight", "")
        problems.append(ImportProblem(heaviest.line, column, exc.message))
        return False, None
    return True, heaviest.weight


def _distance(group: Sequence[ExportSet]) -> Decimal | None:
    """The sets' distances summed; None when none was logged or the sum is not above zero."""
    distances = [item.distance_m for item in group if item.distance_m is not None]
    total = sum(distances, Decimal(0)) if distances else None
    if total is None or total <= 0:
        return None
    # Without the trailing zeros a unit conversion leaves (160.93440 m is 160.9344 m), and
    # never in exponent form (1E+2 is written 100).
    plain = total.normalize()
    exponent = plain.as_tuple().exponent
    return plain.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else plain
