"""Both themes meet WCAG AA contrast, measured from the palette the window uses."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from sledplanner.ui.theme import _dark_palette, _light_palette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def light_palette() -> QPalette:
    return _light_palette()


TEXT_ON = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
]


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize(("text", "background"), TEXT_ON)
def test_text_meets_4_5_to_1(qapp: QApplication, name: str, text, background) -> None:  # noqa: ANN001
    palette = _dark_palette() if name == "dark" else light_palette()
    for group in (Group.Active, Group.Inactive):
        ratio = contrast(palette.color(group, text), palette.color(group, background))
        assert ratio >= 4.5, f"{name} {group.name}: {text.name} on {background.name} is {ratio:.2f}"


def test_dark_control_edges_meet_3_to_1(qapp: QApplication) -> None:
    palette = _dark_palette()
    for edge in (Role.Mid, Role.Dark):
        for surface in (Role.Window, Role.Base, Role.Button):
            ratio = contrast(palette.color(edge), palette.color(surface))
            assert ratio >= 3, f"{edge.name} on {surface.name} is {ratio:.2f}"


def test_dark_disabled_controls_keep_the_dark_surfaces(qapp: QApplication) -> None:
    """A disabled button must not be a light box beside dark enabled ones."""
    palette = _dark_palette()
    for role in (Role.Button, Role.Window, Role.Base):
        disabled = palette.color(Group.Disabled, role)
        assert disabled == palette.color(Group.Active, role), role.name
    disabled_text = palette.color(Group.Disabled, Role.ButtonText)
    enabled_text = palette.color(Group.Active, Role.ButtonText)
    button = palette.color(Group.Active, Role.Button)
    assert contrast(disabled_text, button) < contrast(enabled_text, button)
    assert contrast(disabled_text, button) >= 3, "still readable"
