from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smtp_desk.core.model import Member
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemSpec, ItemState
from smtp_desk.core.store import Store

NOW = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    store = Store.open(tmp_path / "register.db")
    with store.transaction() as db:
        store.put_members(db, [Member("A-101", "R"), Member("A-102", "S")])
    return Outbox(store, domain="crystal.in")


SPECS = [ItemSpec("A-101", "B-1", ("r@x.in",), "h1"), ItemSpec("A-102", "B-2", (), "h2")]


def test_a_run_is_created_once_and_resumed(outbox: Outbox) -> None:
    first = outbox.prepare("bill", "2026-11", SPECS, subject="S", body="B", now=NOW)
    assert first.created and first.added == 2
    items = outbox.items(first.run.id)
    assert [i.state for i in items] == [ItemState.PENDING, ItemState.SKIPPED]
    assert items[0].message_id.endswith("@crystal.in>")
    again = outbox.prepare("bill", "2026-11", SPECS, subject="other", body="other", now=NOW)
    assert not again.created and again.added == 0 and again.run.id == first.run.id
    assert again.run.subject == "S", "the run keeps the templates it started with"


def test_new_or_changed_documents_wait_for_confirmation(outbox: Outbox) -> None:
    run = outbox.prepare("bill", "2026-11", SPECS, subject="S", body="B", now=NOW).run
    [item, _] = outbox.items(run.id)
    outbox.mark_sending(item, NOW)
    outbox.mark_sent(item, NOW, "250 OK")
    changed = [ItemSpec("A-101", "B-1", ("r@x.in",), "h1-corrected"), SPECS[1]]
    waiting = outbox.prepare("bill", "2026-11", changed, subject="S", body="B", now=NOW)
    assert waiting.waiting_confirmation == [changed[0]] and waiting.added == 0
    accepted = outbox.prepare(
        "bill", "2026-11", changed, subject="S", body="B", now=NOW, accept_changes=True
    )
    assert accepted.added == 1
    versions = [i for i in outbox.items(run.id) if i.document == "B-1"]
    assert [v.state for v in versions] == [ItemState.SENT, ItemState.PENDING]
    assert versions[0].message_id != versions[1].message_id


def test_recover_turns_sending_into_unconfirmed_and_resolve_decides(outbox: Outbox) -> None:
    run = outbox.prepare("bill", "2026-11", SPECS, subject="S", body="B", now=NOW).run
    item = outbox.items(run.id)[0]
    outbox.mark_sending(item, NOW)
    assert outbox.recover(NOW) == 1
    unconfirmed = outbox.item(item.id)
    assert unconfirmed is not None and unconfirmed.state is ItemState.UNCONFIRMED
    assert outbox.due(run.id, NOW) == []
    again = outbox.resolve(item.id, sent=False, now=NOW)
    assert again.state is ItemState.PENDING and outbox.due(run.id, NOW) == [again]


def test_deferred_items_come_due_at_their_time(outbox: Outbox) -> None:
    run = outbox.prepare("bill", "2026-11", SPECS, subject="S", body="B", now=NOW).run
    item = outbox.items(run.id)[0]
    outbox.mark_deferred(item, NOW, NOW + timedelta(minutes=2), "451", "throttled", attempts=1)
    assert outbox.due(run.id, NOW) == []
    assert outbox.next_retry(run.id) == NOW + timedelta(minutes=2)
    assert [i.id for i in outbox.due(run.id, NOW + timedelta(minutes=3))] == [item.id]
