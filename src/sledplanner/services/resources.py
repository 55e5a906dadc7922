"""Files shipped inside the installed package (icons, catalogue, templates)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Return the path of a file in the package's ``resources`` folder."""
    root = resources.files("sledplanner") / "resources"
    return Path(str(root.joinpath(*parts)))


def app_icon_path() -> Path:
    """Return the master SVG of the app icon."""
    return resource_path("icons", "sledplanner.svg")
