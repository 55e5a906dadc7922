"""Time the Progress metrics on ten years of sessions (1,560 sessions, about 3,640 days).

Run: .venv/bin/python benchmarks/bench_metrics.py (or `make bench`). Prints the median and the
slowest of 11 runs in milliseconds.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from decimal import Decimal

from sledplanner.domain import metrics
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass

START = date(2016, 1, 4)


def ten_years() -> list[Session]:
    sessions = []
    for week in range(520):
        for weekday in (0, 2, 4):
            day = START + timedelta(days=7 * week + weekday)
            load = Mass.of(str(20 + week % 40), "lb")
            session = Session(day, planned_load=load, surface="grass", sled_id="sled")
            if (week + weekday) % 5:
                session = session.done(
                    SessionLog(
                        minutes=10,
                        load=load,
                        distance_m=Decimal(300),
                        rpe=5,
                        pain_during=2,
                        pain_next_morning=1,
                    )
                )
            sessions.append(session)
    return sessions


def main() -> None:
    sessions = ten_years()
    first, last = sessions[0].day, sessions[-1].day
    sled = {"sled": Mass.of("20", "lb")}
    runs = []
    for _ in range(11):
        started = time.perf_counter()
        for session in sessions:
            metrics.session_metrics(session, sled["sled"])
        loads = metrics.daily_loads(sessions, first, last)
        metrics.weekly(sessions)
        metrics.acwr_ewma(loads)
        metrics.acwr_rolling(loads, coupled=True)
        metrics.fitness_fatigue(loads)
        metrics.pain_series(sessions, first, last)
        runs.append((time.perf_counter() - started) * 1000)
    print(
        f"metrics, 10 years ({len(sessions)} sessions): median {statistics.median(runs):.1f} ms, "
        f"max {max(runs):.1f} ms"
    )


if __name__ == "__main__":
    main()
