"""Tests for sledplanner.domain.programme: templates, programmes and the sessions they generate."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads import Piece, build_ladder
from sledplanner.domain.programme import (
    GeneratedPlan,
    Programme,
    ProgrammeTemplate,
    amount_text,
    generate,
    mass_from_kg,
    parse_templates,
    quantise_down,
)
from sledplanner.domain.sessions import Activity, SessionStatus
from sledplanner.domain.units import Mass, MassUnit

TEMPLATES_FILE = Path(__file__).resolve().parents[2] / "resources" / "data" / "templates.json"

# Written out here rather than taken from the code under test.
KG_IN_ONE_LB = Fraction(45_359_237, 100_000_000)
MONDAY = date(2025, 1, 6)


def lb(value: str | int) -> Mass:
    return Mass.of(value, "lb")


def kg(value: str | int) -> Mass:
    return Mass.of(value, "kg")


def lb_kg(pounds: str | int) -> Fraction:
    """Pounds as exact kilograms."""
    return Fraction(str(pounds)) * KG_IN_ONE_LB


def template(**changes: Any) -> ProgrammeTemplate:
    """The progressive template as shipped, with ``changes``."""
    fields: dict[str, Any] = {
        "key": "progressive",
        "name": "Progressive drags",
        "description": "",
        "activity": Activity.BACKWARD_DRAG,
        "loaded": True,
        "sessions_per_week": 3,
        "default_weeks": 12,
        "minutes": 10,
        "deload_every": 4,
        "deload_factor": Decimal("0.8"),
    }
    fields.update(changes)
    return ProgrammeTemplate(**fields)


FOUNDATION = template(key="foundation", name="Foundation", loaded=False, deload_every=None)
UNLOADED = template(
    key="unloaded_start",
    name="Unloaded start",
    activity=Activity.BACKWARD_WALK,
    loaded=False,
    sessions_per_week=7,
    deload_every=None,
)


def programme(tpl: ProgrammeTemplate | None = None, **changes: Any) -> Programme:
    tpl = tpl or template()
    fields: dict[str, Any] = {"start": MONDAY}
    if tpl.loaded:
        fields.update(start_load=lb(50), step=lb(5))
    fields.update(changes)
    return Programme.from_template(tpl, **fields)


def loads(plan: GeneratedPlan) -> list[str | None]:
    return [None if load is None else str(load) for load in plan.week_loads]


# ------------------------------------------------------------------ the shipped templates


@pytest.fixture(scope="module")
def shipped() -> dict[str, ProgrammeTemplate]:
    data = json.loads(TEMPLATES_FILE.read_text("utf-8"))
    return {tpl.key: tpl for tpl in parse_templates(data)}


def test_the_shipped_file_holds_the_three_templates(
    shipped: dict[str, ProgrammeTemplate],
) -> None:
    assert list(shipped) == ["unloaded_start", "foundation", "progressive"]
    assert [tpl.name for tpl in shipped.values()] == [
        "Unloaded start",
        "Foundation",
        "Progressive drags",
    ]
    assert all(tpl.minutes == 10 and tpl.description for tpl in shipped.values())


def test_unloaded_start_is_a_daily_backward_walk(shipped: dict[str, ProgrammeTemplate]) -> None:
    tpl = shipped["unloaded_start"]
    assert tpl.activity is Activity.BACKWARD_WALK
    assert not tpl.loaded
    assert tpl.default_weekdays == (0, 1, 2, 3, 4, 5, 6)


def test_foundation_drags_the_empty_sled_three_times_a_week(
    shipped: dict[str, ProgrammeTemplate],
) -> None:
    tpl = shipped["foundation"]
    assert tpl.activity is Activity.BACKWARD_DRAG
    assert not tpl.loaded
    assert tpl.default_weekdays == (0, 2, 4)
    assert tpl.deload_every is None


def test_progressive_steps_up_with_every_fourth_week_lighter(
    shipped: dict[str, ProgrammeTemplate],
) -> None:
    tpl = shipped["progressive"]
    assert tpl.activity is Activity.BACKWARD_DRAG
    assert tpl.loaded
    assert tpl.default_weekdays == (0, 2, 4)
    assert tpl.deload_every == 4
    assert tpl.deload_factor == Decimal("0.8")


def test_the_shipped_foundation_generates_empty_sled_sessions(
    shipped: dict[str, ProgrammeTemplate],
) -> None:
    plan = generate(programme(shipped["foundation"], start_load=lb(0)), shipped["foundation"])
    assert len(plan.sessions) == 3 * shipped["foundation"].default_weeks
    assert {s.planned_load for s in plan.sessions} == {lb(0)}
    assert plan.warnings == []


@pytest.mark.parametrize(
    ("per_week", "days"),
    [(1, (0,)), (2, (0, 3)), (3, (0, 2, 4)), (4, (0, 1, 3, 5)), (7, (0, 1, 2, 3, 4, 5, 6))],
)
def test_default_weekdays_spread_over_the_week(per_week: int, days: tuple[int, ...]) -> None:
    assert template(sessions_per_week=per_week).default_weekdays == days


def raw_templates(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "key": "progressive",
        "name": "Progressive drags",
        "description": "steps up",
        "activity": "backward_drag",
        "loaded": True,
        "sessions_per_week": 3,
        "default_weeks": 12,
        "minutes": 10,
        "deload_every": 4,
        "deload_factor": "0.8",
    }
    raw.update(changes)
    return {"format": 1, "templates": [raw]}


def test_parse_templates_reads_one() -> None:
    (tpl,) = parse_templates(raw_templates())
    assert tpl == template(description="steps up")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"deload_factor": 0.8}, "deload_factor"),
        ({"deload_factor": "1"}, "deload_factor"),
        ({"deload_factor": "0"}, "deload_factor"),
        ({"deload_every": 1}, "deload_every"),
        ({"sessions_per_week": 8}, "sessions_per_week"),
        ({"default_weeks": 0}, "default_weeks"),
        ({"minutes": 0}, "minutes"),
        ({"activity": "crawl"}, "activity"),
        ({"activity": "backward_walk"}, "loaded"),
        ({"loaded": "yes"}, "loaded"),
        ({"key": " "}, "key"),
    ],
)
def test_parse_templates_names_the_bad_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_templates(raw_templates(**changes))
    assert caught.value.field == field


def test_parse_templates_says_which_template_and_what_is_missing() -> None:
    data = raw_templates()
    del data["templates"][0]["minutes"]
    with pytest.raises(ValidationError, match="template 'progressive'") as caught:
        parse_templates(data)
    assert caught.value.field == "minutes"


def test_parse_templates_refuses_duplicate_keys_and_unknown_formats() -> None:
    data = raw_templates()
    data["templates"].append(dict(data["templates"][0]))
    with pytest.raises(ValidationError) as caught:
        parse_templates(data)
    assert caught.value.field == "key"
    with pytest.raises(ValidationError) as caught:
        parse_templates({"format": 2, "templates": []})
    assert caught.value.field == "format"
    with pytest.raises(ValidationError):
        parse_templates({"templates": {}})


# ------------------------------------------------------------------ programmes


def test_from_template_takes_the_template_defaults() -> None:
    made = Programme.from_template(UNLOADED, start=MONDAY)
    assert made.name == "Unloaded start"
    assert made.template == "unloaded_start"
    assert made.activity is Activity.BACKWARD_WALK
    assert made.weekdays == (0, 1, 2, 3, 4, 5, 6)
    assert made.weeks == 12
    assert made.weekly_cap_percent == Decimal(10)
    assert Programme.from_template(UNLOADED, start=MONDAY, weeks=3, name="Mine").weeks == 3


def test_weekdays_are_stored_sorted() -> None:
    assert programme(weekdays=[4, 0, 2]).weekdays == (0, 2, 4)


@pytest.mark.parametrize("cap", [Decimal(5), Decimal("12.5"), Decimal(20), "20", 5])
def test_the_weekly_cap_may_be_5_to_20_percent(cap: Any) -> None:
    assert programme(weekly_cap_percent=cap).weekly_cap_percent == Decimal(cap)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weekly_cap_percent": Decimal("4.9")}, "weekly_cap_percent"),
        ({"weekly_cap_percent": Decimal("20.1")}, "weekly_cap_percent"),
        ({"weekly_cap_percent": 10.0}, "weekly_cap_percent"),
        ({"weekly_cap_percent": "NaN"}, "weekly_cap_percent"),
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"weekdays": ()}, "weekdays"),
        ({"weekdays": (0, 0, 2)}, "weekdays"),
        ({"weekdays": (7,)}, "weekdays"),
        ({"weekdays": (True,)}, "weekdays"),
        ({"weekdays": "024"}, "weekdays"),
        ({"weeks": 0}, "weeks"),
        ({"weeks": 105}, "weeks"),
        ({"minutes": 0}, "minutes"),
        ({"minutes": 601}, "minutes"),
        ({"start": "2025-01-06"}, "start"),
        ({"start_load": "55 lb"}, "start_load"),
        ({"start_load": kg(1001)}, "start_load"),
        ({"step": 5}, "step"),
        ({"step": None, "step_percent_body_mass": Decimal(2)}, "body_mass"),
        ({"step_percent_body_mass": Decimal(2), "body_mass": kg(80)}, "step_percent_body_mass"),
        (
            {"step": None, "step_percent_body_mass": Decimal(0), "body_mass": kg(80)},
            "step_percent_body_mass",
        ),
        (
            {"step": None, "step_percent_body_mass": Decimal("20.5"), "body_mass": kg(80)},
            "step_percent_body_mass",
        ),
        ({"body_mass": kg(0)}, "body_mass"),
        ({"body_mass": kg(501)}, "body_mass"),
        ({"surface": "ice"}, "surface"),
        ({"sled_id": ""}, "sled_id"),
        ({"snap_to_gear": 1}, "snap_to_gear"),
        ({"activity": "crawl"}, "activity"),
        ({"activity": Activity.BACKWARD_WALK}, "start_load"),
        ({"activity": Activity.BACKWARD_WALK, "start_load": None, "sled_id": "s1"}, "sled_id"),
        ({"id": ""}, "id"),
    ],
)
def test_a_bad_programme_names_its_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        programme(**changes)
    assert caught.value.field == field


def test_a_step_in_percent_of_body_mass_is_accepted_up_to_20() -> None:
    made = programme(step=None, step_percent_body_mass="20", body_mass=kg(80))
    assert made.step_percent_body_mass == Decimal(20)


def test_the_stored_form_round_trips_through_json() -> None:
    made = programme(
        weekdays=(1, 3, 5),
        step=None,
        step_percent_body_mass=Decimal("2.5"),
        body_mass=lb(170),
        weekly_cap_percent=Decimal("7.5"),
        surface="grass",
        sled_id="sled-1",
        snap_to_gear=True,
        start_load=Mass.of("22.50", "kg"),
    )
    record = json.loads(json.dumps(made.to_dict()))
    assert record["start_load"] == {"value": "22.50", "unit": "kg"}
    assert record["weekly_cap_percent"] == "7.5"
    again = Programme.from_dict(record)
    assert again == made
    assert str(again.start_load) == "22.50 kg"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_load": {"value": "x", "unit": "lb"}}, "start_load"),
        ({"body_mass": {"value": "80", "unit": "stone"}}, "body_mass"),
        ({"step": {"unit": "lb"}}, "step"),
        ({"weekly_cap_percent": "ten"}, "weekly_cap_percent"),
        ({"weekly_cap_percent": 10.0}, "weekly_cap_percent"),
        ({"start": "6/1/2025"}, "start"),
        ({"start": None}, "start"),
        ({"weekdays": "0,2,4"}, "weekdays"),
        ({"weeks": None}, "weeks"),
        ({"name": None}, "name"),
        ({"id": None}, "id"),
    ],
)
def test_from_dict_names_the_bad_field(changes: dict[str, Any], field: str) -> None:
    record = programme().to_dict()
    record.update(changes)
    with pytest.raises(ValidationError) as caught:
        Programme.from_dict(record)
    assert caught.value.field == field


def test_from_dict_reports_a_missing_field() -> None:
    record = programme().to_dict()
    del record["minutes"]
    with pytest.raises(ValidationError) as caught:
        Programme.from_dict(record)
    assert (caught.value.field, caught.value.message) == ("minutes", "is missing")


def test_describe_is_one_line_with_days_load_and_cap() -> None:
    made = programme(name="Knees", weeks=8, start_load=lb(55), step=lb("2.5"))
    assert made.describe() == (
        "Knees: backward sled drag, Mon Wed Fri, 10 min, 8 weeks from 2025-01-06, "
        "55 lb + 2.5 lb a week (cap 10 %)"
    )
    walk = Programme.from_template(UNLOADED, start=date(2025, 2, 3), weeks=1)
    assert walk.describe() == (
        "Unloaded start: backward walk, every day, 10 min, 1 week from 2025-02-03"
    )
    percent = programme(step=None, step_percent_body_mass="2.5", body_mass=kg(80))
    assert percent.describe().endswith("50 lb + 2.5 % of body mass a week (cap 10 %)")


# ------------------------------------------------------------------ helpers


def test_quantise_down_rounds_down_to_half_a_pound_or_a_quarter_kilo() -> None:
    assert str(quantise_down(lb_kg("60.49"), MassUnit.LB)) == "60 lb"
    assert str(quantise_down(lb_kg("60.5"), MassUnit.LB)) == "60.5 lb"
    assert str(quantise_down(Fraction("24.2"), MassUnit.KG)) == "24 kg"
    assert str(quantise_down(Fraction("26.4"), MassUnit.KG)) == "26.25 kg"
    assert str(quantise_down(Fraction(0), MassUnit.KG)) == "0 kg"


def test_mass_from_kg_is_exact_and_prefers_the_unit() -> None:
    assert str(mass_from_kg(lb_kg(55), MassUnit.LB)) == "55 lb"
    assert str(mass_from_kg(Fraction(16), MassUnit.LB)) == "16 kg"
    assert mass_from_kg(Fraction(16), MassUnit.LB).kg == 16
    with pytest.raises(ValidationError):
        mass_from_kg(Fraction(1, 3), MassUnit.KG)


def test_amount_text_marks_rounding() -> None:
    assert amount_text(lb_kg("60.5"), MassUnit.LB) == "60.5 lb"
    assert amount_text(Fraction("26.25"), MassUnit.KG) == "26.25 kg"
    assert amount_text(Fraction(16), MassUnit.LB) == "≈ 35.3 lb"


# ------------------------------------------------------------------ generate: days


def test_sessions_fall_on_the_chosen_days_from_the_start() -> None:
    wednesday = date(2025, 1, 8)
    made = programme(start=wednesday, weeks=2, surface="grass", sled_id="r2", minutes=12)
    plan = generate(made, template())
    assert [s.day for s in plan.sessions] == [
        date(2025, 1, 8),
        date(2025, 1, 10),
        date(2025, 1, 13),
        date(2025, 1, 15),
        date(2025, 1, 17),
    ]
    first = plan.sessions[0]
    assert first.status is SessionStatus.PLANNED
    assert first.log is None
    assert first.programme_id == made.id
    assert (first.surface, first.sled_id, first.planned_minutes) == ("grass", "r2", 12)
    assert first.activity is Activity.BACKWARD_DRAG
    assert len({s.id for s in plan.sessions}) == 5
    assert [s.planned_load for s in plan.sessions] == [lb(50), lb(50), lb(55), lb(55), lb(55)]


def test_an_empty_first_week_is_reported() -> None:
    saturday = date(2025, 1, 11)
    plan = generate(programme(start=saturday, weeks=2), template())
    assert [s.day for s in plan.sessions] == [
        date(2025, 1, 13),
        date(2025, 1, 15),
        date(2025, 1, 17),
    ]
    assert plan.sessions[0].planned_load == lb(55)
    assert "week 1 has no sessions" in plan.warnings[0]
    assert "Sat 2025-01-11" in plan.warnings[0]


def test_unloaded_start_walks_every_day_with_no_load_and_no_sled() -> None:
    plan = generate(programme(UNLOADED, weeks=2, surface="grass"), UNLOADED)
    assert [s.day for s in plan.sessions] == [MONDAY + timedelta(days=n) for n in range(14)]
    assert all(s.activity is Activity.BACKWARD_WALK for s in plan.sessions)
    assert all(s.planned_load is None and s.sled_id is None for s in plan.sessions)
    assert plan.week_loads == [None, None]
    assert plan.warnings == []


def test_foundation_plans_the_empty_sled_in_the_start_load_unit() -> None:
    plan = generate(programme(FOUNDATION, weeks=2, start_load=lb(0), sled_id="r2"), FOUNDATION)
    assert [str(s.planned_load) for s in plan.sessions] == ["0 lb"] * 6
    assert all(s.sled_id == "r2" for s in plan.sessions)
    no_unit = generate(programme(FOUNDATION, weeks=1), FOUNDATION)
    assert [str(s.planned_load) for s in no_unit.sessions] == ["0 kg"] * 3


def test_foundation_says_it_ignores_a_load_and_a_step() -> None:
    plan = generate(programme(FOUNDATION, weeks=1, start_load=lb(55), step=lb(5)), FOUNDATION)
    assert {s.planned_load for s in plan.sessions} == {lb(0)}
    assert plan.warnings == [
        "the Foundation template drags the empty sled: the start load 55 lb is not used",
        "the Foundation template keeps the same load every week: the weekly step is not used",
    ]


# ------------------------------------------------------------------ generate: loads


def test_progression_with_a_lighter_fourth_week_in_pounds() -> None:
    # 50 → +5 (cap 5) 55 → +5 (cap 5.5) 60 → lighter: 60 × 0.8 = 48 → resumes from 60: 65, 70,
    # 75 → lighter: 75 × 0.8 = 60.
    plan = generate(programme(weeks=8), template())
    assert loads(plan) == ["50 lb", "55 lb", "60 lb", "48 lb", "65 lb", "70 lb", "75 lb", "60 lb"]
    assert plan.warnings == []
    assert plan.flagged == []
    by_week = [plan.sessions[3 * n].planned_load for n in range(8)]
    assert by_week == plan.week_loads


def test_the_cap_limits_the_step_and_loads_round_down_to_a_quarter_kilo() -> None:
    # step 5 kg, cap 10 %: 20 → 22 → 24.2 ↓ 24 → lighter 19.2 ↓ 19 → from 24: 26.4 ↓ 26.25.
    plan = generate(programme(weeks=5, start_load=kg(20), step=kg(5)), template())
    assert loads(plan) == ["20 kg", "22 kg", "24 kg", "19 kg", "26.25 kg"]


def test_a_step_in_another_unit_is_added_exactly_then_rounded_down() -> None:
    # 55 lb + 2.5 kg = 55 + 5.5116 lb = 60.5116 lb ↓ 60.5 lb (cap 20 % allows 11 lb).
    plan = generate(
        programme(weeks=2, start_load=lb(55), step=kg("2.5"), weekly_cap_percent=20), template()
    )
    assert loads(plan) == ["55 lb", "60.5 lb"]


def test_a_step_in_percent_of_body_mass() -> None:
    # 2.5 % of 80 kg = 2 kg a week; the 20 % cap (4 kg and more) does not bite.
    made = programme(
        weeks=3,
        start_load=kg(20),
        step=None,
        step_percent_body_mass=Decimal("2.5"),
        body_mass=kg(80),
        weekly_cap_percent=20,
    )
    assert loads(generate(made, template(deload_every=None))) == ["20 kg", "22 kg", "24 kg"]


def test_from_the_empty_sled_the_first_rise_is_the_whole_step() -> None:
    plan = generate(programme(weeks=5, start_load=lb(0), step=lb(5)), template())
    # 0 → 5 (the step) → 5.5 (capped at 10 % of 5) → lighter 4.4 ↓ 4 → from 5.5: 6.05 ↓ 6.
    assert loads(plan) == ["0 lb", "5 lb", "5.5 lb", "4 lb", "6 lb"]
    assert len(plan.warnings) == 1
    assert plan.warnings[0].startswith("week 3: 5.5 lb after the empty sled in week 1")
    assert "Nielsen" in plan.warnings[0]


def test_a_high_cap_that_allows_44_percent_in_two_weeks_is_warned_about() -> None:
    made = programme(weeks=3, start_load=lb(100), step=lb(50), weekly_cap_percent=20)
    plan = generate(made, template())
    assert loads(plan) == ["100 lb", "120 lb", "144 lb"]
    assert plan.warnings == [
        "week 3: 144 lb is 44 % above the 100 lb of week 1, a rise of more than 30 % in two "
        "weeks, which was linked to more knee-pain injuries in runners (Nielsen et al. 2014)"
    ]


def test_a_rise_of_exactly_30_percent_in_two_weeks_is_not_warned_about() -> None:
    # 100 → 115 → 130: the two-week rise is exactly 30 %.
    made = programme(weeks=3, start_load=lb(100), step=lb(15), weekly_cap_percent=20)
    plan = generate(made, template())
    assert loads(plan) == ["100 lb", "115 lb", "130 lb"]
    assert plan.warnings == []
    # 100 → 115.5 → 131: just over 30 % from week 1.
    made = programme(weeks=3, start_load=lb(100), step=lb("15.5"), weekly_cap_percent=20)
    assert [w[:7] for w in generate(made, template()).warnings] == ["week 3:"]


def test_the_return_from_a_lighter_week_is_not_taken_for_a_rise() -> None:
    # 100 → 110 → 121 → lighter 96.8 ↓ 96.5 → from 121: 133.1 ↓ 133 → 146.3 ↓ 146.
    plan = generate(programme(weeks=6, start_load=lb(100), step=lb(20)), template())
    assert loads(plan) == ["100 lb", "110 lb", "121 lb", "96.5 lb", "133 lb", "146 lb"]
    assert plan.warnings == []


def test_a_rise_below_the_planning_precision_holds_the_load_and_says_so() -> None:
    # 10 % of 2 lb is 0.2 lb, less than the 0.5 lb grid: the load stays at 2 lb.
    plan = generate(programme(weeks=2, start_load=lb(2), step=lb(1)), template())
    assert loads(plan) == ["2 lb", "2 lb"]
    assert plan.warnings == [
        "week 2: the rise allowed (0.2 lb) is less than the 0.5 lb loads are planned in, "
        "so the load stays at 2 lb"
    ]


def test_a_zero_step_keeps_the_load_without_a_warning() -> None:
    plan = generate(programme(weeks=3, start_load=lb(55), step=lb(0)), template())
    assert loads(plan) == ["55 lb", "55 lb", "55 lb"]
    assert plan.warnings == []


def test_a_start_load_off_the_grid_is_kept_as_entered() -> None:
    plan = generate(programme(weeks=2, start_load=lb("55.3"), step=lb(5)), template())
    assert loads(plan) == ["55.3 lb", "60 lb"]


@pytest.mark.parametrize(
    ("changes", "tpl", "field"),
    [
        ({"start_load": None}, template(), "start_load"),
        ({"step": None}, template(), "step"),
        ({}, FOUNDATION, "template"),
        ({"start_load": kg(900), "step": kg(100), "weekly_cap_percent": 20}, template(), "step"),
    ],
)
def test_generate_refuses_what_it_cannot_plan(
    changes: dict[str, Any], tpl: ProgrammeTemplate, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        generate(programme(**changes), tpl)
    assert caught.value.field == field


def test_generate_refuses_buildable_totals_that_are_not_masses() -> None:
    with pytest.raises(ValidationError) as caught:
        generate(programme(), template(), [Fraction(1, 3)])
    assert caught.value.field == "buildable"
    with pytest.raises(ValidationError):
        generate(programme(), template(), [0.5])  # type: ignore[list-item]


# ------------------------------------------------------------------ generate: gear

BLOG_BELLS = [Piece("kb20", "Kettlebell 20 lb", lb(20)), Piece("kb35", "Kettlebell 35 lb", lb(35))]


def blog_ladder() -> list[Fraction]:
    """Totals the blog's 20 lb and 35 lb bells build: 0, 20, 35, 55 lb."""
    return [load.total_kg for load in build_ladder(BLOG_BELLS).loads]


def test_without_snapping_unbuildable_loads_are_flagged_and_kept() -> None:
    plan = generate(programme(weeks=2, start_load=lb(55), step=lb(5)), template(), blog_ladder())
    assert loads(plan) == ["55 lb", "60 lb"]
    assert plan.flagged == [
        (date(2025, 1, 13), lb(60)),
        (date(2025, 1, 15), lb(60)),
        (date(2025, 1, 17), lb(60)),
    ]
    assert plan.warnings == []


def minutes(plan: GeneratedPlan) -> list[int]:
    return [week.minutes for week in plan.weeks]


def test_snapping_holds_the_load_and_lengthens_the_sessions_when_the_gear_cannot_rise() -> None:
    made = programme(weeks=5, start_load=lb(55), step=lb(5), snap_to_gear=True)
    plan = generate(made, template(), blog_ladder())
    # Nothing heavier than 55 lb: time rises by the 10 % cap (10 → 11 → 12 → 13 minutes), and
    # the lighter week 4 is 80 % of the time, since 35 lb is more than a step below 44 lb.
    assert loads(plan) == ["55 lb"] * 5
    assert minutes(plan) == [10, 11, 12, 9, 13]
    assert [s.planned_minutes for s in plan.sessions[3:6]] == [11, 11, 11]
    assert plan.weeks[1].note == "time rises: your gear builds nothing heavier than 55 lb"
    assert plan.weeks[3].lighter
    assert plan.weeks[3].note == (
        "lighter week by time (9 min, 80 %): your gear builds nothing between 35 lb and 55 lb"
    )
    assert plan.warnings == [
        "from week 2 the load holds at 55 lb and the sessions grow longer instead (10 → 13 "
        "min): your gear builds nothing heavier than 55 lb"
    ]
    assert plan.flagged == []


def test_the_blog_gear_from_20_lb_rises_by_time_and_says_why() -> None:
    made = programme(weeks=12, start_load=lb(20), step=lb(5), snap_to_gear=True)
    plan = generate(made, template(), blog_ladder())
    assert loads(plan) == ["20 lb"] * 12
    assert minutes(plan) == [10, 11, 12, 9, 13, 14, 15, 12, 16, 17, 18, 14]
    assert "0 lb" not in loads(plan), "a lighter week is never the empty sled"
    assert plan.weeks[1].note == (
        "time rises: the next load your gear builds, 35 lb, is more than 10 % above 20 lb"
    )


def test_the_next_buildable_load_within_the_cap_is_taken_even_above_the_step() -> None:
    # 2 lb steps, but the gear builds 50 and 55 lb: 55 lb is 10 % above 50 lb, within the cap.
    made = programme(weeks=3, start_load=lb(50), step=lb(2), snap_to_gear=True)
    plan = generate(made, template(deload_every=None), [Fraction(0), lb_kg(50), lb_kg(55)])
    assert loads(plan) == ["50 lb", "55 lb", "55 lb"]
    assert plan.weeks[1].note == (
        "steps to 55 lb, the next load your gear builds, within the 10 % weekly cap"
    )
    assert minutes(plan) == [10, 10, 11]


def test_time_goes_back_when_the_load_can_step_again() -> None:
    made = programme(weeks=4, start_load=lb(20), step=lb(5), snap_to_gear=True)
    totals = [Fraction(0), lb_kg(20), lb_kg(22)]
    plan = generate(made, template(deload_every=None), totals)
    assert loads(plan) == ["20 lb", "22 lb", "22 lb", "22 lb"]
    assert minutes(plan) == [10, 10, 11, 12]


def test_time_stops_at_twice_the_planned_minutes() -> None:
    made = programme(weeks=12, start_load=lb(55), step=lb(5), snap_to_gear=True)
    plan = generate(made, template(deload_every=None), blog_ladder())
    assert max(minutes(plan)) == 20
    assert plan.weeks[-1].note.startswith("holds at 20 min, the most planned: ")


def test_a_snapped_half_pound_is_written_exactly() -> None:
    # 55 → +5.5 (the cap) 60.5 → nothing heavier: time rises.
    made = programme(weeks=3, start_load=lb(55), step=lb(6), snap_to_gear=True)
    plan = generate(made, template(deload_every=None), [Fraction(0), lb_kg(55), lb_kg("60.5")])
    assert loads(plan) == ["55 lb", "60.5 lb", "60.5 lb"]
    assert minutes(plan) == [10, 10, 11]


def test_snapping_prefers_the_start_unit_and_falls_back_to_exact_kilograms() -> None:
    made = programme(weeks=1, start_load=lb(40), snap_to_gear=True)
    plan = generate(made, template(), [Fraction(0), Fraction(16)])
    assert loads(plan) == ["16 kg"]
    assert plan.warnings == ["week 1: 40 lb → ≈ 35.3 lb, the nearest load your gear builds"]


def test_a_load_with_nothing_buildable_below_is_kept_flagged_and_reported() -> None:
    made = programme(weeks=1, start_load=lb(10), snap_to_gear=True)
    plan = generate(made, template(), [lb_kg(20)])
    assert loads(plan) == ["10 lb"]
    assert [load for _, load in plan.flagged] == [lb(10)] * 3
    assert plan.warnings == [
        "week 1: your gear builds no load at or below 10 lb, so it is kept and marked"
    ]


def test_the_empty_sled_is_never_flagged() -> None:
    plan = generate(programme(FOUNDATION, weeks=1, start_load=lb(0)), FOUNDATION, [lb_kg(20)])
    assert plan.flagged == []


# ------------------------------------------------------------------ properties

half_pounds = st.integers(min_value=0, max_value=400).map(lambda n: lb(str(Decimal(n) / 2)))
quarter_kilos = st.integers(min_value=0, max_value=400).map(lambda n: kg(str(Decimal(n) / 4)))
start_loads = st.one_of(half_pounds, quarter_kilos)
steps = st.one_of(
    st.integers(min_value=0, max_value=40).map(lambda n: lb(str(Decimal(n) / 2))),
    st.integers(min_value=0, max_value=40).map(lambda n: kg(str(Decimal(n) / 4))),
)
caps = st.integers(min_value=10, max_value=40).map(lambda n: Decimal(n) / 2)
deloads = st.sampled_from([None, 2, 3, 4, 5])


def check_cap(plan: GeneratedPlan, tpl: ProgrammeTemplate, made: Programme) -> None:
    """Each progression week rises at most the cap over the previous progression week."""
    cap = 1 + Fraction(made.weekly_cap_percent) / 100
    step = made.step.kg if made.step is not None else Fraction(0)
    week_loads = [load.kg for load in plan.week_loads if load is not None]
    assert len(week_loads) == made.weeks
    reference = week_loads[0]
    for number, load in enumerate(week_loads[1:], start=2):
        if tpl.deload_every is not None and number % tpl.deload_every == 0:
            assert load <= reference * Fraction(tpl.deload_factor)
            continue
        if reference == 0:
            assert load <= step
        else:
            assert load <= reference * cap
        reference = load


@given(start_loads, steps, caps, deloads, st.integers(min_value=1, max_value=20))
def test_weekly_loads_never_rise_more_than_the_cap(
    start: Mass, step: Mass, cap: Decimal, deload_every: int | None, weeks: int
) -> None:
    tpl = template(deload_every=deload_every)
    made = programme(tpl, start_load=start, step=step, weekly_cap_percent=cap, weeks=weeks)
    plan = generate(made, tpl)
    check_cap(plan, tpl, made)
    assert plan.week_loads[0] == start
    progression = [
        load
        for number, load in enumerate(plan.week_loads, start=1)
        if deload_every is None or number % deload_every
    ]
    assert progression == sorted(progression)  # type: ignore[type-var]


piece_masses = st.one_of(
    st.integers(min_value=1, max_value=60).map(lambda n: lb(str(Decimal(n) / 2))),
    st.integers(min_value=1, max_value=40).map(lambda n: kg(str(Decimal(n) / 2))),
)


@given(
    st.lists(st.tuples(piece_masses, st.integers(min_value=1, max_value=3)), max_size=4),
    start_loads,
    steps,
    caps,
    deloads,
    st.integers(min_value=1, max_value=16),
)
def test_snapped_loads_are_buildable_and_rise_within_the_cap_by_load_or_time(
    pieces: list[tuple[Mass, int]],
    start: Mass,
    step: Mass,
    cap: Decimal,
    deload_every: int | None,
    weeks: int,
) -> None:
    owned = [Piece(f"p{n}", f"piece {n}", mass, count) for n, (mass, count) in enumerate(pieces)]
    buildable = [load.total_kg for load in build_ladder(owned).loads]
    tpl = template(deload_every=deload_every)
    made = programme(
        tpl, snap_to_gear=True, start_load=start, step=step, weekly_cap_percent=cap, weeks=weeks
    )
    plan = generate(made, tpl, buildable)
    rise = 1 + Fraction(cap) / 100
    factor = Fraction(tpl.deload_factor)
    first = plan.weeks[0]
    assert first.load is not None and first.minutes == made.minutes
    if start.kg >= min(buildable):
        assert first.load.kg in buildable and first.load <= start
    load, time = first.load.kg, first.minutes
    for week in plan.weeks[1:]:
        assert week.load is not None
        if week.lighter:
            # Lighter by load (to a buildable share) or by time (the same load, shorter).
            if week.load.kg == load and load > 0:
                assert week.minutes <= time * factor
            else:
                assert week.load.kg <= load * factor and week.minutes == time
            continue
        if week.load.kg != load:
            assert week.load.kg in buildable
            assert week.load.kg > load
            assert week.load.kg <= (step.kg if load == 0 else load * rise)
            assert week.minutes == made.minutes
        else:
            assert time <= week.minutes <= max(time, time * rise)
            assert week.minutes <= 2 * made.minutes
            assert week.note, "a week that holds its load says why"
        load, time = week.load.kg, week.minutes
    assert [s.planned_minutes for s in plan.sessions] == [
        plan.weeks[(s.day - made.first_week).days // 7].minutes for s in plan.sessions
    ]


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
    st.sets(st.integers(min_value=0, max_value=6), min_size=1),
    st.integers(min_value=1, max_value=12),
)
def test_sessions_fall_on_chosen_weekdays_within_the_weeks_from_the_start(
    start: date, weekdays: set[int], weeks: int
) -> None:
    made = programme(start=start, weekdays=tuple(weekdays), weeks=weeks)
    plan = generate(made, template())
    first_monday = start - timedelta(days=start.weekday())
    last_day = first_monday + timedelta(days=7 * weeks - 1)
    days = [s.day for s in plan.sessions]
    assert days == sorted(set(days))
    for day in days:
        assert day.weekday() in weekdays
        assert start <= day <= last_day
    # Every chosen day in the range has its session.
    expected = sum(
        1
        for n in range((last_day - start).days + 1)
        if (start + timedelta(days=n)).weekday() in weekdays
    )
    assert len(days) == expected
    for session in plan.sessions:
        week = (session.day - first_monday).days // 7
        assert session.planned_load == plan.week_loads[week]
