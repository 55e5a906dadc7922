"""What the Progress charts and the progression banner are handed, checked against DOMAIN.md.

Every figure here goes through the services the tabs use (chart data, its CSV rows, the next
session's proposal), on a real database file, not only through the domain functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from sledplanner.domain.gear import GearItem
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.programme import Programme
from sledplanner.domain.sessions import Session, SessionLog, SessionStatus
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import Services
from sledplanner.services.programmes import template

MONDAY = date(2026, 1, 5)
SLED = GearItem(kind="sled", name="R2", mass=Mass.of("20", "lb"))


@dataclass
class Clock:
    day: date

    def __call__(self) -> date:
        return self.day


def drag(
    day: date,
    *,
    rpe: int | None = 5,
    minutes: int = 10,
    load: str | None = "20",
    pain: int | None = 2,
    morning: int | None = 1,
    distance: str | None = None,
    surface: str | None = None,
    status: SessionStatus = SessionStatus.DONE,
    planned: str | None = None,
    programme_id: str | None = None,
) -> Session:
    """A sled drag on ``day``, done with the given log unless ``status`` says otherwise."""
    session = Session(
        day,
        planned_load=Mass.of(planned or load or "0", "lb"),
        planned_minutes=minutes,
        sled_id=SLED.id,
        surface=surface,
        programme_id=programme_id,
    )
    if status is SessionStatus.SKIPPED:
        return session.skipped()
    if status is SessionStatus.PLANNED:
        return session
    return session.done(
        SessionLog(
            minutes=minutes,
            load=Mass.of(load, "lb") if load is not None else None,
            rpe=rpe,
            pain_during=pain,
            pain_next_morning=morning,
            distance_m=Decimal(distance) if distance is not None else None,
        )
    )


def csv(services: Services, key: str, first: date, last: date, form: str = "ewma") -> list[dict]:
    """The chart's CSV rows as dicts, exactly what Export CSV writes."""
    header, *rows = services.progress.chart(key, first, last, form).csv_rows()
    return [dict(zip(header, row, strict=True)) for row in rows]


def acwr_vector_sessions() -> list[Session]:
    """DOMAIN §5: weeks 1–4 [50,0,50,0,50,0,0], week 5 [60,60,60,0,60,60,0], as sessions."""
    sessions = []
    for week in range(4):
        for offset in (0, 2, 4):
            sessions.append(drag(MONDAY + timedelta(days=7 * week + offset), rpe=5))
    for offset in (0, 1, 2, 4, 5):
        sessions.append(drag(MONDAY + timedelta(days=28 + offset), rpe=6))
    return sessions


# ---------------------------------------------------------------------------- 1. ACWR vector
@pytest.mark.parametrize(
    ("first", "last"),
    [
        (MONDAY, MONDAY + timedelta(days=41)),  # the whole six weeks
        (MONDAY + timedelta(days=27), MONDAY + timedelta(days=34)),  # one week only
        (MONDAY - timedelta(days=200), MONDAY + timedelta(days=41)),  # a long empty lead
    ],
)
def test_acwr_csv_reproduces_the_domain_vector_whatever_the_range(
    services: Services, first: date, last: date
) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    rows = {row["date"]: row for row in csv(services, "acwr", first, last)}
    end_4 = (MONDAY + timedelta(days=27)).isoformat()
    end_5 = (MONDAY + timedelta(days=34)).isoformat()
    assert float(rows[end_4]["acwr_ewma_ratio"]) == pytest.approx(0.637, abs=5e-4)
    assert float(rows[end_5]["acwr_ewma_ratio"]) == pytest.approx(1.066, abs=5e-4)
    assert rows[end_5]["daily_srpe_AU"] == "0"
    assert rows[(MONDAY + timedelta(days=33)).isoformat()]["daily_srpe_AU"] == "60"


def test_acwr_shows_no_ratio_before_28_days_of_data(services: Services) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    data = services.progress.chart("acwr", MONDAY, MONDAY + timedelta(days=41))
    (ratio,) = data.panels[1].series
    by_day = dict(zip(ratio.days, ratio.values, strict=True))
    assert by_day[MONDAY] is None, "one session is no ratio (it was 1.0 or 3.6 before)"
    assert by_day[MONDAY + timedelta(days=26)] is None
    assert by_day[MONDAY + timedelta(days=27)] is not None
    assert ratio.missing == "not enough data yet"
    assert any("Not enough data yet" in note for note in data.notes)
    later = services.progress.chart("acwr", MONDAY + timedelta(days=28), MONDAY + timedelta(40))
    assert not any("Not enough data yet" in note for note in later.notes)


@pytest.mark.parametrize("form", ["rolling", "uncoupled"])
def test_rolling_forms_also_wait_for_28_days(services: Services, form: str) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    rows = csv(services, "acwr", MONDAY, MONDAY + timedelta(days=41), form)
    column = f"acwr_{form}_ratio"
    assert all(row[column] == "" for row in rows[:27])
    assert rows[27][column] != ""


# ---------------------------------------------------------------------------- 2. fitness
def test_fitness_on_the_last_day_does_not_depend_on_the_range(
    services: Services, clock: Clock
) -> None:
    sessions = [
        drag(MONDAY + timedelta(days=7 * week + offset), rpe=5)
        for week in range(52)
        for offset in (0, 2, 4)
    ]
    services.schedule.add_many(sessions)
    last = MONDAY + timedelta(days=7 * 52 - 1)
    clock.day = last
    whole = csv(services, "fitness", MONDAY, last)[-1]
    four_weeks = csv(services, "fitness", last - timedelta(days=27), last)[-1]
    assert whole["date"] == four_weeks["date"] == last.isoformat()
    assert whole == four_weeks
    # CTL from day 1 (seeded at 0) of 52 weeks of 50 AU Mon/Wed/Fri.
    assert float(whole["fitness_AU"]) == pytest.approx(20.91, abs=0.01)
    assert float(whole["fatigue_AU"]) > 0


def test_fitness_matches_the_domain_vector_through_the_chart(
    services: Services, clock: Clock
) -> None:
    # Constant 100/day from day 1: day 7 CTL 15.352 ATL 63.212; day 42 CTL 63.212 ATL 99.752.
    services.schedule.add_many(
        [drag(MONDAY + timedelta(days=n), rpe=10, minutes=10) for n in range(42)]
    )
    clock.day = MONDAY + timedelta(days=41)
    rows = {row["date"]: row for row in csv(services, "fitness", MONDAY, clock.day)}
    day_7 = rows[(MONDAY + timedelta(days=6)).isoformat()]
    day_42 = rows[(MONDAY + timedelta(days=41)).isoformat()]
    assert float(day_7["fitness_AU"]) == pytest.approx(15.352, abs=5e-4)
    assert float(day_7["fatigue_AU"]) == pytest.approx(63.212, abs=5e-4)
    assert float(day_42["fitness_AU"]) == pytest.approx(63.212, abs=5e-4)
    assert float(day_42["fatigue_AU"]) == pytest.approx(99.752, abs=5e-4)


def test_models_are_worked_out_again_after_a_change(services: Services) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    before = csv(services, "fitness", MONDAY, MONDAY + timedelta(days=41))[-1]
    services.schedule.add(drag(MONDAY + timedelta(days=40), rpe=8, minutes=30))
    after = csv(services, "fitness", MONDAY, MONDAY + timedelta(days=41))[-1]
    assert float(after["fitness_AU"]) > float(before["fitness_AU"])


# ---------------------------------------------------------------------------- 3. load CSV
def test_load_csv_keeps_every_session_of_a_day_in_a_stable_order(services: Services) -> None:
    day = MONDAY + timedelta(days=3)
    orders = set()
    for _ in range(6):
        ids = [s.id for s in services.schedule.sessions()]
        services.schedule.remove_many(ids)
        services.schedule.add_many([drag(day, load="55"), drag(day, load="40")])
        rows = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
        orders.add(tuple(row["actual_load_lb"] for row in rows))
        assert [row["date"] for row in rows] == [day.isoformat()] * 2
        assert [row["dragged_lb"] for row in rows] == sorted(
            (row["dragged_lb"] for row in rows), key=float
        )
    assert orders == {("40", "55")}


# ---------------------------------------------------------------------------- 4. weekly cap
def test_weekly_cap_is_measured_on_what_was_done(services: Services, clock: Clock) -> None:
    services.schedule.add_many(
        [
            drag(MONDAY, load="20"),
            drag(MONDAY + timedelta(days=2), load="20"),
            drag(MONDAY + timedelta(days=4), planned="25", status=SessionStatus.SKIPPED),
        ]
    )
    following = drag(MONDAY + timedelta(days=7), planned="20", status=SessionStatus.PLANNED)
    services.schedule.add(following)
    clock.day = MONDAY + timedelta(days=5)
    wednesday = services.schedule.sessions()[1]
    proposal = services.progression.propose_next(wednesday.id)
    assert proposal is not None
    assert proposal.session.id == following.id
    assert proposal.decision.proposed == Mass.of("22", "lb")
    assert "capped at 10 % a week" in proposal.decision.reason
    assert services.progression.last_week_load(following) == Mass.of("20", "lb")


def test_missed_planned_sessions_do_not_count_either(services: Services) -> None:
    services.schedule.add_many(
        [
            drag(MONDAY, load="20"),
            drag(MONDAY + timedelta(days=2), load="20"),
            drag(MONDAY + timedelta(days=4), planned="30", status=SessionStatus.PLANNED),
        ]
    )
    following = drag(MONDAY + timedelta(days=7), planned="20", status=SessionStatus.PLANNED)
    assert services.progression.last_week_load(following) == Mass.of("20", "lb")


def progressive(services: Services, weeks: int = 8) -> Programme:
    """A stored programme of the progressive template (every 4th week lighter)."""
    programme = Programme.from_template(
        template("progressive"),
        start=MONDAY,
        weeks=weeks,
        start_load=Mass.of("40", "lb"),
        step=Mass.of("5", "lb"),
        sled_id=SLED.id,
    )
    services.programmes.add(
        programme, services.programmes.preview(programme, template("progressive"))
    )
    for session in services.schedule.sessions():
        services.schedule.remove(session.id)
    return programme


def test_a_lighter_week_does_not_reset_the_bases(services: Services) -> None:
    programme = progressive(services)
    assert template("progressive").deload_every == 4
    pid = programme.id
    done = [
        drag(MONDAY + timedelta(days=7 * week + offset), load=load, programme_id=pid)
        for week, load in ((0, "40"), (1, "44"), (2, "48"), (3, "38"))
        for offset in (0, 2, 4)
    ]
    services.schedule.add_many(done)
    week_5 = drag(
        MONDAY + timedelta(days=28), planned="48", status=SessionStatus.PLANNED, programme_id=pid
    )
    # The cap after the lighter week 4 compares with week 3's 48 lb, not with 38 lb.
    assert services.progression.last_week_load(week_5) == Mass.of("48", "lb")
    # The two-week caution for week 5 compares with week 3 too: 62 lb is within 30 % of 48.
    assert services.progression.caution(week_5, Mass.of("62", "lb")) is None
    caution = services.progression.caution(week_5, Mass.of("63", "lb"))
    assert caution is not None and "48 lb" in caution and "about 31.3 %" in caution
    # The same loads without a programme: week 4 is a full week, and the base drops.
    plain = drag(MONDAY + timedelta(days=28), planned="48", status=SessionStatus.PLANNED)
    services.schedule.remove_many([s.id for s in done])
    services.schedule.add_many([s.with_changes(programme_id=None) for s in done])
    assert services.progression.last_week_load(plain) == Mass.of("38", "lb")


def test_the_two_week_caution_ignores_skipped_sessions(services: Services) -> None:
    services.schedule.add_many(
        [
            drag(MONDAY, load="20"),
            drag(MONDAY + timedelta(days=2), planned="40", status=SessionStatus.SKIPPED),
        ]
    )
    later = drag(MONDAY + timedelta(days=14), planned="20", status=SessionStatus.PLANNED)
    assert services.progression.caution(later, Mass.of("26", "lb")) is None
    caution = services.progression.caution(later, Mass.of("27", "lb"))
    assert caution is not None and "35 %" in caution and "20 lb" in caution


def test_a_proposal_carries_the_caution(services: Services, clock: Clock) -> None:
    # Last week's 13 lb was already 30 % above the 10 lb before it. A 5 lb step capped at 10 %
    # of 13 lb is 14 lb (whole pounds): 40 % above the 10 lb of two weeks before.
    services.schedule.add_many(
        [
            drag(MONDAY, load="10"),
            drag(MONDAY + timedelta(days=7), load="13"),
            drag(MONDAY + timedelta(days=9), load="13"),
        ]
    )
    following = drag(MONDAY + timedelta(days=14), planned="13", status=SessionStatus.PLANNED)
    services.schedule.add(following)
    wednesday = services.schedule.sessions()[2]
    proposal = services.progression.propose_next(wednesday.id)
    assert proposal is not None
    assert proposal.decision.proposed == Mass.of("14", "lb")
    assert proposal.caution is not None and "40 %" in proposal.caution
    assert "10 lb" in proposal.caution


# ---------------------------------------------------------------------------- 6. force and work
def test_force_chart_reproduces_the_domain_vectors(services: Services) -> None:
    services.gear.set_preferences(Preferences(display_unit="kg", currency="USD"))
    services.schedule.add_many(
        [
            drag(MONDAY, load="55", surface="pooled"),
            drag(MONDAY + timedelta(days=2), load="55", surface="grass", distance="300"),
            drag(MONDAY + timedelta(days=4), load="55", surface="grass", distance="300"),
        ]
    )
    rows = csv(services, "force", MONDAY, MONDAY + timedelta(days=6))
    assert float(rows[0]["force_N"]) == pytest.approx(110.1, abs=0.05)
    assert rows[0]["work_kJ"] == ""
    assert float(rows[1]["force_N"]) == pytest.approx(133.4, abs=0.05)
    assert float(rows[1]["work_kJ"]) == pytest.approx(40.0, abs=0.05)
    assert float(rows[0]["weekly_work_kJ"]) == pytest.approx(80.0, abs=0.1)


def test_force_follows_the_unit_preference(services: Services) -> None:
    services.schedule.add(drag(MONDAY, load="55", surface="pooled"))
    (row,) = csv(services, "force", MONDAY, MONDAY + timedelta(days=6))
    assert float(row["force_lbf"]) == pytest.approx(24.75, abs=0.005)


def test_force_chart_shows_planned_drags_apart(services: Services) -> None:
    services.schedule.add(drag(MONDAY + timedelta(days=3), status=SessionStatus.PLANNED))
    services.schedule.add(drag(MONDAY + timedelta(days=1), status=SessionStatus.SKIPPED))
    (row,) = csv(services, "force", MONDAY, MONDAY + timedelta(days=6))
    assert row["force_lbf"] == ""
    assert float(row["planned_force_lbf"]) > 0


def test_force_chart_without_a_drag_says_what_to_do(services: Services) -> None:
    data = services.progress.chart("force", MONDAY, MONDAY + timedelta(days=6))
    assert data.is_empty and "force" in (data.empty_message or "")


# ---------------------------------------------------------------------------- 7. the rest
def test_adherence_counts_only_sessions_that_fell_due(services: Services, clock: Clock) -> None:
    clock.day = MONDAY + timedelta(days=9)
    services.schedule.add_many(
        [
            drag(MONDAY),
            drag(MONDAY + timedelta(days=2), status=SessionStatus.SKIPPED),
            drag(MONDAY + timedelta(days=7)),
            drag(MONDAY + timedelta(days=9), status=SessionStatus.PLANNED),
            *[
                drag(MONDAY + timedelta(days=n), status=SessionStatus.PLANNED)
                for n in (11, 14, 16, 18)
            ],
        ]
    )
    data = services.progress.chart("minutes", MONDAY, MONDAY + timedelta(days=20))
    assert "2 of 4 sessions done (50 %)" in " ".join(data.notes)


def test_two_sessions_in_a_week_and_on_a_day_add_up(services: Services) -> None:
    day = MONDAY + timedelta(days=1)
    services.schedule.add_many(
        [
            drag(day, minutes=10, rpe=5, pain=2, morning=3),
            drag(day, minutes=15, rpe=4, pain=4, morning=1),
            drag(MONDAY + timedelta(days=3), minutes=12, rpe=5, pain=1, morning=2),
        ]
    )
    (week,) = csv(services, "minutes", MONDAY, MONDAY + timedelta(days=6))
    assert week["minutes_done"] == "37"
    assert week["minutes_planned"] == "37"
    assert week["weekly_srpe_AU"] == str(50 + 60 + 60)
    pain = {row["date"]: row for row in csv(services, "pain", MONDAY, MONDAY + timedelta(6))}
    assert pain[day.isoformat()]["pain_during_0_10"] == "4"
    assert pain[day.isoformat()]["pain_next_morning_0_10"] == "3"
    daily = {row["date"]: row for row in csv(services, "acwr", MONDAY, MONDAY + timedelta(6))}
    assert daily[day.isoformat()]["daily_srpe_AU"] == "110"


@pytest.mark.parametrize(
    ("key", "columns"),
    [
        ("load", ["date", "planned_load_lb", "actual_load_lb", "dragged_lb"]),
        (
            "minutes",
            ["date", "minutes_done", "minutes_planned", "weekly_srpe_AU", "strain_AU"],
        ),
        ("acwr", ["date", "daily_srpe_AU", "acwr_ewma_ratio"]),
        ("fitness", ["date", "fitness_AU", "fatigue_AU", "form_AU"]),
        ("pain", ["date", "pain_during_0_10", "pain_next_morning_0_10"]),
        ("force", ["date", "force_lbf", "planned_force_lbf"]),
    ],
)
def test_every_csv_header_carries_its_unit(
    services: Services, key: str, columns: list[str]
) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    header = services.progress.chart(key, MONDAY, MONDAY + timedelta(days=41)).csv_rows()[0]
    assert header == columns


# ---------------------------------------------------------------------------- what is drawn
#: Each chart's panels as a person reads them: axis label, then each series' legend name,
#: how it is drawn, its unit and its CSV column (the data of tests below: lb, USD).
DRAWN = {
    "load": [
        (
            "load (lb)",
            [
                ("planned added load", "dashed", "lb", "planned_load_lb"),
                ("actual added load", "line", "lb", "actual_load_lb"),
                ("total dragged (sled + load)", "line", "lb", "dragged_lb"),
            ],
        )
    ],
    "minutes": [
        (
            "minutes per week",
            [
                ("minutes done", "bars", "min", "minutes_done"),
                ("minutes planned", "dashed", "min", "minutes_planned"),
            ],
        ),
        (
            "weekly load (sRPE)",
            [
                ("weekly sRPE", "line", "AU", "weekly_srpe_AU"),
                ("strain (load × monotony)", "dashed", "AU", "strain_AU"),
            ],
        ),
    ],
    "acwr": [
        ("sRPE (RPE × minutes)", [("daily sRPE", "bars", "AU", "daily_srpe_AU")]),
        ("acute:chronic ratio", [("ACWR (EWMA 7/28 days)", "line", "", "acwr_ewma_ratio")]),
    ],
    "fitness": [
        (
            "load (sRPE)",
            [
                ("fitness (42-day)", "line", "AU", "fitness_AU"),
                ("fatigue (7-day)", "line", "AU", "fatigue_AU"),
                ("form (fitness − fatigue)", "line", "AU", "form_AU"),
            ],
        )
    ],
    "force": [
        (
            "drag force (lbf)",
            [
                ("drag force, done", "points", "lbf", "force_lbf"),
                ("drag force, planned", "points", "lbf", "planned_force_lbf"),
            ],
        ),
        (
            "work (kJ)",
            [
                ("work per week", "bars", "kJ", "weekly_work_kJ"),
                ("work per session", "points", "kJ", "work_kJ"),
            ],
        ),
    ],
    "pain": [
        (
            "pain (0–10)",
            [
                ("pain during", "points", "/10", "pain_during_0_10"),
                ("pain next morning", "points", "/10", "pain_next_morning_0_10"),
            ],
        )
    ],
    "spend": [
        ("spent (USD)", [("gear spend to date", "steps", "USD", "spend_USD")]),
        (
            "USD per session done",
            [("cost per session done", "line", "USD", "cost_per_session_USD")],
        ),
    ],
}

EMPTY = {
    "load": "Log your first session to see your load curve.",
    "minutes": "Plan or log a session to see your weeks.",
    "acwr": "Log a session with its effort (RPE) to see training stress.",
    "fitness": "Log sessions with their effort (RPE) to see your fitness.",
    "force": "Plan or log a sled drag with a load (or a sled with its mass) to see the force "
    "your legs pull.",
    "pain": "Log knee pain with a session to see how your knees respond.",
    "spend": "Enter prices and purchase dates for your gear to see what it has cost.",
}


def full_history(services: Services) -> None:
    from sledplanner.domain.money import Money

    services.gear.remove(SLED.id)
    services.gear.add(SLED.with_changes(unit_price=Money.of("95", "USD"), purchased_on=MONDAY))
    services.schedule.add_many(acwr_vector_sessions())
    services.schedule.add(drag(MONDAY + timedelta(days=3), distance="300", surface="grass"))
    services.schedule.add(drag(MONDAY + timedelta(days=45), status=SessionStatus.PLANNED))


@pytest.mark.parametrize("key", list(DRAWN))
def test_each_chart_draws_what_its_legend_and_axes_say(services: Services, key: str) -> None:
    from sledplanner.services.progress import CHARTS

    full_history(services)
    data = services.progress.chart(key, MONDAY, MONDAY + timedelta(days=48))
    assert data.key == key
    assert data.title == dict(CHARTS)[key]
    assert not data.is_empty and data.empty_message is None
    drawn = [
        (
            panel.y_label,
            [(s.name, s.kind, s.unit, s.column) for s in panel.series],
        )
        for panel in data.panels
    ]
    assert drawn == DRAWN[key]
    for panel in data.panels:
        colours = [series.colour for series in panel.series]
        assert len(set(colours)) == len(colours), "each line of a panel has its own colour"
        for series in panel.series:
            assert len(colours[0]) == 7 and colours[0].startswith("#")
            int(series.colour[1:], 16)
            assert len(series.days) == len(series.values)
            assert any(value is not None for value in series.values), series.name
            assert list(series.days) == sorted(series.days)
    assert data.csv_rows()[0] == ["date", *(c for _, cs in DRAWN[key] for *_, c in cs)]


@pytest.mark.parametrize("key", list(EMPTY))
def test_each_chart_says_what_to_do_when_there_is_nothing_to_draw(
    services: Services, key: str
) -> None:
    services.gear.remove(SLED.id)
    data = services.progress.chart(key, MONDAY, MONDAY + timedelta(days=20))
    assert data.key == key
    assert data.is_empty and data.panels == ()
    assert data.empty_message == EMPTY[key]


def test_a_range_given_backwards_is_the_same_range(services: Services) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    forwards = services.progress.chart("acwr", MONDAY, MONDAY + timedelta(days=41))
    backwards = services.progress.chart("acwr", MONDAY + timedelta(days=41), MONDAY)
    assert forwards == backwards


def test_the_load_chart_in_kg_converts_pounds(services: Services) -> None:
    services.gear.set_preferences(Preferences(display_unit="kg", currency="USD"))
    services.schedule.add(drag(MONDAY, load="55"))
    (row,) = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
    assert float(row["actual_load_kg"]) == pytest.approx(24.9476, abs=1e-4)
    assert float(row["dragged_kg"]) == pytest.approx(75 * 0.45359237, abs=1e-4)


def test_a_planned_drag_shows_its_plan_and_no_actual_load(services: Services) -> None:
    services.schedule.add(drag(MONDAY, planned="30", status=SessionStatus.PLANNED))
    (row,) = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
    assert row["planned_load_lb"] == "30" and row["actual_load_lb"] == ""
    assert row["dragged_lb"] == "50"


def test_a_range_without_drags_says_so_on_the_load_chart(services: Services) -> None:
    walk = Session(MONDAY, activity="backward_walk", planned_minutes=10)
    services.schedule.add(walk)
    data = services.progress.chart("load", MONDAY, MONDAY + timedelta(days=6))
    assert data.empty_message == (
        "No session with a load in this range yet: the load curve starts with your first sled drag."
    )


# ---------------------------------------------------------------------------- the weekly step
def test_the_step_is_the_programmes_or_five_pounds_or_two_and_a_half_kilos(
    services: Services,
) -> None:
    programme = progressive(services)
    own = drag(MONDAY, status=SessionStatus.PLANNED, programme_id=programme.id)
    assert services.progression.step_for(own) == Mass.of("5", "lb")
    hand_made = drag(MONDAY, status=SessionStatus.PLANNED)
    assert services.progression.step_for(hand_made) == Mass.of("5", "lb")
    in_kg = Session(MONDAY, planned_load=Mass.of("20", "kg"), sled_id=SLED.id)
    assert services.progression.step_for(in_kg) == Mass.of("2.5", "kg")
    no_load = Session(MONDAY, sled_id=SLED.id)
    assert services.progression.step_for(no_load) == Mass.of("5", "lb")
    services.gear.set_preferences(Preferences(display_unit="kg", currency="USD"))
    assert services.progression.step_for(no_load) == Mass.of("2.5", "kg")


def test_a_step_in_percent_of_body_mass_is_worked_out_from_it(services: Services) -> None:
    programme = Programme.from_template(
        template("progressive"),
        start=MONDAY,
        weeks=4,
        start_load=Mass.of("40", "lb"),
        step_percent_body_mass=Decimal("4"),
        body_mass=Mass.of("175", "lb"),
        sled_id=SLED.id,
    )
    services.programmes.add(
        programme, services.programmes.preview(programme, template("progressive"))
    )
    own = drag(MONDAY, status=SessionStatus.PLANNED, programme_id=programme.id)
    assert services.progression.step_for(own) == Mass.of("7", "lb")


def test_a_session_of_a_deleted_programme_is_a_full_week(services: Services) -> None:
    done = [
        drag(MONDAY + timedelta(days=7 * week), load=load, programme_id="gone")
        for week, load in ((0, "40"), (1, "44"), (2, "48"), (3, "38"))
    ]
    services.schedule.add_many(done)
    week_5 = drag(MONDAY + timedelta(days=28), status=SessionStatus.PLANNED)
    assert services.progression.last_week_load(week_5) == Mass.of("38", "lb")


def test_no_proposal_for_a_walk_an_unknown_id_or_nothing_ahead(services: Services) -> None:
    walk = Session(MONDAY, activity="backward_walk", planned_minutes=10).done_as_planned()
    lonely = drag(MONDAY + timedelta(days=1))
    services.schedule.add_many([walk, lonely])
    services.schedule.add(
        Session(MONDAY + timedelta(days=3), activity="backward_walk", planned_minutes=10)
    )
    assert services.progression.propose_next(walk.id) is None
    assert services.progression.propose_next("no-such-id") is None
    assert services.progression.propose_next(lonely.id) is None
    later = drag(MONDAY + timedelta(days=LOOK + 1), status=SessionStatus.PLANNED)
    services.schedule.add(later)
    assert services.progression.propose_next(lonely.id) is None
    near = drag(MONDAY + timedelta(days=LOOK), status=SessionStatus.PLANNED)
    services.schedule.add(near)
    proposal = services.progression.propose_next(lonely.id)
    assert proposal is not None and proposal.session.id == near.id


LOOK = 61  # the lookahead (60 days) counted from the logged session on day 1


def test_the_pain_line_follows_the_users_zones(services: Services) -> None:
    from sledplanner.domain.progression import PainZones, ProgressionSettings

    services.schedule.add(drag(MONDAY, pain=4, morning=1))
    (panel,) = services.progress.chart("pain", MONDAY, MONDAY + timedelta(days=6)).panels
    assert [(r.value, r.label) for r in panel.rules] == [(5, "5/10: above this, too much")]
    services.programmes.set_settings(
        ProgressionSettings(zones=PainZones(safe_max=2, acceptable_max=3))
    )
    (panel,) = services.progress.chart("pain", MONDAY, MONDAY + timedelta(days=6)).panels
    assert [(r.value, r.label) for r in panel.rules] == [(3, "3/10: above this, too much")]
