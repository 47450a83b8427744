"""The Send page in an Indian office (UTC+05:30, whatever zone the test machine uses): times
shown in local time, sends recorded in the future reported in the summary, and a clock that
jumps during a run stopping it with a notice; against a real local mail server."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemSpec, ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.store import Store
from smtp_desk.gui.send_page import SendPage
from tests.support.smtpd import Certificates, MailServer, mail_server
from tests.support.society import QUICK, address, flat, make_society, member_of
from tests.support.zones import time_zone

IST = timezone(timedelta(hours=5, minutes=30))
RUN = 20_000  # ms a run may take before a test gives up


@pytest.fixture(autouse=True)
def india() -> Iterator[None]:
    """The PC's time zone is India's (UTC+05:30), whatever the machine's own is."""
    with time_zone("IST-05:30"):
        yield


@pytest.fixture
def page(qtbot: QtBot, data_home: DataFolder) -> SendPage:
    widget = SendPage(folder=data_home, store=SecretStore())
    widget.options = QUICK
    qtbot.addWidget(widget)
    widget.show()
    widget.period.setText("2026-11")
    return widget


def register(folder: DataFolder) -> list[Item]:
    with Store.open(folder.register_file) as store:
        return Outbox(store, domain="").items()


def run_until_stopped(qtbot: QtBot, page: SendPage) -> str:
    with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    return str(finished.args[0])


def cell(page: SendPage, item: Item, column: int) -> str:
    row = page.table.row_of(item.id)
    assert row is not None
    return page.table.item(row, column).text()


def everyone_once(server: MailServer, members: int) -> None:
    counts = Counter(member_of(str(m["To"])) for m in server.seen.messages)
    assert sorted(counts) == list(range(members)) and set(counts.values()) == {1}


def test_the_page_shows_local_times(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    assert page.clock().tzinfo is UTC, "the window's clock is a UTC instant"
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=5, port=server.port, daily_limit="3")
        said = run_until_stopped(qtbot, page)
        assert said.startswith("Daily limit reached: 3 sent, 2 waiting.")
        sent = [i for i in register(data_home) if i.state is ItemState.SENT]
        assert len(sent) == 3
        for item in sent:
            assert item.sent_at is not None and item.sent_at.tzinfo is UTC
            assert cell(page, item, 4) == f"{item.sent_at.astimezone(IST):%H:%M:%S}"
        allowed = min(i.sent_at for i in sent if i.sent_at) + timedelta(hours=24)
        assert f"they can go from {allowed.astimezone(IST):%d %b at %H:%M}" in (
            page.notice.text.text()
        )
        assert f"{allowed.astimezone(IST):%d %b %H:%M}" in said, "the plan in local time"
        with qtbot.waitSignal(page.prepared, timeout=20_000):
            assert page.start()  # taken; once prepared it says why it cannot send
        assert page.worker is None
        assert f"before {allowed.astimezone(IST):%d %b %H:%M}:" in page.summary.text()
    assert len(server.seen.messages) == 3


def test_sends_recorded_in_the_future_are_reported_in_the_summary(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    make_society(data_home, members=4, port=2525, daily_limit="50")
    now = datetime.now(UTC)
    with Store.open(data_home.register_file) as store:
        outbox = Outbox(store, domain="x.in")
        specs = [ItemSpec(flat(0), "R-1", (address(0),), "h")]
        run = outbox.prepare("receipt", "2026-10", specs, subject="S", body="B", now=now).run
        [item] = outbox.items(run.id)
        outbox.mark_sending(item, now)
        outbox.mark_sent(item, now + timedelta(days=8), "250 OK")
    with qtbot.waitSignal(page.prepared, timeout=20_000) as prepared:
        assert page.prepare()
    assert prepared.args[0]
    summary = page.summary.text()
    assert (
        "4 to send; your account allows 50 a day and 0 were sent in the last 24 h: all 4 now."
        in (summary)
    )
    assert (
        "1 message is recorded as sent later than now (not counted in the last 24 h) — the PC's "
        "clock was ahead when they were sent, or is behind now; check the date and time."
    ) in summary
    assert page.notice.kind == "", "nothing is blocked"


def test_a_clock_jumping_during_a_run_stops_it_with_a_notice(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=8, port=server.port)
        moved = [True]

        def clock() -> datetime:
            jumped = moved[0] and len(server.seen.messages) >= 3
            return datetime.now(UTC) + (timedelta(hours=2) if jumped else timedelta())

        page.clock = clock
        said = run_until_stopped(qtbot, page)
        assert said == (
            "Sending stopped: The PC's clock moved forward by 2 h during the run. 3 sent, 5 "
            "waiting. Check the PC's date and time, then press Start."
        )
        assert page.eta.text() == "Stopped — clock changed"
        assert page.notice.kind == "clock" and page.notice.isVisible()
        text = page.notice.text.text()
        assert "moved forward by 2 h during the run" in text and "5 member(s)" in text
        assert "check the PC's date, time and time zone" in text
        assert not page.notice.credentials_button.isVisible()
        unsent = [i for i in register(data_home) if i.state is not ItemState.SENT]
        assert {cell(page, i, 3) for i in unsent} == {"Waiting"}
        assert len(server.seen.messages) == 3

        moved[0] = False  # the date and time were put right
        assert "Run done: 8 sent." in run_until_stopped(qtbot, page)
        assert page.notice.kind == ""
    everyone_once(server, 8)
