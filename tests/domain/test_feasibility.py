"""Tests for sledplanner.domain.feasibility: can the gear do each planned session?"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.feasibility import (
    FeasibilityIssue,
    available_on,
    check_sessions,
    gear_on,
    loads_to_plan,
)
from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.loads import Piece, build_ladder
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass

FEB_3 = date(2025, 2, 3)
FEB_10 = date(2025, 2, 10)


def lb(value: str | int) -> Mass:
    return Mass.of(value, "lb")


def kg(value: str | int) -> Mass:
    return Mass.of(value, "kg")


def bell(mass: Mass, **changes: Any) -> GearItem:
    fields: dict[str, Any] = {
        "kind": GearKind.KETTLEBELL,
        "name": f"Kettlebell {mass}",
        "mass": mass,
        "id": f"kb-{mass.value}{mass.unit.value}",
    }
    fields.update(changes)
    return GearItem(**fields)


def r2(**changes: Any) -> GearItem:
    fields: dict[str, Any] = {
        "kind": GearKind.SLED,
        "name": "R2",
        "mass": lb(20),
        "surfaces": frozenset({"grass"}),
        "id": "r2",
    }
    fields.update(changes)
    return GearItem(**fields)


BLOG_GEAR = [bell(lb(20)), bell(lb(35)), r2()]


def session(load: Mass | None, day: date = FEB_3, **changes: Any) -> Session:
    return Session(day=day, planned_load=load, **changes)


# ------------------------------------------------------------------ availability


def test_gear_on_keeps_loadable_items_available_that_day() -> None:
    owned = bell(lb(20))
    bought_later = bell(lb(35), purchased_on=FEB_10)
    bought_before = bell(lb(10), purchased_on=date(2025, 1, 1))
    wished_dated = bell(kg(24), status=GearStatus.WISHLIST, purchased_on=FEB_10)
    wished_undated = bell(kg(16), status=GearStatus.WISHLIST)
    retired = bell(lb(45), status=GearStatus.RETIRED)
    sled = r2()
    items = [owned, bought_later, bought_before, wished_dated, wished_undated, retired, sled]
    assert gear_on(items, FEB_3) == [owned, bought_before]
    assert gear_on(items, FEB_10) == [owned, bought_later, bought_before, wished_dated]
    assert gear_on(items, date(2030, 1, 1)) == [owned, bought_later, bought_before, wished_dated]
    assert available_on(sled, FEB_3)
    assert not available_on(retired, FEB_3)


# ------------------------------------------------------------------ loads


def test_the_blog_load_is_buildable() -> None:
    sessions = [session(lb(55)), session(lb(20)), session(lb(35), sled_id="r2", surface="grass")]
    assert check_sessions(sessions, BLOG_GEAR) == []


def test_an_unbuildable_load_names_the_nearest_loads() -> None:
    planned = session(lb(50))
    (issue,) = check_sessions([planned], BLOG_GEAR)
    assert issue == FeasibilityIssue(
        session_id=planned.id,
        day=FEB_3,
        load=lb(50),
        reason="50 lb cannot be built from the gear you own on 2025-02-03: nearest 35 lb / 55 lb",
        nearest_below=lb(35),
        nearest_above=lb(55),
        unbuildable=True,
    )
    assert str(issue.nearest_below) == "35 lb"


def test_a_load_above_all_the_gear_has_nothing_heavier() -> None:
    (issue,) = check_sessions([session(lb(60))], BLOG_GEAR)
    assert issue.reason.endswith("nearest 55 lb / nothing heavier")
    assert (issue.nearest_below, issue.nearest_above) == (lb(55), None)


def test_a_load_below_every_piece_is_near_the_empty_sled() -> None:
    (issue,) = check_sessions([session(lb(10))], BLOG_GEAR)
    assert issue.reason.endswith("nearest the empty sled / 20 lb")
    assert issue.nearest_below == lb(0)


def test_nearest_loads_in_another_unit_stay_exact() -> None:
    (issue,) = check_sessions([session(lb(35))], [bell(kg(16))])
    assert issue.nearest_below == lb(0)
    assert issue.nearest_above is not None
    assert str(issue.nearest_above) == "16 kg"
    assert issue.reason.endswith("nearest the empty sled / ≈ 35.3 lb")


def test_gear_bought_later_counts_from_its_day() -> None:
    gear = [*BLOG_GEAR, bell(kg(24), status=GearStatus.WISHLIST, purchased_on=FEB_10)]
    early, late = session(kg(24)), session(kg(24), day=FEB_10)
    issues = check_sessions([early, late], gear)
    assert [issue.session_id for issue in issues] == [early.id]


def test_only_planned_sessions_with_a_load_are_checked() -> None:
    sessions = [
        session(lb(50)).done(SessionLog(minutes=10, load=lb(50))),
        session(lb(50)).skipped(),
        session(lb(0)),
        session(None),
    ]
    assert check_sessions(sessions, BLOG_GEAR) == []


# ------------------------------------------------------------------ the sled


def test_a_sled_that_does_not_suit_the_surface() -> None:
    planned = session(lb(55), sled_id="r2", surface="concrete")
    (issue,) = check_sessions([planned], BLOG_GEAR)
    assert issue.reason == "the sled R2 does not suit concrete / asphalt (it suits natural grass)"
    assert not issue.unbuildable
    assert (issue.nearest_below, issue.nearest_above) == (None, None)


def test_a_sled_with_no_surfaces_recorded_suits_any() -> None:
    gear = [bell(lb(20)), r2(surfaces=frozenset())]
    assert check_sessions([session(lb(20), sled_id="r2", surface="concrete")], gear) == []


def test_the_empty_sled_still_needs_its_sled() -> None:
    (issue,) = check_sessions([session(lb(0), sled_id="gone")], BLOG_GEAR)
    assert issue.reason == "the sled planned for this session is not in your gear"
    assert issue.load == lb(0)


def test_sled_problems() -> None:
    gear = [
        bell(lb(20)),
        r2(id="old", name="Old sled", status=GearStatus.RETIRED),
        r2(id="later", name="Prowler", status=GearStatus.WISHLIST, purchased_on=FEB_10),
        r2(id="wish", name="Dog sled", status=GearStatus.WISHLIST),
        r2(id="new", name="Econ sled", purchased_on=FEB_10),
        r2(id="small", name="Small sled", max_load=lb(15)),
        r2(id="just", name="Just enough", max_load=lb(20)),
    ]
    reasons = [
        issue.reason
        for issue in check_sessions(
            [session(lb(20), sled_id=key) for key in ("kb-20lb", "old", "later", "wish", "new")]
            + [session(lb(20), sled_id="small"), session(lb(20), sled_id="just")],
            gear,
        )
    ]
    assert reasons == [
        "Kettlebell 20 lb is not a sled",
        "the sled Old sled is retired",
        "the sled Prowler is on your wishlist to buy on 2025-02-10",
        "the sled Dog sled is on your wishlist with no purchase date",
        "the sled Econ sled was bought only on 2025-02-10",
        "20 lb is over the 15 lb the sled Small sled may carry",
    ]


def test_one_issue_per_session_holds_every_problem() -> None:
    planned = session(lb(50), sled_id="r2", surface="rubber")
    (issue,) = check_sessions([planned], BLOG_GEAR)
    assert issue.reason == (
        "50 lb cannot be built from the gear you own on 2025-02-03: nearest 35 lb / 55 lb; "
        "the sled R2 does not suit rubber gym floor (it suits natural grass)"
    )
    assert issue.unbuildable


# ------------------------------------------------------------------ loads_to_plan


def test_loads_to_plan_are_distinct_and_lightest_first() -> None:
    sessions = [
        session(lb(60)),
        session(lb(50)),
        session(lb(60), day=FEB_10),
        session(Mass.of("27.2155422", "kg")),  # 60 lb exactly
        session(lb(55), sled_id="r2", surface="concrete"),  # buildable: only the sled is wrong
    ]
    issues = check_sessions(sessions, BLOG_GEAR)
    assert len(issues) == 5
    assert [str(load) for load in loads_to_plan(issues)] == ["50 lb", "60 lb"]
    assert loads_to_plan([]) == []


# ------------------------------------------------------------------ property

pieces = st.lists(
    st.tuples(st.integers(min_value=1, max_value=20), st.integers(min_value=1, max_value=3)),
    max_size=4,
)


@given(pieces, st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=6))
def test_a_load_is_flagged_exactly_when_the_ladder_lacks_it(
    owned: list[tuple[int, int]], targets: list[int]
) -> None:
    items = [
        GearItem(kind=GearKind.PLATE, name=f"{m} kg", mass=kg(m), quantity=q, id=f"p{n}")
        for n, (m, q) in enumerate(owned)
    ]
    ladder = build_ladder([Piece(i.id, i.name, i.mass, i.quantity) for i in items])
    totals = sorted(load.total_kg for load in ladder.loads)
    sessions = [session(kg(t)) for t in targets]
    issues = {issue.session_id: issue for issue in check_sessions(sessions, items)}
    for planned, target in zip(sessions, targets, strict=True):
        buildable = Fraction(target) in totals
        assert (planned.id in issues) is not buildable
        if not buildable:
            issue = issues[planned.id]
            below = max(t for t in totals if t < target)
            above = [t for t in totals if t > target]
            assert issue.nearest_below is not None and issue.nearest_below.kg == below
            assert (issue.nearest_above.kg if issue.nearest_above else None) == (
                min(above) if above else None
            )
    planned_loads = loads_to_plan(list(issues.values()))
    assert [m.kg for m in planned_loads] == sorted(
        {Fraction(t) for t in targets if Fraction(t) not in totals}
    )
