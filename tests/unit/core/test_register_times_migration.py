"""A register from schema 3 kept the outbox's times as naive local time; opening it with
this SMTP Desk converts them to UTC instants, with the zone the PC is set to."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.store import _MIGRATIONS, SCHEMA_VERSION, Store


@pytest.fixture
def zone() -> Iterator[Callable[[str], None]]:
    """Set the PC's time zone (a POSIX TZ string) for the test, then put it back."""
    before = os.environ.get("TZ")

    def set_zone(value: str) -> None:
        os.environ["TZ"] = value
        time.tzset()

    yield set_zone
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def schema_3_register(
    path: Path, runs: list[tuple[object, ...]], items: list[tuple[object, ...]]
) -> None:
    """A register as SMTP Desk left it at schema 3, with the given rows."""
    db = sqlite3.connect(path, isolation_level=None)
    for migration in _MIGRATIONS[:3]:
        db.executescript(migration)
    db.execute("PRAGMA user_version = 3")
    db.executemany(
        "INSERT INTO runs (id, kind, period, created, subject, body) VALUES (?, ?, ?, ?, 'S', 'B')",
        runs,
    )
    db.executemany(
        "INSERT INTO items (id, run, flat, document, recipients, message_id, content_hash, "
        "state, attempts, next_attempt, changed, sent_at) VALUES "
        "(?, 1, ?, ?, '[\"m@x.in\"]', ?, 'h', ?, 1, ?, ?, ?)",
        items,
    )
    db.close()


def local(text: str) -> datetime:
    """What a naive value of schema 3 meant: the PC's local time, as a UTC instant."""
    return datetime.fromisoformat(text).astimezone(UTC)


def test_naive_local_times_become_utc_instants(tmp_path: Path, zone: Callable[[str], None]) -> None:
    zone("IST-05:30")
    path = tmp_path / "register.db"
    schema_3_register(
        path,
        runs=[(1, "bill", "2026-11", "2026-11-30T10:00:05.123456")],
        items=[
            (
                1,
                "A-101",
                "B-1",
                "<1@x.in>",
                "sent",
                None,
                "2026-11-30T10:10:00.999900",
                "2026-11-30T10:10:00.999900",
            ),
            (
                2,
                "A-102",
                "B-2",
                "<2@x.in>",
                "deferred",
                "2026-12-01T00:15:00",
                "2026-11-30T23:59:59",
                None,
            ),
            (3, "A-103", "B-3", "<3@x.in>", "pending", None, "2026-11-29T04:40:00+00:00", None),
        ],
    )
    with Store.open(path) as store:
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        stored = list(
            store.connection.execute("SELECT changed, sent_at, next_attempt FROM items ORDER BY id")
        )
        created = store.connection.execute("SELECT created FROM runs").fetchone()[0]
        outbox = Outbox(store, domain="")
        sent, deferred, pending = outbox.items()
        run = outbox.run_by_id(1)
    assert version == SCHEMA_VERSION
    assert created == "2026-11-30T04:30:05.123456+00:00"
    assert stored == [
        ("2026-11-30T04:40:00.999900+00:00", "2026-11-30T04:40:00.999900+00:00", None),
        ("2026-11-30T18:29:59+00:00", None, "2026-11-30T18:45:00+00:00"),
        ("2026-11-29T04:40:00+00:00", None, None),  # had its offset already: as it was
    ]
    assert run.created == local("2026-11-30T10:00:05.123456")
    assert sent.state is ItemState.SENT
    assert sent.sent_at == local("2026-11-30T10:10:00.999900") and sent.sent_at.tzinfo is UTC
    assert deferred.next_attempt == local("2026-12-01T00:15:00")
    assert deferred.changed == local("2026-11-30T23:59:59")
    assert pending.changed == datetime(2026, 11, 29, 4, 40, tzinfo=UTC)


def test_each_date_is_converted_with_the_zones_rules_for_that_date(
    tmp_path: Path, zone: Callable[[str], None]
) -> None:
    """Central Europe: a summer time and a winter time, each with its own offset (as Python
    itself reads a naive local time)."""
    zone("CET-1CEST,M3.5.0,M10.5.0/3")
    path = tmp_path / "register.db"
    summer, winter = "2026-07-01T10:00:00", "2026-11-30T10:00:00"
    schema_3_register(
        path,
        runs=[(1, "bill", "2026-11", winter)],
        items=[
            (1, "A-101", "B-1", "<1@x.in>", "sent", None, summer, summer),
            (2, "A-102", "B-2", "<2@x.in>", "sent", None, winter, winter),
        ],
    )
    with Store.open(path) as store:
        first, second = Outbox(store, domain="").items()
    assert first.sent_at == local(summer) == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    assert second.sent_at == local(winter) == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_the_daily_window_works_on_a_migrated_register(
    tmp_path: Path, zone: Callable[[str], None]
) -> None:
    """Sent an hour ago at schema 3, counted after the migration (text compares as time)."""
    zone("IST-05:30")
    path = tmp_path / "register.db"
    an_hour_ago = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    schema_3_register(
        path,
        runs=[(1, "bill", "2026-11", an_hour_ago.isoformat())],
        items=[
            (
                1,
                "A-101",
                "B-1",
                "<1@x.in>",
                "sent",
                None,
                an_hour_ago.isoformat(),
                an_hour_ago.isoformat(),
            )
        ],
    )
    with Store.open(path) as store:
        times = Outbox(store, domain="").sent_times(datetime.now(UTC) - timedelta(hours=24))
    assert times == [an_hour_ago.astimezone(UTC)]
