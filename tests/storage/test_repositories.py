"""Repositories on a real database file, and the gear service telling listeners of changes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.subscriptions import Subscription
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearChange, GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.storage import atomic
from sledplanner.storage.database import Database, open_database
from sledplanner.storage.errors import DatabaseWriteError
from sledplanner.storage.repositories import (
    BadRecord,
    GearRepository,
    PreferencesRepository,
    SubscriptionRepository,
)


def bell(pounds: int, **fields: Any) -> GearItem:
    return GearItem(
        kind=GearKind.KETTLEBELL,
        name=f"Kettlebell {pounds} lb",
        mass=Mass.of(str(pounds), "lb"),
        **fields,
    )


def r2_sled(**fields: Any) -> GearItem:
    return GearItem(
        kind=GearKind.SLED,
        name="R2 Weight Training Pull Sled",
        brand="Rage Fitness",
        mass=Mass.of("20", "lb"),
        surfaces=frozenset({"grass"}),
        **fields,
    )


def coaching(**fields: Any) -> Subscription:
    return Subscription(
        name="ATG coaching",
        monthly_price=Money.of("50", "USD"),
        first_month_discount=Money.of("20", "USD"),
        start=date(2026, 1, 15),
        **fields,
    )


def dicts(records: list[Any]) -> list[dict[str, Any]]:
    return [record.to_dict() for record in records]


def stored(path: Path, table: str) -> dict[str, Any]:
    """The table as it is in the file on disk."""
    tables: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return tables.get(table, {})


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    opened = open_database(db_path, create=True)
    yield opened
    opened.close()


@pytest.fixture
def gear(database: Database) -> GearRepository:
    return GearRepository(database.db)


def count_writes(monkeypatch: pytest.MonkeyPatch, database: Database) -> list[int]:
    """Count the storage writes of ``database`` (each one replaces the file)."""
    writes: list[int] = []
    replace = atomic.write_atomically

    def counting(path: Path, payload: bytes, before_replace: object = None) -> None:
        if path == database.path:
            writes.append(1)
        replace(path, payload, before_replace)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "write_atomically", counting)
    return writes


# ------------------------------------------------------------------ gear records


def test_add_get_update_remove(db_path: Path, gear: GearRepository) -> None:
    light, heavy, sled = bell(20), bell(35, quantity=2), r2_sled()
    gear.add(light)
    gear.add(heavy)
    gear.add(sled)
    assert dicts(gear.all()) == dicts([light, heavy, sled])
    assert gear.count() == 3
    got = gear.get(heavy.id)
    assert got is not None
    assert got.to_dict() == heavy.to_dict()
    assert gear.get("no-such-id") is None

    lighter = heavy.with_changes(quantity=1, notes="one went to a friend")
    gear.update(lighter)
    assert dicts(gear.all()) == dicts([light, lighter, sled])  # order kept
    assert [r["notes"] for r in stored(db_path, "gear").values()] == [
        "",
        "one went to a friend",
        "",
    ]

    gear.remove(light.id)
    assert dicts(gear.all()) == dicts([lighter, sled])
    assert gear.get(light.id) is None
    assert [r["id"] for r in stored(db_path, "gear").values()] == [heavy.id, sled.id]


def test_every_change_is_on_disk_before_returning(db_path: Path, gear: GearRepository) -> None:
    item = bell(35)
    gear.add(item)
    assert list(stored(db_path, "gear").values()) == [item.to_dict()]


def test_update_and_remove_of_an_unknown_id_raise_and_write_nothing(
    db_path: Path, gear: GearRepository
) -> None:
    gear.add(bell(20))
    before = db_path.read_bytes()
    with pytest.raises(KeyError):
        gear.update(bell(35))
    with pytest.raises(KeyError):
        gear.remove("no-such-id")
    assert db_path.read_bytes() == before


def test_add_of_an_existing_id_raises_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, database: Database, gear: GearRepository
) -> None:
    item = bell(35)
    gear.add(item)
    before = db_path.read_bytes()
    writes = count_writes(monkeypatch, database)
    with pytest.raises(KeyError):
        gear.add(item.with_changes(name="Another bell"))
    assert writes == []
    assert db_path.read_bytes() == before
    assert dicts(gear.all()) == [item.to_dict()]


def test_add_many_is_one_write(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, database: Database, gear: GearRepository
) -> None:
    batch = [bell(20), bell(35), r2_sled()]
    writes = count_writes(monkeypatch, database)
    gear.add_many(iter(batch))  # any iterable, read once
    assert writes == [1]
    assert list(stored(db_path, "gear").values()) == dicts(batch)


@pytest.mark.parametrize("clash", ["inside the batch", "with a stored record"])
def test_add_many_with_a_duplicate_id_stores_nothing(
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    database: Database,
    gear: GearRepository,
    clash: str,
) -> None:
    stored_item = bell(10)
    gear.add(stored_item)
    before = db_path.read_bytes()
    first = bell(20)
    twin = first if clash == "inside the batch" else stored_item
    writes = count_writes(monkeypatch, database)
    with pytest.raises(KeyError):
        gear.add_many([first, bell(35), twin.with_changes(name="Twin")])
    assert writes == []
    assert db_path.read_bytes() == before
    assert dicts(gear.all()) == [stored_item.to_dict()]


def test_a_failed_write_leaves_file_and_memory_as_they_were(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, gear: GearRepository
) -> None:
    gear.add(bell(10))
    before = db_path.read_bytes()

    def disk_full(path: Path, payload: bytes, before_replace: object = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    with pytest.raises(DatabaseWriteError):
        gear.add_many([bell(20), bell(35)])
    monkeypatch.undo()
    assert db_path.read_bytes() == before
    assert [i.name for i in gear.all()] == ["Kettlebell 10 lb"]
    gear.add(bell(20))  # the table still works after the failure
    assert [i.name for i in gear.all()] == ["Kettlebell 10 lb", "Kettlebell 20 lb"]


def test_update_replaces_the_whole_record(db_path: Path, gear: GearRepository) -> None:
    item = r2_sled(
        unit_price=Money.of("89.99", "USD"),
        purchased_on=date(2023, 8, 12),
        max_load=Mass.of("100", "kg"),
        notes="grass only",
    )
    gear.add(item)
    plain = item.with_changes(unit_price=None, purchased_on=None, max_load=None, notes="")
    gear.update(plain)
    (record,) = stored(db_path, "gear").values()
    assert record == plain.to_dict()
    assert record["unit_price"] is None
    assert record["max_load"] is None
    got = gear.get(item.id)
    assert got is not None
    assert got.unit_price is None
    assert got.max_load is None


def test_update_drops_fields_the_new_record_does_not_have(
    db_path: Path, database: Database
) -> None:
    item = bell(35)
    record = {**item.to_dict(), "colour": "black"}
    database.db.table("gear").insert(record)
    gear = GearRepository(database.db)
    gear.update(item.with_changes(quantity=2))
    (saved,) = stored(db_path, "gear").values()
    assert "colour" not in saved
    assert saved == item.with_changes(quantity=2).to_dict()


def write_file(path: Path, tables: dict[str, Any]) -> None:
    meta = {"meta": {"1": {"schema_version": 1, "created": "2026-01-01T00:00:00+00:00"}}}
    path.write_text(json.dumps({**meta, **tables}), "utf-8")


def test_problems_report_a_hand_edited_record_without_breaking_all(db_path: Path) -> None:
    good, other = bell(20), bell(35)
    broken = {**bell(55).to_dict(), "mass": {"value": "-3", "unit": "kg"}}
    twin = {**other.to_dict(), "name": "Hand-typed twin"}
    write_file(
        db_path,
        {"gear": {"1": good.to_dict(), "2": broken, "3": other.to_dict(), "4": twin}},
    )
    database = open_database(db_path)
    gear = GearRepository(database.db)
    names = [item.name for item in gear.all()]
    # The second record with an id already seen is left out (and reported below), so a
    # duplicate never reaches the views, where two pieces with one key would be ambiguous.
    assert names == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    problems = gear.problems()
    assert [(p.table, p.doc_id, p.field) for p in problems] == [
        ("gear", 2, "mass"),
        ("gear", 4, "id"),
    ]
    assert "negative" in problems[0].message
    assert problems[1].message == f"duplicate id {other.id}"
    assert str(problems[1]) == f"gear record 4: id: duplicate id {other.id}"
    database.close()


def test_problems_is_empty_for_a_clean_table(gear: GearRepository) -> None:
    gear.add_many([bell(20), bell(35)])
    assert gear.problems() == []


def test_problems_in_the_subscription_table(db_path: Path) -> None:
    good = coaching()
    bad = {**coaching().to_dict(), "end": "2025-12-31"}
    write_file(db_path, {"subscriptions": {"1": good.to_dict(), "2": bad}})
    database = open_database(db_path)
    subscriptions = SubscriptionRepository(database.db)
    assert dicts(subscriptions.all()) == [good.to_dict()]
    assert subscriptions.problems() == [
        BadRecord("subscriptions", 2, "end", "must be after the start date")
    ]
    database.close()


def test_reopening_gives_the_same_data(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    items = [bell(20), bell(35, status=GearStatus.WISHLIST), r2_sled(max_load=Mass.of("90", "kg"))]
    GearRepository(database.db).add_many(items)
    SubscriptionRepository(database.db).add(coaching(end=date(2026, 3, 15)))
    PreferencesRepository(database.db).save(Preferences(MassUnit.LB, "EUR"))
    database.close()

    again = open_database(db_path)
    gear = GearRepository(again.db)
    assert dicts(gear.all()) == dicts(items)
    assert gear.all() == items
    (sub,) = SubscriptionRepository(again.db).all()
    assert sub.to_dict() == coaching(end=date(2026, 3, 15), id=sub.id).to_dict()
    assert PreferencesRepository(again.db).load(Preferences()) == Preferences(MassUnit.LB, "EUR")
    assert again.table_counts() == {"gear": 3, "preferences": 1, "subscriptions": 1}
    again.close()


def test_subscription_repository_round_trip(database: Database) -> None:
    subscriptions = SubscriptionRepository(database.db)
    sub = coaching()
    subscriptions.add(sub)
    ended = sub.with_changes(end=date(2026, 3, 15))
    subscriptions.update(ended)
    assert subscriptions.get(sub.id) == ended
    with pytest.raises(KeyError):
        subscriptions.add(sub)
    subscriptions.remove(sub.id)
    assert subscriptions.all() == []


# ------------------------------------------------------------------ preferences


def test_preferences_default_when_missing(db_path: Path, database: Database) -> None:
    defaults = Preferences(MassUnit.LB, "GBP")
    before = db_path.read_bytes()
    assert PreferencesRepository(database.db).load(defaults) == defaults
    assert db_path.read_bytes() == before  # loading never writes


def test_preferences_round_trip_and_overwrite(database: Database) -> None:
    repo = PreferencesRepository(database.db)
    repo.save(Preferences(MassUnit.LB, "usd"))
    assert repo.load(Preferences()) == Preferences(MassUnit.LB, "USD")
    repo.save(Preferences(MassUnit.KG, "EUR"))
    assert repo.load(Preferences(MassUnit.LB, "GBP")) == Preferences(MassUnit.KG, "EUR")
    assert len(database.db.table("preferences")) == 1


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"currency": "EUR"}, Preferences(MassUnit.LB, "EUR")),
        ({"display_unit": "kg"}, Preferences(MassUnit.KG, "GBP")),
        ({"display_unit": "stone", "currency": "EUR"}, Preferences(MassUnit.LB, "GBP")),
        ({"display_unit": "kg", "currency": "euro"}, Preferences(MassUnit.LB, "GBP")),
    ],
)
def test_preferences_fill_missing_fields_and_ignore_invalid_ones(
    db_path: Path, record: dict[str, Any], expected: Preferences
) -> None:
    write_file(db_path, {"preferences": {"1": record}})
    database = open_database(db_path)
    assert PreferencesRepository(database.db).load(Preferences(MassUnit.LB, "GBP")) == expected
    database.close()


# ------------------------------------------------------------------ the gear service


def test_gear_service_tells_listeners_of_every_change(db_path: Path) -> None:
    workspace = open_workspace(db_path, create=True)
    service = GearService(workspace, today=lambda: date(2026, 3, 20))
    heard: list[GearChange] = []
    unsubscribe = service.subscribe(heard.append)

    item, sub = bell(35), coaching()
    service.add(item)
    service.update(item.with_changes(quantity=2))
    service.add_many([])  # nothing to add: nothing to tell
    service.add_many([bell(20), r2_sled()])
    service.remove(item.id)
    service.add_subscription(sub)
    service.update_subscription(sub.with_changes(notes="monthly"))
    service.remove_subscription(sub.id)
    service.set_preferences(Preferences(MassUnit.LB, "USD"))
    assert heard == [
        GearChange("added", "gear", item.id),
        GearChange("updated", "gear", item.id),
        GearChange("reset", "gear"),
        GearChange("removed", "gear", item.id),
        GearChange("added", "subscriptions", sub.id),
        GearChange("updated", "subscriptions", sub.id),
        GearChange("removed", "subscriptions", sub.id),
        GearChange("updated", "preferences"),
    ]

    count = len(heard)
    with pytest.raises(KeyError):
        service.add(bell(20).with_changes(id=service.items()[0].id))
    with pytest.raises(KeyError):
        service.remove("no-such-id")
    assert len(heard) == count  # a failed change is not announced

    unsubscribe()
    service.add(bell(10))
    assert len(heard) == count
    assert [i.name for i in service.items()] == [
        "Kettlebell 20 lb",
        "R2 Weight Training Pull Sled",
        "Kettlebell 10 lb",
    ]
    assert service.preferences() == Preferences(MassUnit.LB, "USD")
    assert service.totals().loadable_owned_kg == Mass.of("30", "lb").kg
    workspace.close()


def test_gear_service_listeners_hear_in_order_and_may_unsubscribe_while_told(
    db_path: Path,
) -> None:
    workspace = open_workspace(db_path, create=True)
    service = GearService(workspace)
    heard: list[str] = []

    def once(change: GearChange) -> None:
        heard.append(f"once {change.kind}")
        stop_once()

    stop_once = service.subscribe(once)
    service.subscribe(lambda change: heard.append(f"always {change.kind}"))
    service.add(bell(20))
    service.add(bell(35))
    assert heard == ["once added", "always added", "always added"]
    workspace.close()
