"""Fixtures of the team tests: a folder to write athlete databases into."""

from __future__ import annotations

from pathlib import Path

import pytest

from .team_data import Writer, write_athlete_file


@pytest.fixture
def write_athlete(tmp_path: Path) -> Writer:
    """Write ``team/NAME.json`` under the test's folder (see ``write_athlete_file``)."""

    def write(name: str, sessions=None, gear=None) -> Path:  # noqa: ANN001
        return write_athlete_file(tmp_path / "team" / f"{name}.json", sessions, gear)

    return write
