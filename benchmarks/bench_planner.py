"""Time the purchase planner on realistic and harder, seeded inputs.

Run from the project folder (after `make install`, or with PYTHONPATH=src):

    .venv/bin/python benchmarks/bench_planner.py [--runs N] [--json OUT]   (or `make bench`)

Every case has 30 candidates and 50 target loads. Each is planned ``--runs`` times; the script
prints the median and the slowest run in milliseconds, the plan's price and size, whether the
plan is proven optimal, and PASS/FAIL of the median against the target (<= 100 ms for 30
candidates and 50 targets), then one verdict per group of cases (its slowest median). A missed
target is reported, not an error: the exit status is 0.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

from sledplanner.domain.loads import Piece
from sledplanner.domain.money import Money
from sledplanner.domain.planner import Candidate, PurchasePlan, plan_purchases
from sledplanner.domain.units import Mass

RUNS = 20
#: Most allowed median, in ms, for 30 candidates and 50 targets.
TARGET_MS = 100.0
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


def time_case(name: str, case: Case, runs: int = RUNS) -> dict[str, object]:
    """Plan one case ``runs`` times, print the timings and the plan's summary; return them."""
    owned, candidates, targets, tolerance = case
    times: list[float] = []
    plan: PurchasePlan | None = None
    for _ in range(runs):
        started = time.perf_counter()
        plan = plan_purchases(owned, candidates, targets, tolerance)
        times.append((time.perf_counter() - started) * 1000)
    assert plan is not None
    median = statistics.median(times)
    verdict = "PASS" if median <= TARGET_MS else "FAIL"
    print(
        f"{name:<34} median {median:7.1f} ms   max {max(times):7.1f} ms   {verdict}   "
        f"buy {plan.piece_count:2d} for {plan.total}   "
        f"new {len(plan.newly_buildable):2d} unreachable {len(plan.unreachable):2d}   "
        f"optimal {plan.optimal}",
        flush=True,
    )
    return {
        "case": name,
        "candidates": len(candidates),
        "targets": len(targets),
        "median_ms": round(median, 2),
        "max_ms": round(max(times), 2),
        "pass": median <= TARGET_MS,
        "optimal": plan.optimal,
    }


def main(argv: list[str] | None = None) -> int:
    """Run every case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs per case ({RUNS})")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the numbers here")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    print(f"plan_purchases, {args.runs} runs per case; target: median <= {TARGET_MS:.0f} ms")
    groups: dict[str, list[dict[str, object]]] = {"realistic": [], "hard random": []}
    for seed in range(5):
        groups["realistic"].append(
            time_case(f"realistic exact, seed {seed}", realistic_case(seed, None), args.runs)
        )
    for seed in range(5):
        groups["realistic"].append(
            time_case(
                f"realistic ±1 lb, seed {seed}",
                realistic_case(seed, Mass.of(1, "lb")),
                args.runs,
            )
        )
    for seed in range(5):
        groups["hard random"].append(
            time_case(f"hard random ±1 lb, seed {seed}", hard_case(seed), args.runs)
        )
    print()
    verdicts = []
    for group, cases in groups.items():
        slowest = max(cases, key=lambda case: float(case["median_ms"]))  # type: ignore[arg-type]
        failed = sum(not case["pass"] for case in cases)
        verdict = {
            "group": group,
            "slowest_median_ms": slowest["median_ms"],
            "failed_cases": failed,
            "cases": len(cases),
            "pass": failed == 0,
        }
        verdicts.append(verdict)
        print(
            f"{'PASS' if failed == 0 else 'FAIL'}  planner, {group} cases (30 candidates, 50 "
            f"targets): slowest median {slowest['median_ms']:.1f} ms <= {TARGET_MS:.0f} ms"
            f" ({failed} of {len(cases)} cases over)"
        )
    if args.json is not None:
        report = {"runs": args.runs, "target_ms": TARGET_MS, "groups": groups, "verdicts": verdicts}
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
