"""Files shipped inside the installed package (icons, catalogue, templates)."""

from __future__ import annotations

from pathlib import Path

#: The package's ``resources`` folder. The package is always installed as files (the wheel,
#: the bundle, a source checkout), so its folder sits beside this module's package; this costs
#: nothing at start-up, where ``importlib.resources`` took about 4 ms to import.
_ROOT = Path(__file__).parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a file in the package's ``resources`` folder."""
    return _ROOT.joinpath(*parts)


def app_icon_path() -> Path:
    """Return the master SVG of the app icon."""
    return resource_path("icons", "sledplanner.svg")
