"""Sensible first choices from the user's locale: pounds in the US, kilograms elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.preferences import Preferences, check_currency
from sledplanner.domain.units import MassUnit
from sledplanner.ui.formatting import user_locale


def locale_preferences(locale: QLocale | None = None) -> Preferences:
    """Return the display unit and currency the locale suggests (USD where it names none)."""
    locale = locale or user_locale()
    imperial = locale.measurementSystem() in (
        QLocale.MeasurementSystem.ImperialUSSystem,
        QLocale.MeasurementSystem.ImperialUKSystem,
    )
    unit = MassUnit.LB if imperial else MassUnit.KG
    try:
        currency = check_currency(
            locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        )
    except ValidationError:
        currency = "USD"
    first_weekday = (locale.firstDayOfWeek().value - 1) % 7  # Qt: Monday = 1 … Sunday = 7
    return Preferences(display_unit=unit, currency=currency, first_weekday=first_weekday)
