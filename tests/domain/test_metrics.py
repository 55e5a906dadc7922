"""Tests for sledplanner.domain.metrics and load_model: DOMAIN.md §5 vectors, edges, properties."""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.load_model import (
    MONOTONY_CAP,
    acwr_ewma,
    acwr_rolling,
    ewma,
    fitness_fatigue,
    monotony,
)
from sledplanner.domain.metrics import (
    cost_per_session,
    cumulative_spend,
    daily_loads,
    pain_series,
    session_metrics,
    weekly,
)
from sledplanner.domain.money import Money
from sledplanner.domain.sessions import Activity, Session, SessionLog, SessionStatus
from sledplanner.domain.surfaces import drag_force
from sledplanner.domain.units import Mass

MONDAY = date(2025, 1, 6)
SLED = Mass.of(20, "lb")
BELLS = Mass.of(55, "lb")
WEEK_A = [50.0, 0.0, 50.0, 0.0, 50.0, 0.0, 0.0]  # 3 × (RPE 5 × 10 min) = 150 AU
WEEK_B = [60.0, 60.0, 60.0, 0.0, 60.0, 60.0, 0.0]  # 5 × 60 = 300 AU
DOMAIN_LOADS = WEEK_A * 4 + WEEK_B


def lb(value: int | str) -> Mass:
    return Mass.of(value, "lb")


def done(
    day: date = MONDAY,
    *,
    rpe: int | None = 5,
    minutes: int = 10,
    planned_minutes: int = 10,
    **log: Any,
) -> Session:
    session = Session(day=day, planned_minutes=planned_minutes)
    return session.done(SessionLog(minutes=minutes, rpe=rpe, **log))


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def item(price: str | None, on: date | None, **fields: Any) -> GearItem:
    fields.setdefault("kind", GearKind.KETTLEBELL)
    return GearItem(
        name="bell",
        mass=Mass.of(16, "kg"),
        unit_price=Money.of(*price.split()) if price else None,
        purchased_on=on,
        **fields,
    )


# ---------------------------------------------------------------------------- sRPE and sessions
def test_srpe_is_rpe_times_minutes_and_three_sessions_make_150_a_week() -> None:
    sessions = [done(day(0)), done(day(2)), done(day(4))]
    assert [session_metrics(s, None).srpe for s in sessions] == [50, 50, 50]
    (week,) = weekly(sessions)
    assert week.srpe_total == 150
    assert daily_loads(sessions, day(0), day(6)) == WEEK_A


def test_drag_force_vector_20_lb_sled_55_lb_load_pooled_surface() -> None:
    session = Session(day=MONDAY, planned_load=BELLS).done(SessionLog(minutes=10, load=BELLS))
    figures = session_metrics(session, SLED)
    assert figures.mu == Decimal("0.33")  # no surface anywhere: the pooled μ
    assert figures.dragged_kg is not None and figures.force_n is not None
    assert round(figures.dragged_kg, 3) == 34.019
    assert round(figures.force_n, 1) == 110.1
    assert round(figures.force_n / 4.448222, 2) == 24.75  # lbf
    exact = drag_force(SLED, BELLS, Decimal("0.33")).newtons
    assert figures.force_n == pytest.approx(float(exact), rel=1e-12)
    assert figures.work_kj is None and figures.mean_power_w is None  # no distance


def test_work_and_mean_power_vector_grass_300_m_in_10_minutes() -> None:
    log = SessionLog(minutes=10, load=BELLS, distance_m=Decimal(300), surface="grass", rpe=5)
    figures = session_metrics(Session(day=MONDAY).done(log), SLED)
    assert figures.mu == Decimal("0.40")
    assert figures.force_n is not None and figures.work_kj is not None
    assert figures.mean_power_w is not None
    assert round(figures.force_n, 1) == 133.4
    assert round(figures.work_kj, 1) == 40.0
    assert round(figures.mean_power_w) == 67
    assert figures.mean_power_w == pytest.approx(figures.work_kj * 1000 / 600)
    assert figures.srpe == 50 and figures.done


def test_surface_precedence_logged_then_planned_then_pooled() -> None:
    planned = Session(day=MONDAY, surface="concrete", planned_load=BELLS)
    assert session_metrics(planned, SLED).mu == Decimal("0.45")
    logged_elsewhere = planned.done(SessionLog(minutes=10, surface="rubber"))
    assert session_metrics(logged_elsewhere, SLED).mu == Decimal("0.60")
    logged_without = planned.done(SessionLog(minutes=10))
    assert session_metrics(logged_without, SLED).mu == Decimal("0.45")
    nowhere = Session(day=MONDAY, planned_load=BELLS)
    assert session_metrics(nowhere, SLED).mu == Decimal("0.33")


def test_planned_session_uses_its_plan_and_has_no_srpe() -> None:
    session = Session(
        day=MONDAY, planned_load=lb(35), planned_distance_m=Decimal(200), planned_minutes=8
    )
    figures = session_metrics(session, SLED)
    assert not figures.done and figures.srpe is None
    assert figures.dragged_kg == pytest.approx(55 * 0.45359237)
    assert figures.work_kj is not None and figures.mean_power_w is not None
    assert figures.mean_power_w == pytest.approx(figures.work_kj * 1000 / (8 * 60))


def test_done_load_is_logged_else_planned() -> None:
    planned = Session(day=MONDAY, planned_load=lb(35))
    heavier = session_metrics(planned.done(SessionLog(minutes=10, load=lb(45))), SLED)
    as_planned = session_metrics(planned.done(SessionLog(minutes=10)), SLED)
    assert heavier.dragged_kg == pytest.approx(65 * 0.45359237)
    assert as_planned.dragged_kg == pytest.approx(55 * 0.45359237)


def test_skipped_session_is_judged_on_its_plan_without_srpe() -> None:
    figures = session_metrics(Session(day=MONDAY, planned_load=BELLS).skipped(), SLED)
    assert not figures.done and figures.srpe is None and figures.force_n is not None


def test_backward_walk_has_no_sled_force_work_or_power() -> None:
    walk = Session(day=MONDAY, activity=Activity.BACKWARD_WALK).done(
        SessionLog(minutes=10, distance_m=Decimal(300), rpe=3)
    )
    figures = session_metrics(walk, SLED)
    assert (figures.dragged_kg, figures.mu, figures.force_n, figures.work_kj) == (
        None,
        None,
        None,
        None,
    )
    assert figures.mean_power_w is None
    assert figures.srpe == 30


def test_unknown_sled_mass() -> None:
    nothing = Session(day=MONDAY)
    assert session_metrics(nothing, None).force_n is None
    load_only = session_metrics(Session(day=MONDAY, planned_load=Mass.of(10, "kg")), None)
    assert load_only.dragged_kg == 10  # the sled counts as 0: a lower bound
    assert load_only.force_n == pytest.approx(0.33 * 10 * 9.80665)
    empty_sled = session_metrics(Session(day=MONDAY), Mass.of(15, "kg"))
    assert empty_sled.dragged_kg == 15


def test_zero_minutes_gives_work_but_no_power() -> None:
    log = SessionLog(minutes=0, distance_m=Decimal(10))
    figures = session_metrics(Session(day=MONDAY, planned_load=BELLS).done(log), SLED)
    assert figures.work_kj is not None and figures.mean_power_w is None


# ---------------------------------------------------------------------------- daily series
def test_daily_loads_edges() -> None:
    sessions = [
        done(day(0)),
        done(day(0), rpe=7, minutes=20),  # two sessions on one day add up
        done(day(1), rpe=None),  # no RPE: no load
        Session(day=day(2)),  # planned
        Session(day=day(3)).skipped(),
        done(day(9)),  # outside the range
        Session(day=day(4), status=SessionStatus.PLANNED, log=SessionLog(minutes=10, rpe=9)),
    ]
    assert daily_loads(sessions, day(0), day(4)) == [190.0, 0.0, 0.0, 0.0, 0.0]
    assert daily_loads([], day(0), day(2)) == [0.0, 0.0, 0.0]
    assert daily_loads(sessions, day(4), day(0)) == []
    assert daily_loads(sessions, day(9), day(9)) == [50.0]


def test_pain_series_keeps_the_worse_value_per_day() -> None:
    sessions = [
        done(day(0), pain_during=4),
        done(day(0), pain_during=2, pain_next_morning=1),
        done(day(2), pain_next_morning=3),
        Session(day=day(1)).skipped(),
    ]
    during, morning = pain_series(sessions, day(0), day(3))
    assert during == [4, None, None, None]
    assert morning == [1, None, 3, None]
    assert pain_series([], day(1), day(0)) == ([], [])


# ---------------------------------------------------------------------------- weeks
def test_monotony_and_strain_vector() -> None:
    sessions = [done(day(0)), done(day(2)), done(day(4))]
    (week,) = weekly(sessions)
    assert week.monotony is not None
    assert round(week.monotony, 3) == 0.866
    assert round(week.strain, 1) == 129.9
    assert monotony(WEEK_A) == pytest.approx(
        (150 / 7) / math.sqrt(sum((x - 150 / 7) ** 2 for x in WEEK_A) / 7)
    )


def test_monotony_zero_sd_is_clamped() -> None:
    assert monotony([0.0] * 7) is None  # nothing to judge
    assert monotony([50.0] * 7) == MONOTONY_CAP  # the same load every day
    assert monotony([0.1] * 7) == MONOTONY_CAP  # float rounding must not matter
    assert monotony([100.0] * 6 + [99.0]) == MONOTONY_CAP  # a huge ratio is capped too
    assert monotony([]) is None
    assert monotony([50.0, 0, 0, 0, 0, 0, 0]) == pytest.approx(0.4082, abs=1e-4)


def test_weekly_with_constant_daily_load_uses_the_cap() -> None:
    weeks = weekly([done(day(i)) for i in range(7)])
    assert weeks[0].monotony == MONOTONY_CAP
    assert weeks[0].strain == 350 * MONOTONY_CAP


def test_weekly_no_sessions() -> None:
    assert weekly([]) == []


def test_weekly_one_session() -> None:
    (week,) = weekly([done(day(3), minutes=12)])
    assert week.week_start == MONDAY
    assert (week.minutes_done, week.minutes_planned) == (12, 10)
    assert (week.sessions_done, week.sessions_planned, week.adherence) == (1, 1, 1.0)
    assert week.srpe_total == 60


def test_weekly_covers_gaps_and_counts_plans() -> None:
    sessions = [
        done(day(0)),
        Session(day=day(2), planned_minutes=15).skipped(),
        Session(day=day(4), planned_minutes=20),
        Session(day=day(22)),  # week 4; weeks 2 and 3 are empty
    ]
    weeks = weekly(sessions)
    assert [w.week_start for w in weeks] == [day(0), day(7), day(14), day(21)]
    first, gap, _, last = weeks
    assert (first.sessions_done, first.sessions_planned) == (1, 3)
    assert first.adherence == pytest.approx(1 / 3)
    assert (first.minutes_done, first.minutes_planned) == (10, 45)
    assert first.srpe_total == 50  # skipped and planned sessions carry no load
    assert gap.adherence is None and gap.monotony is None and gap.strain == 0
    assert gap.sessions_planned == 0 and gap.srpe_total == 0
    assert last.adherence == 0.0 and last.monotony is None


def test_weekly_first_weekday() -> None:
    sessions = [done(day(0)), done(day(6))]  # Monday and Sunday
    assert [w.week_start for w in weekly(sessions)] == [MONDAY]
    sunday_weeks = weekly(sessions, first_weekday=6)
    assert [w.week_start for w in sunday_weeks] == [day(-1), day(6)]
    assert [w.srpe_total for w in sunday_weeks] == [50, 50]
    with pytest.raises(ValueError, match="first_weekday"):
        weekly(sessions, first_weekday=7)


def test_weekly_unordered_input_and_several_on_one_day() -> None:
    weeks = weekly([done(day(8)), done(day(1)), done(day(1), rpe=2)])
    assert [w.srpe_total for w in weeks] == [70, 50]
    assert [w.sessions_done for w in weeks] == [2, 1]


# ---------------------------------------------------------------------------- ACWR
def test_acwr_ewma_vector() -> None:
    acute, chronic, ratio = acwr_ewma(DOMAIN_LOADS)
    assert len(acute) == len(chronic) == len(ratio) == 35
    assert (round(acute[27], 3), round(chronic[27], 3)) == (15.257, 23.956)
    assert ratio[27] is not None and round(ratio[27], 3) == 0.637
    assert (round(acute[34], 3), round(chronic[34], 3)) == (32.699, 30.665)
    assert ratio[34] is not None and round(ratio[34], 3) == 1.066


def test_acwr_ewma_is_seeded_with_day_one_and_uses_lambda() -> None:
    acute, chronic, ratio = acwr_ewma([40.0, 0.0])
    assert acute[0] == chronic[0] == 40.0 and ratio[0] == 1.0
    assert acute[1] == 30.0  # λ = 0.25
    assert chronic[1] == pytest.approx(40 * 27 / 29)  # λ = 2/29
    assert acwr_ewma([]) == ([], [], [])


def test_ewma_with_weight_one_is_the_load_itself_despite_float_rounding() -> None:
    # v + 1 · (load − v) rounds past the load for these pairs; the clamp keeps it exact.
    loads = [0.0009046272840258496, 32.76387604542007, 13.436424411240122, 0.0008474337369372327]
    assert ewma(loads, 1.0) == loads
    acute, _, _ = acwr_ewma(loads, acute=1)
    assert acute == loads


def test_acwr_ewma_ratio_none_while_chronic_is_zero() -> None:
    _, _, ratio = acwr_ewma([0.0, 0.0, 10.0])
    assert ratio[:2] == [None, None] and ratio[2] is not None


def test_acwr_rolling_vector_coupled_and_uncoupled() -> None:
    acute, chronic, ratio = acwr_rolling(DOMAIN_LOADS, coupled=True)
    assert acute[34] == pytest.approx(300 / 7)
    assert chronic[34] == pytest.approx(750 / 28)
    assert ratio[34] is not None and round(ratio[34], 2) == 1.60
    acute_u, chronic_u, ratio_u = acwr_rolling(DOMAIN_LOADS, coupled=False)
    assert acute_u == acute
    assert chronic_u[34] == pytest.approx(450 / 21)
    assert ratio_u[34] is not None and round(ratio_u[34], 2) == 2.00
    # End of week 4, steady 150 a week: both forms give 1.
    assert ratio[27] == pytest.approx(1.0) and ratio_u[27] == pytest.approx(1.0)


def test_acwr_rolling_needs_whole_windows() -> None:
    acute, chronic, ratio = acwr_rolling(DOMAIN_LOADS, coupled=False)
    assert acute[:6] == [None] * 6 and acute[6] == pytest.approx(150 / 7)
    assert chronic[:27] == [None] * 27 and chronic[27] is not None
    assert ratio[:27] == [None] * 27
    assert acwr_rolling([10.0] * 3, coupled=True) == ([None] * 3, [None] * 3, [None] * 3)
    assert acwr_rolling([], coupled=True) == ([], [], [])


def test_acwr_rolling_chronic_zero_gives_no_ratio() -> None:
    loads = [0.1] * 7 + [0.0] * 21 + [0.3] * 7
    _, chronic, ratio = acwr_rolling(loads, coupled=False)
    assert chronic[27] == pytest.approx(0.7 / 21)
    assert chronic[34] == 0.0 and ratio[34] is None  # exactly 0, no rounding leftover


@pytest.mark.parametrize("bad", [-1.0, math.nan, math.inf])
def test_bad_loads_are_refused(bad: float) -> None:
    for model in (acwr_ewma, fitness_fatigue, monotony):
        with pytest.raises(ValueError, match="daily load 1"):
            model([1.0, bad])
    with pytest.raises(ValueError, match="daily load 1"):
        acwr_rolling([1.0, bad], coupled=True)


def test_bad_windows_are_refused() -> None:
    with pytest.raises(ValueError, match="acute"):
        acwr_ewma([1.0], acute=0)
    with pytest.raises(ValueError, match="fitness"):
        fitness_fatigue([1.0], ctl_days=0)
    with pytest.raises(ValueError, match="weight"):
        ewma([1.0], 0.0)


# ---------------------------------------------------------------------------- fitness / fatigue
def test_fitness_fatigue_vector() -> None:
    ctl, atl, form = fitness_fatigue([100.0] * 42)
    assert (round(ctl[6], 3), round(atl[6], 3)) == (15.352, 63.212)  # "day 7"
    assert (round(ctl[41], 3), round(atl[41], 3)) == (63.212, 99.752)  # "day 42"
    assert ctl[0] == pytest.approx(100 * (1 - math.exp(-1 / 42)))


def test_form_is_shown_the_next_day() -> None:
    ctl, atl, form = fitness_fatigue([100.0, 0.0, 50.0])
    assert form[0] == 0.0
    assert form[1] == pytest.approx(ctl[0] - atl[0])
    assert form[2] == pytest.approx(ctl[1] - atl[1])
    assert form[1] < 0  # a hard first day leaves you fatigued the next
    assert fitness_fatigue([]) == ([], [], [])


# ---------------------------------------------------------------------------- gear spend
def test_cumulative_spend() -> None:
    items = [
        item("100 USD", date(2025, 3, 1)),
        item("80 USD", date(2025, 1, 10), quantity=2),  # 160
        item("20 USD", date(2025, 3, 1), status=GearStatus.RETIRED),
        item("999 USD", date(2025, 2, 1), status=GearStatus.WISHLIST),
        item("50 EUR", date(2025, 2, 1)),
        item("30 usd", None),
        item(None, date(2025, 2, 1)),
        item(None, None, status=GearStatus.RETIRED),
    ]
    spend = cumulative_spend(items, "usd")
    assert spend.points == [
        (date(2025, 1, 10), Money.of(160, "USD")),
        (date(2025, 3, 1), Money.of(280, "USD")),
    ]
    assert spend.undated == Money.of(30, "USD")
    assert spend.unpriced == 2
    assert spend.dated_total == Money.of(280, "USD")
    empty = cumulative_spend([], "EUR")
    assert (empty.points, empty.undated, empty.dated_total) == (
        [],
        Money.zero("EUR"),
        Money.zero("EUR"),
    )


def test_cost_per_session() -> None:
    items = [
        item("180 USD", date(2025, 1, 1)),
        item("60 USD", date(2025, 2, 1)),
        item("40 USD", None),
    ]
    sessions = [done(date(2025, 1, 6)), done(date(2025, 1, 8)), done(date(2025, 2, 3))]
    sessions += [Session(day=date(2025, 1, 10)).skipped(), Session(day=date(2025, 1, 13))]
    on = date(2025, 1, 31)
    assert cost_per_session(items, sessions, "USD", on) == Money.of(90, "USD")
    assert cost_per_session(items, sessions, "USD", on, include_undated=True) == Money.of(
        110, "USD"
    )
    assert cost_per_session(items, sessions, "USD", date(2025, 2, 3)) == Money.of(80, "USD")
    # A purchase on the day itself counts: 240 over the 2 sessions done by then.
    assert cost_per_session(items, sessions, "USD", date(2025, 2, 1)) == Money.of(120, "USD")
    assert cost_per_session(items, sessions, "USD", date(2025, 1, 5)) is None
    assert cost_per_session([], sessions, "USD", on) == Money.zero("USD")
    assert cost_per_session(items, [], "USD", on) is None


# ---------------------------------------------------------------------------- properties
loads_st = st.lists(
    st.floats(min_value=0, max_value=6000, allow_nan=False, allow_infinity=False),
    min_size=1,
    max_size=80,
)


@given(loads_st, st.integers(min_value=1, max_value=60))
def test_ewma_stays_between_min_and_max_of_the_loads(loads: list[float], days: int) -> None:
    acute, chronic, ratio = acwr_ewma(loads, acute=days, chronic=days * 4)
    low, high = min(loads), max(loads)
    assert all(low <= value <= high for value in acute + chronic)
    assert all(r is None or r >= 0 for r in ratio)


@given(loads_st)
def test_ctl_and_atl_stay_between_zero_and_the_highest_load(loads: list[float]) -> None:
    ctl, atl, form = fitness_fatigue(loads)
    high = max(loads)
    assert all(0 <= value <= high for value in ctl + atl)
    assert all(-high <= value <= high for value in form)


@given(st.lists(st.integers(min_value=0, max_value=600), min_size=28, max_size=70))
def test_rolling_ratio_is_the_ratio_of_week_sums(loads: list[int]) -> None:
    floats = [float(x) for x in loads]
    _, _, coupled = acwr_rolling(floats, coupled=True)
    _, _, uncoupled = acwr_rolling(floats, coupled=False)
    end = len(loads)
    week, month, before = sum(loads[-7:]), sum(loads[-28:]), sum(loads[-28:-7])
    assert coupled[end - 1] == (pytest.approx(week / (month / 4)) if month else None)
    assert uncoupled[end - 1] == (pytest.approx(week / (before / 3)) if before else None)


dated_items = st.lists(
    st.builds(
        item,
        st.builds(
            lambda cents, code: f"{Decimal(cents).scaleb(-2)} {code}",
            st.integers(min_value=0, max_value=500_000),
            st.sampled_from(["USD", "EUR"]),
        ),
        st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2026, 12, 31))),
        status=st.sampled_from(list(GearStatus)),
        quantity=st.integers(min_value=1, max_value=5),
    ),
    max_size=15,
)


@given(dated_items)
def test_cumulative_spend_is_non_decreasing_and_ends_at_the_dated_sum(
    items: list[GearItem],
) -> None:
    spend = cumulative_spend(items, "USD")
    totals = [total for _, total in spend.points]
    assert all(a <= b for a, b in zip(totals, totals[1:], strict=False))
    days = [on for on, _ in spend.points]
    assert days == sorted(set(days))
    bought = [
        i
        for i in items
        if i.status is not GearStatus.WISHLIST
        and i.unit_price is not None
        and i.unit_price.currency == "USD"
    ]
    dated = sum((i.unit_price * i.quantity for i in bought if i.purchased_on), Money.zero("USD"))
    undated = sum(
        (i.unit_price * i.quantity for i in bought if not i.purchased_on), Money.zero("USD")
    )
    assert spend.dated_total == dated
    assert spend.undated == undated


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=40),
            st.integers(min_value=0, max_value=10),
            st.sampled_from(list(SessionStatus)),
        ),
        max_size=30,
    )
)
def test_daily_and_weekly_loads_add_up_to_the_done_srpe(
    rows: list[tuple[int, int, SessionStatus]],
) -> None:
    sessions = []
    for offset, rpe, status in rows:
        session = done(day(offset), rpe=rpe)
        if status is SessionStatus.SKIPPED:
            session = session.skipped()
        elif status is SessionStatus.PLANNED:
            session = session.reopened()
        sessions.append(session)
    expected = sum(s.srpe or 0 for s in sessions if s.status is SessionStatus.DONE)
    assert sum(daily_loads(sessions, day(0), day(40))) == expected
    weeks = weekly(sessions)
    assert sum(w.srpe_total for w in weeks) == expected
    assert sum(w.sessions_planned for w in weeks) == len(sessions)
    for w in weeks:
        assert w.adherence is None or 0 <= w.adherence <= 1


# ---------------------------------------------------------------------------- ten years
def test_ten_years_compute_to_series_covering_every_day() -> None:
    sessions = []
    for week in range(520):
        for weekday in (0, 2, 4):
            session = Session(
                day=day(7 * week + weekday), planned_load=BELLS, surface="grass", sled_id="r2"
            )
            if (week + weekday) % 5:
                log = SessionLog(
                    minutes=10,
                    load=lb(50 + week % 7),
                    distance_m=Decimal(300),
                    rpe=5,
                    pain_during=2,
                    pain_next_morning=1,
                )
                session = session.done(log)
            sessions.append(session)
    first, last = sessions[0].day, sessions[-1].day

    def everything() -> None:
        for session in sessions:
            session_metrics(session, SLED)
        loads = daily_loads(sessions, first, last)
        weekly(sessions)
        acwr_ewma(loads)
        acwr_rolling(loads, coupled=True)
        acwr_rolling(loads, coupled=False)
        fitness_fatigue(loads)
        pain_series(sessions, first, last)

    # Speed is measured in benchmarks/bench_metrics.py; here the ten years must simply compute
    # to series that cover every day.
    everything()
    loads = daily_loads(sessions, first, last)
    assert len(loads) == (last - first).days + 1
    assert len(fitness_fatigue(loads)[0]) == len(loads)
