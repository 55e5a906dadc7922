"""Programme use cases: templates, generating a plan against the gear, storing and removing it."""

from __future__ import annotations

import json
from dataclasses import replace
from fractions import Fraction
from functools import cache

from sledplanner.domain.programme import (
    GeneratedPlan,
    Programme,
    ProgrammeTemplate,
    generate,
    mass_from_kg,
    parse_templates,
)
from sledplanner.domain.progression import ProgressionSettings
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearService
from sledplanner.services.loads import LoadsService
from sledplanner.services.resources import resource_path
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace
from sledplanner.storage.programme_repository import (
    ProgrammeRepository,
    ProgressionSettingsRepository,
)


@cache
def templates() -> tuple[ProgrammeTemplate, ...]:
    """Return the built-in templates shipped in ``resources/data/templates.json``."""
    raw = json.loads(resource_path("data", "templates.json").read_text("utf-8"))
    return tuple(parse_templates(raw))


def template(key: str) -> ProgrammeTemplate:
    """Return the template with ``key``.

    Raises:
        KeyError: No such template.
    """
    for each in templates():
        if each.key == key:
            return each
    raise KeyError(key)


class ProgrammeService:
    """Generates programmes and keeps them with their sessions."""

    def __init__(self, workspace: Workspace, gear: GearService, schedule: ScheduleService) -> None:
        """Plan into ``schedule`` with the gear of ``gear``."""
        self._programmes = ProgrammeRepository(workspace.database.db)
        self._settings = ProgressionSettingsRepository(workspace.database.db)
        self._gear = gear
        self._schedule = schedule

    def programmes(self) -> list[Programme]:
        """Return the stored programmes, oldest first."""
        return self._programmes.all()

    def programme(self, programme_id: str) -> Programme | None:
        """Return the programme with ``programme_id``, or None."""
        return self._programmes.get(programme_id)

    def settings(self) -> ProgressionSettings:
        """Return the pain zones and weekly cap used to progress loads."""
        return self._settings.load()

    def set_settings(self, settings: ProgressionSettings) -> None:
        """Store new pain zones and weekly cap."""
        self._settings.save(settings)

    def preview(self, programme: Programme, chosen: ProgrammeTemplate) -> GeneratedPlan:
        """Generate the sessions of ``programme`` against the loads the owned gear builds."""
        ladder = LoadsService(self._gear).ladder()
        buildable = [combination.total_kg for combination in ladder.loads]
        return generate(programme, chosen, buildable)

    def buildable_start(self) -> Mass | None:
        """The lightest load above zero the owned gear builds, in the display unit; or None."""
        unit = self._gear.preferences().display_unit
        totals = [c.total_kg for c in LoadsService(self._gear).ladder().loads if c.total_kg > 0]
        if not totals:
            return None
        # 20 lb of bells reads "20 lb", not "9.0718474 kg": take the unit it is round in.
        other = MassUnit.KG if unit is MassUnit.LB else MassUnit.LB
        for choice in (unit, other):
            mass = mass_from_kg(min(totals), choice)
            if mass.unit is choice and -mass.value.as_tuple().exponent <= 2:  # type: ignore[operator]
                return mass
        return mass_from_kg(min(totals), unit)

    def unlock_targets(self, programme: Programme, chosen: ProgrammeTemplate) -> list[Mass]:
        """The loads the plan would take without snapping that the owned gear cannot build.

        Buying gear that builds them lets a snapped plan rise by load instead of holding;
        lighter weeks are left out (holding them by time is no loss). Lightest first, each
        once; empty when snapping changes nothing.
        """
        if not programme.snap_to_gear:
            return []
        plan = generate(replace(programme, snap_to_gear=False), chosen)
        ladder = LoadsService(self._gear).ladder()
        buildable = {combination.total_kg for combination in ladder.loads}
        wanted: dict[Fraction, Mass] = {}
        for week in plan.weeks:
            load = week.load
            if load is not None and not week.lighter and load.kg not in buildable:
                wanted.setdefault(load.kg, load)
        return [wanted[kg] for kg in sorted(wanted)]

    def add(self, programme: Programme, plan: GeneratedPlan) -> None:
        """Store ``programme`` and its sessions; if the second write fails, undo the first."""
        self._schedule.add_many(plan.sessions)
        try:
            self._programmes.add(programme)
        except BaseException:
            self._schedule.remove_many([session.id for session in plan.sessions])
            raise

    def remove(self, programme: Programme, plan: GeneratedPlan) -> None:
        """Remove ``programme`` and the sessions it generated (the reverse of :meth:`add`)."""
        self._programmes.remove(programme.id)
        self._schedule.remove_many([session.id for session in plan.sessions])
