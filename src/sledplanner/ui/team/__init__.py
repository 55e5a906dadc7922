"""The coach's team view: one row per athlete database in a folder."""

from sledplanner.ui.team.model import TeamTableModel
from sledplanner.ui.team.view import TeamView

__all__ = ["TeamTableModel", "TeamView"]
