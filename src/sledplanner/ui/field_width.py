"""Line edits wide enough to show their whole placeholder text."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle


def fit_placeholder(line: QLineEdit) -> None:
    """Make ``line`` at least wide enough to show its whole placeholder text."""
    margins = line.textMargins()
    frame = line.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    # The frame on both sides, Qt's own inner margin and a little air.
    extra = margins.left() + margins.right() + 4 * frame + 8
    line.setMinimumWidth(line.fontMetrics().horizontalAdvance(line.placeholderText()) + extra)


__all__ = ["fit_placeholder"]
