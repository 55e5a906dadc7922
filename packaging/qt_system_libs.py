"""Make sure Qt's X11 platform plugin can load before `make run` opens the window.

PySide6 from PyPI brings Qt, but its X11 plugin (``libqxcb.so``) needs system libraries that a
fresh Debian or Ubuntu lacks: ``libxcb-cursor0`` (which Qt names in its error), and also
``libxcb-icccm4`` and ``libxcb-keysyms1`` (which it does not). This script asks the dynamic
linker what is missing (``ldd`` on the plugin, and a lookup of ``libxcb-cursor.so.0``, which
Qt opens itself at run time), then:

- on Debian and Ubuntu installs the packages with apt-get (through sudo when not root),
  saying what it installs;
- elsewhere stops, naming the packages for dnf, pacman and zypper.

Usage: ``python packaging/qt_system_libs.py [--check]``; ``--check`` only reports (exit 1 when
something is missing). Exit 0 when the plugin can load, or off Linux.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Libraries Qt opens at run time, so ldd does not list them: soname → name to look up.
RUNTIME_LIBS = {"libxcb-cursor.so.0": "xcb-cursor"}

#: Debian package names that do not follow from the soname by the usual rule.
DEBIAN_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfreetype.so.6": "libfreetype6",
}

#: What the X11 plugin needs, by package manager (Qt's "Qt for X11 requirements").
OTHER_SYSTEMS = {
    "dnf": "xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil "
    "libxkbcommon-x11",
    "pacman": "xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil "
    "libxkbcommon-x11",
    "zypper": "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxkbcommon-x11-0",
}


def debian_package(soname: str) -> str:
    """The Debian package that ships ``soname``, by Debian's library naming rule.

    ``libxcb-cursor.so.0`` → ``libxcb-cursor0``; a name ending in a digit takes a hyphen
    (``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0``); names are lower case
    (``libX11-xcb.so.1`` → ``libx11-xcb1``).
    """
    if soname in DEBIAN_EXCEPTIONS:
        return DEBIAN_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    major = version.split(".")[0]
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def missing_from_ldd(output: str) -> list[str]:
    """The sonames ldd reports as "not found", each once, in order."""
    found: dict[str, None] = {}
    for line in output.splitlines():
        if "=> not found" in line:
            found[line.split("=>")[0].strip()] = None
    return list(found)


def plugin_path() -> Path | None:
    """Where PySide6's X11 platform plugin is, or None without one."""
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The sonames the plugin needs that the system does not have."""
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    missing = missing_from_ldd(result.stdout)
    for soname, short in RUNTIME_LIBS.items():
        if ctypes.util.find_library(short) is None and soname not in missing:
            missing.append(soname)
    return missing


def apt_install(packages: list[str]) -> int:
    """Install ``packages`` with apt-get, through sudo when not root; updating lists if needed."""
    prefix = [] if os.geteuid() == 0 else ["sudo"]
    if prefix and shutil.which("sudo") is None:
        print("  sudo is not installed: run as root: apt-get install -y " + " ".join(packages))
        return 1
    install = [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *packages]
    print("  " + " ".join(install))
    if subprocess.run(install, check=False).returncode == 0:
        return 0
    print("  updating the package lists, then trying again")
    subprocess.run([*prefix, "apt-get", "update"], check=False)
    return subprocess.run(install, check=False).returncode


def main(argv: list[str]) -> int:
    """Check the plugin; install what is missing on Debian/Ubuntu unless ``--check``."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return 0  # another platform plugin was chosen (offscreen, wayland)
    plugin = plugin_path()
    if plugin is None:
        return 0
    missing = missing_libraries(plugin)
    if not missing:
        return 0
    print("Qt's X11 window support needs system libraries this machine lacks:")
    print("  " + " ".join(missing))
    debian = Path("/etc/debian_version").exists() and shutil.which("apt-get") is not None
    if debian:
        packages = sorted({debian_package(soname) for soname in missing})
        if "--check" in argv:
            print("Install them with: sudo apt-get install -y " + " ".join(packages))
            return 1
        print("Installing them with apt-get: " + " ".join(packages))
        if apt_install(packages) != 0:
            print("apt-get could not install them; install them by hand, then run again.")
            return 1
        still = missing_libraries(plugin)
        if still:
            print("Still missing after the install: " + " ".join(still))
            return 1
        print("Done: the window can open now.")
        return 0
    print("Install them with your package manager, then run again:")
    for manager, packages in OTHER_SYSTEMS.items():
        verb = "-S" if manager == "pacman" else "install"
        print(f"  sudo {manager} {verb} {packages}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
