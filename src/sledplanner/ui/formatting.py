"""Showing masses, money and dates the way the user's locale writes them (through QLocale)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from PySide6.QtCore import QDate, QLocale

from sledplanner.domain.money import Money
from sledplanner.domain.units import Mass, MassUnit


def user_locale() -> QLocale:
    """Return the user's locale; the bare "C" locale (no choice made) reads as US English."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def _decimal_places(value: Fraction, places: int) -> int:
    """Drop the decimals of a whole number; keep ``places`` otherwise."""
    return 0 if value.denominator == 1 else places


def format_kg_fraction(value_kg: Fraction, unit: MassUnit, places: int = 1) -> str:
    """Format an exact mass in kg in ``unit`` (rounded for display only)."""
    from sledplanner.domain.units import KG_PER_LB

    value = value_kg if unit is MassUnit.KG else value_kg / KG_PER_LB
    shown = user_locale().toString(float(value), "f", _decimal_places(value, places))
    return f"{shown} {unit.value}"


def format_mass(mass: Mass, unit: MassUnit | None = None, places: int = 1) -> str:
    """Format ``mass`` in ``unit`` (default: as entered), e.g. "35 lb" or "15.9 kg"."""
    if unit is None or unit is mass.unit:
        value = Fraction(mass.value)
        shown_places = max(0, -int(mass.value.as_tuple().exponent)) if value.denominator != 1 else 0
        text = user_locale().toString(float(mass.value), "f", min(shown_places, 3))
        return f"{text} {mass.unit.value}"
    return format_kg_fraction(mass.kg, unit, places)


def format_mass_both(mass: Mass, unit: MassUnit) -> str:
    """Format in the display unit, adding the entered form when it differs: "52.9 lb (24 kg)"."""
    if mass.unit is unit:
        return format_mass(mass)
    return f"{format_mass(mass, unit)} ({format_mass(mass)})"


def format_money(amount: Money) -> str:
    """Format ``amount`` with its currency's symbol in the user's locale."""
    locale = user_locale()
    symbol = _symbol(amount.currency)
    return locale.toCurrencyString(float(amount.amount), symbol, 2)


def format_amounts(amounts: dict[str, Money], preferred: str) -> str:
    """Format amounts in several currencies, the preferred one first: "$120.00 + €40.00"."""
    if not amounts:
        return format_money(Money.zero(preferred))
    order = sorted(amounts, key=lambda code: (code != preferred, code))
    return " + ".join(format_money(amounts[code]) for code in order)


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$"}


def _symbol(code: str) -> str:
    return _SYMBOLS.get(code, f"{code} ")


def short_date_format() -> str:
    """The locale's short date pattern with the year in full ("M/d/yyyy", "dd.MM.yyyy").

    Tables, chips, date fields and messages all use it, so a day reads the same everywhere.
    """
    pattern = user_locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(day: date | None) -> str:
    """Format a date in the locale's short form with a full year; empty for no date."""
    if day is None:
        return ""
    return user_locale().toString(QDate(day.year, day.month, day.day), short_date_format())


def format_long_date(day: date) -> str:
    """Format a date in the locale's long form, for headings ("Saturday, December 5, 2026")."""
    return user_locale().toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )
