"""Edge cases of the numbers behind the Progress charts and the progression rules.

Each test pins a figure, a decision and its reason, a chart's legend or notes, or a validation
error naming its field, at a boundary the other unit tests leave open (a day at the edge of a
range, two sessions on one day, a week starting on Sunday, a load entered in the other unit).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from sledplanner.domain import compliance as compliance_rules
from sledplanner.domain import load_model, metrics
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.progression import (
    PainZones,
    ProgressionSettings,
    cap_base,
    decide_next_load,
    load_grid,
    rise_base,
    rise_caution,
    two_week_rise_warning,
    week_load,
)
from sledplanner.domain.sessions import Session, SessionLog, SessionStatus
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.bundle import Services
from sledplanner.services.chart_data import Band, ChartData, Panel, Rule, Series, day_seconds
from sledplanner.services.progress import BLUE, GREEN, ORANGE, PURPLE, RED

from .test_coaching_numbers import (
    MONDAY,
    SLED,
    Clock,
    acwr_vector_sessions,
    csv,
    drag,
    progressive,
)

HEAVY = GearItem(kind="sled", name="Prowler", mass=Mass.of("40", "lb"))


def lb(value: str) -> Mass:
    return Mass.of(value, "lb")


def done(
    day: date,
    load: str | None,
    *,
    planned: str | None = None,
    sled: GearItem | None = SLED,
    distance: str | None = None,
    session_id: str | None = None,
    activity: str = "backward_drag",
) -> Session:
    """A drag done on ``day`` at ``load`` lb (planned at ``planned`` lb, else nothing planned)."""
    extra = {"id": session_id} if session_id is not None else {}
    return Session(
        day,
        activity=activity,
        planned_load=lb(planned) if planned is not None else None,
        sled_id=sled.id if sled is not None else None,
        **extra,
    ).done(
        SessionLog(
            minutes=10,
            load=lb(load) if load is not None else None,
            rpe=5,
            pain_during=2,
            pain_next_morning=1,
            distance_m=Decimal(distance) if distance is not None else None,
        )
    )


def planned_drag(day: date, load: str | None, *, session_id: str | None = None) -> Session:
    extra = {"id": session_id} if session_id is not None else {}
    return Session(day, planned_load=lb(load) if load else None, sled_id=SLED.id, **extra)


def column(rows: list[dict], name: str) -> list[str]:
    return [row[name] for row in rows]


# ================================================================== services: the Progress tab
def test_full_range_is_at_least_the_last_four_weeks(services: Services, clock: Clock) -> None:
    today = clock.day
    assert services.progress.full_range() == (today - timedelta(days=27), today)
    services.schedule.add(drag(today - timedelta(days=3)))
    assert services.progress.full_range() == (today - timedelta(days=27), today)
    services.schedule.add_many(
        [drag(today - timedelta(days=100)), drag(today + timedelta(days=30), rpe=None)]
    )
    assert services.progress.full_range() == (
        today - timedelta(days=100),
        today + timedelta(days=30),
    )


def test_write_file_writes_the_export(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "chart.csv"
    services.progress.write_file(str(target), b"date,load\n")  # type: ignore[arg-type]
    assert target.read_bytes() == b"date,load\n"


def test_a_listener_hears_gear_and_session_changes_until_it_stops(services: Services) -> None:
    heard: list[str] = []
    stop = services.progress.subscribe(lambda: heard.append("changed"))
    services.gear.add(HEAVY)
    assert heard == ["changed"]
    services.schedule.add(drag(MONDAY))
    assert heard == ["changed", "changed"]
    stop()
    services.gear.remove(HEAVY.id)
    services.schedule.add(drag(MONDAY + timedelta(days=1)))
    assert heard == ["changed", "changed"]


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("load", "Load over time"),
        ("minutes", "Weekly minutes"),
        ("acwr", "Training stress (sRPE and ACWR)"),
        ("fitness", "Fitness, fatigue and form"),
        ("force", "Drag force and work"),
        ("pain", "Knee pain"),
        ("spend", "Spend and cost per session"),
    ],
)
def test_an_empty_chart_keeps_its_title(services: Services, key: str, title: str) -> None:
    services.gear.remove(SLED.id)
    data = services.progress.chart(key, MONDAY, MONDAY + timedelta(days=6))
    assert data.is_empty
    assert data.title == title


# ---------------------------------------------------------------------------- load chart
def test_a_load_entered_in_kg_is_charted_in_pounds(services: Services) -> None:
    session = Session(MONDAY, planned_load=Mass.of("10", "kg"), sled_id=SLED.id)
    services.schedule.add(session.done(SessionLog(minutes=10, load=Mass.of("10", "kg"))))
    (row,) = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
    # 10 kg / 0.45359237 = 22.0462 lb; the 20 lb sled makes 42.0462 lb dragged.
    assert float(row["actual_load_lb"]) == pytest.approx(22.0462, abs=1e-4)
    assert float(row["planned_load_lb"]) == pytest.approx(22.0462, abs=1e-4)
    assert float(row["dragged_lb"]) == pytest.approx(42.0462, abs=1e-4)


def test_a_plan_in_pounds_is_charted_in_kg(services: Services) -> None:
    services.gear.set_preferences(Preferences(display_unit="kg", currency="USD"))
    services.schedule.add(drag(MONDAY, planned="30", status=SessionStatus.PLANNED))
    (row,) = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
    assert float(row["planned_load_kg"]) == pytest.approx(30 * 0.45359237, abs=1e-4)
    assert row["actual_load_kg"] == ""


def test_load_chart_rows_need_a_sled_and_a_load(services: Services) -> None:
    walk = Session(MONDAY, activity="backward_walk", planned_load=lb("10")).done_as_planned()
    no_load = Session(MONDAY + timedelta(days=1), sled_id=SLED.id)
    logged_only = done(MONDAY + timedelta(days=2), "30")
    no_sled = done(MONDAY + timedelta(days=3), "25", sled=None)
    services.schedule.add_many([walk, no_load, logged_only, no_sled])
    rows = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
    assert column(rows, "date") == [
        (MONDAY + timedelta(days=2)).isoformat(),
        (MONDAY + timedelta(days=3)).isoformat(),
    ]
    assert column(rows, "planned_load_lb") == ["", ""]
    assert column(rows, "actual_load_lb") == ["30", "25"]
    # Without a sled only the load is known to be dragged.
    assert column(rows, "dragged_lb") == ["50", "25"]


def test_a_session_not_done_shows_no_actual_load_even_with_a_log(services: Services) -> None:
    odd = Session(
        MONDAY,
        planned_load=lb("30"),
        sled_id=SLED.id,
        log=SessionLog(minutes=10, load=lb("45")),
    )
    services.schedule.add(odd)
    (row,) = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
    assert row["actual_load_lb"] == "" and row["planned_load_lb"] == "30"


def test_load_rows_of_one_day_go_lightest_first_by_actual_plan_then_dragged(
    services: Services,
) -> None:
    services.gear.add(HEAVY)
    day_1, day_2, day_3 = (MONDAY + timedelta(days=n) for n in (1, 2, 3))
    services.schedule.add_many(
        [
            # Day 1: the actual load decides (the plans run the other way).
            done(day_1, "45", planned="30", session_id="a1"),
            done(day_1, "40", planned="50", session_id="z1"),
            planned_drag(day_1, "35", session_id="m1"),
            # Day 2: same actual load, the plan decides (the dragged mass runs the other way).
            done(day_2, "40", planned="50", session_id="a2"),
            done(day_2, "40", planned="30", sled=HEAVY, session_id="z2"),
            # Day 3: same actual and planned load, the dragged mass decides.
            done(day_3, "40", planned="40", sled=HEAVY, session_id="a3"),
            done(day_3, "40", planned="40", session_id="z3"),
        ]
    )
    rows = csv(services, "load", MONDAY, MONDAY + timedelta(days=6))
    assert [(r["actual_load_lb"], r["planned_load_lb"], r["dragged_lb"]) for r in rows] == [
        ("", "35", "55"),
        ("40", "50", "60"),
        ("45", "30", "65"),
        ("40", "30", "80"),
        ("40", "50", "60"),
        ("40", "40", "60"),
        ("40", "40", "80"),
    ]


# ---------------------------------------------------------------------------- minutes chart
def test_weeks_start_on_the_chosen_weekday(services: Services, clock: Clock) -> None:
    services.gear.set_preferences(Preferences(display_unit="lb", currency="USD", first_weekday=6))
    sunday = MONDAY - timedelta(days=1)
    services.schedule.add_many([drag(sunday, minutes=10), drag(MONDAY, minutes=12)])
    data = services.progress.chart("minutes", MONDAY, MONDAY + timedelta(days=5))
    (week,) = csv(services, "minutes", MONDAY, MONDAY + timedelta(days=5))
    assert week["date"] == sunday.isoformat()
    assert week["minutes_done"] == "22"
    bars = data.panels[0].series[0]
    assert bars.kind == "bars" and bars.width_days == 5


def test_adherence_note_rounds_the_share(services: Services, clock: Clock) -> None:
    clock.day = MONDAY + timedelta(days=4)
    services.schedule.add_many(
        [
            drag(MONDAY),
            drag(MONDAY + timedelta(days=2), status=SessionStatus.SKIPPED),
            drag(MONDAY + timedelta(days=4), status=SessionStatus.PLANNED),
        ]
    )
    data = services.progress.chart("minutes", MONDAY, MONDAY + timedelta(days=6))
    assert data.notes == ("Adherence over the range, up to today: 1 of 3 sessions done (33 %).",)


def test_no_adherence_note_before_any_session_falls_due(services: Services, clock: Clock) -> None:
    clock.day = MONDAY - timedelta(days=1)
    services.schedule.add(drag(MONDAY + timedelta(days=2), status=SessionStatus.PLANNED))
    data = services.progress.chart("minutes", MONDAY, MONDAY + timedelta(days=6))
    assert not data.is_empty
    assert data.notes == ()
    assert metrics.adherence_to_date(services.schedule.sessions(), clock.day) is None


# ---------------------------------------------------------------------------- acwr and fitness
def test_the_history_runs_to_today_as_the_days_go_by(services: Services, clock: Clock) -> None:
    clock.day = MONDAY + timedelta(days=2)
    services.schedule.add(drag(MONDAY, rpe=10, minutes=10))
    before = csv(services, "fitness", MONDAY, MONDAY + timedelta(days=9))
    assert column(before, "date")[-1] == (MONDAY + timedelta(days=2)).isoformat()
    clock.day = MONDAY + timedelta(days=9)
    after = csv(services, "fitness", MONDAY, MONDAY + timedelta(days=9))
    assert column(after, "date")[-1] == (MONDAY + timedelta(days=9)).isoformat()
    assert len(after) == 10


def test_the_history_starts_at_the_first_done_session(services: Services) -> None:
    services.schedule.add_many(
        [
            drag(MONDAY - timedelta(days=4), status=SessionStatus.PLANNED),
            carrying_a_log(MONDAY - timedelta(days=3)),
            drag(MONDAY, rpe=6),
        ]
    )
    data = services.progress.chart("fitness", MONDAY - timedelta(days=6), MONDAY + timedelta(6))
    assert data.notes == (
        f"Worked out from your first logged session ({MONDAY.isoformat()}), "
        "whatever range is shown.",
    )
    rows = csv(services, "fitness", MONDAY - timedelta(days=6), MONDAY + timedelta(days=6))
    assert column(rows, "date")[0] == MONDAY.isoformat()


def test_ratio_and_fitness_charts_do_not_mix_their_models(services: Services) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    last = MONDAY + timedelta(days=41)
    ratio = csv(services, "acwr", MONDAY, last)
    fitness = csv(services, "fitness", MONDAY, last)
    assert set(fitness[0]) == {"date", "fitness_AU", "fatigue_AU", "form_AU"}
    assert ratio[-1]["acwr_ewma_ratio"] != ""


def test_rolling_and_uncoupled_ratios_are_their_own(services: Services) -> None:
    # Weeks of 150, 150, 150, 150 then 300 AU: coupled 300 / 187.5 = 1.6, uncoupled 300 / 150.
    services.schedule.add_many(acwr_vector_sessions())
    end_5 = (MONDAY + timedelta(days=34)).isoformat()
    last = MONDAY + timedelta(days=41)
    rolling = {r["date"]: r for r in csv(services, "acwr", MONDAY, last, "rolling")}
    uncoupled = {r["date"]: r for r in csv(services, "acwr", MONDAY, last, "uncoupled")}
    assert float(rolling[end_5]["acwr_rolling_ratio"]) == pytest.approx(1.6)
    assert float(uncoupled[end_5]["acwr_uncoupled_ratio"]) == pytest.approx(2.0)
    names = {
        form: services.progress.chart("acwr", MONDAY, last, form).panels[1].series[0].name
        for form in ("rolling", "uncoupled")
    }
    assert names == {
        "rolling": "ACWR (rolling 7/28 days)",
        "uncoupled": "ACWR (7 days / 21 before)",
    }


ACWR_GUIDE = (
    "The 0.8–1.3 band is a disputed rule of thumb (Gabbett 2016; Impellizzeri 2020): "
    "read it as a guide, not a medical verdict."
)


def test_the_ratio_band_and_its_notes(services: Services) -> None:
    services.schedule.add_many(acwr_vector_sessions())
    ready = MONDAY + timedelta(days=27)
    early = services.progress.chart("acwr", MONDAY + timedelta(days=26), ready)
    assert early.panels[1].bands == (Band(0.8, 1.3, "0.8–1.3: a guide, not a verdict"),)
    assert early.notes == (
        ACWR_GUIDE,
        f"Not enough data yet for a ratio before {ready.isoformat()}: it needs 28 days from "
        f"your first logged session ({MONDAY.isoformat()}).",
    )
    on_time = services.progress.chart("acwr", ready, ready + timedelta(days=3))
    assert on_time.notes == (ACWR_GUIDE,)


# ---------------------------------------------------------------------------- force chart
FORCE_NOTE = (
    "Force = μ × (sled + load) × g, with the μ of the session's surface (the pooled 0.33 when "
    "none is set). An estimate: calibrate μ with a luggage scale on the Equipment tab."
)


def test_force_chart_skips_what_pulls_nothing_and_keeps_the_rest(services: Services) -> None:
    services.schedule.add_many(
        [
            Session(MONDAY, activity="backward_walk", planned_minutes=10).done_as_planned(),
            drag(MONDAY + timedelta(days=1), status=SessionStatus.SKIPPED),
            done(MONDAY + timedelta(days=2), "55", planned="55", sled=None),
            drag(MONDAY + timedelta(days=3), load="55"),
        ]
    )
    rows = csv(services, "force", MONDAY, MONDAY + timedelta(days=6))
    assert column(rows, "date") == [
        (MONDAY + timedelta(days=2)).isoformat(),
        (MONDAY + timedelta(days=3)).isoformat(),
    ]
    # 0.33 × 55 lb × g without a sled, 0.33 × 75 lb × g with the 20 lb one.
    assert float(rows[0]["force_lbf"]) == pytest.approx(0.33 * 55, abs=0.01)
    assert float(rows[1]["force_lbf"]) == pytest.approx(0.33 * 75, abs=0.01)
    assert column(rows, "planned_force_lbf") == ["", ""]
    data = services.progress.chart("force", MONDAY, MONDAY + timedelta(days=6))
    assert data.notes == (
        FORCE_NOTE,
        "Log the distance of a session to see its work (force × distance).",
    )


def test_a_planned_distance_is_no_work_done(services: Services) -> None:
    plan = Session(MONDAY, planned_load=lb("55"), planned_distance_m=Decimal(300), sled_id=SLED.id)
    services.schedule.add(plan)
    rows = csv(services, "force", MONDAY, MONDAY + timedelta(days=6))
    assert [(row["force_lbf"], row["planned_force_lbf"] != "") for row in rows] == [("", True)]
    data = services.progress.chart("force", MONDAY, MONDAY + timedelta(days=6))
    assert [panel.y_label for panel in data.panels] == ["drag force (lbf)"]
    assert data.notes[-1] == "Log the distance of a session to see its work (force × distance)."


def test_weekly_work_follows_the_first_weekday(services: Services) -> None:
    services.gear.set_preferences(Preferences(display_unit="kg", currency="USD", first_weekday=6))
    sunday = MONDAY + timedelta(days=6)
    services.schedule.add_many(
        [
            drag(MONDAY, load="55", surface="grass", distance="300"),
            drag(sunday, load="55", surface="grass", distance="300"),
        ]
    )
    data = services.progress.chart("force", MONDAY, sunday)
    weekly = data.panels[1].series[0]
    assert weekly.days == (MONDAY - timedelta(days=1), sunday)
    assert [round(v, 1) for v in weekly.values if v is not None] == [40.0, 40.0]
    assert weekly.kind == "bars" and weekly.width_days == 5
    assert data.notes == (FORCE_NOTE,)


def test_force_rows_of_one_day_go_planned_first_then_lightest(services: Services) -> None:
    day_1, day_2, day_3 = (MONDAY + timedelta(days=n) for n in (1, 2, 3))
    services.schedule.add_many(
        [
            done(day_1, "55", planned="55", session_id="a1"),
            planned_drag(day_1, "55", session_id="z1"),
            planned_drag(day_2, "60", session_id="a2"),
            planned_drag(day_2, "40", session_id="z2"),
            done(day_3, "55", planned="55", distance="300", session_id="a3"),
            done(day_3, "55", planned="55", distance="100", session_id="z3"),
        ]
    )
    rows = csv(services, "force", MONDAY, MONDAY + timedelta(days=6))
    # The first row is the week's work bar alone, on the first day of the week.
    assert rows[0]["date"] == MONDAY.isoformat() and rows[0]["force_lbf"] == ""
    rows = rows[1:]
    shown = [
        (r["date"][-2:], r["force_lbf"] != "", r["planned_force_lbf"], r["work_kJ"]) for r in rows
    ]
    force_40 = f"{0.33 * 60:.4f}"  # 40 lb + the 20 lb sled
    assert [(day, is_done) for day, is_done, *_ in shown] == [
        ("06", False),
        ("06", True),
        ("07", False),
        ("07", False),
        ("08", True),
        ("08", True),
    ]
    assert float(shown[2][2]) == pytest.approx(float(force_40), abs=1e-3)
    assert float(shown[3][2]) == pytest.approx(0.33 * 80, abs=1e-3)
    assert float(shown[4][3]) < float(shown[5][3])


# ---------------------------------------------------------------------------- pain chart
def test_pain_during_alone_is_charted_with_its_guide(services: Services) -> None:
    services.schedule.add(drag(MONDAY, pain=3, morning=None))
    data = services.progress.chart("pain", MONDAY, MONDAY + timedelta(days=6))
    assert not data.is_empty
    (panel,) = data.panels
    assert panel.rules == (Rule(5, "5/10: above this, too much"),)
    rows = csv(services, "pain", MONDAY, MONDAY + timedelta(days=6))
    assert rows == [
        {"date": MONDAY.isoformat(), "pain_during_0_10": "3", "pain_next_morning_0_10": ""}
    ]


# ---------------------------------------------------------------------------- spend chart
def test_the_spend_chart_and_its_note_count_the_same_sessions(services: Services) -> None:
    # A session done before the first purchase and before the range still counts.
    services.gear.add(
        GearItem(
            kind="kettlebell",
            name="Bell",
            mass=lb("20"),
            unit_price=Money.of("90", "USD"),
            purchased_on=MONDAY,
        )
    )
    services.schedule.add_many(
        [drag(MONDAY - timedelta(days=10)), drag(MONDAY + timedelta(days=1))]
    )
    rows = csv(services, "spend", MONDAY, MONDAY + timedelta(days=6))
    assert column(rows, "cost_per_session_USD")[-1] == "45"  # 90 USD over 2 sessions
    notes = services.progress.chart("spend", MONDAY, MONDAY + timedelta(days=6)).notes
    assert f"Up to {(MONDAY + timedelta(days=6)).isoformat()}: 45.00 USD of gear" in notes[1]


def test_spend_and_cost_per_session_day_by_day(services: Services) -> None:
    services.gear.add(
        GearItem(
            kind="sled",
            name="A",
            mass=lb("20"),
            unit_price=Money.of("95", "USD"),
            purchased_on=MONDAY + timedelta(days=2),
        )
    )
    services.gear.add(
        GearItem(
            kind="sled",
            name="B",
            mass=lb("20"),
            unit_price=Money.of("50", "USD"),
            purchased_on=MONDAY + timedelta(days=4),
        )
    )
    services.schedule.add_many(
        [
            drag(MONDAY + timedelta(days=1)),
            drag(MONDAY + timedelta(days=3)),
            drag(MONDAY + timedelta(days=3)),
            drag(MONDAY + timedelta(days=5), status=SessionStatus.PLANNED),
            drag(MONDAY + timedelta(days=6), status=SessionStatus.SKIPPED),
        ]
    )
    rows = csv(services, "spend", MONDAY, MONDAY + timedelta(days=6))
    assert column(rows, "spend_USD") == ["0", "0", "95", "95", "145", "145", "145"]
    # Spend so far over the done sessions so far: 95/1, 95/3, 145/3.
    assert column(rows, "cost_per_session_USD") == [
        "",
        "0",
        "95",
        "31.6667",
        "48.3333",
        "48.3333",
        "48.3333",
    ]
    data = services.progress.chart("spend", MONDAY, MONDAY + timedelta(days=6))
    assert data.notes == (
        "Gear only, by purchase date; subscriptions are in the Equipment totals.",
        # 145 USD over the 3 sessions done by the end of the range, as the last point above.
        "Up to 2026-01-11: 48.33 USD of gear per session done.",
        "Not in the curve: 0 USD of gear without a purchase date and 1 item(s) without a price.",
    )


def test_spend_without_gaps_has_one_note(services: Services) -> None:
    services.gear.remove(SLED.id)
    services.gear.add(SLED.with_changes(unit_price=Money.of("95", "USD"), purchased_on=MONDAY))
    data = services.progress.chart("spend", MONDAY, MONDAY + timedelta(days=6))
    assert data.notes == (
        "Gear only, by purchase date; subscriptions are in the Equipment totals.",
    )


# ---------------------------------------------------------------------------- colours
def test_each_quantity_keeps_its_colour_across_charts(services: Services) -> None:
    """Planned is blue, done green, training load purple, work and pain orange, mornings red."""
    services.gear.remove(SLED.id)
    services.gear.add(SLED.with_changes(unit_price=Money.of("95", "USD"), purchased_on=MONDAY))
    services.schedule.add_many(acwr_vector_sessions())
    services.schedule.add(drag(MONDAY + timedelta(days=3), distance="300", surface="grass"))
    colours = {}
    for key in ("load", "minutes", "acwr", "fitness", "force", "pain", "spend"):
        data = services.progress.chart(key, MONDAY, MONDAY + timedelta(days=41))
        for panel in data.panels:
            for series in panel.series:
                colours[series.column] = series.colour
    assert colours == {
        "planned_load_lb": BLUE,
        "actual_load_lb": GREEN,
        "dragged_lb": ORANGE,
        "minutes_done": GREEN,
        "minutes_planned": BLUE,
        "weekly_srpe_AU": PURPLE,
        "strain_AU": ORANGE,
        "daily_srpe_AU": PURPLE,
        "acwr_ewma_ratio": BLUE,
        "fitness_AU": BLUE,
        "fatigue_AU": RED,
        "form_AU": GREEN,
        "force_lbf": GREEN,
        "planned_force_lbf": BLUE,
        "weekly_work_kJ": PURPLE,
        "work_kJ": ORANGE,
        "pain_during_0_10": ORANGE,
        "pain_next_morning_0_10": RED,
        "spend_USD": ORANGE,
        "cost_per_session_USD": BLUE,
    }


# ================================================================== services: the next session
def test_a_walk_does_not_set_the_drags_pain_baseline(services: Services, clock: Clock) -> None:
    # Drags with a next-morning pain of 1 are settled; a walk's 0 between them is not their
    # baseline, so two settled drags at 20 lb progress by one 5 lb step (capped at 10 %: 22 lb).
    walk = Session(MONDAY + timedelta(days=1), activity="backward_walk", planned_minutes=10)
    services.schedule.add_many(
        [
            drag(MONDAY, load="20", pain=2, morning=1),
            walk.done(SessionLog(minutes=10, pain_during=0, pain_next_morning=0)),
            drag(MONDAY + timedelta(days=2), load="20", pain=2, morning=1),
        ]
    )
    following = drag(MONDAY + timedelta(days=4), planned="20", status=SessionStatus.PLANNED)
    services.schedule.add(following)
    latest = services.schedule.sessions_between(MONDAY + timedelta(days=2), MONDAY + timedelta(2))
    proposal = services.progression.propose_next(latest[0].id)
    assert proposal is not None
    assert proposal.decision.action == "progress"
    assert proposal.decision.proposed == lb("22")


def test_the_cap_is_measured_on_last_week_not_on_the_current_load(services: Services) -> None:
    services.schedule.add_many(
        [
            drag(MONDAY, load="20"),
            drag(MONDAY + timedelta(days=7), load="22"),
            drag(MONDAY + timedelta(days=9), load="22"),
        ]
    )
    following = drag(MONDAY + timedelta(days=11), planned="22", status=SessionStatus.PLANNED)
    services.schedule.add(following)
    wednesday = services.schedule.sessions_between(MONDAY + timedelta(9), MONDAY + timedelta(9))
    proposal = services.progression.propose_next(wednesday[0].id)
    assert proposal is not None
    assert proposal.decision.action == "hold"
    # 10 % over 20 lb is exactly 22 lb: no room at all, so no "less than one increment" remark.
    assert proposal.decision.reason == (
        "held at 22 lb: 2 settled sessions at 22 lb, but the 10 % weekly cap over last week's "
        "20 lb allows at most 22 lb"
    )


def test_a_light_proposal_still_carries_its_caution(services: Services) -> None:
    # 2 lb is under 1 kg, yet twice the 1 lb of two weeks before.
    services.schedule.add_many(
        [drag(MONDAY, load="1"), drag(MONDAY + timedelta(days=14), load="2")]
    )
    following = drag(MONDAY + timedelta(days=16), planned="2", status=SessionStatus.PLANNED)
    services.schedule.add(following)
    logged = services.schedule.sessions_between(MONDAY + timedelta(14), MONDAY + timedelta(14))
    proposal = services.progression.propose_next(logged[0].id)
    assert proposal is not None
    assert (
        proposal.decision.reason == "held at 2 lb: needs 2 settled sessions at this load, 1 so far"
    )
    assert proposal.caution is not None
    assert proposal.caution.startswith(
        f"Caution: 2 lb is 100 % above the 1 lb of the week of {MONDAY.isoformat()}."
    )


def test_the_caution_passes_over_a_lighter_week_two_weeks_before(services: Services) -> None:
    programme = progressive(services)
    pid = programme.id
    services.schedule.add_many(
        [
            drag(MONDAY + timedelta(days=14), load="48", programme_id=pid),
            drag(MONDAY + timedelta(days=21), load="38", programme_id=pid),  # lighter week 4
        ]
    )
    week_6 = drag(
        MONDAY + timedelta(days=35), planned="48", status=SessionStatus.PLANNED, programme_id=pid
    )
    assert services.progression.caution(week_6, lb("62")) is None  # 29 % over week 3's 48 lb
    caution = services.progression.caution(week_6, lb("63"))
    assert caution is not None and "above the 48 lb" in caution


# ================================================================== domain: progression rules
def settled_history(load: str = "50") -> list[Session]:
    return [done(MONDAY, load, planned=load), done(MONDAY + timedelta(days=2), load, planned=load)]


def field_error(call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.mark.parametrize(
    ("arguments", "field", "words"),
    [
        (("55 lb", lb("5"), ProgressionSettings(), None), "current load", "must be a mass"),
        ((lb("55"), "5 lb", ProgressionSettings(), None), "step", "must be a mass above zero"),
        ((lb("55"), lb("0"), ProgressionSettings(), None), "step", "must be a mass above zero"),
        ((lb("55"), lb("5"), {"weekly_cap_percent": 10}, None), "settings", "progression settings"),
        ((lb("55"), lb("5"), ProgressionSettings(), 50), "last week's load", "a mass or nothing"),
    ],
)
def test_decide_next_load_names_the_bad_argument(arguments: tuple, field: str, words: str) -> None:
    error = field_error(decide_next_load, settled_history(), *arguments[:3], arguments[3])
    assert error.field == field
    assert words in error.message


def test_a_history_of_something_else_is_refused() -> None:
    error = field_error(decide_next_load, ["a session"], lb("55"), lb("5"), ProgressionSettings())
    assert (error.field, error.message) == ("history", "must hold sessions only")


def test_only_done_sessions_count_even_with_a_log_attached() -> None:
    # Two settled sessions at 50 lb, then one still planned that carries a painful log.
    odd = Session(
        MONDAY + timedelta(days=3),
        planned_load=lb("50"),
        log=SessionLog(minutes=10, load=lb("50"), pain_during=8, pain_next_morning=6),
    )
    decision = decide_next_load([*settled_history(), odd], lb("50"), lb("5"), ProgressionSettings())
    assert decision.reason == "progressed to 55 lb: 2 settled sessions at 50 lb"


def test_a_step_back_starts_from_the_load_logged_not_the_one_planned() -> None:
    hurt = Session(MONDAY, planned_load=lb("50")).done(
        SessionLog(minutes=10, load=lb("40"), pain_during=7, pain_next_morning=2)
    )
    decision = decide_next_load([hurt], lb("40"), lb("5"), ProgressionSettings())
    # 10 % of 40 lb is less than the 5 lb step, so the step is taken off the 40 lb done.
    assert decision.reason == "reduced to 35 lb: pain during was 7, above the acceptable 5"


def test_a_twenty_percent_reduction_is_exact_on_a_fine_grid() -> None:
    hurt = Session(MONDAY, planned_load=lb("100")).done(
        SessionLog(minutes=10, load=lb("100"), pain_during=7, pain_next_morning=2)
    )
    settings = ProgressionSettings(reduction_percent=20)
    decision = decide_next_load([hurt], lb("100"), lb("1"), settings)
    assert decision.proposed == lb("80")
    assert decision.reason == "reduced to 80 lb: pain during was 7, above the acceptable 5"


@pytest.mark.parametrize(
    ("step", "unit", "grid"),
    [
        (lb("5"), MassUnit.LB, "0.5"),
        (Mass.of("2.5", "kg"), MassUnit.KG, "0.25"),
        (lb("10"), MassUnit.LB, "1"),
        (lb("3"), MassUnit.LB, "0.25"),
        (Mass.of("1", "kg"), MassUnit.LB, "0.2"),
        (Mass.of("2.5", "kg"), MassUnit.LB, "0.5"),
        (lb("1000"), MassUnit.LB, "100"),
    ],
)
def test_the_grid_is_a_tenth_of_the_step_rounded_down(
    step: Mass, unit: MassUnit, grid: str
) -> None:
    assert load_grid(step, unit) == Decimal(grid)
    assert str(load_grid(step, unit)) == grid


@pytest.mark.parametrize("step", ["5 lb", lb("0")])
def test_the_grid_needs_a_step_above_zero(step: object) -> None:
    error = field_error(load_grid, step, MassUnit.LB)
    assert (error.field, error.message) == ("step", "must be a mass above zero")


def test_settings_validation_names_each_field() -> None:
    cases = [
        ({"zones": {"safe_max": 1}}, "pain zones", "must be pain zones"),
        (
            {"weekly_cap_percent": [10]},
            "weekly cap",
            "must be a percentage from 5 to 20, not list",
        ),
        (
            {"weekly_cap_percent": 12.5},
            "weekly cap",
            "must be a percentage from 5 to 20 given as text or a whole number, not 12.5",
        ),
        (
            {"reduction_percent": "ten"},
            "reduction",
            "must be a percentage from 10 to 20, not 'ten'",
        ),
        ({"reduction_percent": 25}, "reduction", "must be a percentage from 10 to 20, got 25"),
        (
            {"sessions_to_progress": 11},
            "sessions to progress",
            "must be a whole number from 2 to 10, got 11",
        ),
    ]
    for changes, field, message in cases:
        error = field_error(ProgressionSettings, **changes)
        assert (error.field, error.message) == (field, message)
    assert ProgressionSettings(sessions_to_progress=10).sessions_to_progress == 10


def test_saved_settings_and_zones_must_be_mappings() -> None:
    error = field_error(ProgressionSettings.from_dict, ["zones"])
    assert (error.field, error.message) == (
        "progression settings",
        "the saved settings must be a mapping",
    )
    error = field_error(PainZones.from_dict, [2, 5])
    assert (error.field, error.message) == ("pain zones", "the saved pain zones must be a mapping")
    assert PainZones.from_dict({"safe_max": 1}) == PainZones(1, 5)
    assert PainZones.from_dict({}) == PainZones(2, 5)


def test_bad_pain_zones_say_what_the_limits_are() -> None:
    error = field_error(PainZones, safe_max="1")
    assert error.field == "pain zones"
    assert error.message == "the zone limits must be whole numbers, not '1'"
    error = field_error(PainZones, safe_max=5, acceptable_max=3)
    assert error.field == "pain zones"
    assert "below the acceptable limit" in error.message
    assert "got safe up to 5 and acceptable up to 3" in error.message


def test_a_decision_must_fit_its_loads() -> None:
    from sledplanner.domain.progression import Decision

    error = field_error(Decision, "jump", lb("50"), lb("55"), "why")
    assert (error.field, error.message) == ("action", "must be progress, hold or reduce, not jump")
    error = field_error(Decision, "progress", lb("50"), lb("50"), "why")
    assert (error.field, error.message) == (
        "action",
        "progress does not fit 50 lb proposed as 50 lb",
    )


# ---------------------------------------------------------------------------- two-week rise
NIELSEN = (
    "Rises of more than 30 % over two weeks have been linked to more knee injuries "
    "(Nielsen et al. 2014); a smaller step may be kinder to your knees."
)


def test_a_week_without_load_does_not_stop_later_warnings() -> None:
    warnings = two_week_rise_warning([lb("0"), lb("10"), lb("20"), lb("30")])
    assert warnings == [
        "Caution: the load rose 200 % in two weeks, from 10 lb in week 2 to 30 lb in week 4. "
        + NIELSEN
    ]


def test_rise_warnings_need_masses() -> None:
    error = field_error(two_week_rise_warning, [lb("10"), "12 lb"])
    assert (error.field, error.message) == ("loads", "must hold masses only")


@pytest.mark.parametrize(
    ("after", "words"),
    [
        ("32.74", "about 31.0"),  # 30.96 %: one decimal, keeping its zero
        ("3.900000009", "just over 30"),  # 30.0000003 %: reads 30 to six decimals
    ],
)
def test_a_rise_that_is_not_exact_is_written_so_it_reads_above_30(after: str, words: str) -> None:
    before = "25" if after == "32.74" else "3"
    (warning,) = two_week_rise_warning([lb(before), lb(before), lb(after)])
    assert warning.startswith(f"Caution: the load rose {words} % in two weeks")


def test_the_caution_sentence_names_both_loads_and_the_week() -> None:
    assert rise_caution((MONDAY, lb("0")), lb("10")) is None
    assert rise_caution((MONDAY, lb("20")), lb("26")) is None
    assert rise_caution((MONDAY, lb("20")), lb("27")) == (
        f"Caution: 27 lb is 35 % above the 20 lb of the week of {MONDAY.isoformat()}. " + NIELSEN
    )


# ---------------------------------------------------------------------------- weekly bases
def test_week_load_reads_what_was_done_and_what_is_planned() -> None:
    skipped = planned_drag(MONDAY, "70").skipped()
    planned = planned_drag(MONDAY + timedelta(days=1), "60")
    done_lighter = done(MONDAY + timedelta(days=2), "40", planned="50")
    done_without_load = done(MONDAY + timedelta(days=3), None, planned="45")
    week = [skipped, planned, done_lighter, done_without_load]
    assert week_load(week, done_only=True) == lb("45")
    assert week_load(week, done_only=False) == lb("60")
    assert week_load([skipped, planned, done_lighter], done_only=True) == lb("40")
    assert week_load([skipped], done_only=False) is None


def test_the_cap_base_is_the_last_full_week_with_a_done_load() -> None:
    friday, sunday = MONDAY + timedelta(days=4), MONDAY + timedelta(days=6)
    # Default weeks start on Monday: Friday and Sunday belong to the week before the next Monday.
    assert cap_base([done(friday, "30")], MONDAY + timedelta(days=7)) == lb("30")
    assert cap_base([done(sunday, "30")], MONDAY + timedelta(days=7)) == lb("30")
    # An empty week is passed over: two weeks back still counts.
    assert cap_base([done(sunday, "30")], MONDAY + timedelta(days=14)) == lb("30")
    # Weeks starting on Sunday: Monday's drag is in the week before the next Sunday.
    assert cap_base([done(MONDAY, "30")], MONDAY + timedelta(days=6), first_weekday=6) == lb("30")
    assert cap_base([done(MONDAY + timedelta(days=8), "30")], MONDAY + timedelta(days=7)) is None


def test_the_rise_base_is_two_weeks_back_and_reads_plans() -> None:
    sunday = MONDAY + timedelta(days=6)
    assert rise_base([done(sunday, "30")], MONDAY + timedelta(days=14)) == (MONDAY, lb("30"))
    assert rise_base([planned_drag(MONDAY, "30")], MONDAY + timedelta(days=14)) == (
        MONDAY,
        lb("30"),
    )
    assert rise_base([done(MONDAY, "30")], MONDAY + timedelta(days=13), first_weekday=6) == (
        MONDAY - timedelta(days=1),
        lb("30"),
    )


# ================================================================== domain: metrics and models
def carrying_a_log(day: date) -> Session:
    """A session still planned that carries a log (as a hand-edited file may hold)."""
    return Session(
        day,
        planned_minutes=10,
        planned_load=lb("30"),
        sled_id=SLED.id,
        log=SessionLog(minutes=20, load=lb("50"), rpe=8, pain_during=6, pain_next_morning=4),
    )


def test_a_log_on_a_session_not_done_counts_for_nothing() -> None:
    odd = carrying_a_log(MONDAY)
    figures = metrics.session_metrics(odd, SLED.mass)
    assert figures.done is False and figures.srpe is None
    assert figures.dragged_kg == pytest.approx(50 * 0.45359237)  # the plan: 20 lb sled + 30 lb
    (week,) = metrics.weekly([odd])
    assert (week.minutes_done, week.minutes_planned, week.sessions_done) == (0, 10, 0)
    assert compliance_rules.compliance(odd, MONDAY + timedelta(days=1)) is (
        compliance_rules.Compliance.RED
    )
    assert compliance_rules.compliance(odd, MONDAY) is compliance_rules.Compliance.PLANNED


def test_weekly_adherence_counts_the_done_sessions() -> None:
    week = [
        drag(MONDAY),
        drag(MONDAY + timedelta(days=2)),
        drag(MONDAY + timedelta(days=4), status=SessionStatus.SKIPPED),
    ]
    assert compliance_rules.weekly_adherence(week, MONDAY) == (2, 3)


def test_figures_of_a_walk_still_name_the_session() -> None:
    walk = Session(MONDAY, activity="backward_walk", planned_minutes=10).done(
        SessionLog(minutes=10, rpe=4)
    )
    figures = metrics.session_metrics(walk, SLED.mass)
    assert (figures.session_id, figures.day, figures.done) == (walk.id, MONDAY, True)
    assert figures.force_n is None and figures.srpe == 40


def test_a_one_minute_drag_has_its_power() -> None:
    session = done(MONDAY, "55", planned="55", distance="60")
    quick = session.with_changes(log=SessionLog(minutes=1, load=lb("55"), distance_m=Decimal(60)))
    figures = metrics.session_metrics(quick, SLED.mass)
    assert figures.day == MONDAY
    assert figures.work_kj is not None and figures.mean_power_w is not None
    # P = W / t: the work in joules over 60 seconds.
    assert figures.mean_power_w == pytest.approx(figures.work_kj * 1000 / 60)


def test_daily_series_ignore_sessions_outside_the_range() -> None:
    first, last = MONDAY, MONDAY + timedelta(days=6)
    sessions = [
        drag(MONDAY + timedelta(days=2), status=SessionStatus.PLANNED),
        drag(first - timedelta(days=1), pain=9, morning=9),
        drag(last + timedelta(days=1), pain=8, morning=8),
        drag(MONDAY + timedelta(days=3), pain=4, morning=3),
    ]
    assert metrics.daily_loads(sessions, first, last) == [0, 0, 0, 50, 0, 0, 0]
    during, morning = metrics.pain_series(sessions, first, last)
    assert during == [None, None, None, 4, None, None, None]
    assert morning == [None, None, None, 3, None, None, None]


def test_load_model_errors_name_the_bad_day_or_window() -> None:
    with pytest.raises(ValueError, match=r"^daily load 1 must be a finite number of 0 or more"):
        load_model.monotony([0.0, -1.0, 5.0])
    with pytest.raises(ValueError, match="the weight must be above 0 and at most 1"):
        load_model.ewma([1.0], 1.5)
    with pytest.raises(ValueError, match="^the acute window must be a whole number of days"):
        load_model.acwr_ewma([1.0], acute=7.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="^the chronic window must be a whole number of days"):
        load_model.acwr_ewma([1.0], chronic=0)
    with pytest.raises(ValueError, match="^the fitness time constant must be a whole number"):
        load_model.fitness_fatigue([1.0], ctl_days=0)
    with pytest.raises(ValueError, match="^the fatigue time constant must be a whole number"):
        load_model.fitness_fatigue([1.0], atl_days=0)


# ================================================================== chart data
def test_chart_x_positions_are_seconds_since_1970() -> None:
    assert day_seconds(date(1970, 1, 1)) == 0.0
    assert day_seconds(date(1970, 1, 2)) == 86_400.0
    assert day_seconds(MONDAY) == 1_767_571_200.0  # 2026-01-05T00:00:00Z


def test_points_leave_out_the_missing_values() -> None:
    days = (MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2))
    series = Series("load", days, (10.0, None, 12.5))
    assert series.points() == ([day_seconds(days[0]), day_seconds(days[2])], [10.0, 12.5])
    assert series.x == [day_seconds(day) for day in days]


def test_a_series_with_a_value_per_day_missing_is_refused() -> None:
    broken = Series("load", (MONDAY, MONDAY + timedelta(days=1)), (10.0,))
    with pytest.raises(ValueError):
        broken.points()
    with pytest.raises(ValueError):
        ChartData("load", "Load", (Panel("lb", (broken,)),)).csv_rows()


def test_csv_leaves_a_cell_empty_where_a_series_has_fewer_values_that_day() -> None:
    per_session = Series("work per session", (MONDAY, MONDAY), (1.5, 2.25), column="work_kJ")
    per_week = Series("work per week", (MONDAY,), (3.75,), column="weekly_work_kJ")
    data = ChartData("force", "Drag force and work", (Panel("kJ", (per_week, per_session)),))
    assert data.csv_rows() == [
        ["date", "weekly_work_kJ", "work_kJ"],
        [MONDAY.isoformat(), "3.75", "1.5"],
        [MONDAY.isoformat(), "", "2.25"],
    ]


# ---------------------------------------------------------------------------- empty ranges
def test_a_range_ending_now_reaches_the_last_session(services: Services, clock: Clock) -> None:
    today = clock.day
    assert services.progress.range_end() == today
    services.schedule.add(drag(today - timedelta(days=5)))
    assert services.progress.range_end() == today
    services.schedule.add(drag(today + timedelta(days=9), status=SessionStatus.PLANNED))
    assert services.progress.range_end() == today + timedelta(days=9)


def test_an_empty_range_points_to_the_nearest_sessions(services: Services) -> None:
    services.schedule.add_many(
        [drag(MONDAY - timedelta(days=30)), drag(MONDAY - timedelta(days=20), pain=None)]
    )
    services.schedule.add(drag(MONDAY + timedelta(days=40), status=SessionStatus.PLANNED))
    first, last = MONDAY, MONDAY + timedelta(days=6)
    data = services.progress.chart("pain", first, last)
    assert data.outside_range
    assert data.empty_message == (
        "No sessions between 2026-01-05 and 2026-01-11. Your last was on 2025-12-16."
    )
    early = services.progress.chart("load", MONDAY - timedelta(days=60), MONDAY - timedelta(40))
    assert early.outside_range
    assert early.empty_message == (
        "No sessions between 2025-11-06 and 2025-11-26. Your next is on 2025-12-06."
    )


def test_a_range_with_sessions_keeps_its_own_empty_message(services: Services) -> None:
    services.schedule.add(drag(MONDAY, pain=None, morning=None))
    data = services.progress.chart("pain", MONDAY, MONDAY + timedelta(days=6))
    assert not data.outside_range
    assert data.empty_message == "Log knee pain with a session to see how your knees respond."


def test_the_spend_chart_never_points_elsewhere(services: Services) -> None:
    services.schedule.add(drag(MONDAY - timedelta(days=30)))
    data = services.progress.chart("spend", MONDAY, MONDAY + timedelta(days=6))
    assert not data.outside_range
    assert data.empty_message == (
        "Enter prices and purchase dates for your gear to see what it has cost."
    )
    with_data = services.progress.chart("load", MONDAY - timedelta(days=30), MONDAY)
    assert not with_data.is_empty and not with_data.outside_range
