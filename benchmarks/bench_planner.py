"""Time the purchase planner on realistic and harder, seeded inputs.

Run from the project folder:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_planner.py

Each case is planned several times; the script prints the median and the slowest run in
milliseconds, the plan's price and size, and whether the plan is proven optimal.
"""

from __future__ import annotations

import random
import statistics
import time
from decimal import Decimal

from sledplanner.domain.loads import Piece
from sledplanner.domain.money import Money
from sledplanner.domain.planner import Candidate, PurchasePlan, plan_purchases
from sledplanner.domain.units import Mass

RUNS = 20
Case = tuple[list[Piece], list[Candidate], list[Mass], Mass | None]
KG_SERIES = [4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 44, 48]
LB_SERIES = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100]
OWNED_CHOICES = [(16, "kg"), (24, "kg"), (12, "kg"), (20, "lb"), (35, "lb"), (53, "lb")]


def street_price(rng: random.Random, mass: Mass) -> Money:
    """A kettlebell street price of about $2 to $4 per pound, in whole cents."""
    per_lb = Decimal(rng.randint(200, 400)) / 100
    dollars = (Decimal(mass.lb.numerator) / Decimal(mass.lb.denominator)) * per_lb
    return Money.of(dollars.quantize(Decimal("0.01")), "USD")


def realistic_case(seed: int, tolerance: Mass | None) -> Case:
    """A few owned bells, 30 candidates from the kg and lb series, 50 programme targets."""
    rng = random.Random(seed)
    owned = [
        Piece(f"owned-{index}", f"{value} {unit} kettlebell", Mass.of(value, unit))
        for index, (value, unit) in enumerate(rng.sample(OWNED_CHOICES, rng.randint(2, 4)))
    ]
    series = [(value, "kg") for value in KG_SERIES] + [(value, "lb") for value in LB_SERIES]
    candidates = []
    for index, (value, unit) in enumerate(rng.sample(series, 30)):
        mass = Mass.of(value, unit)
        on_wishlist = rng.random() < 0.3
        candidates.append(
            Candidate(
                f"cand-{index}",
                f"{value} {unit} kettlebell" + (" (wishlist)" if on_wishlist else ""),
                mass,
                street_price(rng, mass),
                available=2 if on_wishlist else 1,
            )
        )
    targets = [Mass.of(Decimal(step) * Decimal("2.5"), "lb") for step in range(4, 41)]
    targets += [Mass.of(value, "kg") for value in range(8, 60, 4)]
    return owned, candidates, targets, tolerance


def hard_case(seed: int) -> Case:
    """Plates and bells of odd sizes in both units, random targets, a small tolerance."""
    rng = random.Random(seed)
    sizes = [
        ("1.25", "kg"),
        ("2.5", "kg"),
        ("5", "kg"),
        ("10", "kg"),
        ("15", "kg"),
        ("20", "kg"),
        ("2.5", "lb"),
        ("5", "lb"),
        ("10", "lb"),
        ("25", "lb"),
        ("35", "lb"),
        ("45", "lb"),
        ("7", "kg"),
        ("9", "kg"),
        ("13", "lb"),
        ("18", "lb"),
    ]
    owned = [
        Piece(f"owned-{index}", f"{value} {unit}", Mass.of(value, unit), rng.randint(1, 2))
        for index, (value, unit) in enumerate(rng.sample(sizes, 3))
    ]
    candidates = []
    for index in range(30):
        value, unit = rng.choice(sizes)
        mass = Mass.of(value, unit)
        candidates.append(
            Candidate(
                f"cand-{index}",
                f"{value} {unit}",
                mass,
                street_price(rng, mass),
                available=rng.randint(1, 3),
            )
        )
    targets = [Mass.of(rng.randint(10, 120), rng.choice(["kg", "lb"])) for _ in range(50)]
    return owned, candidates, targets, Mass.of(1, "lb")


def time_case(name: str, case: Case) -> None:
    """Plan one case RUNS times and print the timings and the plan's summary."""
    owned, candidates, targets, tolerance = case
    times: list[float] = []
    plan: PurchasePlan | None = None
    for _ in range(RUNS):
        started = time.perf_counter()
        plan = plan_purchases(owned, candidates, targets, tolerance)
        times.append((time.perf_counter() - started) * 1000)
    assert plan is not None
    print(
        f"{name:<34} median {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms   "
        f"buy {plan.piece_count:2d} for {plan.total}   "
        f"new {len(plan.newly_buildable):2d} unreachable {len(plan.unreachable):2d}   "
        f"optimal {plan.optimal}"
    )


def main() -> None:
    """Run every case."""
    print(f"plan_purchases, {RUNS} runs per case")
    for seed in range(5):
        time_case(f"realistic exact, seed {seed}", realistic_case(seed, None))
    for seed in range(5):
        time_case(f"realistic ±1 lb, seed {seed}", realistic_case(seed, Mass.of(1, "lb")))
    for seed in range(5):
        time_case(f"hard random ±1 lb, seed {seed}", hard_case(seed))


if __name__ == "__main__":
    main()
