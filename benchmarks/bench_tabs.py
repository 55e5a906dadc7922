"""Time the tabs on a ten-year database: month switch, first Progress opening, a redraw.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_tabs.py (or `make bench`).
The database (1,560 sessions over ten years, 50 gear items) is built in a temporary folder.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from sledplanner.app.controller import Controller  # noqa: E402
from sledplanner.app.gui import application  # noqa: E402
from sledplanner.domain.gear import GearItem  # noqa: E402
from sledplanner.domain.money import Money  # noqa: E402
from sledplanner.domain.sessions import Session, SessionLog  # noqa: E402
from sledplanner.domain.units import Mass  # noqa: E402
from sledplanner.services.bundle import build_services  # noqa: E402
from sledplanner.services.workspace import open_workspace  # noqa: E402


def build(path: Path) -> None:
    workspace = open_workspace(path, create=True)
    services = build_services(workspace)
    sled = GearItem(kind="sled", name="Sled", mass=Mass.of("20", "lb"))
    gear = [sled] + [
        GearItem(
            kind="plate",
            name=f"Plate {n}",
            mass=Mass.of(str(1 + n % 10), "kg"),
            unit_price=Money.of("10", "USD"),
            purchased_on=date(2016, 1, 1) + timedelta(days=60 * n),
        )
        for n in range(49)
    ]
    services.gear.add_many(gear)
    start = date.today() - timedelta(days=3640)
    sessions = []
    for week in range(520):
        for weekday in (0, 2, 4):
            day = start + timedelta(days=7 * week + weekday)
            load = Mass.of(str(10 + week % 30), "kg")
            session = Session(day, planned_load=load, sled_id=sled.id, surface="grass")
            if day < date.today():
                session = session.done(
                    SessionLog(minutes=10, load=load, rpe=5, pain_during=2, pain_next_morning=1)
                )
            sessions.append(session)
    services.schedule.add_many(sessions)
    workspace.close()


def timed(run, repeats: int = 7) -> list[float]:  # noqa: ANN001
    results = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        results.append((time.perf_counter() - started) * 1000)
    return results


def main() -> None:
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ten-years.json"
        build(path)
        controller = Controller(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        started = time.perf_counter()
        controller.open_path(path)
        controller.window.resize(1280, 800)
        controller.window.show()
        app.processEvents()
        opened = (time.perf_counter() - started) * 1000
        window = controller.window
        window.select_tab("programme")
        app.processEvents()
        tab = window.programme_tab

        def switch() -> None:
            tab.month.step_month(-1)
            app.processEvents()

        months = timed(switch, 12)
        started = time.perf_counter()
        window.select_tab("progress")
        app.processEvents()
        first_progress = (time.perf_counter() - started) * 1000
        progress = window.progress_tab
        progress.range_choice.setCurrentIndex(progress.range_choice.findData(0))
        app.processEvents()

        def redraw() -> None:
            progress.redraw()
            app.processEvents()

        redraws = timed(redraw)
        controller.close()
        window.deleteLater()
    print(f"open the 10-year database and show the window: {opened:.0f} ms")
    print(
        f"calendar month switch: median {statistics.median(months):.1f} ms, "
        f"max {max(months):.1f} ms"
    )
    print(f"first opening of the Progress tab (imports pyqtgraph): {first_progress:.0f} ms")
    print(
        f"Progress redraw, all 10 years, load chart: median {statistics.median(redraws):.1f} ms"
    )


if __name__ == "__main__":
    main()
