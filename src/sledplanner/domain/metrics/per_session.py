"""The figures of one session: dragged mass, friction force, work, power and sRPE."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sledplanner.domain.gear import GearStatus
from sledplanner.domain.sessions import Session, SessionStatus
from sledplanner.domain.surfaces import surface
from sledplanner.domain.units import KG_PER_LB, STANDARD_GRAVITY, Mass, MassUnit

POOLED_SURFACE = "pooled"

_KG_PER_LB = float(KG_PER_LB)
_GRAVITY = float(STANDARD_GRAVITY)
_SECONDS_PER_MINUTE = 60
_JOULES_PER_KJ = 1000
_SPENT_STATUSES = frozenset({GearStatus.OWNED, GearStatus.RETIRED})


# ---------------------------------------------------------------------------- per session
@dataclass(frozen=True)
class SessionMetrics:
    """What one session asked of the legs, done (from its log) or planned (from its plan).

    The figures are floats, for charts and rounded display: each exact input (a mass's
    ``Decimal`` value, μ, the distance) is converted once with ``float()`` and the formula is
    then worked in floats (relative error around 1e-16). Use
    :func:`sledplanner.domain.surfaces.drag_force` when an exact force is needed.

    Attributes:
        session_id: The session's id.
        day: The session's day.
        done: Whether the figures come from the log (True) or from the plan (False).
        dragged_kg: Sled plus load in kg; None for a backward walk (no sled) and for a sled
            session where neither the sled's mass nor a load is known. An unknown sled mass
            counts as 0, so the figure is then a lower bound.
        mu: The kinetic friction used, exact: the logged surface's, else the planned
            surface's, else the pooled 0.33; None when there is no force.
        force_n: Drag force F = μ · m · g in newtons; None when ``dragged_kg`` is None.
        work_kj: Work W = F · d in kJ when a distance is known (the logged one for a done
            session, the planned one otherwise); else None.
        mean_power_w: Mean power W / t in watts over the session's minutes (logged, else
            planned); None without work or with 0 minutes.
        srpe: Session RPE (RPE × minutes, AU) of a done session logged with an RPE; else None.
    """

    session_id: str
    day: date
    done: bool
    dragged_kg: float | None
    mu: Decimal | None
    force_n: float | None
    work_kj: float | None
    mean_power_w: float | None
    srpe: int | None


def _is_done(session: Session) -> bool:
    """Whether the session is done and has its log (a done session always has one)."""
    return session.status is SessionStatus.DONE and session.log is not None


def _float_kg(mass: Mass | None) -> float:
    """Convert a mass to float kg (None is 0): ``float(value)``, times 0.45359237 for pounds."""
    if mass is None:
        return 0.0
    value = float(mass.value)
    return value * _KG_PER_LB if mass.unit is MassUnit.LB else value


def session_metrics(session: Session, sled_mass: Mass | None) -> SessionMetrics:
    """Work out the figures of one session.

    A done session uses its log: the logged load (else the planned load, as the progression
    rules do), the logged surface (else the planned one), the logged distance and minutes. A
    planned or skipped session uses its plan. A backward walk drags no sled, so it has no mass,
    force, work or power, whatever ``sled_mass`` says.

    Args:
        session: The session.
        sled_mass: The empty mass of the session's sled, or None when unknown.

    Returns:
        The session's figures.
    """
    done = _is_done(session)
    log = session.log if done else None
    if log is not None:
        load = log.load if log.load is not None else session.planned_load
        surface_key = log.surface or session.surface or POOLED_SURFACE
        distance = log.distance_m
        minutes = log.minutes
    else:
        load = session.planned_load
        surface_key = session.surface or POOLED_SURFACE
        distance = session.planned_distance_m
        minutes = session.planned_minutes
    srpe = session.srpe if done else None
    if not session.activity.uses_sled or (sled_mass is None and load is None):
        return SessionMetrics(session.id, session.day, done, None, None, None, None, None, srpe)
    mu = surface(surface_key).mu
    dragged = _float_kg(sled_mass) + _float_kg(load)
    force = float(mu) * dragged * _GRAVITY
    work_kj: float | None = None
    power: float | None = None
    if distance is not None:
        joules = force * float(distance)
        work_kj = joules / _JOULES_PER_KJ
        if minutes > 0:
            power = joules / (minutes * _SECONDS_PER_MINUTE)
    return SessionMetrics(session.id, session.day, done, dragged, mu, force, work_kj, power, srpe)
