"""Work that waits for a window's next paint runs after it, not before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sledplanner.ui.first_paint import after_next_paint


class _PaintCounter(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.paints = 0
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_work_waits_for_the_paint_that_shows_a_change_made_after_the_window_appeared(
    qtbot,  # noqa: ANN001
) -> None:
    window = QLabel("before")
    qtbot.addWidget(window)
    counter = _PaintCounter(window)
    window.show()
    first: list[int] = []
    after_next_paint(window, lambda: first.append(counter.paints))  # as at start-up
    qtbot.waitUntil(lambda: bool(first))
    assert first[0] >= 1
    QApplication.processEvents()  # whatever paint the showing queued is done
    painted_before = counter.paints
    seen: list[int] = []
    after_next_paint(window, lambda: seen.append(counter.paints))
    QApplication.processEvents()  # no paint pending: the work keeps waiting
    assert seen == []
    window.setText("after: a large file's data")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] > painted_before  # it ran after the window painted the change


def test_work_for_a_hidden_window_runs_on_the_next_turn_of_the_event_loop(qtbot) -> None:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[str] = []
    after_next_paint(window, lambda: seen.append("ran"))
    assert seen == []  # never during the call itself
    qtbot.waitUntil(lambda: seen == ["ran"])


def test_several_waiting_runs_go_in_the_order_they_came_and_each_only_once(qtbot) -> None:  # noqa: ANN001
    window = QLabel("x")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    seen: list[int] = []
    for number in range(3):
        after_next_paint(window, lambda number=number: seen.append(number))
    window.setText("y")
    qtbot.waitUntil(lambda: len(seen) == 3)
    window.setText("z")  # another paint does not run them again
    after_next_paint(window, lambda: seen.append(99))
    qtbot.waitUntil(lambda: seen[-1] == 99)
    assert seen == [0, 1, 2, 99]
