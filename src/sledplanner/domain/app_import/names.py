"""The apps an export comes from, and which exercise names are sled drags or backward walks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.sessions import (
    Activity,
)

#: The mapping value that leaves an exercise out of the import.
SKIP = "skip"


class SourceApp(StrEnum):
    """The app an export comes from."""

    STRONG = "strong"
    HEVY = "hevy"
    FITNOTES = "fitnotes"

    @property
    def label(self) -> str:
        """The app's name as it writes it."""
        return {"strong": "Strong", "hevy": "Hevy", "fitnotes": "FitNotes"}[self.value]


# ---------------------------------------------------------------------- exercise names

_WORD = re.compile(r"[^\W\d_]+")
_BACKWARD = frozenset({"backward", "backwards", "reverse", "retro"})
_LATERAL = frozenset({"lateral", "side", "sideways"})
_DRAG = frozenset({"drag", "drags", "dragging", "pull", "pulls", "pulling"})
_WALK = frozenset({"walk", "walks", "walking"})
_SLED = frozenset({"sled", "sleds", "sledge", "prowler"})
_PUSH = frozenset({"push", "pushes", "pushing"})


def activity_for(name: str) -> Activity | None:
    """Map an exercise name to an activity by its words; None when it is not one of ours.

    * "sled" with "backward", "reverse" or "retro": a backward drag;
    * "sled" with "lateral" or "side": a lateral drag;
    * any other sled drag or pull: a forward drag (a sled push is not a drag);
    * "backward", "retro" or "reverse" with "walk": a backward walk.
    """
    words = {word.casefold() for word in _WORD.findall(name)}
    if words & _SLED and not words & _PUSH:
        if words & _BACKWARD:
            return Activity.BACKWARD_DRAG
        if words & _LATERAL:
            return Activity.LATERAL_DRAG
        if words & _DRAG:
            return Activity.FORWARD_DRAG
        return None
    if words & _BACKWARD and words & _WALK:
        return Activity.BACKWARD_WALK
    return None


def parse_exercise_overrides(texts: Iterable[str]) -> dict[str, Activity | None]:
    """Read ``NAME=ACTIVITY`` choices (ACTIVITY an activity value, or ``skip``).

    Returns:
        The activity (None for skip) per exercise name, keyed by the name case-folded.

    Raises:
        ValidationError: A text is not NAME=ACTIVITY or names an unknown activity.
    """
    found: dict[str, Activity | None] = {}
    choices = " | ".join([*(activity.value for activity in Activity), SKIP])
    for text in texts:
        name, equals, value = text.rpartition("=")
        if not equals or not name.strip():
            raise ValidationError(
                "--exercise", f"'{text}' is not NAME=ACTIVITY (ACTIVITY one of {choices})"
            )
        key = value.strip().lower()
        if key == SKIP:
            found[name.strip().casefold()] = None
            continue
        try:
            found[name.strip().casefold()] = Activity(key)
        except ValueError:
            raise ValidationError(
                "--exercise", f"'{value.strip()}' is not one of {choices}"
            ) from None
    return found


# ---------------------------------------------------------------------- sets and sessions
