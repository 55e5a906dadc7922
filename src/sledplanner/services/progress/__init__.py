"""Progress use cases: the data of each chart for a date range, from sessions and gear.

One module per idea: :mod:`.base` (colours, chart list, history, units), :mod:`.training`
(load, minutes, force), :mod:`.stress` (ACWR, fitness), :mod:`.knees_and_money` (pain, spend)
and :mod:`.service` (the service that puts them together).
"""

from sledplanner.services.progress.base import (
    ACWR_MIN_DAYS,
    BLUE,
    CHARTS,
    GREEN,
    ORANGE,
    PURPLE,
    RED,
)
from sledplanner.services.progress.service import ProgressService

__all__ = ["ACWR_MIN_DAYS", "BLUE", "CHARTS", "GREEN", "ORANGE", "PURPLE", "RED", "ProgressService"]
