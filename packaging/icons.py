"""Render the app icon into a freedesktop hicolor icon theme folder.

Usage: ``python packaging/icons.py OUTPUT [--svg SVG]``, for example
``python packaging/icons.py ~/.local/share/icons/hicolor``. It writes
``OUTPUT/<size>x<size>/apps/<APP_ID>.png`` for every size in ``SIZES`` and
``OUTPUT/scalable/apps/<APP_ID>.svg``. The PNGs are made at build or install time with QtSvg
(no display needed) and are not committed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

# Before Qt is imported: render without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "io.github.sledplanner.SledPlanner"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DEFAULT_SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "sledplanner.svg"


def png_path(output: Path, size: int) -> Path:
    """Return where the PNG of one size goes in a hicolor folder."""
    return output / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path(output: Path) -> Path:
    """Return where the scalable icon goes in a hicolor folder."""
    return output / "scalable" / "apps" / f"{APP_ID}.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Draw the SVG on a transparent square image of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return image


def render_icons(svg: Path, output: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write the PNG for every size and a copy of the SVG under ``output``; return the files.

    Raises:
        ValueError: the SVG cannot be read or a PNG cannot be written.
    """
    # QPainter on a QImage needs no window, but Qt wants a GUI application for painting.
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file")
    written: list[Path] = []
    for size in sizes:
        target = png_path(output, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise ValueError(f"{target}: cannot write the PNG")
        written.append(target)
    scalable = svg_path(output)
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, render the icons and list the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="hicolor folder, e.g. PREFIX/share/icons/hicolor")
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="master SVG of the icon")
    args = parser.parse_args(argv)
    try:
        written = render_icons(args.svg, args.output)
    except (OSError, ValueError) as error:
        print(f"icons.py: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
