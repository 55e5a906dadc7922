"""Can the gear do what the plan asks? The programme–gear check on every planned session.

A planned session asks for a load on a day, dragged on a sled over a surface. It is feasible
when the loadable gear available on that day builds the load exactly, and the sled is there,
suits the surface and may carry the load. Loads are compared exactly (see
:mod:`sledplanner.domain.loads`); nothing is rounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.loads import Combination, LoadMatch, Piece, find_loads
from sledplanner.domain.programme import day_text, mass_from_kg, mass_text
from sledplanner.domain.sessions import Session, SessionStatus
from sledplanner.domain.surfaces import surface as surface_preset
from sledplanner.domain.units import Mass

__all__ = [
    "FeasibilityIssue",
    "available_on",
    "check_sessions",
    "gear_on",
    "loads_to_plan",
    "pieces_on",
]


@dataclass(frozen=True)
class FeasibilityIssue:
    """Why one planned session cannot be done with the gear; at most one per session.

    Attributes:
        session_id: The session's id.
        day: The session's day.
        load: The planned load, or None when the session plans none.
        reason: Every problem found, in plain words, joined by "; ", such as "55 lb cannot be
            built from the gear you own on 3 Feb: nearest 35 lb / 60 lb".
        nearest_below: When the load cannot be built: the heaviest load that can, lighter than
            it (the empty sled, 0, at least), else None.
        nearest_above: When the load cannot be built: the lightest load that can, heavier than
            it, or None when even all the gear together is lighter.
        unbuildable: Whether the planned load is among the problems (the other problems are
            about the sled).
    """

    session_id: str
    day: date
    load: Mass | None
    reason: str
    nearest_below: Mass | None = None
    nearest_above: Mass | None = None
    unbuildable: bool = False


def available_on(item: GearItem, day: date) -> bool:
    """Whether an item can be used on ``day``.

    Owned items count from their purchase date (always, without one); wishlist items count from
    the day they are planned to be bought (their ``purchased_on``), and never without a date;
    retired items never count.
    """
    if item.status is GearStatus.OWNED:
        return item.purchased_on is None or item.purchased_on <= day
    if item.status is GearStatus.WISHLIST:
        return item.purchased_on is not None and item.purchased_on <= day
    return False


def gear_on(items: Sequence[GearItem], day: date) -> list[GearItem]:
    """Return the loadable items available on ``day`` (see :func:`available_on`), in order."""
    return [item for item in items if item.loadable and available_on(item, day)]


def pieces_on(items: Sequence[GearItem], day: date) -> list[Piece]:
    """Return the loadable items available on ``day`` as pieces to stack (key = item id)."""
    return [Piece(item.id, item.name, item.mass, item.quantity) for item in gear_on(items, day)]


def check_sessions(
    sessions: Sequence[Session], items: Sequence[GearItem]
) -> list[FeasibilityIssue]:
    """Check every planned session against the gear.

    Only sessions with status planned are checked. For each:

    * a planned load above 0 must be built exactly from :func:`gear_on` its day;
    * when it names a sled (``sled_id``), that sled must be among ``items``, be a sled, be
      available on the day (:func:`available_on`), carry the load when it records a maximum,
      and suit the session's surface when both are set and the sled records surfaces.

    Args:
        sessions: Sessions, any status.
        items: The whole inventory: owned, wishlist and retired.

    Returns:
        One issue per session with a problem, in the order of ``sessions``.
    """
    planned = [session for session in sessions if session.status is SessionStatus.PLANNED]
    matches = _match_loads(planned, items)
    by_id = {item.id: item for item in items}
    issues: list[FeasibilityIssue] = []
    for session in planned:
        problems: list[str] = []
        below: Mass | None = None
        above: Mass | None = None
        match = matches.get(session.id)
        load = session.planned_load
        unbuildable = match is not None and load is not None and not match.is_exact
        if match is not None and load is not None and unbuildable:
            below = _total(match.below, load)
            above = _total(match.above, load)
            problems.append(
                f"{mass_text(load)} cannot be built from the gear you own on "
                f"{day_text(session.day)}: nearest {_nearest_text(below, load, 'nothing lighter')}"
                f" / {_nearest_text(above, load, 'nothing heavier')}"
            )
        if session.sled_id is not None:
            problems.extend(_sled_problems(session, by_id.get(session.sled_id)))
        if problems:
            issues.append(
                FeasibilityIssue(
                    session_id=session.id,
                    day=session.day,
                    load=load,
                    reason="; ".join(problems),
                    nearest_below=below,
                    nearest_above=above,
                    unbuildable=unbuildable,
                )
            )
    return issues


def _match_loads(sessions: Sequence[Session], items: Sequence[GearItem]) -> dict[str, LoadMatch]:
    """Search the loads of the sessions, once per distinct set of gear available."""
    wanted: dict[tuple[str, ...], list[Session]] = {}
    pieces: dict[tuple[str, ...], list[Piece]] = {}
    for session in sessions:
        if session.planned_load is None or session.planned_load.kg == 0:
            continue
        available = pieces_on(items, session.day)
        key = tuple(piece.key for piece in available)
        pieces.setdefault(key, available)
        wanted.setdefault(key, []).append(session)
    matches: dict[str, LoadMatch] = {}
    for key, group in wanted.items():
        targets = [session.planned_load for session in group if session.planned_load is not None]
        for session, match in zip(group, find_loads(pieces[key], targets), strict=True):
            matches[session.id] = match
    return matches


def _total(combination: Combination | None, load: Mass) -> Mass | None:
    """The exact total of a combination as a mass in the load's unit where exact."""
    return None if combination is None else mass_from_kg(combination.total_kg, load.unit)


def _nearest_text(mass: Mass | None, load: Mass, missing: str) -> str:
    """Write a nearest load, "the empty sled" for 0, or ``missing`` when there is none."""
    if mass is None:
        return missing
    if mass.kg == 0:
        return "the empty sled"
    return mass_text(mass, load.unit)


def _sled_problems(session: Session, sled: GearItem | None) -> list[str]:
    """What is wrong with the session's sled, in plain words; empty when nothing is."""
    if sled is None:
        return ["the sled planned for this session is not in your gear"]
    if sled.kind is not GearKind.SLED:
        return [f"{sled.name} is not a sled"]
    if sled.status is GearStatus.RETIRED:
        return [f"the sled {sled.name} is retired"]
    if not available_on(sled, session.day):
        if sled.purchased_on is None:
            return [f"the sled {sled.name} is on your wishlist with no purchase date"]
        when = day_text(sled.purchased_on, year=sled.purchased_on.year != session.day.year)
        if sled.status is GearStatus.WISHLIST:
            return [f"the sled {sled.name} is on your wishlist to buy on {when}"]
        return [f"the sled {sled.name} was bought only on {when}"]
    problems: list[str] = []
    load = session.planned_load
    if sled.max_load is not None and load is not None and load > sled.max_load:
        problems.append(
            f"{mass_text(load)} is over the {mass_text(sled.max_load, load.unit)} "
            f"the sled {sled.name} may carry"
        )
    if session.surface is not None and sled.surfaces and not sled.suits(session.surface):
        suits = ", ".join(sorted(surface_preset(key).name.lower() for key in sled.surfaces))
        problems.append(
            f"the sled {sled.name} does not suit "
            f"{surface_preset(session.surface).name.lower()} (it suits {suits})"
        )
    return problems


def loads_to_plan(issues: Sequence[FeasibilityIssue]) -> list[Mass]:
    """Return the distinct loads the gear cannot build, lightest first, for the purchase planner.

    Loads that are the same amount in different units count once (the first one given is
    kept).
    """
    seen: set[Mass] = set()
    loads: list[Mass] = []
    for issue in issues:
        if issue.unbuildable and issue.load is not None and issue.load not in seen:
            seen.add(issue.load)
            loads.append(issue.load)
    return sorted(loads)
