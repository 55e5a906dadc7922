"""A compiled translation in resources/i18n is picked up for the user's language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sledplanner.app.gui import install_translation
from sledplanner.services.resources import app_icon_path

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
</context>
</TS>
"""


def test_a_compiled_translation_is_loaded_for_its_language(qapp, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists() and shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed with PySide6 here")
    source = tmp_path / "sledplanner_de.ts"
    source.write_text(TS, "utf-8")
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(tmp_path / "sledplanner_de.qm")],
        check=True,
        capture_output=True,
    )
    assert install_translation(qapp, tmp_path, QLocale("fr_FR")) is None
    translator = install_translation(qapp, tmp_path, QLocale("de_DE"))
    assert translator is not None
    try:
        assert QCoreApplication.translate("MainWindow", "Equipment") == "Ausrüstung"
    finally:
        QApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Equipment") == "Equipment"


def test_the_icon_is_crisp_at_200_percent(qapp) -> None:
    icon = QIcon(str(app_icon_path()))
    pixmap = icon.pixmap(32, 32, QIcon.Mode.Normal, QIcon.State.Off)
    sharp = icon.pixmap(64, 64)  # what a 32 px icon needs on a 200 % screen
    assert (pixmap.width(), pixmap.height()) == (32, 32)
    assert (sharp.width(), sharp.height()) == (64, 64), "the SVG renders at twice the size"
    image = sharp.toImage()
    assert len({image.pixel(x, y) for x in range(0, 64, 2) for y in range(0, 64, 2)}) > 8
