"""A programme: what the user chose from a template."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sledplanner.domain.day_words import day_text
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    _field,
    check_text,
    new_id,
    parse_date,
    parse_enum,
    stored_id,
)
from sledplanner.domain.programme.checks import (
    _check_bool,
    _check_date,
    _check_decimal,
    _check_int,
    _check_mass,
    _check_weekdays,
    _stored_decimal,
    _stored_mass,
)
from sledplanner.domain.programme.templates import ProgrammeTemplate, _required
from sledplanner.domain.programme.words import (
    _WEEKDAY_NAMES,
    DEFAULT_CAP_PERCENT,
    MAX_BODY_KG,
    MAX_CAP_PERCENT,
    MAX_STEP_PERCENT,
    MAX_WEEKS,
    MIN_CAP_PERCENT,
    _percent_text,
    mass_text,
)
from sledplanner.domain.sessions import (
    Activity,
    check_load,
    check_minutes,
    week_start,
)
from sledplanner.domain.surfaces import surface as surface_preset
from sledplanner.domain.units import Mass

# ------------------------------------------------------------------ programmes


@dataclass(frozen=True, kw_only=True)
class Programme:
    """What the user chose for a block of training weeks; checked when made.

    The weekly load grows from ``start_load`` by ``step`` (a mass) or by
    ``step_percent_body_mass`` % of ``body_mass`` (never both), never by more than
    ``weekly_cap_percent`` % of the previous week (see :func:`generate`). Week 1 is the calendar
    week (Monday to Sunday) holding ``start``.

    Attributes:
        id: Stable identifier; sessions refer to it as ``programme_id``.
        name: 1–200 characters.
        template: The key of the template it came from.
        start: The first day sessions may fall on.
        weekdays: The training days, 0 = Monday … 6 = Sunday; distinct, stored sorted.
        weeks: How many weeks, 1–104.
        minutes: The minutes of each session, 1–600.
        start_load: The load of week 1 (the mass added to the sled), None when nothing is
            added. Backward walking takes no load.
        step: The weekly increase as a mass, or None.
        step_percent_body_mass: The weekly increase in % of ``body_mass`` (above 0, at most
            20), or None.
        body_mass: The user's body mass; needed for a step in % of body mass.
        weekly_cap_percent: The most a week's load may rise over the previous week's, in %;
            5 to 20, 10 by default (DOMAIN.md §4).
        surface: The surface key the sessions are planned on, or None.
        sled_id: The gear id of the sled, or None. Backward walking takes no sled.
        snap_to_gear: Whether planned loads are lowered to the nearest load the gear builds.
        activity: What each session is; :meth:`from_template` takes the template's.
    """

    id: str = field(default_factory=new_id)
    name: str
    template: str
    start: date
    weekdays: tuple[int, ...] = (0, 2, 4)
    weeks: int = 6
    minutes: int = 10
    start_load: Mass | None = None
    step: Mass | None = None
    step_percent_body_mass: Decimal | None = None
    body_mass: Mass | None = None
    weekly_cap_percent: Decimal = DEFAULT_CAP_PERCENT
    surface: str | None = None
    sled_id: str | None = None
    snap_to_gear: bool = False
    activity: Activity = Activity.BACKWARD_DRAG

    def __post_init__(self) -> None:
        """Check every field; raise ValidationError naming the first bad one."""
        if not isinstance(self.id, str) or not self.id.strip():
            raise ValidationError("id", "must be a non-empty text")
        object.__setattr__(self, "name", check_text(self.name, "name", required=True))
        object.__setattr__(self, "template", check_text(self.template, "template", required=True))
        _check_date(self.start, "start")
        object.__setattr__(self, "weekdays", _check_weekdays(self.weekdays))
        _check_int(self.weeks, "weeks", 1, MAX_WEEKS)
        check_minutes(self.minutes, "minutes")
        object.__setattr__(self, "activity", parse_enum(Activity, self.activity, "activity"))
        check_load(self.start_load, "start_load")
        if self.step is not None:
            check_load(_check_mass(self.step, "step"), "step")
        self._check_percent_step()
        cap = _check_decimal(self.weekly_cap_percent, "weekly_cap_percent")
        if not MIN_CAP_PERCENT <= cap <= MAX_CAP_PERCENT:
            raise ValidationError(
                "weekly_cap_percent",
                f"must be from {MIN_CAP_PERCENT} to {MAX_CAP_PERCENT} %, got {cap}",
            )
        object.__setattr__(self, "weekly_cap_percent", cap)
        if self.surface is not None:
            object.__setattr__(self, "surface", _field(_surface_key, self.surface, "surface"))
        if self.sled_id is not None and (not isinstance(self.sled_id, str) or not self.sled_id):
            raise ValidationError("sled_id", "must be a gear id or empty")
        _check_bool(self.snap_to_gear, "snap_to_gear")
        if not self.activity.uses_sled:
            if self.start_load is not None and self.start_load.kg > 0:
                raise ValidationError("start_load", f"{self.activity.label} carries no load")
            if self.sled_id is not None:
                raise ValidationError("sled_id", f"{self.activity.label} needs no sled")

    def _check_percent_step(self) -> None:
        """Check the % step, the body mass, and that only one kind of step is given."""
        if self.body_mass is not None:
            body = _check_mass(self.body_mass, "body_mass")
            if body.kg <= 0 or body.kg > MAX_BODY_KG:
                raise ValidationError(
                    "body_mass", f"must be above 0 and at most 500 kg, got {body}"
                )
        if self.step_percent_body_mass is None:
            return
        percent = _check_decimal(self.step_percent_body_mass, "step_percent_body_mass")
        if not 0 < percent <= MAX_STEP_PERCENT:
            raise ValidationError(
                "step_percent_body_mass",
                f"must be above 0 and at most {MAX_STEP_PERCENT} %, got {percent}",
            )
        object.__setattr__(self, "step_percent_body_mass", percent)
        if self.step is not None:
            raise ValidationError(
                "step_percent_body_mass",
                "give the weekly step either as a mass or as a % of body mass, not both",
            )
        if self.body_mass is None:
            raise ValidationError("body_mass", "is needed for a step in % of body mass")

    @classmethod
    def from_template(
        cls, template: ProgrammeTemplate, *, start: date, name: str | None = None, **changes: Any
    ) -> Programme:
        """Return a programme with the template's defaults, then ``changes`` applied.

        Args:
            template: The template to start from: its key, activity, default weekdays, weeks
                and minutes are used.
            start: The first day.
            name: The programme's name; the template's name by default.
            **changes: Any other fields of :class:`Programme`.

        Returns:
            The checked programme.
        """
        fields: dict[str, Any] = {
            "name": template.name if name is None else name,
            "template": template.key,
            "start": start,
            "weekdays": template.default_weekdays,
            "weeks": template.default_weeks,
            "minutes": template.minutes,
            "activity": template.activity,
        }
        fields.update(changes)
        return cls(**fields)

    @property
    def first_week(self) -> date:
        """The Monday of week 1."""
        return week_start(self.start)

    @property
    def end(self) -> date:
        """The last day of the last week (a Sunday)."""
        return self.first_week + timedelta(days=7 * self.weeks - 1)

    def describe(self) -> str:
        """One line for lists, such as "Knees: backward sled drag, Mon Wed Fri, 10 min, …"."""
        if len(self.weekdays) == 7:
            days = "every day"
        else:
            days = " ".join(_WEEKDAY_NAMES[day] for day in self.weekdays)
        weeks = "1 week" if self.weeks == 1 else f"{self.weeks} weeks"
        line = (
            f"{self.name}: {self.activity.label.lower()}, {days}, {self.minutes} min, "
            f"{weeks} from {day_text(self.start, year=True)}"
        )
        if self.start_load is not None:
            line += f", {mass_text(self.start_load)}"
            if self.step is not None:
                line += f" + {mass_text(self.step)} a week"
            elif self.step_percent_body_mass is not None:
                line += f" + {_percent_text(self.step_percent_body_mass)} of body mass a week"
            if self.step is not None or self.step_percent_body_mass is not None:
                line += f" (cap {_percent_text(self.weekly_cap_percent)})"
        return line

    # ------------------------------------------------------------------ file form
    def to_dict(self) -> dict[str, Any]:
        """Return the stored record: masses as mass objects, decimals as text."""
        return {
            "id": self.id,
            "name": self.name,
            "template": self.template,
            "start": self.start.isoformat(),
            "weekdays": list(self.weekdays),
            "weeks": self.weeks,
            "minutes": self.minutes,
            "start_load": self.start_load.to_dict() if self.start_load is not None else None,
            "step": self.step.to_dict() if self.step is not None else None,
            "step_percent_body_mass": _text(self.step_percent_body_mass),
            "body_mass": self.body_mass.to_dict() if self.body_mass is not None else None,
            "weekly_cap_percent": str(self.weekly_cap_percent),
            "surface": self.surface,
            "sled_id": self.sled_id,
            "snap_to_gear": self.snap_to_gear,
            "activity": self.activity.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Programme:
        """Rebuild a programme from its stored record, checking every field.

        Raises:
            ValidationError: Naming the first bad or missing field.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("programme", "record must be an object")
        start = parse_date(data.get("start"), "start")
        if start is None:
            raise ValidationError("start", "is missing")
        weekdays = _required(data, "weekdays")
        if not isinstance(weekdays, list):
            raise ValidationError(
                "weekdays", "must be a list of weekdays, 0 = Monday to 6 = Sunday"
            )
        cap = _stored_decimal(data, "weekly_cap_percent")
        return cls(
            id=stored_id(data),
            name=_required(data, "name"),
            template=_required(data, "template"),
            start=start,
            weekdays=tuple(weekdays),
            weeks=_required(data, "weeks"),
            minutes=_required(data, "minutes"),
            start_load=_stored_mass(data, "start_load"),
            step=_stored_mass(data, "step"),
            step_percent_body_mass=_stored_decimal(data, "step_percent_body_mass"),
            body_mass=_stored_mass(data, "body_mass"),
            weekly_cap_percent=DEFAULT_CAP_PERCENT if cap is None else cap,
            surface=data.get("surface"),
            sled_id=data.get("sled_id"),
            snap_to_gear=data.get("snap_to_gear", False),
            activity=parse_enum(Activity, data.get("activity", "backward_drag"), "activity"),
        )


def _surface_key(key: object) -> str:
    """Return the preset key of a surface."""
    if not isinstance(key, str):
        raise ValidationError("surface", "must be a surface key")
    return surface_preset(key).key


def _text(value: Decimal | None) -> str | None:
    """Write an optional decimal as text."""
    return None if value is None else str(value)
