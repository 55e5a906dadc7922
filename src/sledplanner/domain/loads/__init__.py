"""Loads that can be stacked on a sled from the pieces a user owns, and the search for a target.

A load is a multiset of pieces (kettlebells, plates, dumbbells, sandbags) stacked on one side of
the sled, so its mass is the plain sum of the pieces' masses. All arithmetic is exact: masses are
added as integer multiples of a common fraction of a kilogram, derived from the exact
:attr:`Mass.kg` of every piece, so nothing is ever rounded.

The searches are dynamic programmes over the distinct totals that can be reached, keeping for
each total the combination with the fewest pieces. Ties between combinations with as many pieces
are broken the same way every time: the one using more of the heaviest pieces wins (comparing
piece by piece, heaviest first, then by key).

The package, one idea per module: :mod:`.pieces` (pieces, combinations, ladders, matches and
their words), :mod:`.table` (the exact dynamic programme over totals) and :mod:`.search`
(the ladder and the nearest loads to targets).
"""

from sledplanner.domain.loads.pieces import (
    DEFAULT_LADDER_LIMIT,
    Combination,
    Ladder,
    LoadMatch,
    Piece,
    format_amount,
)
from sledplanner.domain.loads.search import build_ladder, find_load, find_loads

__all__ = [
    "Combination",
    "DEFAULT_LADDER_LIMIT",
    "Ladder",
    "LoadMatch",
    "Piece",
    "build_ladder",
    "find_load",
    "find_loads",
    "format_amount",
]
