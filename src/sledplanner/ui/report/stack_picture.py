"""A drawing of the pieces stacked on the sled, heaviest at the bottom, for the session card.

Black outlines on white and grey, so it prints in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from sledplanner.domain.units import Mass, MassUnit
from sledplanner.ui.formatting import format_mass

__all__ = ["stack_picture"]

_WIDTH = 520
_PIECE_HEIGHT = 34
_SLED_HEIGHT = 30


def stack_picture(
    pieces: Sequence[tuple[str, Mass, int]], sled: str | None, unit: MassUnit
) -> QImage:
    """Draw each piece as many times as it is used, on a sled labelled ``sled``."""
    layers = [(label, mass) for label, mass, used in pieces for _ in range(used)]
    layers.sort(key=lambda layer: layer[1].kg, reverse=True)
    height = 20 + len(layers) * (_PIECE_HEIGHT + 4) + _SLED_HEIGHT + 20
    image = QImage(_WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(19)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#000000"), 2))
    heaviest = max((mass.kg for _, mass in layers), default=1) or 1
    y = height - 20 - _SLED_HEIGHT
    # The sled: a wide runner with upturned ends.
    sled_rect = QRectF(30, y, _WIDTH - 60, _SLED_HEIGHT)
    painter.setBrush(QColor("#d0d0d0"))
    painter.drawRoundedRect(sled_rect, 8, 8)
    painter.drawText(sled_rect, Qt.AlignmentFlag.AlignCenter, sled or "sled")
    for label, mass in layers:
        y -= _PIECE_HEIGHT + 4
        share = float(mass.kg / heaviest)
        width = 160 + (_WIDTH - 60 - 40 - 160) * share
        rect = QRectF((_WIDTH - width) / 2, y, width, _PIECE_HEIGHT)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(rect)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{label} · {format_mass(mass, unit)}")
    painter.end()
    return image
