"""Tests for sledplanner.domain.progression: pain zones, settings, decisions, two-week rises."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.progression import (
    Decision,
    PainZones,
    ProgressionSettings,
    decide_next_load,
    explain,
    load_grid,
    two_week_rise_warning,
)
from sledplanner.domain.sessions import Session, SessionLog, SessionStatus
from sledplanner.domain.units import Mass, MassUnit

FIRST_DAY = date(2026, 3, 2)
DEFAULTS = ProgressionSettings()
FIVE_LB = Mass.of("5", "lb")
TWO_AND_A_HALF_KG = Mass.of("2.5", "kg")
#: 55 lb written in kilograms, exactly (55 × 0.45359237).
FIFTY_FIVE_LB_IN_KG = Mass.of("24.94758035", "kg")


def lb(value: str) -> Mass:
    return Mass.of(value, "lb")


def kg(value: str) -> Mass:
    return Mass.of(value, "kg")


def done(
    index: int,
    load: Mass | None,
    during: int | None,
    morning: int | None,
    *,
    planned: Mass | None = None,
) -> Session:
    """A done session, ``index`` sessions (two days apart) after the first day."""
    return Session(
        day=FIRST_DAY + timedelta(days=2 * index),
        planned_load=planned if planned is not None else load,
        status=SessionStatus.DONE,
        log=SessionLog(minutes=10, load=load, pain_during=during, pain_next_morning=morning),
    )


def series(load: Mass, *pains: tuple[int | None, int | None]) -> list[Session]:
    """Done sessions at one load, with (pain during, next-morning pain) each."""
    return [done(i, load, during, morning) for i, (during, morning) in enumerate(pains)]


def decide(history: list[Session], current: Mass, step: Mass = FIVE_LB, **kw: Any) -> Decision:
    settings = kw.pop("settings", DEFAULTS)
    return decide_next_load(history, current, step, settings, **kw)


# ---------------------------------------------------------------------------- pain zones
class TestPainZones:
    @pytest.mark.parametrize(
        ("pain", "zone"),
        [(0, "safe"), (2, "safe"), (3, "acceptable"), (5, "acceptable"), (6, "too much")],
    )
    def test_default_zones_follow_silbernagel(self, pain: int, zone: str) -> None:
        assert PainZones().zone(pain) == zone

    def test_ten_is_too_much(self) -> None:
        assert PainZones().zone(10) == "too much"

    def test_custom_zones(self) -> None:
        zones = PainZones(safe_max=0, acceptable_max=3)
        assert [zones.zone(p) for p in (0, 1, 3, 4)] == [
            "safe",
            "acceptable",
            "acceptable",
            "too much",
        ]

    @pytest.mark.parametrize(
        ("safe", "acceptable"),
        [(2, 2), (5, 3), (-1, 5), (2, 10), (True, 5), (2, "5"), (2.0, 5)],
    )
    def test_bad_zones_are_refused(self, safe: Any, acceptable: Any) -> None:
        with pytest.raises(ValidationError) as caught:
            PainZones(safe_max=safe, acceptable_max=acceptable)
        assert caught.value.field == "pain zones"

    def test_widest_zones_allowed(self) -> None:
        zones = PainZones(safe_max=0, acceptable_max=9)
        assert zones.zone(9) == "acceptable"
        assert zones.zone(10) == "too much"

    @pytest.mark.parametrize("pain", [-1, 11, True, 2.0, None])
    def test_bad_pain_is_refused(self, pain: Any) -> None:
        with pytest.raises(ValidationError) as caught:
            PainZones().zone(pain)
        assert caught.value.field == "pain"

    def test_round_trip(self) -> None:
        zones = PainZones(safe_max=1, acceptable_max=4)
        assert zones.to_dict() == {"safe_max": 1, "acceptable_max": 4}
        assert PainZones.from_dict(zones.to_dict()) == zones

    def test_from_dict_fills_defaults_and_checks(self) -> None:
        assert PainZones.from_dict({"acceptable_max": 6}) == PainZones(2, 6)
        with pytest.raises(ValidationError, match="pain zones"):
            PainZones.from_dict({"safe_max": 7})
        with pytest.raises(ValidationError, match="pain zones"):
            PainZones.from_dict([2, 5])  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- settings
class TestSettings:
    def test_defaults(self) -> None:
        assert DEFAULTS.zones == PainZones(2, 5)
        assert DEFAULTS.weekly_cap_percent == Decimal(10)
        assert DEFAULTS.reduction_percent == Decimal(10)
        assert DEFAULTS.sessions_to_progress == 2

    @pytest.mark.parametrize("cap", [Decimal(5), Decimal(20), 7, "12.5"])
    def test_cap_range_is_inclusive(self, cap: Any) -> None:
        assert ProgressionSettings(weekly_cap_percent=cap).weekly_cap_percent == Decimal(str(cap))

    @pytest.mark.parametrize("cap", [Decimal("4.9"), Decimal("20.01"), 0, "ten", 10.0, True])
    def test_bad_cap_is_refused(self, cap: Any) -> None:
        with pytest.raises(ValidationError) as caught:
            ProgressionSettings(weekly_cap_percent=cap)
        assert caught.value.field == "weekly cap"

    @pytest.mark.parametrize("cut", [Decimal(10), Decimal(20), "15"])
    def test_reduction_range_is_inclusive(self, cut: Any) -> None:
        assert ProgressionSettings(reduction_percent=cut).reduction_percent == Decimal(str(cut))

    @pytest.mark.parametrize("cut", [Decimal("9.99"), 21, Decimal("NaN")])
    def test_bad_reduction_is_refused(self, cut: Any) -> None:
        with pytest.raises(ValidationError) as caught:
            ProgressionSettings(reduction_percent=cut)
        assert caught.value.field == "reduction"

    @pytest.mark.parametrize("count", [1, 11, True, "2", 2.0])
    def test_bad_session_count_is_refused(self, count: Any) -> None:
        with pytest.raises(ValidationError) as caught:
            ProgressionSettings(sessions_to_progress=count)
        assert caught.value.field == "sessions to progress"

    def test_zones_must_be_pain_zones(self) -> None:
        with pytest.raises(ValidationError) as caught:
            ProgressionSettings(zones={"safe_max": 2})  # type: ignore[arg-type]
        assert caught.value.field == "pain zones"

    def test_round_trip_keeps_exact_percentages(self) -> None:
        settings = ProgressionSettings(
            zones=PainZones(1, 4),
            weekly_cap_percent=Decimal("7.50"),
            reduction_percent=Decimal(15),
            sessions_to_progress=3,
        )
        data = settings.to_dict()
        assert data == {
            "zones": {"safe_max": 1, "acceptable_max": 4},
            "weekly_cap_percent": "7.50",
            "reduction_percent": "15",
            "sessions_to_progress": 3,
        }
        assert ProgressionSettings.from_dict(data) == settings

    def test_from_dict_fills_defaults_and_checks(self) -> None:
        assert ProgressionSettings.from_dict({}) == DEFAULTS
        assert ProgressionSettings.from_dict({"weekly_cap_percent": "5"}).weekly_cap_percent == 5
        with pytest.raises(ValidationError) as caught:
            ProgressionSettings.from_dict({"weekly_cap_percent": "30"})
        assert caught.value.field == "weekly cap"
        with pytest.raises(ValidationError):
            ProgressionSettings.from_dict("10")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- decision
class TestDecision:
    def test_changed(self) -> None:
        assert Decision("progress", lb("55"), lb("60"), "r").changed
        assert not Decision("hold", lb("55"), FIFTY_FIVE_LB_IN_KG, "r").changed

    @pytest.mark.parametrize(
        ("action", "proposed"), [("progress", "50"), ("reduce", "55"), ("hold", "60"), ("up", "60")]
    )
    def test_action_must_fit_the_loads(self, action: Any, proposed: str) -> None:
        with pytest.raises(ValidationError) as caught:
            Decision(action, lb("55"), lb(proposed), "r")
        assert caught.value.field == "action"

    def test_explain_is_the_reason(self) -> None:
        decision = decide([], lb("55"))
        assert explain(decision) == decision.reason == "held at 55 lb: no session logged yet"


# ---------------------------------------------------------------------------- rule 1
class TestNoSessionYet:
    def test_empty_history_holds(self) -> None:
        decision = decide([], lb("55"))
        assert (decision.action, decision.proposed) == ("hold", lb("55"))
        assert decision.reason == "held at 55 lb: no session logged yet"
        assert not decision.changed

    def test_planned_and_skipped_sessions_do_not_count(self) -> None:
        planned = Session(day=FIRST_DAY, planned_load=lb("55"))
        skipped = Session(day=FIRST_DAY, planned_load=lb("55"), status=SessionStatus.SKIPPED)
        assert decide([planned, skipped], lb("55")).reason == "held at 55 lb: no session logged yet"

    def test_load_is_written_exactly_without_trailing_zeros(self) -> None:
        assert decide([], kg("22.50")).reason == "held at 22.5 kg: no session logged yet"
        assert decide([], kg("22.125")).reason == "held at 22.125 kg: no session logged yet"


# ---------------------------------------------------------------------------- rule 2
class TestTooMuchPainDuring:
    def test_pain_six_reduces_by_ten_percent(self) -> None:
        decision = decide(series(lb("55"), (1, 1), (6, 1)), lb("55"))
        assert (decision.action, decision.proposed) == ("reduce", lb("49.5"))
        assert decision.reason == "reduced to 49.5 lb: pain during was 6, above the acceptable 5"
        assert decision.proposed.unit is MassUnit.LB

    def test_pain_five_is_acceptable_and_progresses(self) -> None:
        decision = decide(series(lb("55"), (5, 1), (5, 1)), lb("55"))
        assert decision.reason == "progressed to 60 lb: 2 settled sessions at 55 lb"

    def test_too_much_wins_over_missing_morning(self) -> None:
        decision = decide(series(lb("55"), (7, None)), lb("55"))
        assert decision.reason == "reduced to 49.5 lb: pain during was 7, above the acceptable 5"

    def test_twenty_percent_reduction(self) -> None:
        settings = ProgressionSettings(reduction_percent=Decimal(20))
        decision = decide(series(lb("55"), (8, 1)), lb("55"), settings=settings)
        assert decision.reason == "reduced to 44 lb: pain during was 8, above the acceptable 5"

    def test_one_step_back_when_the_step_is_larger(self) -> None:
        # 10 % of 20 lb is 2 lb, less than the 5 lb step.
        decision = decide(series(lb("20"), (7, 0)), lb("20"))
        assert decision.reason == "reduced to 15 lb: pain during was 7, above the acceptable 5"

    def test_percentage_is_rounded_down_to_the_grid(self) -> None:
        # 10 % of 57 lb leaves 51.3 lb; the grid for a 5 lb step is 0.5 lb, rounded down.
        decision = decide(series(lb("57"), (7, 0)), lb("57"))
        assert decision.proposed == lb("51")
        assert decision.reason == "reduced to 51 lb: pain during was 7, above the acceptable 5"

    def test_kg_load_on_a_quarter_kg_grid(self) -> None:
        # 10 % of 27.5 kg leaves 24.75 kg, already on the 0.25 kg grid of a 2.5 kg step.
        decision = decide(series(kg("27.5"), (6, 0)), kg("27.5"), TWO_AND_A_HALF_KG)
        assert decision.reason == "reduced to 24.75 kg: pain during was 6, above the acceptable 5"
        # 10 % of 33 kg leaves 29.7 kg, rounded down to 29.5 kg.
        decision = decide(series(kg("33"), (6, 0)), kg("33"), TWO_AND_A_HALF_KG)
        assert decision.proposed == kg("29.5")

    def test_never_below_zero(self) -> None:
        decision = decide(series(lb("3"), (9, 0)), lb("3"))
        assert (decision.action, decision.proposed) == ("reduce", lb("0"))
        assert decision.reason == "reduced to 0 lb: pain during was 9, above the acceptable 5"

    def test_empty_sled_holds(self) -> None:
        decision = decide(series(lb("0"), (7, 0)), lb("0"))
        assert decision.action == "hold"
        assert decision.reason == "held at 0 lb: pain during was 7, above the acceptable 5"

    def test_custom_zones_name_their_limit(self) -> None:
        settings = ProgressionSettings(zones=PainZones(1, 3))
        decision = decide(series(lb("55"), (4, 0)), lb("55"), settings=settings)
        assert decision.reason == "reduced to 49.5 lb: pain during was 4, above the acceptable 3"

    def test_steps_back_from_the_load_that_hurt(self) -> None:
        # The next session was already planned heavier (65 lb); it must go below the 55 lb
        # that hurt, not just below 65 lb.
        decision = decide(series(lb("55"), (7, 0)), lb("65"))
        assert decision.reason == "reduced to 49.5 lb: pain during was 7, above the acceptable 5"


# ---------------------------------------------------------------------------- rule 3
class TestNextMorning:
    def test_rise_reduces(self) -> None:
        decision = decide(series(lb("55"), (2, 1), (2, 3)), lb("55"))
        assert (decision.action, decision.proposed) == ("reduce", lb("49.5"))
        assert decision.reason == "reduced to 49.5 lb: next-morning pain rose from 1 to 3"

    def test_domain_example_phrasing(self) -> None:
        # The session that hurt was at 65 lb; 55 lb is already below 65 lb less 10 % (58.5 lb).
        history = series(lb("65"), (2, 1), (2, 3))
        decision = decide(history, lb("55"))
        assert (decision.action, decision.proposed) == ("hold", lb("55"))
        assert decision.reason == "held at 55 lb: next-morning pain rose from 1 to 3"

    def test_current_between_target_and_hurt_load_is_reduced(self) -> None:
        decision = decide(series(lb("65"), (2, 1), (2, 3)), lb("60"))
        assert decision.reason == "reduced to 58.5 lb: next-morning pain rose from 1 to 3"

    def test_not_logged_holds(self) -> None:
        decision = decide(series(lb("55"), (2, 1), (2, None)), lb("55"))
        assert decision.reason == "held at 55 lb: next-morning pain not logged yet"

    def test_equal_to_baseline_is_settled(self) -> None:
        decision = decide(series(lb("55"), (2, 2), (3, 2)), lb("55"))
        assert decision.reason == "progressed to 60 lb: 2 settled sessions at 55 lb"

    def test_below_baseline_is_settled(self) -> None:
        # Baseline 3 (the lowest earlier value); the latest morning, 1, is below it.
        decision = decide(series(lb("55"), (2, 3), (2, 3), (2, 1)), lb("55"))
        assert decision.reason == "progressed to 60 lb: 3 settled sessions at 55 lb"

    def test_baseline_is_the_lowest_earlier_value(self) -> None:
        decision = decide(series(lb("55"), (2, 2), (2, 0), (2, 2), (2, 1)), lb("55"))
        assert decision.reason == "reduced to 49.5 lb: next-morning pain rose from 0 to 1"

    def test_only_session_is_its_own_baseline(self) -> None:
        decision = decide(series(lb("55"), (2, 4)), lb("55"))
        assert decision.reason == "held at 55 lb: needs 2 settled sessions at this load, 1 so far"

    def test_no_earlier_value_means_no_rise(self) -> None:
        decision = decide(series(lb("55"), (2, None), (2, None), (2, 4)), lb("55"))
        assert decision.reason == "held at 55 lb: needs 2 settled sessions at this load, 1 so far"

    def test_kg_history_for_a_lb_load(self) -> None:
        history = series(kg("30"), (2, 1), (2, 3))
        decision = decide(history, lb("66"))
        # 30 kg = 66.139… lb; less 10 % = 59.525… lb, rounded down to 59.5 lb.
        assert decision.reason == "reduced to 59.5 lb: next-morning pain rose from 1 to 3"

    def test_unknown_load_steps_back_from_current(self) -> None:
        history = [done(0, None, 2, 1), done(1, None, 2, 3)]
        assert decide(history, lb("40")).reason == (
            "reduced to 35 lb: next-morning pain rose from 1 to 3"
        )


# ---------------------------------------------------------------------------- rule 4
class TestSettledSessions:
    def test_one_settled_session_holds(self) -> None:
        decision = decide(series(lb("55"), (2, 1)), lb("55"))
        assert (decision.action, decision.proposed) == ("hold", lb("55"))
        assert decision.reason == "held at 55 lb: needs 2 settled sessions at this load, 1 so far"

    def test_two_settled_sessions_progress(self) -> None:
        decision = decide(series(lb("55"), (2, 1), (3, 1)), lb("55"))
        assert (decision.action, decision.proposed) == ("progress", lb("60"))
        assert decision.changed

    def test_pain_during_not_logged_holds(self) -> None:
        decision = decide(series(lb("55"), (2, 1), (None, 1)), lb("55"))
        assert decision.reason == "held at 55 lb: pain during not logged yet"

    def test_sessions_at_another_load_do_not_count(self) -> None:
        history = [done(0, lb("50"), 1, 1), done(1, lb("55"), 1, 1)]
        assert decide(history, lb("55")).reason == (
            "held at 55 lb: needs 2 settled sessions at this load, 1 so far"
        )

    def test_latest_at_another_load_gives_none_so_far(self) -> None:
        decision = decide(series(lb("50"), (1, 1), (1, 1)), lb("55"))
        assert decision.reason == "held at 55 lb: needs 2 settled sessions at this load, 0 so far"

    def test_too_much_earlier_breaks_the_run(self) -> None:
        decision = decide(series(lb("55"), (2, 1), (6, 1), (2, 1)), lb("55"))
        assert decision.reason == "held at 55 lb: needs 2 settled sessions at this load, 1 so far"

    def test_unsettled_morning_earlier_breaks_the_run(self) -> None:
        # Baseline 1; the middle session's next morning (3) was above it, so only the latest
        # session counts.
        decision = decide(series(lb("55"), (2, 1), (2, 3), (2, 1)), lb("55"))
        assert decision.reason == "held at 55 lb: needs 2 settled sessions at this load, 1 so far"

    def test_missing_pain_earlier_breaks_the_run(self) -> None:
        decision = decide(series(lb("55"), (None, 1), (2, 1)), lb("55"))
        assert decision.action == "hold"

    def test_planned_load_counts_when_no_load_was_logged(self) -> None:
        history = [done(i, None, 2, 1, planned=lb("55")) for i in range(2)]
        assert decide(history, lb("55")).action == "progress"

    def test_sessions_without_any_load_do_not_count(self) -> None:
        history = [done(i, None, 2, 1) for i in range(3)]
        assert decide(history, lb("55")).action == "hold"

    def test_mixed_units_count_as_the_same_load(self) -> None:
        history = [done(0, FIFTY_FIVE_LB_IN_KG, 2, 1), done(1, lb("55"), 2, 1)]
        assert (
            decide(history, lb("55")).reason == "progressed to 60 lb: 2 settled sessions at 55 lb"
        )

    def test_three_needed(self) -> None:
        settings = ProgressionSettings(sessions_to_progress=3)
        two = series(lb("55"), (2, 1), (2, 1))
        assert decide(two, lb("55"), settings=settings).reason == (
            "held at 55 lb: needs 3 settled sessions at this load, 2 so far"
        )
        three = series(lb("55"), (2, 1), (2, 1), (2, 1))
        assert decide(three, lb("55"), settings=settings).reason == (
            "progressed to 60 lb: 3 settled sessions at 55 lb"
        )

    def test_history_is_put_in_date_order(self) -> None:
        # Given newest first, the latest session is still the one that hurt.
        history = list(reversed(series(lb("55"), (2, 1), (2, 1), (2, 3))))
        assert decide(history, lb("55")).action == "reduce"

    def test_planned_session_in_between_is_ignored(self) -> None:
        history = series(lb("55"), (2, 1), (2, 1))
        history.insert(1, Session(day=FIRST_DAY + timedelta(days=1), planned_load=lb("55")))
        assert decide(history, lb("55")).action == "progress"


# ---------------------------------------------------------------------------- rule 5
SETTLED_55 = series(lb("55"), (2, 1), (2, 1))
SETTLED_50 = series(lb("50"), (2, 1), (2, 1))


class TestProgress:
    def test_one_step_within_the_cap(self) -> None:
        decision = decide(SETTLED_55, lb("55"), last_week_load=lb("55"))
        assert decision.reason == "progressed to 60 lb: 2 settled sessions at 55 lb"

    def test_capped_over_last_week(self) -> None:
        decision = decide(SETTLED_50, lb("50"), lb("10"), last_week_load=lb("50"))
        assert (decision.action, decision.proposed) == ("progress", lb("55"))
        assert decision.reason == (
            "progressed to 55 lb (capped at 10 % a week): 2 settled sessions at 50 lb"
        )

    def test_capped_is_rounded_down_to_the_grid(self) -> None:
        # 53.3 lb + 10 % = 58.63 lb, rounded down to the 0.5 lb grid.
        decision = decide(SETTLED_55, lb("55"), last_week_load=lb("53.3"))
        assert decision.reason == (
            "progressed to 58.5 lb (capped at 10 % a week): 2 settled sessions at 55 lb"
        )

    def test_step_just_over_the_cap(self) -> None:
        # 45 lb + 10 % = 49.5 lb, half a pound short of one 5 lb step.
        decision = decide(series(lb("45"), (2, 1), (2, 1)), lb("45"))
        assert decision.reason == (
            "progressed to 49.5 lb (capped at 10 % a week): 2 settled sessions at 45 lb"
        )
        # 20 kg + 10 % = 22 kg, a quarter short of one 2.5 kg step.
        in_kg = decide(series(kg("20"), (2, 1), (2, 1)), kg("20"), TWO_AND_A_HALF_KG)
        assert in_kg.proposed == kg("22")

    def test_cap_over_current_without_last_week(self) -> None:
        decision = decide(SETTLED_50, lb("50"), lb("10"))
        assert decision.proposed == lb("55")
        assert "(capped at 10 % a week)" in decision.reason

    def test_zero_last_week_falls_back_to_current(self) -> None:
        decision = decide(SETTLED_50, lb("50"), lb("10"), last_week_load=lb("0"))
        assert decision.proposed == lb("55")

    def test_heavier_last_week_leaves_the_step_uncapped(self) -> None:
        decision = decide(SETTLED_55, lb("55"), last_week_load=lb("60"))
        assert decision.reason == "progressed to 60 lb: 2 settled sessions at 55 lb"

    def test_other_caps(self) -> None:
        twenty = ProgressionSettings(weekly_cap_percent=Decimal(20))
        five = ProgressionSettings(weekly_cap_percent=Decimal(5))
        assert decide(SETTLED_50, lb("50"), lb("15"), settings=twenty).proposed == lb("60")
        assert decide(SETTLED_50, lb("50"), FIVE_LB, settings=five).reason == (
            "progressed to 52.5 lb (capped at 5 % a week): 2 settled sessions at 50 lb"
        )

    def test_kg_loads(self) -> None:
        history = series(kg("25"), (1, 0), (3, 0))
        decision = decide(history, kg("25"), TWO_AND_A_HALF_KG)
        assert decision.reason == "progressed to 27.5 kg: 2 settled sessions at 25 kg"
        capped = decide(series(kg("20"), (1, 0), (1, 0)), kg("20"), kg("5"))
        assert capped.reason == (
            "progressed to 22 kg (capped at 10 % a week): 2 settled sessions at 20 kg"
        )
        on_grid = decide(series(kg("23"), (1, 0), (1, 0)), kg("23"), kg("5"))
        # 23 kg + 10 % = 25.3 kg; the grid of a 5 kg step is 0.5 kg.
        assert on_grid.proposed == kg("25")

    def test_step_in_the_other_unit(self) -> None:
        # 55 lb + 2.5 kg = 60.5116… lb, rounded down to the 0.5 lb grid, within the cap.
        decision = decide(SETTLED_55, lb("55"), TWO_AND_A_HALF_KG)
        assert decision.reason == "progressed to 60.5 lb: 2 settled sessions at 55 lb"
        assert decision.proposed.unit is MassUnit.LB

    def test_last_week_in_the_other_unit(self) -> None:
        # 25 kg + 10 % = 27.5 kg = 60.627… lb: the 5 lb step fits.
        decision = decide(SETTLED_55, lb("55"), last_week_load=kg("25"))
        assert decision.proposed == lb("60")
        # 24 kg + 10 % = 26.4 kg = 58.20… lb, rounded down to 58 lb.
        capped = decide(SETTLED_55, lb("55"), last_week_load=kg("24"))
        assert capped.proposed == lb("58")
        assert capped.proposed.kg <= kg("26.4").kg

    def test_off_grid_load_adds_the_step_exactly(self) -> None:
        history = series(lb("55.3"), (1, 1), (1, 1))
        decision = decide(history, lb("55.3"), last_week_load=lb("55.3"))
        assert decision.reason == "progressed to 60.3 lb: 2 settled sessions at 55.3 lb"

    def test_cap_stops_a_tiny_load(self) -> None:
        decision = decide(series(lb("1"), (1, 1), (1, 1)), lb("1"))
        assert (decision.action, decision.proposed) == ("hold", lb("1"))
        assert decision.reason == (
            "held at 1 lb: 2 settled sessions at 1 lb, but the 10 % weekly cap over 1 lb allows "
            "at most 1.1 lb, less than one 0.5 lb increment more"
        )

    def test_cap_stops_a_jump_since_last_week(self) -> None:
        decision = decide(SETTLED_55, lb("55"), last_week_load=lb("40"))
        assert decision.action == "hold"
        assert decision.reason == (
            "held at 55 lb: 2 settled sessions at 55 lb, but the 10 % weekly cap over last "
            "week's 40 lb allows at most 44 lb"
        )

    def test_empty_sled_may_take_the_first_step(self) -> None:
        decision = decide(series(lb("0"), (0, 0), (0, 0)), lb("0"))
        assert decision.reason == "progressed to 5 lb: 2 settled sessions at 0 lb"

    def test_empty_sled_is_capped_by_a_light_last_week(self) -> None:
        decision = decide(series(lb("0"), (0, 0), (0, 0)), lb("0"), last_week_load=lb("2"))
        # 2 lb + 10 % = 2.2 lb, rounded down to 2 lb.
        assert decision.reason == (
            "progressed to 2 lb (capped at 10 % a week): 2 settled sessions at 0 lb"
        )

    def test_proposed_value_has_no_trailing_zeros(self) -> None:
        decision = decide(SETTLED_50, lb("50"), lb("10"))
        assert str(decision.proposed) == "55 lb"


# ---------------------------------------------------------------------------- arguments
class TestArguments:
    @pytest.mark.parametrize("step", [lb("0"), kg("0"), "5 lb"])
    def test_step_must_be_a_mass_above_zero(self, step: Any) -> None:
        with pytest.raises(ValidationError) as caught:
            decide([], lb("55"), step)
        assert caught.value.field == "step"

    def test_other_arguments_are_checked(self) -> None:
        with pytest.raises(ValidationError, match="current load"):
            decide([], "55 lb")  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="history"):
            decide(["session"], lb("55"))  # type: ignore[list-item]
        with pytest.raises(ValidationError, match="settings"):
            decide([], lb("55"), settings={"weekly_cap_percent": 10})
        with pytest.raises(ValidationError, match="last week"):
            decide([], lb("55"), last_week_load=50)

    @pytest.mark.parametrize(
        ("step", "unit", "grid"),
        [
            (FIVE_LB, MassUnit.LB, "0.5"),
            (TWO_AND_A_HALF_KG, MassUnit.KG, "0.25"),
            (lb("10"), MassUnit.LB, "1"),
            (kg("1.25"), MassUnit.KG, "0.1"),
            (kg("2"), MassUnit.KG, "0.2"),
            (TWO_AND_A_HALF_KG, MassUnit.LB, "0.5"),
            (FIVE_LB, MassUnit.KG, "0.2"),
            (lb("100"), MassUnit.LB, "10"),
        ],
    )
    def test_load_grid(self, step: Mass, unit: MassUnit, grid: str) -> None:
        assert load_grid(step, unit) == Decimal(grid)
        assert str(load_grid(step, unit)) == grid


# ---------------------------------------------------------------------------- two-week rise
NIELSEN = (
    "Rises of more than 30 % over two weeks have been linked to more knee injuries "
    "(Nielsen et al. 2014); a smaller step may be kinder to your knees."
)


class TestTwoWeekRise:
    def test_exactly_thirty_percent_is_no_warning(self) -> None:
        assert two_week_rise_warning([lb("50"), lb("55"), lb("65")]) == []

    def test_above_thirty_percent_warns(self) -> None:
        warnings = two_week_rise_warning([lb("50"), lb("55"), lb("70")])
        assert warnings == [
            "Caution: the load rose 40 % in two weeks, from 50 lb in week 1 to 70 lb in week 3. "
            + NIELSEN
        ]

    def test_each_point_and_inexact_percentages(self) -> None:
        warnings = two_week_rise_warning([lb("50"), lb("55"), lb("70"), lb("75"), lb("75")])
        assert len(warnings) == 2
        assert warnings[1].startswith(
            "Caution: the load rose about 36.4 % in two weeks, from 55 lb in week 2 to 75 lb "
            "in week 4."
        )

    def test_one_decimal_percentage_is_exact(self) -> None:
        (warning,) = two_week_rise_warning([kg("40"), kg("40"), kg("53")])
        assert "rose 32.5 % in two weeks, from 40 kg in week 1 to 53 kg in week 3" in warning

    def test_percentage_never_reads_as_thirty(self) -> None:
        (warning,) = two_week_rise_warning([lb("30"), lb("30"), lb("39.01")])
        assert "rose about 30.03 %" in warning

    def test_mixed_units(self) -> None:
        # 20 kg = 44.09… lb; 60 lb is a 36.08 % rise.
        (warning,) = two_week_rise_warning([kg("20"), kg("20"), lb("60")])
        assert "from 20 kg in week 1 to 60 lb in week 3" in warning
        assert two_week_rise_warning([kg("20"), kg("20"), lb("57.3")]) == []

    def test_no_warning_from_zero_short_or_falling_series(self) -> None:
        assert two_week_rise_warning([lb("0"), lb("5"), lb("10")]) == []
        assert two_week_rise_warning([lb("50"), lb("90")]) == []
        assert two_week_rise_warning([]) == []
        assert two_week_rise_warning([lb("90"), lb("70"), lb("50")]) == []

    def test_non_masses_are_refused(self) -> None:
        with pytest.raises(ValidationError):
            two_week_rise_warning([lb("50"), 55])  # type: ignore[list-item]


# ---------------------------------------------------------------------------- properties
def mass_in(unit: str, low: int = 0, high: int = 4000) -> st.SearchStrategy[Mass]:
    """Masses in ``unit`` from low/20 to high/20 units, on a 0.05 grid."""
    return st.integers(low, high).map(lambda n: Mass(Decimal(n).scaleb(-1) / 2, MassUnit(unit)))


masses = st.one_of(mass_in("lb"), mass_in("kg", high=2000))
steps = st.one_of(
    st.sampled_from([FIVE_LB, TWO_AND_A_HALF_KG, lb("10"), kg("1.25"), lb("2.5")]),
    mass_in("lb", 1, 400),
    mass_in("kg", 1, 200),
)
pains = st.one_of(st.none(), st.integers(0, 10))
settings_strategy = st.builds(
    ProgressionSettings,
    zones=st.sampled_from([PainZones(), PainZones(0, 3), PainZones(3, 7)]),
    weekly_cap_percent=st.integers(5, 20),
    reduction_percent=st.integers(10, 20),
    sessions_to_progress=st.integers(2, 4),
)


@st.composite
def situations(draw: st.DrawFn) -> tuple[list[Session], Mass, Mass, ProgressionSettings, Any]:
    """A history, current load, step, settings and last week's load.

    Random sessions, then a run of 0–4 settled ones at the current load (pain during within the
    zones, next morning 0), then maybe one more random session: so that every action, progress
    included, comes up often.
    """
    settings = draw(settings_strategy)
    current = draw(masses)
    others = st.one_of(st.just(current), st.none(), masses)
    entries = draw(st.lists(st.tuples(others, pains, pains), max_size=4))
    calm = st.integers(0, settings.zones.acceptable_max)
    entries += [(current, draw(calm), 0) for _ in range(draw(st.integers(0, 4)))]
    entries += draw(st.lists(st.tuples(others, pains, pains), max_size=1))
    history = [done(i, load, d, m) for i, (load, d, m) in enumerate(entries)]
    last_week = draw(st.one_of(st.none(), st.just(current), masses))
    return history, current, draw(steps), settings, last_week


def plain(mass: Mass) -> str:
    return f"{mass.value.normalize():f} {mass.unit.value}"


@given(situations())
def test_progress_never_exceeds_the_cap(case: Any) -> None:
    history, current, step, settings, last_week = case
    decision = decide_next_load(history, current, step, settings, last_week)
    if decision.action != "progress":
        return
    factor = 1 + Fraction(settings.weekly_cap_percent) / 100
    base = last_week if last_week is not None and last_week.kg > 0 else current
    assert decision.proposed > current
    assert decision.proposed.kg <= current.kg + step.kg
    if base.kg > 0:
        assert decision.proposed.kg <= base.kg * factor
    else:
        assert decision.proposed.kg <= step.kg
        assert decision.proposed.kg > step.kg * Fraction(9, 10)


@given(situations())
def test_every_decision_fits_its_action_and_names_the_load(case: Any) -> None:
    """A reduce stays at zero or more and below current; a hold keeps current; an empty sled is
    never reduced; too much pain never progresses; the reason names the proposed load."""
    history, current, step, settings, last_week = case
    decision = decide_next_load(history, current, step, settings, last_week)
    verb = {"progress": "progressed to", "hold": "held at", "reduce": "reduced to"}[decision.action]
    assert decision.reason.startswith(f"{verb} {plain(decision.proposed)}")
    assert decision.proposed.unit is current.unit
    if current.kg == 0:
        assert decision.action != "reduce"
    if decision.action == "reduce":
        assert 0 <= decision.proposed.kg < current.kg
    if decision.action == "hold":
        assert decision.proposed == current
    latest = history[-1].log if history else None
    if (
        latest is not None
        and latest.pain_during is not None
        and latest.pain_during > settings.zones.acceptable_max
    ):
        assert decision.action != "progress"
        assert "pain during was" in decision.reason


@given(situations(), st.randoms(use_true_random=False))
def test_decision_is_deterministic_and_order_free(case: Any, shuffler: random.Random) -> None:
    history, *rest = case
    first = decide_next_load(history, *rest)
    again = decide_next_load(list(history), *rest)
    shuffled = list(history)
    shuffler.shuffle(shuffled)
    mixed = decide_next_load(shuffled, *rest)
    assert first == again == mixed
