"""Light, dark or the system's look; the charts read the palette when they draw."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

_system: tuple[str, QPalette] | None = None


def _dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    # Every group gets the dark surfaces: a disabled button on a light default surface looked
    # more active than the enabled ones beside it.
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#262626"))
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#353535"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#353535"))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2b66c0"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#8a8a8a"))
        # Control edges (frames, separators) at 3:1 against the window (WCAG 2.1 1.4.11).
        palette.setColor(group, QPalette.ColorRole.Mid, QColor("#7f7f7f"))
        palette.setColor(group, QPalette.ColorRole.Dark, QColor("#8a8a8a"))
        palette.setColor(group, QPalette.ColorRole.Light, QColor("#5a5a5a"))
        palette.setColor(group, QPalette.ColorRole.Shadow, QColor("#101010"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#6aa6ff"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#8c8c8c"))
    return palette


def _light_palette() -> QPalette:
    """Fusion's light palette, with a selection dark enough for white text (4.5:1)."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#1f63a8"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def apply_theme(name: str) -> None:
    """Switch the whole application to ``name`` (system, light or dark) at once."""
    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (app.style().name(), app.palette())
    if name == "dark":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_dark_palette())
    elif name == "light":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_light_palette())
    else:
        style_name, palette = _system
        app.setStyle(QStyleFactory.create(style_name) or app.style())
        app.setPalette(palette)
