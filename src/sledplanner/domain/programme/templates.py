"""The shipped programme templates and the file they are read from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    MAX_NOTES,
    check_text,
    parse_enum,
)
from sledplanner.domain.programme.checks import _check_bool, _check_decimal, _check_int
from sledplanner.domain.programme.words import MAX_WEEKS, TEMPLATES_FORMAT
from sledplanner.domain.sessions import (
    Activity,
    check_minutes,
)

# ------------------------------------------------------------------ templates


@dataclass(frozen=True)
class ProgrammeTemplate:
    """A shipped starting point for a programme.

    Attributes:
        key: The stable key stored with a programme, such as "progressive".
        name: The name shown to people.
        description: What the template does and where its numbers come from.
        activity: What each session is.
        loaded: Whether the sled carries a load that progresses week by week. An unloaded
            template with a sled activity drags the empty sled (load 0).
        sessions_per_week: How many days the default weekdays hold (see
            :attr:`default_weekdays`).
        default_weeks: The programme length offered first.
        minutes: The minutes of each session.
        deload_every: Every this-many-th week is lighter, or None for no lighter weeks.
        deload_factor: A lighter week's load as a fraction of the load before it (0 < f < 1).
    """

    key: str
    name: str
    description: str
    activity: Activity
    loaded: bool
    sessions_per_week: int
    default_weeks: int
    minutes: int
    deload_every: int | None = None
    deload_factor: Decimal = Decimal("0.8")

    def __post_init__(self) -> None:
        """Check every field; raise ValidationError naming the first bad one."""
        object.__setattr__(self, "key", check_text(self.key, "key", required=True))
        object.__setattr__(self, "name", check_text(self.name, "name", required=True))
        object.__setattr__(
            self,
            "description",
            check_text(self.description, "description", required=False, limit=MAX_NOTES),
        )
        object.__setattr__(self, "activity", parse_enum(Activity, self.activity, "activity"))
        _check_bool(self.loaded, "loaded")
        if self.loaded and not self.activity.uses_sled:
            raise ValidationError("loaded", f"{self.activity.label} carries no load")
        _check_int(self.sessions_per_week, "sessions_per_week", 1, 7)
        _check_int(self.default_weeks, "default_weeks", 1, MAX_WEEKS)
        check_minutes(self.minutes, "minutes")
        if self.deload_every is not None:
            _check_int(self.deload_every, "deload_every", 2, MAX_WEEKS)
        factor = _check_decimal(self.deload_factor, "deload_factor")
        if not 0 < factor < 1:
            raise ValidationError("deload_factor", f"must be above 0 and below 1, got {factor}")
        object.__setattr__(self, "deload_factor", factor)

    @property
    def default_weekdays(self) -> tuple[int, ...]:
        """The weekdays offered first: ``sessions_per_week`` days spread over the week.

        Day ``i`` of ``n`` is weekday ``floor(7 i / n)``: 3 a week gives Mon, Wed, Fri (a rest
        day between sessions), 7 gives every day.
        """
        count = self.sessions_per_week
        return tuple(7 * index // count for index in range(count))


def parse_templates(data: Mapping[str, Any]) -> list[ProgrammeTemplate]:
    """Read the templates file (already parsed from JSON) into templates, in file order.

    The file is ``{"format": 1, "templates": [{...}, ...]}``; each template has the fields of
    :class:`ProgrammeTemplate`, with ``deload_factor`` written as text (``"0.8"``) and
    ``deload_every`` as a whole number or null.

    Args:
        data: The parsed JSON object.

    Returns:
        The templates.

    Raises:
        ValidationError: Naming the bad field, with the template's key or position in the
            message; also on the field "key" when two templates share a key.
    """
    if not isinstance(data, Mapping):
        raise ValidationError("templates", "the templates file must hold an object")
    file_format = data.get("format", TEMPLATES_FORMAT)
    if file_format != TEMPLATES_FORMAT:
        raise ValidationError("format", f"unknown templates format {file_format!r}")
    raw_templates = data.get("templates")
    if not isinstance(raw_templates, list):
        raise ValidationError("templates", "must be a list of templates")
    templates: list[ProgrammeTemplate] = []
    for position, raw in enumerate(raw_templates, start=1):
        if not isinstance(raw, Mapping):
            raise ValidationError("templates", f"template {position} must be an object")
        where = f"template '{raw.get('key')}'" if raw.get("key") else f"template {position}"
        try:
            template = ProgrammeTemplate(
                key=_required(raw, "key"),
                name=_required(raw, "name"),
                description=raw.get("description", ""),
                activity=parse_enum(Activity, _required(raw, "activity"), "activity"),
                loaded=_required(raw, "loaded"),
                sessions_per_week=_required(raw, "sessions_per_week"),
                default_weeks=_required(raw, "default_weeks"),
                minutes=_required(raw, "minutes"),
                deload_every=raw.get("deload_every"),
                deload_factor=_check_decimal(raw.get("deload_factor", "0.8"), "deload_factor"),
            )
        except ValidationError as exc:
            raise ValidationError(exc.field, f"{where}: {exc.message}") from None
        if any(known.key == template.key for known in templates):
            raise ValidationError("key", f"two templates have the key '{template.key}'")
        templates.append(template)
    return templates


def _required(raw: Mapping[str, Any], name: str) -> Any:
    """Return ``raw[name]``, or raise a ValidationError saying it is missing."""
    if name not in raw:
        raise ValidationError(name, "is missing")
    return raw[name]
