"""The Progress tab: charts built on first show, the data handed to the plot items, exports."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.chart_data import day_seconds
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.charts.day_axis import day_pattern
from sledplanner.ui.formatting import format_date, user_locale
from sledplanner.ui.qdates import from_qdate, to_qdate

TODAY = date.today()
SLED = GearItem(
    kind="sled",
    name="R2",
    mass=Mass.of("20", "lb"),
    unit_price=Money.of("95", "USD"),
    purchased_on=TODAY - timedelta(days=30),
)


def logged(days_ago: int, load: str, rpe: int, pain: int, morning: int) -> Session:
    session = Session(
        TODAY - timedelta(days=days_ago), planned_load=Mass.of(load, "lb"), sled_id=SLED.id
    )
    return session.done(
        SessionLog(
            minutes=10,
            load=Mass.of(load, "lb"),
            rpe=rpe,
            pain_during=pain,
            pain_next_morning=morning,
        )
    )


SESSIONS = [
    logged(9, "20", 5, 2, 1),
    logged(7, "20", 5, 2, 1),
    logged(2, "25", 6, 3, 2),
    Session(TODAY + timedelta(days=2), planned_load=Mass.of("30", "lb"), sled_id=SLED.id),
]


def seed(path: Path, sessions: list[Session]) -> None:
    workspace = open_workspace(path, create=True)
    services = build_services(workspace)
    services.gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
    services.gear.add(SLED)
    services.schedule.add_many(sessions)
    workspace.close()


@pytest.fixture
def progress(controller: Controller, db_path: Path):
    def opener(sessions: list[Session]):
        seed(db_path, sessions)
        assert controller.open_path(db_path)
        controller.window.resize(1000, 700)
        controller.window.select_tab("progress")
        tab = controller.window.progress_tab
        assert tab.view is not None, "the charts load when the tab is shown"
        return tab

    return opener


def choose(tab, key: str) -> None:
    tab.chart_choice.setCurrentIndex(tab.chart_choice.findData(key))


def test_empty_database_gets_a_helpful_message_on_every_chart(progress) -> None:
    tab = progress([])
    for key in ("load", "minutes", "acwr", "fitness", "pain"):
        choose(tab, key)
        assert tab.view.stack.currentWidget() is tab.view.message, key
        assert tab.view.message.text(), key
        assert not tab.png_button.isEnabled()
    choose(tab, "load")
    assert tab.view.message.text() == "Log your first session to see your load curve."
    choose(tab, "spend")  # the sled has a price and a purchase date: spend shows already
    assert tab.view.stack.currentWidget() is tab.view.layout_widget
    _, spent = tab.view.items["gear spend to date"].getData()
    assert max(spent) == 95.0


def test_one_session_does_not_crash_and_draws_one_point(progress) -> None:
    tab = progress([logged(1, "20", 5, 2, 1)])
    for key in ("load", "minutes", "acwr", "fitness", "pain"):
        choose(tab, key)
        assert tab.view.stack.currentWidget() is tab.view.layout_widget, key


def test_load_chart_hands_planned_actual_and_dragged_loads_to_the_plot(progress) -> None:
    tab = progress(SESSIONS)
    tab.range_choice.setCurrentIndex(tab.range_choice.findData(28))
    choose(tab, "load")
    actual = tab.view.items["actual added load"]
    xs, ys = actual.getData()
    done = [s for s in SESSIONS if s.log is not None]
    assert list(xs) == [day_seconds(s.day) for s in done]
    assert list(ys) == [20.0, 20.0, 25.0]
    _, dragged = tab.view.items["total dragged (sled + load)"].getData()
    ahead_x, ahead = tab.view.items["total dragged (sled + load) ahead"].getData()
    # The range ends at the planned session two days ahead: its dragged mass is its plan,
    # drawn on from the last day up to today, dashed and lighter than what was done.
    assert list(dragged) == pytest.approx([40.0, 40.0, 45.0])
    assert list(ahead) == pytest.approx([45.0, 50.0])
    assert ahead_x[-1] > day_seconds(TODAY)
    pen = tab.view.items["total dragged (sled + load) ahead"].opts["pen"]
    assert pen.style() == Qt.PenStyle.DashLine and pen.color().alpha() < 255
    assert len(tab.view.plots) == 1
    legend = [label.text for _, label in tab.view.plots[0].legend.items]
    assert legend == ["planned added load", "actual added load", "total dragged (sled + load)"]


def test_pain_chart_draws_both_pains_and_the_five_line(progress) -> None:
    tab = progress(SESSIONS)
    choose(tab, "pain")
    _, during = tab.view.items["pain during"].getData()
    _, morning = tab.view.items["pain next morning"].getData()
    assert list(during) == [2.0, 2.0, 3.0]
    assert list(morning) == [1.0, 1.0, 2.0]
    assert tab.view.items["rule:5/10: above this, too much"].value() == 5


#: DOMAIN §5's ACWR vector as sessions: weeks 1–4 [50,0,50,0,50,0,0] (RPE 5 × 10 min), week 5
#: [60,60,60,0,60,60,0] (RPE 6 × 10 min); day 1 is 41 days ago, so six weeks end today.
DAY_1 = TODAY - timedelta(days=41)
VECTOR = [
    logged((TODAY - DAY_1).days - offset, "20", rpe, 2, 1)
    for offset, rpe in [
        *((7 * week + day, 5) for week in range(4) for day in (0, 2, 4)),
        *((28 + day, 6) for day in (0, 1, 2, 4, 5)),
    ]
]


def test_acwr_chart_draws_the_domain_vector_and_exports_it(progress, tmp_path: Path) -> None:
    tab = progress(VECTOR)
    choose(tab, "acwr")
    tab.range_choice.setCurrentIndex(tab.range_choice.findData(0))  # All
    xs, ratio = tab.view.items["ACWR (EWMA 7/28 days)"].getData()
    drawn = dict(zip(xs, ratio, strict=True))
    assert round(float(drawn[day_seconds(DAY_1 + timedelta(days=27))]), 3) == 0.637
    assert round(float(drawn[day_seconds(DAY_1 + timedelta(days=34))]), 3) == 1.066
    assert day_seconds(DAY_1 + timedelta(days=26)) not in drawn, "no ratio before 28 days"
    text = tab.view.describe_at(day_seconds(DAY_1 + timedelta(days=3)))
    assert "ACWR (EWMA 7/28 days): not enough data yet" in text
    assert "Not enough data yet" in tab.notes.text()
    out = tmp_path / "acwr.csv"
    assert tab.export_csv(out) is None
    lines = out.read_text("utf-8").splitlines()
    assert lines[0] == "date,daily_srpe_AU,acwr_ewma_ratio"
    assert f"{(DAY_1 + timedelta(days=27)).isoformat()},0,0.6369" in lines
    assert f"{(DAY_1 + timedelta(days=34)).isoformat()},0,1.0663" in lines


def test_acwr_chart_has_the_guide_band_and_two_panels(progress) -> None:
    tab = progress(VECTOR)
    choose(tab, "acwr")
    assert len(tab.view.plots) == 2
    band = tab.view.items["band:0.8–1.3: a guide, not a verdict"]
    assert tuple(band.getRegion()) == (0.8, 1.3)
    _, srpe = tab.view.items["daily sRPE"].opts["x"], tab.view.items["daily sRPE"].opts["height"]
    assert sorted(v for v in srpe if v)[-3:] == [60.0, 60.0, 60.0]
    assert "guide, not a medical verdict" in tab.notes.text()
    assert tab.acwr_choice.isVisible()
    _, ewma = tab.view.items["ACWR (EWMA 7/28 days)"].getData()
    tab.acwr_choice.setCurrentIndex(tab.acwr_choice.findData("rolling"))
    assert "ACWR (rolling 7/28 days)" in tab.view.items
    assert "ACWR (EWMA 7/28 days)" not in tab.view.items
    _, rolling = tab.view.items["ACWR (rolling 7/28 days)"].getData()
    assert list(rolling) != list(ewma)


def test_charts_follow_a_logged_session_live(qtbot, progress, controller) -> None:
    tab = progress(SESSIONS[:2])
    choose(tab, "load")
    _, before = tab.view.items["actual added load"].getData()
    services = build_services(controller.workspace)
    tab_schedule = controller.window.programme_tab._schedule
    tab_schedule.add(logged(1, "30", 7, 2, 1))
    qtbot.waitUntil(
        lambda: len(tab.view.items["actual added load"].getData()[1]) == len(before) + 1
    )
    assert services.schedule.count() == 3


def test_hover_readout_names_the_values_of_the_day(progress) -> None:
    tab = progress(SESSIONS)
    choose(tab, "load")
    day = SESSIONS[2].day
    text = tab.view.describe_at(day_seconds(day) + 3600)
    assert text.startswith(day.isoformat())
    assert "actual added load: 25.0 lb" in text
    choose(tab, "pain")
    assert "pain during: 3.0/10" in tab.view.describe_at(day_seconds(day))


def test_units_follow_the_preference(progress, controller) -> None:
    tab = progress(SESSIONS)
    choose(tab, "load")
    controller.window.equipment_tab.unit_combo.setCurrentIndex(
        controller.window.equipment_tab.unit_combo.findData("kg")
    )
    tab.redraw()
    _, ys = tab.view.items["actual added load"].getData()
    assert round(float(ys[0]), 3) == round(20 * 0.45359237, 3)
    assert "kg" in tab.view.plots[0].getAxis("left").labelText


def test_export_png_and_csv(progress, tmp_path: Path) -> None:
    tab = progress(SESSIONS)
    choose(tab, "pain")
    png = tmp_path / "pain.png"
    assert tab.export_png(png) is None
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    data = tmp_path / "pain.csv"
    assert tab.export_csv(data) is None
    lines = data.read_text("utf-8").splitlines()
    assert lines[0] == "date,pain_during_0_10,pain_next_morning_0_10"
    assert f"{SESSIONS[2].day.isoformat()},3,2" in lines


def test_screenshot_of_the_progress_tab_on_the_demo(tmp_path: Path) -> None:
    demo = tmp_path / "demo.json"
    run = [sys.executable, "-m", "sledplanner"]
    assert subprocess.run([*run, "demo", str(demo)], capture_output=True).returncode == 0
    out = tmp_path / "progress.png"
    result = subprocess.run(
        [*run, "screenshot", "--db", str(demo), "--tab", "progress", "--out", str(out)],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr  # also: no crash while pyqtgraph shuts down
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(100, 700, 7)}
    assert len(colours) > 6, "the chart is drawn, not a blank area"


def test_a_chart_of_the_same_shape_takes_the_new_points_in_place(qtbot) -> None:
    """An edit redraws the same drawn curve with the new values; a new shape draws anew."""
    from sledplanner.services.chart_data import ChartData, Panel, Series
    from sledplanner.ui.charts.view import ChartView

    view = ChartView()
    qtbot.addWidget(view)
    days = tuple(date(2026, 3, 1) + timedelta(days=7 * n) for n in range(4))

    def load_chart(values: tuple[float, ...], kind: str = "line") -> ChartData:
        series = Series("actual added load", days, values, kind)  # type: ignore[arg-type]
        return ChartData("load", "Load over time", (Panel("kg", (series,)),))

    view.show_chart(load_chart((10.0, 12.0, 14.0, 16.0)))
    curve = view.items["actual added load"]
    view.show_chart(load_chart((10.0, 12.0, 14.0, 30.0)))  # the last session was edited
    assert view.items["actual added load"] is curve
    assert list(curve.getData()[1]) == [10.0, 12.0, 14.0, 30.0]
    view.show_chart(load_chart((10.0, 12.0, 14.0, 30.0), kind="dashed"))
    assert view.items["actual added load"] is not curve
    assert list(view.items["actual added load"].getData()[1]) == [10.0, 12.0, 14.0, 30.0]


def test_the_range_ends_at_the_last_session_and_an_empty_range_tells_the_truth(
    qtbot, progress, controller
) -> None:
    long_ago = [logged(400, "20", 5, 2, 1), logged(398, "25", 5, 2, 1)]
    tab = progress(long_ago)
    choose(tab, "load")
    tab.range_choice.setCurrentIndex(tab.range_choice.findData(84))
    last_day = TODAY - timedelta(days=398)
    message = tab.view.message.text()
    assert message.startswith("No sessions between ")
    # Written as the window writes every day: the locale's short form, year in full.
    assert f"Your last was on {format_date(last_day)}." in message
    assert str(last_day.year) in format_date(last_day)
    assert tab.show_all_button.isVisible()
    qtbot.mouseClick(tab.show_all_button, Qt.MouseButton.LeftButton)
    assert tab.range_choice.currentData() == 0
    assert not tab.show_all_button.isVisible()
    xs, _ = tab.view.items["actual added load"].getData()
    assert len(xs) == 2
    assert from_qdate(tab.first.date()) <= last_day
    # A plan ahead moves the end of "12 weeks" to its last session, and the dates say so.
    ahead = Session(TODAY + timedelta(days=30), planned_load=Mass.of("30", "lb"), sled_id=SLED.id)
    build_services(controller.workspace).schedule.add(ahead)
    tab.range_choice.setCurrentIndex(tab.range_choice.findData(84))
    qtbot.waitUntil(lambda: from_qdate(tab.last.date()) == ahead.day)


def test_the_chosen_chart_and_range_are_remembered(progress, controller) -> None:
    tab = progress(SESSIONS)
    choose(tab, "pain")
    tab.range_choice.setCurrentIndex(tab.range_choice.findData(365))
    assert controller.reload()  # the tabs are built anew, as at the next start
    controller.window.select_tab("progress")
    again = controller.window.progress_tab
    assert again is not tab
    assert again.chart_choice.currentData() == "pain"
    assert again.range_choice.currentData() == 365


def test_every_chart_shows_exactly_the_chosen_range_with_today_marked(progress) -> None:
    tab = progress(SESSIONS)
    tab.range_choice.setCurrentIndex(tab.range_choice.findData(28))
    first, last = tab.current_range()
    for key in ("load", "minutes", "acwr", "pain"):
        choose(tab, key)
        for plot in tab.view.plots:
            (x0, x1), _ = plot.viewRange()
            assert (x0, x1) == (day_seconds(first), day_seconds(last) + 86_400.0), key
        assert tab.view.items["today"].value() == day_seconds(TODAY) + 43_200.0
        tab.view.grab()  # painted once, the axis knows its font and zoom level
        axis = tab.view.plots[0].getAxis("bottom")
        spacing, values = axis.tickValues(day_seconds(first), day_seconds(last), 800)[0]
        labels = axis.tickStrings(values, 1.0, spacing)
        assert labels, key
        # Each label is a day with the locale's month name ("Nov 10"), never a bare number or
        # seconds since 1970, and it names the day its tick stands at.
        locale = user_locale()
        months = {locale.monthName(month, locale.FormatType.ShortFormat) for month in range(1, 13)}
        for value, label in zip(values, labels, strict=True):
            assert any(month in label for month in months), labels
            shown = datetime.fromtimestamp(value, UTC).date()
            assert label == locale.toString(to_qdate(shown), day_pattern()), labels


def test_loads_minutes_and_pain_start_at_zero(progress) -> None:
    tab = progress(SESSIONS)
    for key in ("load", "minutes", "pain"):
        choose(tab, key)
        for plot in tab.view.plots:
            (_, (y0, y1)) = plot.viewRange()
            assert y0 == 0 and y1 > 0, key


def test_a_theme_change_redraws_the_chart_in_its_colours(qtbot, progress, controller) -> None:
    from PySide6.QtGui import QColor, QPalette

    tab = progress(SESSIONS)
    choose(tab, "load")
    before = tab.view.layout_widget.backgroundBrush().color().name()
    palette = tab.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#123456"))
    tab.setPalette(palette)
    qtbot.waitUntil(lambda: tab.view.layout_widget.backgroundBrush().color().name() == "#123456")
    assert before != "#123456"


def test_legends_and_guide_labels_never_cover_the_data(progress) -> None:
    tab = progress(SESSIONS)
    for key in ("load", "acwr", "pain"):
        choose(tab, key)
        tab.view.grab()  # laid out and painted
        for plot in tab.view.plots:
            data_area = plot.vb.sceneBoundingRect()
            legend = plot.legend.sceneBoundingRect()
            assert legend.height() > 0, key
            assert not legend.intersects(data_area), key
