"""The tests exercise the installed package, resources included, not the source tree."""

from __future__ import annotations

from pathlib import Path

import sledplanner
from sledplanner.services.resources import app_icon_path


def test_package_is_the_installed_copy() -> None:
    location = Path(sledplanner.__file__).resolve()
    assert "site-packages" in location.parts
    assert "src" not in location.parts


def test_resources_ship_inside_the_package() -> None:
    icon = app_icon_path()
    assert icon.is_file()
    assert Path(sledplanner.__file__).parent in icon.parents
    assert icon.read_text("utf-8").lstrip().startswith("<?xml")


def test_qt_calls_keep_none_alive(qtbot) -> None:  # noqa: ANN001
    """A Qt call that returns nothing must not drop a reference to None.

    PySide6 6.12.0 on Python 3.11 did, once per call, and the interpreter aborted after a few
    thousand calls; pyproject.toml keeps that release out.
    """
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("sled")
    assert sys.getrefcount(None) - before > -100
