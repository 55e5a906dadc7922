"""Form messages: red that reads in both themes, and a line that keeps its room."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from sledplanner.ui.left_fields import MessageLine
from sledplanner.ui.theme import apply_theme


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(autouse=True)
def _system_theme() -> Iterator[None]:
    yield
    apply_theme("system")


def test_a_message_reads_at_4_5_to_1_in_both_themes_and_follows_a_switch(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    apply_theme("light")
    line = MessageLine("someError", parent, lines=2)
    line.show_error("Mass is needed")
    ratios = {}
    for theme in ("light", "dark", "light"):
        apply_theme(theme)
        QApplication.processEvents()
        ink = line.palette().color(QPalette.ColorRole.WindowText)
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        ratios[theme] = contrast(ink, window)
        assert ratios[theme] >= 4.5, (theme, ink.name(), window.name())
    assert line.text() == "Mass is needed" and line.toolTip() == "Mass is needed"
    height = line.height()
    line.show_error(None)
    assert line.text() == "" and line.height() == height, "an empty line keeps its room"
