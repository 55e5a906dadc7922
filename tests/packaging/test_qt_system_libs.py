"""`make run` checks the system libraries that Qt's X11 plugin needs (qt_system_libs.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "qt_system_libs.py"


@pytest.fixture(scope="module")
def libs():
    spec = importlib.util.spec_from_file_location("qt_system_libs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_each_missing_library_names_its_debian_package(libs, soname: str, package: str) -> None:
    assert libs.debian_package(soname) == package


def test_ldd_output_gives_each_missing_library_once(libs) -> None:
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x00007f)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
    )
    assert libs.missing_from_ldd(output) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_another_platform_is_not_checked(libs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(libs, "missing_libraries", lambda _plugin: pytest.fail("checked"))
    assert libs.main(["--check"]) == 0


def test_a_missing_library_is_named_with_the_command_that_installs_it(
    libs, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(libs, "plugin_path", lambda: Path("/plugin/libqxcb.so"))
    monkeypatch.setattr(libs, "missing_libraries", lambda _plugin: ["libxcb-keysyms.so.1"])
    if not Path("/etc/debian_version").exists():
        pytest.skip("the Debian branch needs a Debian or Ubuntu machine")
    assert libs.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "libxcb-keysyms.so.1" in out
    assert "sudo apt-get install -y libxcb-keysyms1" in out


def test_elsewhere_it_stops_with_the_names_for_dnf_pacman_and_zypper(
    libs, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(libs, "plugin_path", lambda: Path("/plugin/libqxcb.so"))
    monkeypatch.setattr(libs, "missing_libraries", lambda _plugin: ["libxcb-cursor.so.0"])
    monkeypatch.setattr(libs.shutil, "which", lambda name: None if name == "apt-get" else "/x")
    assert libs.main([]) == 1
    out = capsys.readouterr().out
    assert "sudo dnf install xcb-util-cursor" in out
    assert "sudo pacman -S xcb-util-cursor" in out
    assert "sudo zypper install libxcb-cursor0" in out


def test_the_script_runs_on_this_machine() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb"},
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    assert result.returncode == 0 or "apt-get install" in result.stdout or "dnf" in result.stdout
