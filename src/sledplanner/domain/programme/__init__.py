"""Programmes: a template, the user's choices, and the weeks of sessions they generate.

A :class:`ProgrammeTemplate` is one of the shipped starting points (``resources/data/
templates.json``, read by :func:`parse_templates`). A :class:`Programme` is what the user chose
from it: the days, the number of weeks, the start load and how it grows. :func:`generate` turns
both into planned :class:`~sledplanner.domain.sessions.Session` objects, one per chosen weekday
of each week, with the weekly load prescribed by DOMAIN.md §4.

Loads are exact. The start load is used as entered; every load the rules compute (a step, a
capped rise, a lighter week) is turned into a mass by rounding it *down* to the planning
precision of the start load's unit, :data:`LOAD_PRECISION` (0.5 lb or 0.25 kg), so a planned
load is never heavier than the rules allow and is always a weight a person can read. Loads
changed to fit the gear are always reported in :attr:`GeneratedPlan.warnings`.

The package, one idea per module: :mod:`.words` (limits, exact masses and their words),
:mod:`.checks`, :mod:`.templates`, :mod:`.model` (the :class:`Programme`), :mod:`.generation`
(the weeks of sessions) and :mod:`.gear_steps` (snapping a plan to the gear).
"""

from sledplanner.domain.day_words import day_text
from sledplanner.domain.programme.generation import (
    GeneratedPlan,
    default_start,
    generate,
    is_lighter_week,
)
from sledplanner.domain.programme.model import Programme
from sledplanner.domain.programme.templates import ProgrammeTemplate, parse_templates
from sledplanner.domain.programme.words import (
    DEFAULT_CAP_PERCENT,
    LOAD_PRECISION,
    MAX_WEEKS,
    TWO_WEEK_RISE_LIMIT,
    amount_text,
    mass_from_kg,
    mass_text,
    quantise_down,
)

__all__ = [
    "DEFAULT_CAP_PERCENT",
    "GeneratedPlan",
    "LOAD_PRECISION",
    "MAX_WEEKS",
    "Programme",
    "ProgrammeTemplate",
    "TWO_WEEK_RISE_LIMIT",
    "amount_text",
    "day_text",
    "default_start",
    "generate",
    "is_lighter_week",
    "mass_from_kg",
    "mass_text",
    "parse_templates",
    "quantise_down",
]
