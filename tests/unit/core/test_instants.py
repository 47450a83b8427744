"""The outbox keeps UTC instants with their offset; the daily window is the 24 hours up to
now, and sent times later than now are left out and reported; people see local time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from smtp_desk.core.clock_watch import clock_moved_text
from smtp_desk.core.instants import as_utc
from smtp_desk.core.limits import DAY, Limits, in_window, make_plan, plan_after_quota
from smtp_desk.core.model import Member
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemSpec
from smtp_desk.core.store import Store
from tests.support.zones import time_zone

NOW = datetime(2026, 11, 30, 4, 40, tzinfo=UTC)  # 10:10 in India
IST = timezone(timedelta(hours=5, minutes=30))
SPECS = [ItemSpec("A-101", "B-1", ("r@x.in",), "h1"), ItemSpec("A-102", "B-2", ("s@x.in",), "h2")]


@pytest.fixture
def india() -> Iterator[None]:
    """The PC's time zone is India's (UTC+05:30), whatever the machine's own is."""
    with time_zone("IST-05:30"):
        yield


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "register.db") as opened:
        with opened.transaction() as db:
            opened.put_members(db, [Member("A-101", "R"), Member("A-102", "S")])
        yield opened


def raw(store: Store, sql: str) -> list[tuple[str, ...]]:
    return list(store.connection.execute(sql))


# ----- what the register keeps -----------------------------------------------------------


def test_every_time_is_stored_in_utc_with_its_offset(store: Store, india: None) -> None:
    outbox = Outbox(store, domain="x.in")
    in_india = NOW.astimezone(IST)  # the same instant, written with India's offset
    run = outbox.prepare("bill", "2026-11", SPECS, subject="S", body="B", now=in_india).run
    first, second = outbox.items(run.id)
    outbox.mark_sending(first, in_india)
    outbox.mark_sent(first, in_india, "250 OK")
    outbox.mark_deferred(second, in_india, in_india + timedelta(minutes=5), "451", "x", attempts=1)

    assert raw(store, "SELECT created FROM runs") == [("2026-11-30T04:40:00+00:00",)]
    assert raw(store, "SELECT changed, sent_at, next_attempt FROM items ORDER BY id") == [
        ("2026-11-30T04:40:00+00:00", "2026-11-30T04:40:00+00:00", None),
        ("2026-11-30T04:40:00+00:00", None, "2026-11-30T04:45:00+00:00"),
    ]
    sent = outbox.item(first.id)
    assert sent is not None and sent.sent_at == NOW and sent.sent_at.tzinfo is UTC
    assert outbox.run_by_id(run.id).created.tzinfo is UTC


def test_a_time_given_without_a_zone_is_the_pcs_local_time(store: Store, india: None) -> None:
    outbox = Outbox(store, domain="x.in")
    outbox.prepare(
        "bill", "2026-11", SPECS, subject="S", body="B", now=datetime(2026, 11, 30, 10, 10)
    )
    assert raw(store, "SELECT created FROM runs") == [("2026-11-30T04:40:00+00:00",)]


def test_a_naive_time_left_in_the_register_is_read_as_local_time(store: Store, india: None) -> None:
    """A row an old program wrote after the migration, or one it missed: no crash comparing
    naive with aware, and the time means what the PC meant."""
    outbox = Outbox(store, domain="x.in")
    run = outbox.prepare("bill", "2026-11", SPECS, subject="S", body="B", now=NOW).run
    first = outbox.items(run.id)[0]
    with store.transaction() as db:
        db.execute(
            "UPDATE items SET state = 'sent', sent_at = '2026-11-30T09:10:00', "
            "changed = '2026-11-30T09:10:00' WHERE id = ?",
            (first.id,),
        )
        db.execute("UPDATE runs SET created = '2026-11-30T09:00:00.250000'")
    item = outbox.item(first.id)
    assert item is not None and item.sent_at == datetime(2026, 11, 30, 3, 40, tzinfo=UTC)
    assert item.changed == item.sent_at
    assert outbox.run_by_id(run.id).created == datetime(2026, 11, 30, 3, 30, 0, 250000, UTC)
    times = outbox.sent_times(NOW - DAY)
    assert times == [datetime(2026, 11, 30, 3, 40, tzinfo=UTC)]
    plan = make_plan(3, times, Limits(1, None, 100), NOW)
    assert plan.sent_last_day == 1 and plan.later_from == times[0] + DAY


# ----- the window ------------------------------------------------------------------------


def test_a_send_recorded_in_the_future_is_not_counted_and_is_reported() -> None:
    """The shipped bug: a PC whose clock was fast blocked sending for days ("50 from 08 Dec")."""
    ahead = [NOW + timedelta(days=8)]
    recent = [NOW - timedelta(hours=3)] * 4
    plan = make_plan(10, recent + ahead, Limits(5, None, 100), NOW)
    assert (plan.sent_last_day, plan.now, plan.later, plan.ahead) == (4, 1, 9, 1)
    assert plan.later_from is not None and NOW < plan.later_from <= NOW + DAY
    assert plan.clock_warning == (
        "1 message is recorded as sent later than now (not counted in the last 24 h) — the "
        "PC's clock was ahead when they were sent, or is behind now; check the date and time."
    )
    assert str(plan).endswith(f": 1 now, {plan.later_text()}. {plan.clock_warning}")


def test_a_whole_days_worth_in_the_future_does_not_block_sending() -> None:
    ahead = [NOW + timedelta(days=8, minutes=n) for n in range(50)]
    plan = make_plan(30, ahead, Limits(50, None, 100), NOW)
    assert (plan.now, plan.later, plan.blocked_until) == (30, 0, None)
    assert str(plan).startswith("30 to send; your account allows 50 a day and 0 were sent in ")
    assert "50 messages are recorded as sent later than now" in str(plan)


def test_later_from_is_never_more_than_a_day_away() -> None:
    """A time just ahead (within the tolerance) still counts, and the wait stays ≤ 24 h."""
    just_ahead = [NOW + timedelta(minutes=1)] * 5
    plan = make_plan(3, just_ahead, Limits(5, None, 100), NOW)
    assert (plan.sent_last_day, plan.now, plan.ahead) == (5, 0, 0), "counted as now"
    assert plan.blocked_until == NOW + DAY
    assert "later than now" not in str(plan)


def test_the_window_is_the_day_up_to_now() -> None:
    times = [
        NOW - DAY,  # aged out
        NOW - DAY + timedelta(seconds=1),
        NOW,
        NOW + timedelta(minutes=2),  # the tolerance
        NOW + timedelta(minutes=3),  # later than now
    ]
    assert in_window(times, NOW) == times[1:4]
    an_hour_ago = (NOW - timedelta(hours=1)).astimezone().replace(tzinfo=None)
    assert in_window([an_hour_ago], NOW) == [NOW - timedelta(hours=1)], "naive: local time"


def test_a_quota_plan_reports_sends_in_the_future_too() -> None:
    plan = plan_after_quota(7, [NOW + timedelta(days=2)], NOW)
    assert plan.blocked_until == NOW + DAY and plan.ahead == 1
    assert "1 message is recorded as sent later than now" in str(plan)


# ----- what a person sees ----------------------------------------------------------------


def test_the_plan_speaks_local_time(india: None) -> None:
    sent = [NOW - timedelta(hours=22, minutes=30)]  # 06:10 UTC yesterday → 11:40 in India
    plan = make_plan(3, sent, Limits(1, None, 100), NOW)
    assert plan.later_from == datetime(2026, 11, 30, 6, 10, tzinfo=UTC)
    assert str(plan).endswith(": 0 now, 1 from 30 Nov 11:40, the other 2 over the 2 days after.")
    after_quota = plan_after_quota(1, [], NOW)
    assert str(after_quota).endswith("they can go from 01 Dec 10:10.")


def test_a_clock_move_is_said_in_hours_or_minutes() -> None:
    assert (
        clock_moved_text(timedelta(hours=3)) == "The PC's clock moved forward by 3 h during the run"
    )
    assert clock_moved_text(-timedelta(minutes=25)) == (
        "The PC's clock moved back by 25 min during the run"
    )
    assert "by 1 h 20 min" in clock_moved_text(timedelta(minutes=80))
    assert "by 8 days" in clock_moved_text(timedelta(days=8))


def test_as_utc_takes_a_naive_time_as_local(india: None) -> None:
    assert as_utc(datetime(2026, 11, 30, 10, 10)) == NOW
    assert as_utc(NOW.astimezone(IST)) == NOW and as_utc(NOW).tzinfo is UTC
