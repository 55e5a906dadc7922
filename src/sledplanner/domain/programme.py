"""Programmes: a template, the user's choices, and the weeks of sessions they generate.

A :class:`ProgrammeTemplate` is one of the shipped starting points (``resources/data/
templates.json``, read by :func:`parse_templates`). A :class:`Programme` is what the user chose
from it: the days, the number of weeks, the start load and how it grows. :func:`generate` turns
both into planned :class:`~sledplanner.domain.sessions.Session` objects, one per chosen weekday
of each week, with the weekly load prescribed by DOMAIN.md §4.

Loads are exact. The start load is used as entered; every load the rules compute (a step, a
capped rise, a lighter week) is turned into a mass by rounding it *down* to the planning
precision of the start load's unit, :data:`LOAD_PRECISION` (0.5 lb or 0.25 kg), so a planned
load is never heavier than the rules allow and is always a weight a person can read. Loads
changed to fit the gear are always reported in :attr:`GeneratedPlan.warnings`.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    MAX_NOTES,
    _field,
    check_day,
    check_text,
    new_id,
    parse_date,
    parse_enum,
    stored_id,
)
from sledplanner.domain.progression import TWO_WEEK_RISE_PERCENT
from sledplanner.domain.sessions import (
    MAX_LOAD_KG,
    MAX_MINUTES,
    Activity,
    Session,
    check_load,
    check_minutes,
    week_start,
)
from sledplanner.domain.surfaces import surface as surface_preset
from sledplanner.domain.units import Mass, MassUnit

__all__ = [
    "default_start",
    "is_lighter_week",
    "DEFAULT_CAP_PERCENT",
    "LOAD_PRECISION",
    "MAX_WEEKS",
    "TWO_WEEK_RISE_LIMIT",
    "GeneratedPlan",
    "Programme",
    "ProgrammeTemplate",
    "amount_text",
    "day_text",
    "generate",
    "mass_from_kg",
    "mass_text",
    "parse_templates",
    "quantise_down",
]

#: The longest programme, in weeks (two years).
MAX_WEEKS = 104

#: The weekly increase cap when none is chosen, in % of the previous week's load (DOMAIN.md §4).
DEFAULT_CAP_PERCENT = Decimal(10)

#: The lowest and highest weekly cap a user may choose, in % (DOMAIN.md §4).
MIN_CAP_PERCENT = Decimal(5)
MAX_CAP_PERCENT = Decimal(20)

#: The largest weekly step in % of body mass.
MAX_STEP_PERCENT = Decimal(20)

#: The heaviest body mass accepted, in kg. Anything above is a typing slip.
MAX_BODY_KG = Fraction(500)

#: A rise over two weeks above this fraction earns a warning (Nielsen et al. 2014, JOSPT
#: 44(10): progressions over 30 % were linked to more injuries; DOMAIN.md §4).
TWO_WEEK_RISE_LIMIT = Fraction(TWO_WEEK_RISE_PERCENT, 100)

#: The grid computed loads are rounded down to, in the unit of the start load. Half a pound and
#: a quarter of a kilogram are the smallest steps common plates, bells and scales resolve.
LOAD_PRECISION: Mapping[MassUnit, Decimal] = {
    MassUnit.LB: Decimal("0.5"),
    MassUnit.KG: Decimal("0.25"),
}

#: The template file format :func:`parse_templates` reads.
TEMPLATES_FORMAT = 1

_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


# ------------------------------------------------------------------ exact masses and words


def _terminating_decimal(value: Fraction) -> Decimal | None:
    """Write a non-negative Fraction as a Decimal with no trailing zeros, or None if it repeats.

    Args:
        value: The exact amount.

    Returns:
        The equal Decimal, or None when ``value`` has no finite decimal expansion.
    """
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    places = max(twos, fives)
    scaled = value.numerator * 10**places // value.denominator
    while places and scaled % 10 == 0:
        scaled //= 10
        places -= 1
    digits = tuple(int(digit) for digit in str(abs(scaled)))
    return Decimal((1 if scaled < 0 else 0, digits, -places))


def mass_from_kg(kg: Fraction, unit: MassUnit) -> Mass:
    """Turn an exact amount in kilograms into a Mass without rounding.

    The mass is written in ``unit`` when the amount is a finite decimal there (55 lb stays
    "55 lb"); otherwise in kilograms, where any total of entered masses is a finite decimal.

    Args:
        kg: The exact amount in kilograms, zero or more.
        unit: The unit to prefer.

    Returns:
        The mass, equal to ``kg`` exactly.

    Raises:
        ValidationError: On the field "mass" when the amount is negative or has no finite
            decimal expansion in either unit.
    """
    if kg < 0:
        raise ValidationError("mass", f"a mass cannot be negative, got {kg}")
    amount = kg / Mass.of(1, unit).kg
    value = _terminating_decimal(amount)
    if value is not None:
        return Mass(value, unit)
    value = _terminating_decimal(kg)
    if value is None:
        raise ValidationError("mass", f"{kg} kg has no exact decimal form")
    return Mass(value, MassUnit.KG)


def quantise_down(kg: Fraction, unit: MassUnit) -> Mass:
    """Round an exact computed load down to the planning precision of ``unit``.

    This is the only rounding of a load in SledPlanner's planning: a computed amount becomes the
    largest multiple of :data:`LOAD_PRECISION` (0.5 lb or 0.25 kg) not above it, so the result
    never exceeds what the rules allowed.

    Args:
        kg: The exact amount in kilograms, zero or more.
        unit: The unit of the start load.

    Returns:
        The rounded-down mass, written in ``unit`` without trailing zeros.
    """
    precision = LOAD_PRECISION[unit]
    steps = math.floor(kg / Mass.of(1, unit).kg / Fraction(precision))
    value = _terminating_decimal(Fraction(precision) * max(steps, 0))
    assert value is not None  # a whole number of 0.5 or 0.25 always terminates
    return Mass(value, unit)


def amount_text(kg: Fraction, unit: MassUnit) -> str:
    """Write an exact amount for people in ``unit``: exactly when it has at most two decimals.

    Args:
        kg: The exact amount in kilograms.
        unit: The unit to write it in.

    Returns:
        Text such as "55 lb" or "60.25 kg"; an amount that would need more decimals is rounded
        half up to one and marked, as in "≈ 24.9 kg".
    """
    amount = kg / Mass.of(1, unit).kg
    exact = _terminating_decimal(amount)
    if exact is not None and -int(exact.as_tuple().exponent) <= 2:
        return f"{exact:f} {unit.value}"
    rounded = math.floor(amount * 10 + Fraction(1, 2))
    whole, tenth = divmod(rounded, 10)
    return f"≈ {whole}.{tenth} {unit.value}"


def mass_text(mass: Mass, unit: MassUnit | None = None) -> str:
    """Write a mass for people, in its own unit unless told otherwise (see :func:`amount_text`)."""
    return amount_text(mass.kg, mass.unit if unit is None else unit)


def day_text(day: date, *, year: bool = False) -> str:
    """Write a day as "3 Feb" (or "3 Feb 2025"), the same in every locale."""
    text = f"{day.day} {_MONTH_NAMES[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def _percent_text(value: Decimal | Fraction) -> str:
    """Write a percentage with at most one decimal, as in "10 %" or "12.5 %"."""
    tenths = math.floor(Fraction(value) * 10 + Fraction(1, 2))
    whole, tenth = divmod(tenths, 10)
    return f"{whole} %" if tenth == 0 else f"{whole}.{tenth} %"


# ------------------------------------------------------------------ checks


def _check_int(value: object, field_name: str, low: int, high: int) -> int:
    """Return a whole number from ``low`` to ``high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, "must be a whole number")
    if not low <= value <= high:
        raise ValidationError(field_name, f"must be from {low} to {high}, got {value}")
    return value


def _check_bool(value: object, field_name: str) -> bool:
    """Return ``value`` when it is True or False."""
    if not isinstance(value, bool):
        raise ValidationError(field_name, "must be true or false")
    return value


def _check_decimal(value: object, field_name: str) -> Decimal:
    """Return a finite Decimal from a Decimal, an int or text; floats are refused."""
    if isinstance(value, bool | float):
        raise ValidationError(field_name, "must be given as text or a whole number")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(field_name, f"'{value}' is not a number") from None
    else:
        raise ValidationError(field_name, "must be a number")
    if not number.is_finite():
        raise ValidationError(field_name, f"must be a finite number, got {value}")
    return number


def _check_date(value: object, field_name: str) -> date:
    """Return ``value`` when it is a date (not a date-time)."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field_name, "must be a date")
    return check_day(value, field_name)


def _check_weekdays(value: object) -> tuple[int, ...]:
    """Return distinct weekdays (0 = Monday … 6 = Sunday), sorted."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | frozenset | set):
        raise ValidationError("weekdays", "must be a list of weekdays, 0 = Monday to 6 = Sunday")
    days: list[int] = []
    for day in value:
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise ValidationError("weekdays", f"{day!r} is not a weekday from 0 (Mon) to 6 (Sun)")
        if day in days:
            raise ValidationError("weekdays", f"{_WEEKDAY_NAMES[day]} is chosen twice")
        days.append(day)
    if not days:
        raise ValidationError("weekdays", "choose at least one day")
    return tuple(sorted(days))


def _check_mass(value: object, field_name: str) -> Mass:
    """Return ``value`` when it is a Mass."""
    if not isinstance(value, Mass):
        raise ValidationError(field_name, "must be a mass")
    return value


def _stored_mass(data: Mapping[str, Any], name: str) -> Mass | None:
    """Read an optional stored mass, naming ``name`` on failure."""
    value = data.get(name)
    return None if value is None else _field(Mass.from_dict, value, name)


def _stored_decimal(data: Mapping[str, Any], name: str) -> Decimal | None:
    """Read an optional stored decimal (written as text)."""
    value = data.get(name)
    return None if value is None else _check_decimal(value, name)


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


# ------------------------------------------------------------------ generation


@dataclass(frozen=True)
class GeneratedPlan:
    """The sessions a programme generates, and what the user must be told about them.

    Attributes:
        sessions: The planned sessions, by day.
        warnings: Plain-words notes: loads changed to fit the gear, fields the template does not
            use, weeks that cannot progress, rises above 30 % in two weeks.
        flagged: ``(day, load)`` for each session whose planned load the gear cannot build
            (only when the buildable totals were given). These loads are kept as planned.
        week_loads: The planned load of each week, week 1 first; None for every week when the
            sessions carry no load (backward walking).
        weeks: Each week's load, minutes and why, week 1 first.
    """

    sessions: list[Session]
    warnings: list[str]
    flagged: list[tuple[date, Mass]]
    week_loads: list[Mass | None]
    weeks: list[PlannedWeek] = field(default_factory=list)


def default_start(day: date) -> date:
    """The day a new plan starts on by default: ``day`` when it is a Monday, else the next Monday.

    Programme weeks run Monday to Sunday (see :func:`generate`), so a plan started late in a
    week would lose that week's earlier training days.
    """
    return day + timedelta(days=(7 - day.weekday()) % 7)


def is_lighter_week(programme: Programme, template: ProgrammeTemplate, day: date) -> bool:
    """Whether ``day`` falls in one of the programme's planned lighter (deload) weeks.

    Week 1 is the Monday-to-Sunday week holding ``programme.start``, as in :func:`generate`;
    every ``template.deload_every``-th week is lighter. Days before week 1 or after the last
    week are never in a lighter week.
    """
    every = template.deload_every
    if every is None:
        return False
    offset = (week_start(day) - week_start(programme.start)).days // 7
    return 0 <= offset < programme.weeks and (offset + 1) % every == 0


@dataclass
class _Week:
    """One week of a plan while it is worked out."""

    number: int
    load: Mass | None
    deload: bool = False
    #: The minutes of each session that week; None for the programme's own minutes.
    minutes: int | None = None
    #: Why the week is what it is, when that is not plain progression.
    note: str = ""


@dataclass(frozen=True)
class PlannedWeek:
    """One week of a generated plan, for the preview.

    Attributes:
        number: 1 for the first week.
        load: The planned load of each session, None when none is carried.
        minutes: The planned minutes of each session.
        lighter: Whether it is a planned lighter (deload) week.
        note: Why the week holds, steps or changes time, in plain words; empty for a plain
            progression week.
    """

    number: int
    load: Mass | None
    minutes: int
    lighter: bool
    note: str


def generate(
    programme: Programme,
    template: ProgrammeTemplate,
    buildable: Sequence[Fraction] | None = None,
) -> GeneratedPlan:
    """Generate the planned sessions of a programme.

    **Days.** Week ``k`` (1-based) runs from the Monday of ``programme.start``'s week plus
    ``k − 1`` weeks, for seven days. Each chosen weekday of each week gets one session, except
    days before ``programme.start``. Sessions are planned, carry ``programme_id``, and take the
    activity, minutes, surface and sled of the programme (a backward walk takes no sled).

    **Loads.** A backward walk carries no load (None). An unloaded template with a sled drags
    the empty sled: load 0, written in the start load's unit (kilograms when there is none). A
    loaded template follows these rules, week by week:

    * Week 1 is ``start_load`` exactly as entered.
    * A following week adds the step (``step``, or ``step_percent_body_mass`` % of
      ``body_mass``) to the previous week's load, but the rise never exceeds
      ``weekly_cap_percent`` % of the previous week's load. When the previous week's load is
      0 (the empty sled) no percentage can be taken of it, so the first rise is the step
      itself; the cap applies from the week after.
    * Every ``template.deload_every``-th week (week 4, 8, … for 4) is lighter: the previous
      week's load × ``template.deload_factor``. The week after resumes from the load before
      the lighter week, as if it had not happened: it adds the capped step to that load. So
      the cap above is measured against the previous week that was not a lighter week; the
      return from a lighter week may rise more than the cap over the lighter week itself.
    * Every computed load is rounded down to :data:`LOAD_PRECISION` in the start load's unit
      (:func:`quantise_down`), never up, and never below the previous week's load. When the
      allowed rise is smaller than that precision, the load stays and a warning says so.
    * When ``programme.snap_to_gear`` and ``buildable`` are given, each week's load becomes the
      heaviest buildable total not above it, before the next week is worked out from it, so
      the cap still holds between the loads kept. A week's target is also never above the same
      week of the plan without snapping (after a week snapped to the empty sled the whole step
      would otherwise be allowed). Each changed week is listed in a warning ("week 3: 60.5 lb
      → 55 lb, the nearest load your gear builds"). A week with no buildable total at or below
      its load keeps its load; it is flagged.

    Two-week check (Nielsen et al. 2014, DOMAIN.md §4): from week 3 on, a week whose load is
    more than 30 % above the heaviest load of the weeks up to two weeks before it earns a
    warning; after the empty sled any load counts as such a rise. Comparing with the heaviest
    earlier load, not just the load two weeks before, keeps the planned return from a lighter
    week from being reported as a rise. With a cap of at most about 14 % two capped weeks
    stay within 30 %, so the warning comes from higher caps or from starting near zero.

    Args:
        programme: The user's choices.
        template: The template the programme was made from (its key must match).
        buildable: The exact totals in kilograms that the gear can build, such as the
            ``total_kg`` of every load of the Equipment ladder, or None not to check. A load of
            0 (the empty sled) needs no gear and is never flagged.

    Returns:
        The sessions, warnings, flagged loads and weekly loads.

    Raises:
        ValidationError: On the field "template" when the keys differ, "start_load" when a
            loaded template has no start load, "step" when it has no step or a week would pass
            the 1000 kg limit, or "buildable" for a total that is not an exact amount.
    """
    if programme.template != template.key:
        raise ValidationError(
            "template",
            f"the programme was made from '{programme.template}', not '{template.key}'",
        )
    totals = _check_buildable(buildable)
    warnings: list[str] = []
    if template.loaded and programme.activity.uses_sled:
        weeks = _loaded_weeks(programme, template, totals, warnings)
    else:
        weeks = _unloaded_weeks(programme, template, warnings)
    sessions = _sessions(programme, weeks)
    if not any(session.day < programme.first_week + timedelta(days=7) for session in sessions):
        warnings.insert(
            0,
            f"week 1 has no sessions: the programme starts on "
            f"{_WEEKDAY_NAMES[programme.start.weekday()]} {day_text(programme.start)}, "
            "after the week's last training day",
        )
    flagged: list[tuple[date, Mass]] = []
    if totals is not None:
        known = set(totals)
        flagged = [
            (session.day, session.planned_load)
            for session in sessions
            if session.planned_load is not None
            and session.planned_load.kg > 0
            and session.planned_load.kg not in known
        ]
    planned = [
        PlannedWeek(
            week.number,
            week.load,
            week.minutes if week.minutes is not None else programme.minutes,
            week.deload,
            week.note,
        )
        for week in weeks
    ]
    return GeneratedPlan(sessions, warnings, flagged, [week.load for week in weeks], planned)


def _check_buildable(buildable: Sequence[Fraction] | None) -> list[Fraction] | None:
    """Return the buildable totals sorted and distinct, checking each is an exact amount."""
    if buildable is None:
        return None
    totals: set[Fraction] = set()
    for total in buildable:
        if isinstance(total, bool) or not isinstance(total, Fraction | int):
            raise ValidationError("buildable", f"{total!r} is not an exact amount in kg")
        exact = Fraction(total)
        if exact < 0 or _terminating_decimal(exact) is None:
            raise ValidationError("buildable", f"{total} is not a mass in kg")
        totals.add(exact)
    return sorted(totals)


def _unloaded_weeks(
    programme: Programme, template: ProgrammeTemplate, warnings: list[str]
) -> list[_Week]:
    """Weeks of an unloaded template: no load for a walk, else the empty sled."""
    label = f"the {template.name} template"
    if not programme.activity.uses_sled:
        load: Mass | None = None
        label = f"a {programme.activity.label.lower()}"
        if template.loaded:
            warnings.append(f"{label} carries no load: none is planned")
    else:
        unit = programme.start_load.unit if programme.start_load is not None else MassUnit.KG
        load = Mass.of(0, unit)
        if programme.start_load is not None and programme.start_load.kg > 0:
            warnings.append(
                f"{label} drags the empty sled: the start load "
                f"{mass_text(programme.start_load)} is not used"
            )
    if programme.step is not None or programme.step_percent_body_mass is not None:
        warnings.append(f"{label} keeps the same load every week: the weekly step is not used")
    return [_Week(number, load) for number in range(1, programme.weeks + 1)]


def _loaded_weeks(
    programme: Programme,
    template: ProgrammeTemplate,
    totals: list[Fraction] | None,
    warnings: list[str],
) -> list[_Week]:
    """Work out the load of every week of a loaded template (see :func:`generate`).

    Two tracks are followed side by side: the plan as the rules give it (``wanted``, built on
    its own loads) and the plan that is kept (``base``, built on the loads kept, which snapping
    may have lowered). A kept week is the lesser of the two targets, then snapped; without
    snapping both tracks are the same.
    """
    start = programme.start_load
    if start is None:
        raise ValidationError("start_load", f"the {template.name} template needs a start load")
    step_kg = _step_kg(programme, template)
    unit = start.unit
    cap = Fraction(programme.weekly_cap_percent) / 100
    factor = Fraction(template.deload_factor)
    snap = totals if programme.snap_to_gear else None
    if snap is not None:
        snapped = _GearSteps(programme, template, snap, step_kg, warnings).weeks()
        _check_two_week_rises(snapped, unit, warnings)
        return snapped
    weeks: list[_Week] = []
    wanted = base = start  # the loads of the last week that was not a lighter week
    for number in range(1, programme.weeks + 1):
        deload = template.deload_every is not None and number % template.deload_every == 0
        if number == 1:
            target = wanted_target = start
        elif deload:
            wanted_target = quantise_down(wanted.kg * factor, unit)
            target = min(wanted_target, quantise_down(base.kg * factor, unit))
        else:
            wanted_target, _ = _raised(wanted, step_kg, cap, unit)
            raised, rise = _raised(base, step_kg, cap, unit)
            target = min(wanted_target, raised)
            if rise > 0 and target == base:
                warnings.append(
                    f"week {number}: the rise allowed ({amount_text(rise, unit)}) is less than "
                    f"the {LOAD_PRECISION[unit]} {unit.value} loads are planned in, so the load "
                    f"stays at {mass_text(base, unit)}"
                )
        if wanted_target.kg > MAX_LOAD_KG:
            raise ValidationError(
                "step",
                f"week {number} would plan {mass_text(wanted_target, unit)}, over the "
                f"{MAX_LOAD_KG} kg limit: use a smaller step or fewer weeks",
            )
        load = _snapped(number, target, snap, unit, warnings)
        weeks.append(_Week(number, load, deload))
        if not deload:
            wanted, base = wanted_target, load
    _check_two_week_rises(weeks, unit, warnings)
    return weeks


class _GearSteps:
    """The weeks of a plan snapped to the loads the gear builds (see :func:`generate`).

    Each load is one the gear builds. A week steps up to the heaviest buildable load within
    the capped step; when there is none, to the next buildable load if it is within the weekly
    cap; otherwise the load holds and the session time rises instead, by at most the cap (10 →
    11 → 12 minutes), up to twice the programme's minutes. When the load steps up again, the
    time goes back to the programme's minutes. A lighter week takes the heaviest buildable
    load at or below its share of the load; when that is more than one step below the share,
    the load holds and the sessions are shortened by the same share instead.
    """

    def __init__(
        self,
        programme: Programme,
        template: ProgrammeTemplate,
        totals: list[Fraction],
        step_kg: Fraction,
        warnings: list[str],
    ) -> None:
        self.programme = programme
        self.template = template
        self.totals = totals
        self.step = step_kg
        self.warnings = warnings
        assert programme.start_load is not None
        self.unit = programme.start_load.unit
        self.cap = Fraction(programme.weekly_cap_percent) / 100
        self.factor = Fraction(template.deload_factor)
        self.most_minutes = min(2 * programme.minutes, MAX_MINUTES)

    def _text(self, kg: Fraction) -> str:
        return amount_text(kg, self.unit)

    def _mass(self, kg: Fraction) -> Mass:
        return mass_from_kg(kg, self.unit)

    def _at_most(self, kg: Fraction) -> Fraction | None:
        index = bisect_right(self.totals, kg) - 1
        return self.totals[index] if index >= 0 else None

    def _above(self, kg: Fraction) -> Fraction | None:
        index = bisect_right(self.totals, kg)
        return self.totals[index] if index < len(self.totals) else None

    def weeks(self) -> list[_Week]:
        assert self.programme.start_load is not None
        start = _snapped(1, self.programme.start_load, self.totals, self.unit, self.warnings)
        base = start.kg
        minutes = self.programme.minutes
        weeks = [_Week(1, start, False, minutes)]
        #: The first week that holds its load (number, load, why), and whether time rose.
        first_held: tuple[int, Fraction, str] | None = None
        time_rose = False
        for number in range(2, self.programme.weeks + 1):
            every = self.template.deload_every
            if every is not None and number % every == 0:
                weeks.append(self._lighter(number, base, minutes))
                continue
            load, rise_note = self._step_up(base)
            if load is not None:
                note = rise_note
                if minutes != self.programme.minutes:
                    note = (note + "; " if note else "") + (
                        f"sessions back to {self.programme.minutes} min"
                    )
                base, minutes = load, self.programme.minutes
                weeks.append(_Week(number, self._mass(base), False, minutes, note))
                continue
            why = self._why_not(base)
            if first_held is None:
                first_held = (number, base, why)
            longer = math.floor(minutes * (1 + self.cap))
            if minutes < longer <= self.most_minutes:
                minutes, time_rose = longer, True
                note = f"time rises: {why}"
            else:
                note = f"holds at {minutes} min, the most planned: {why}"
            weeks.append(_Week(number, self._mass(base), False, minutes, note))
        if first_held is not None:
            self._summarise(weeks, first_held, time_rose)
        return weeks

    def _step_up(self, base: Fraction) -> tuple[Fraction | None, str]:
        """The load after ``base`` when the gear allows a rise within the rules, with a note."""
        allowed = self.step if base == 0 else min(self.step, base * self.cap)
        within = self._at_most(base + allowed)
        if within is not None and within > base:
            return within, ""
        following = self._above(base)
        if following is not None and base > 0 and following <= base * (1 + self.cap):
            return following, (
                f"steps to {self._text(following)}, the next load your gear builds, within the "
                f"{_percent_text(self.cap * 100)} weekly cap"
            )
        return None, ""

    def _why_not(self, base: Fraction) -> str:
        following = self._above(base)
        if following is None:
            return f"your gear builds nothing heavier than {self._text(base)}"
        if base == 0:
            return (
                f"the lightest load your gear builds, {self._text(following)}, is more than "
                f"the {self._text(self.step)} step"
            )
        return (
            f"the next load your gear builds, {self._text(following)}, is more than "
            f"{_percent_text(self.cap * 100)} above {self._text(base)}"
        )

    def _lighter(self, number: int, base: Fraction, minutes: int) -> _Week:
        share = base * self.factor
        lighter = self._at_most(share)
        percent = _percent_text(self.factor * 100)
        if base == 0 or (lighter is not None and lighter > 0 and lighter >= share - self.step):
            assert lighter is not None
            return _Week(number, self._mass(lighter), True, minutes, "lighter week")
        shorter = max(1, math.floor(minutes * self.factor))
        return _Week(
            number,
            self._mass(base),
            True,
            shorter,
            f"lighter week by time ({shorter} min, {percent}): your gear builds nothing "
            f"between {self._text(self._at_most(share) or Fraction(0))} and {self._text(base)}",
        )

    def _summarise(
        self, weeks: list[_Week], first_held: tuple[int, Fraction, str], time_rose: bool
    ) -> None:
        """One warning for the plan: from which week the load holds, and why."""
        number, load, why = first_held
        held = f"from week {number} the load holds at {self._text(load)}"
        if time_rose:
            longest = max(w.minutes or 0 for w in weeks if not w.deload)
            held += (
                f" and the sessions grow longer instead ({self.programme.minutes} → {longest} min)"
            )
        self.warnings.append(f"{held}: {why}")


def _raised(base: Mass, step_kg: Fraction, cap: Fraction, unit: MassUnit) -> tuple[Mass, Fraction]:
    """The load after ``base`` and the exact rise the rules allow (see :func:`generate`).

    The rise is the step, at most ``cap`` times ``base`` (the whole step after 0). The load is
    rounded down to the planning precision, and never below ``base``.
    """
    rise = step_kg if base.kg == 0 else min(step_kg, base.kg * cap)
    raised = quantise_down(base.kg + rise, unit)
    return (raised if raised > base else base), rise


def _step_kg(programme: Programme, template: ProgrammeTemplate) -> Fraction:
    """The weekly step in kilograms, from a mass or from % of body mass."""
    if programme.step is not None:
        return programme.step.kg
    if programme.step_percent_body_mass is not None and programme.body_mass is not None:
        return programme.body_mass.kg * Fraction(programme.step_percent_body_mass) / 100
    raise ValidationError(
        "step",
        f"the {template.name} template needs a weekly step: a mass or a % of body mass",
    )


def _snapped(
    number: int,
    target: Mass,
    totals: list[Fraction] | None,
    unit: MassUnit,
    warnings: list[str],
) -> Mass:
    """Lower ``target`` to the heaviest buildable total not above it, saying so; see generate."""
    if totals is None:
        return target
    index = bisect_right(totals, target.kg) - 1
    if index >= 0 and totals[index] == target.kg:
        return target
    if index < 0:
        warnings.append(
            f"week {number}: your gear builds no load at or below {mass_text(target, unit)}, "
            "so it is kept and marked"
        )
        return target
    snapped = mass_from_kg(totals[index], unit)
    warnings.append(
        f"week {number}: {mass_text(target, unit)} → {mass_text(snapped, unit)}, "
        "the nearest load your gear builds"
    )
    return snapped


def _check_two_week_rises(weeks: list[_Week], unit: MassUnit, warnings: list[str]) -> None:
    """Warn about every week more than 30 % above the heaviest load two or more weeks before."""
    peak: _Week | None = None
    for index in range(2, len(weeks)):
        earlier = weeks[index - 2]
        if peak is None or _kg(earlier) > _kg(peak):
            peak = earlier
        week = weeks[index]
        load = _kg(week)
        if load <= _kg(peak) * (1 + TWO_WEEK_RISE_LIMIT):
            continue
        assert week.load is not None and peak.load is not None
        new = mass_text(week.load, unit)
        if _kg(peak) == 0:
            rise = f"{new} after the empty sled in week {peak.number} is"
        else:
            percent = (load / _kg(peak) - 1) * 100
            rise = (
                f"{new} is {_percent_text(percent)} above the {mass_text(peak.load, unit)} "
                f"of week {peak.number},"
            )
        warnings.append(
            f"week {week.number}: {rise} a rise of more than 30 % in two weeks, which was "
            "linked to more knee-pain injuries in runners (Nielsen et al. 2014)"
        )


def _kg(week: _Week) -> Fraction:
    """The load of a week in kilograms (0 when it carries none)."""
    return week.load.kg if week.load is not None else Fraction(0)


def _sessions(programme: Programme, weeks: list[_Week]) -> list[Session]:
    """One planned session per chosen weekday of each week, never before the start."""
    first = programme.first_week
    sled = programme.sled_id if programme.activity.uses_sled else None
    sessions: list[Session] = []
    for week in weeks:
        monday = first + timedelta(days=7 * (week.number - 1))
        for weekday in programme.weekdays:
            day = monday + timedelta(days=weekday)
            if day < programme.start:
                continue
            sessions.append(
                Session(
                    day=day,
                    activity=programme.activity,
                    planned_minutes=week.minutes or programme.minutes,
                    planned_load=week.load,
                    surface=programme.surface,
                    sled_id=sled,
                    programme_id=programme.id,
                )
            )
    return sessions
