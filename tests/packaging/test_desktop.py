"""Linux desktop integration: the .desktop file, the AppStream metainfo and the icon renderer."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

import sledplanner
from sledplanner.app import gui
from sledplanner.services.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.sledplanner.SledPlanner"
DESKTOP_NAME = f"{APP_ID}.desktop"
METAINFO_NAME = f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def desktop_file() -> Path:
    return resource_path("desktop", DESKTOP_NAME)


def metainfo_file() -> Path:
    return resource_path("desktop", METAINFO_NAME)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(desktop_file(), encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(metainfo_file()).getroot()


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


# ---------------------------------------------------------------- shipped in the package


@pytest.mark.parametrize("name", [DESKTOP_NAME, METAINFO_NAME])
def test_desktop_files_ship_inside_the_installed_package(name: str) -> None:
    path = resource_path("desktop", name)
    assert path.is_file()
    assert Path(sledplanner.__file__).parent in path.parents
    assert path.read_bytes() == (REPO / "resources" / "desktop" / name).read_bytes()


# ---------------------------------------------------------------- validators


def test_desktop_file_validates() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    result = run_tool("desktop-file-validate", str(desktop_file()))
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings and hints are printed with exit code 0: none is allowed either.
    assert result.stdout + result.stderr == ""


def test_metainfo_validates_without_network() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    result = run_tool("appstreamcli", "validate", "--no-net", str(metainfo_file()))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Infos (I:) and pedantic notes (P:) may remain; no errors (E:) or warnings (W:).
    problems = [line for line in output.splitlines() if line.lstrip().startswith(("E:", "W:"))]
    assert problems == [], output


# ---------------------------------------------------------------- one app id everywhere


def test_the_same_app_id_is_used_everywhere(qapp: QGuiApplication) -> None:
    entry = desktop_entry()
    root = metainfo()
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"

    assert desktop_file().stem == APP_ID
    assert entry["Icon"] == APP_ID
    assert root.findtext("id") == APP_ID
    assert launchable.text == DESKTOP_NAME
    assert gui.APP_ID == APP_ID

    gui.application()
    assert QGuiApplication.desktopFileName() == APP_ID


def test_desktop_entry_runs_the_installed_command() -> None:
    entry = desktop_entry()
    command = entry["Exec"].split()[0]
    assert command == "sledplanner"
    assert [binary.text for binary in metainfo().iter("binary")] == [command]
    # The gui-script that pip installs beside this interpreter.
    assert (Path(sys.executable).parent / command).is_file()
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    # Qt's X11 WM_CLASS class is the application name.
    assert entry["StartupWMClass"] == gui.APP_NAME


def test_metainfo_screenshots_are_the_readme_pictures() -> None:
    images = [image.text or "" for image in metainfo().iter("image")]
    names = [image.rsplit("/", 1)[-1] for image in images]
    assert names == ["equipment.png", "programme.png", "progress.png"]
    for image, name in zip(images, names, strict=True):
        assert image.startswith("https://")
        assert image.endswith(f"/docs/screenshots/{name}")
        assert (REPO / "docs" / "screenshots" / name).is_file()


# ---------------------------------------------------------------- icons


def test_icon_script_renders_every_size(tmp_path: Path) -> None:
    output = tmp_path / "hicolor"
    result = run_tool(sys.executable, str(REPO / "packaging" / "icons.py"), str(output))
    assert result.returncode == 0, result.stderr

    for size in ICON_SIZES:
        png = output / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) == (size, size)
        # Not blank: transparent outside the rounded square, opaque in the middle, many colours.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        argb = image.convertToFormat(QImage.Format.Format_ARGB32)
        data = bytes(argb.constBits())
        colours = {data[i : i + 4] for i in range(0, len(data), 4)}
        assert len(colours) >= 3, png

    scalable = output / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "sledplanner.svg").read_bytes()
    assert sorted(p.name for p in output.iterdir()) == sorted(
        [f"{size}x{size}" for size in ICON_SIZES] + ["scalable"]
    )


def test_icon_script_refuses_a_missing_svg(tmp_path: Path) -> None:
    result = run_tool(
        sys.executable,
        str(REPO / "packaging" / "icons.py"),
        str(tmp_path / "hicolor"),
        "--svg",
        str(tmp_path / "missing.svg"),
    )
    assert result.returncode == 1
    assert "missing.svg" in result.stderr
