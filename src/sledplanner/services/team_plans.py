"""Changing athletes' files from the team view: a new athlete, one programme for many.

Each change opens one athlete's file under its lock, writes, and closes it again, so only the
athlete open in the window stays locked. The lock comes from the caller (the window passes
the app's lock file; tests may pass their own), as the services know nothing of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from sledplanner.domain.gear import GearItem, new_id
from sledplanner.domain.programme import GeneratedPlan, Programme, default_start
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import Services, build_services
from sledplanner.services.errors import DatabaseError, DatabaseExistsError, DatabaseWriteError
from sledplanner.services.programmes import template
from sledplanner.services.workspace import create_workspace_file, open_workspace
from sledplanner.storage.athlete_repository import AthleteRepository
from sledplanner.storage.atomic import write_atomically

__all__ = [
    "AthleteLock",
    "AthleteLockedError",
    "PlanOutcome",
    "TemplateChoice",
    "apply_template",
    "athlete_file_name",
    "create_athlete",
    "remove_new_athlete",
    "remove_plan",
    "restore_new_athlete",
]


class AthleteLock(Protocol):
    """The lock of one athlete's file (the app's :class:`DatabaseLock` fits)."""

    def acquire(self) -> bool:
        """Take the lock; False when another holds it."""
        ...

    def release(self) -> None:
        """Give the lock back."""
        ...


LockFactory = Callable[[Path], AthleteLock]


class AthleteLockedError(DatabaseError):
    """The athlete's file is open for writing elsewhere; it was not changed."""

    exit_code = 3

    def __init__(self, path: Path) -> None:
        """Report that ``path`` is locked."""
        super().__init__(path, f"{path}: open in another SledPlanner; not changed")


@contextmanager
def athlete_services(
    path: Path, lock: LockFactory, today: Callable[[], date] = date.today
) -> Iterator[Services]:
    """Open ``path`` for writing under its lock; write, close and unlock on leaving.

    Raises:
        AthleteLockedError: Another instance holds the file.
        DatabaseError: The file cannot be opened; it is unchanged.
    """
    held = lock(path)
    if not held.acquire():
        raise AthleteLockedError(path)
    try:
        workspace = open_workspace(path)
        try:
            yield build_services(workspace, today=today)
        finally:
            workspace.close()
    finally:
        held.release()


def athlete_file_name(folder: Path, name: str) -> Path:
    """A new file in ``folder`` for the athlete ``name``: ``name.json``, made unique."""
    stem = re.sub(r"[^\w\-. ]+", "", name, flags=re.UNICODE).strip(" .") or "athlete"
    stem = re.sub(r"\s+", "-", stem)[:80]
    candidate = folder / f"{stem}.json"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.json"
        number += 1
    return candidate


@dataclass(frozen=True)
class TemplateChoice:
    """A programme template and when and how often to train; the loads come from each gear.

    Attributes:
        template: The template key (see :func:`~sledplanner.services.programmes.templates`).
        start: The first day of the plan.
        weekdays: Training days, 0 = Monday.
        weeks: How many weeks.
        minutes: Minutes per session.
    """

    template: str
    start: date
    weekdays: tuple[int, ...] = (0, 2, 4)
    weeks: int = 6
    minutes: int = 10


@dataclass(frozen=True)
class PlanOutcome:
    """What applying a template to one athlete did, and what could not be built.

    Attributes:
        path: The athlete's file.
        programme: The programme stored, or None when nothing was stored.
        plan: Its sessions.
        problems: Plain words on what could not be built (loads the gear cannot make, no
            sled), or why nothing was stored.
    """

    path: Path
    programme: Programme | None
    plan: GeneratedPlan | None
    problems: tuple[str, ...] = field(default_factory=tuple)


def _plan_for(services: Services, choice: TemplateChoice) -> tuple[Programme, GeneratedPlan]:
    """The programme of ``choice`` fitted to this athlete's gear, and its sessions."""
    chosen = template(choice.template)
    sleds = services.gear.sleds()
    programme = Programme(
        name=chosen.name,
        template=chosen.key,
        start=choice.start,
        weekdays=choice.weekdays,
        weeks=choice.weeks,
        minutes=choice.minutes,
        activity=chosen.activity,
        sled_id=sleds[0].id if sleds and chosen.activity.uses_sled else None,
    )
    if chosen.loaded:
        start = services.programmes.buildable_start()
        unit = services.gear.preferences().display_unit
        step = Mass.of("5", "lb") if unit.value == "lb" else Mass.of("2.5", "kg")
        programme = replace(
            programme,
            start_load=start if start is not None else Mass(Decimal(0), unit),
            step=step,
            snap_to_gear=start is not None,
        )
    return programme, services.programmes.preview(programme, chosen)


def _problems(services: Services, programme: Programme, plan: GeneratedPlan) -> list[str]:
    problems = list(plan.warnings)
    chosen = template(programme.template)
    if chosen.activity.uses_sled and programme.sled_id is None:
        problems.append("no sled in the gear: the sessions name none")
    if chosen.loaded and programme.start_load is not None and not programme.start_load.kg:
        problems.append("the gear builds no load: the plan starts with an empty sled")
    for day, load in plan.flagged:
        problems.append(f"{day.isoformat()}: {load} cannot be built with the gear")
    return problems


def apply_template(
    path: Path,
    choice: TemplateChoice,
    lock: LockFactory,
    today: Callable[[], date] = date.today,
) -> PlanOutcome:
    """Plan ``choice`` into the athlete's file at ``path``, snapped to that athlete's gear.

    A file that is locked elsewhere or cannot be opened is left unchanged; the outcome says
    why. Undo with :func:`remove_plan`.
    """
    try:
        with athlete_services(path, lock, today) as services:
            programme, plan = _plan_for(services, choice)
            problems = _problems(services, programme, plan)
            if not plan.sessions:
                return PlanOutcome(path, None, None, (*problems, "no sessions: choose a day"))
            services.programmes.add(programme, plan)
            return PlanOutcome(path, programme, plan, tuple(problems))
    except DatabaseError as exc:
        return PlanOutcome(path, None, None, (exc.message,))


def remove_plan(outcome: PlanOutcome, lock: LockFactory) -> None:
    """Take the programme and sessions of ``outcome`` out of its file again.

    Raises:
        DatabaseError: The file is locked elsewhere or cannot be opened; it is unchanged.
        KeyError: The plan is no longer in the file as stored.
    """
    if outcome.programme is None or outcome.plan is None:
        return
    with athlete_services(outcome.path, lock) as services:
        services.programmes.remove(outcome.programme, outcome.plan)


def readd_plan(outcome: PlanOutcome, lock: LockFactory) -> None:
    """Store the programme and sessions of ``outcome`` again (redo after :func:`remove_plan`)."""
    if outcome.programme is None or outcome.plan is None:
        return
    with athlete_services(outcome.path, lock) as services:
        services.programmes.add(outcome.programme, outcome.plan)


def create_athlete(
    folder: Path,
    name: str,
    lock: LockFactory,
    *,
    gear_from: Path | None = None,
    choice: TemplateChoice | None = None,
    today: Callable[[], date] = date.today,
) -> PlanOutcome:
    """Write a new athlete's database in ``folder``: empty, with another's gear, or planned.

    Args:
        folder: The team folder.
        name: The athlete's name, stored in the file and used for its name.
        lock: Locks the new file while it is written.
        gear_from: Another athlete's file whose gear is copied (read-only, new ids).
        choice: A programme template to plan, snapped to the copied gear.
        today: The date.

    Returns:
        The new file and what was planned; problems of the plan as for :func:`apply_template`.

    Raises:
        DatabaseError: The new file or the gear's file could not be read or written.
    """
    items: list[GearItem] = []
    if gear_from is not None:
        source = open_workspace(gear_from, read_only=True)
        try:
            copied = build_services(source)
            items = [replace(item, id=new_id()) for item in copied.gear.items()]
            preferences = copied.gear.preferences()
        finally:
            source.close()
    path = athlete_file_name(folder, name)
    create_workspace_file(path)
    with athlete_services(path, lock, today) as services:
        AthleteRepository(services.workspace.database.db).set_name(name)
        if gear_from is not None:
            services.gear.set_preferences(preferences)
            services.gear.add_many(items)
        if choice is None:
            return PlanOutcome(path, None, None)
        programme, plan = _plan_for(services, choice)
        problems = _problems(services, programme, plan)
        if plan.sessions:
            services.programmes.add(programme, plan)
            return PlanOutcome(path, programme, plan, tuple(problems))
        return PlanOutcome(path, None, None, tuple(problems))


def default_choice(key: str, today: date) -> TemplateChoice:
    """The template ``key`` from next Monday, three days a week for six weeks."""
    return TemplateChoice(key, default_start(today))


def template_names() -> Sequence[tuple[str, str]]:
    """The built-in templates as ``(key, name)``."""
    from sledplanner.services.programmes import templates

    return [(each.key, each.name) for each in templates()]


def remove_new_athlete(path: Path, made: bytes, lock: LockFactory) -> None:
    """Undo :func:`create_athlete`: delete the file, if it still holds exactly ``made``.

    Raises:
        AthleteLockedError: The file is open in another SledPlanner; it is kept.
        DatabaseError: The file changed since it was made (it is kept), or cannot be removed.
    """
    held = lock(path)
    if not held.acquire():
        raise AthleteLockedError(path)
    try:
        try:
            current = path.read_bytes()
        except OSError as exc:
            raise DatabaseError(path, f"{path}: cannot be read ({exc.strerror or exc})") from exc
        if current != made:
            raise DatabaseError(path, f"{path}: changed since it was made; kept")
        try:
            path.unlink()
        except OSError as exc:
            raise DatabaseError(path, f"{path}: cannot be removed ({exc.strerror or exc})") from exc
    finally:
        held.release()


def restore_new_athlete(path: Path, made: bytes) -> None:
    """Redo :func:`create_athlete` after :func:`remove_new_athlete`: write ``made`` again.

    Raises:
        DatabaseExistsError: A file has taken the name meanwhile; it is left alone.
        DatabaseWriteError: The file could not be written.
    """
    if path.exists():
        raise DatabaseExistsError(path)
    try:
        write_atomically(path, made)
    except OSError as exc:
        raise DatabaseWriteError(path, exc) from exc
