"""Surfaces a sled is dragged on, their friction, and the force the legs pull (DOMAIN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import NEWTONS_PER_LBF, STANDARD_GRAVITY, Mass


@dataclass(frozen=True)
class Surface:
    """A surface preset: its key in files, its name, kinetic friction μk and where μk comes from."""

    key: str
    name: str
    mu: Decimal
    source: str
    estimate: bool


#: The presets, in the order the app offers them. Keys are stable: files store them.
SURFACES: tuple[Surface, ...] = (
    Surface(
        "grass",
        "Natural grass",
        Decimal("0.40"),
        "estimate, inside the 0.21–0.58 measured on sports surfaces",
        True,
    ),
    Surface("turf", "Artificial turf / gym turf", Decimal("0.30"), "estimate for gym turf", True),
    Surface(
        "slick_turf",
        "Slick artificial turf (hockey pitch)",
        Decimal("0.21"),
        "Linthorne & Cooper 2013, lowest of four measured surfaces",
        False,
    ),
    Surface(
        "concrete",
        "Concrete / asphalt",
        Decimal("0.45"),
        "steel on concrete, generic friction table",
        False,
    ),
    Surface(
        "rubber",
        "Rubber gym floor",
        Decimal("0.60"),
        "estimate: sled skids drag on rubber",
        True,
    ),
    Surface(
        "pooled",
        "Typical test surface (study average)",
        Decimal("0.33"),
        "Andre et al. 2013, pooled kinetic friction",
        False,
    ),
)

_BY_KEY = {surface.key: surface for surface in SURFACES}
SURFACE_KEYS: tuple[str, ...] = tuple(_BY_KEY)


def surface(key: str) -> Surface:
    """Return the preset with ``key``.

    Raises:
        ValidationError: No preset has that key (field ``surface``).
    """
    if not isinstance(key, str):
        raise ValidationError("surface", f"a surface key must be text, not {type(key).__name__}")
    try:
        return _BY_KEY[key.strip().lower()]
    except KeyError:
        known = ", ".join(SURFACE_KEYS)
        raise ValidationError("surface", f"unknown surface '{key}': use one of {known}") from None


def parse_surfaces(text: str) -> frozenset[str]:
    """Read ``;``-separated surface keys (the CSV form), e.g. ``"grass;turf"``."""
    keys = [part.strip().lower() for part in text.split(";") if part.strip()]
    return frozenset(surface(key).key for key in keys)


def format_surfaces(keys: frozenset[str]) -> str:
    """Write surface keys in the preset order, ``;``-separated."""
    return ";".join(key for key in SURFACE_KEYS if key in keys)


@dataclass(frozen=True)
class DragForce:
    """The force to keep a sled moving: F = μk · (m_sled + m_load) · g."""

    total: Mass
    mu: Decimal
    newtons: Fraction

    @property
    def pounds_force(self) -> Fraction:
        """The same force in lbf (1 lbf = 4.448222 N)."""
        return self.newtons / Fraction(NEWTONS_PER_LBF)


def check_mu(mu: Decimal) -> Decimal:
    """Return ``mu`` when it is a plausible friction coefficient (over 0, at most 2)."""
    if not mu.is_finite() or mu <= 0 or mu > 2:
        raise ValidationError("friction", f"μ must be above 0 and at most 2, got {mu}")
    return mu


def drag_force(sled: Mass, load: Mass, mu: Decimal) -> DragForce:
    """Return the force to drag ``sled`` carrying ``load`` at friction ``mu``."""
    check_mu(mu)
    total = sled + load
    newtons = Fraction(mu) * total.kg * STANDARD_GRAVITY
    return DragForce(total, mu, newtons)


def calibrate_mu(scale_reading: Mass, sled: Mass, load: Mass) -> Decimal:
    """Derive μk from one luggage-scale reading taken while pulling at a steady walk.

    μk = reading / (sled + load), both as masses (a luggage scale shows kg or lb).
    The result is rounded to three decimals: it is a measurement, not an exact value.

    Raises:
        ValidationError: Nothing to pull, or a reading that gives an implausible μ.
    """
    total = sled + load
    if total.kg == 0:
        raise ValidationError("sled", "the sled and load weigh nothing: nothing to calibrate")
    ratio = scale_reading.kg / total.kg
    # Round the exact ratio to whole thousandths (half even): no Decimal context limits, so a
    # huge reading is refused below instead of raising InvalidOperation.
    mu = Decimal(round(ratio * 1000)).scaleb(-3)
    if mu <= 0 or mu > 2:
        raise ValidationError(
            "scale reading",
            f"{scale_reading} for {total.format()} gives μ = {mu}; expected above 0 and at most 2",
        )
    return mu
