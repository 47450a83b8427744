"""What a treasurer can click on the Send page, in every order, against a real mail server
(STARTTLS and AUTH): pause, cancel, start again, a daily limit, a refused sign-in, a
restart, the command line at the same time. Every path ends with each member sent once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smtp_desk.core.diagnosis import CATALOGUE
from smtp_desk.core.outbox import Item, ItemState, Outbox
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.store import Store
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.main_window import MainWindow
from smtp_desk.gui.send_page import SendPage
from tests.support.smtpd import (
    NEW_PASSWORD,
    PASSWORD,
    USER,
    Behaviour,
    Certificates,
    MailServer,
    mail_server,
)
from tests.support.society import QUICK, address, make_society, member_of

RUN = 20_000  # ms a run may take before a test gives up
LEFT = Qt.MouseButton.LeftButton
AUTH_FAILED = CATALOGUE["auth_failed"]
SEND_NOVEMBER = ["send", "--kind", "bill", "--period", "2026-11"]


class Clock:
    """The wall clock, moved on by the test (the page, the run and the plan all read it)."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self) -> datetime:
        return datetime.now() + self.ahead


def new_page(qtbot: QtBot, folder: DataFolder) -> SendPage:
    page = SendPage(folder=folder, store=SecretStore())
    page.options = QUICK
    qtbot.addWidget(page)
    page.show()
    page.period.setText("2026-11")
    return page


@pytest.fixture
def page(qtbot: QtBot, data_home: DataFolder) -> SendPage:
    return new_page(qtbot, data_home)


def keep_password(password: str) -> None:
    SecretStore().put(f"{USER}@127.0.0.1", password)


def signing_in(folder: DataFolder, server: MailServer, members: int) -> None:
    make_society(folder, members=members, port=server.port, user=USER)
    keep_password(PASSWORD)


def assert_everyone_once(server: MailServer, members: int) -> None:
    counts = Counter(member_of(str(m["To"])) for m in server.seen.messages)
    assert sorted(counts) == list(range(members)), "every member received a message"
    assert set(counts.values()) == {1}, f"nobody twice: {counts.most_common(3)}"


def register(folder: DataFolder) -> list[Item]:
    with Store.open(folder.register_file) as store:
        return Outbox(store, domain="").items()


def status_of(page: SendPage, item: Item) -> str:
    row = page.table.row_of(item.id)
    assert row is not None
    return page.table.item(row, 3).text()


def unsent_statuses(page: SendPage, folder: DataFolder) -> set[str]:
    """What the table says for every member the register holds as not sent."""
    unsent = [i for i in register(folder) if i.state is not ItemState.SENT]
    assert unsent
    return {status_of(page, i) for i in unsent}


def prepared(qtbot: QtBot, page: SendPage) -> bool:
    """Prepare (in the background) and wait for it; whether it prepared."""
    with qtbot.waitSignal(page.prepared, timeout=RUN) as done:
        assert page.prepare()
    return bool(done.args[0])


def started(qtbot: QtBot, page: SendPage) -> bool:
    """Start, wait for its background prepare; whether the run began (Start said why not)."""
    with qtbot.waitSignal(page.prepared, timeout=RUN):
        assert page.start(), "Start was taken"
    return page.worker is not None


def run_until_stopped(qtbot: QtBot, page: SendPage) -> str:
    """Press Start and wait for the run to end; the sentence for the status bar."""
    with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
        qtbot.mouseClick(page.start_button, LEFT)
    assert page.worker is None
    return str(finished.args[0])


def stop_part_way(qtbot: QtBot, page: SendPage, server: MailServer, button: str) -> None:
    """Start, let a few messages go, then press Pause or Cancel and wait for the stop."""
    with qtbot.waitSignal(page.prepared, timeout=RUN):
        qtbot.mouseClick(page.start_button, LEFT)
    assert page.worker is not None
    qtbot.waitUntil(lambda: len(server.seen.messages) >= 3, timeout=RUN)
    with qtbot.waitSignal(page.finished, timeout=5000):
        qtbot.mouseClick(getattr(page, f"{button}_button"), LEFT)


def stop_at_the_limit(qtbot: QtBot, page: SendPage, server: MailServer, clock: Clock) -> None:
    """Start on the moved clock; the run stops on a limit of six a day."""
    page.clock = clock
    run_until_stopped(qtbot, page)
    assert len(server.seen.messages) == 6
    assert page.notice.kind == "limit"


# ----- pause, cancel, start ----------------------------------------------------------------


def test_pause_then_start_signs_in_with_the_stored_password_again(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    """The shipped bug: a second Start signed in with an emptied password, ten times."""
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(delay=0.05)) as server:
        signing_in(data_home, server, 15)
        stop_part_way(qtbot, page, server, "pause")
        assert page.eta.text() == "Paused"
        assert page.summary.text().startswith("Paused:")
        assert unsent_statuses(page, data_home) == {"Waiting"}
        assert page.start_button.isEnabled() and not page.pause_button.isEnabled()
        assert page.unfinished_runs() == ["bill 2026-11"]
        sent_before = len(server.seen.messages)
        assert 3 <= sent_before < 15

        assert "Run done" in run_until_stopped(qtbot, page)
    assert server.seen.refused_logins == 0, "the second Start signed in properly"
    assert server.seen.logins == [(USER, PASSWORD)] * 2, "one sign-in per Start, never blank"
    assert_everyone_once(server, 15)
    assert page.eta.text() == "Done"


def test_cancel_then_start_sends_the_rest(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(delay=0.05)) as server:
        signing_in(data_home, server, 15)
        stop_part_way(qtbot, page, server, "cancel")
        assert page.eta.text() == "Cancelled"
        assert unsent_statuses(page, data_home) == {"Waiting"}
        assert page.start_button.isEnabled()

        assert "Run done" in run_until_stopped(qtbot, page)
    assert server.seen.refused_logins == 0
    assert all(login == (USER, PASSWORD) for login in server.seen.logins)
    assert_everyone_once(server, 15)


def test_pause_twice_and_start_twice_are_harmless(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(delay=0.05)) as server:
        signing_in(data_home, server, 15)
        assert started(qtbot, page)
        worker = page.worker
        assert not page.start(), "a second Start while running does nothing"
        qtbot.mouseClick(page.start_button, LEFT)  # disabled: nothing happens
        assert page.worker is worker
        assert not page.start_button.isEnabled() and not page.retry_button.isEnabled()
        assert page.pause_button.isEnabled() and page.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: len(server.seen.messages) >= 3, timeout=RUN)
        with qtbot.waitSignal(page.finished, timeout=5000):
            page.pause()
            page.pause()  # pressed again before the run stopped
        page.pause()  # and once more after: nothing is running
        assert page.eta.text() == "Paused"
        assert unsent_statuses(page, data_home) == {"Waiting"}

        with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
            assert page.start()
            assert not page.start()
        assert "Run done" in finished.args[0]
    assert server.seen.refused_logins == 0
    assert len(server.seen.logins) == 2
    assert_everyone_once(server, 15)


def test_pause_during_the_last_message_ends_the_run(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(delay=0.3)) as server:
        signing_in(data_home, server, 1)
        assert page.start()
        qtbot.waitUntil(
            lambda: [i.state for i in register(data_home)] == [ItemState.SENDING], timeout=RUN
        )
        with qtbot.waitSignal(page.finished, timeout=5000) as finished:
            page.pause()
        assert finished.args[0] == "Run done: 1 sent.", "not 'press Start' with nothing left"
        assert page.eta.text() == "Done"
        assert not page.start_button.isEnabled() and page.unfinished_runs() == []
    assert_everyone_once(server, 1)


# ----- the daily limit ---------------------------------------------------------------------


def test_a_quota_stop_waits_says_when_learns_the_limit_and_continues_by_itself(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    clock = Clock()
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(quota_after=6)) as server:
        signing_in(data_home, server, 15)
        stop_at_the_limit(qtbot, page, server, clock)
        sent_at = [i.sent_at for i in register(data_home) if i.state is ItemState.SENT]
        assert len(sent_at) == 6 and None not in sent_at
        allowed = min(t for t in sent_at if t is not None) + timedelta(hours=24)
        allowed = allowed.astimezone()  # the page speaks local time
        text = page.notice.text.text()
        assert "9 member(s) wait" in text
        assert f"they can go from {allowed:%d %b at %H:%M}" in text
        assert page.notice.auto_continue.isVisible() and page.notice.auto_continue.isChecked()
        assert not page.notice.credentials_button.isVisible()
        waiting = {status_of(page, i) for i in register(data_home) if i.state is not ItemState.SENT}
        assert waiting == {"Waiting — daily limit"}
        assert page.eta.text() == "Stopped — daily limit"

        logins = len(server.seen.logins)
        assert not started(qtbot, page), "Start before the allowed time does not try"
        assert page.summary.text().startswith("Nothing can be sent before ")
        assert f"{allowed:%d %b %H:%M}" in page.summary.text()
        assert len(server.seen.logins) == logins and len(server.seen.messages) == 6
        assert page.worker is None and page.notice.kind == "limit"

        account = load_settings(data_home.settings_file).account
        assert account is not None
        assert account.daily_limit == "6"
        assert account.daily_limit_learned == clock().date().isoformat()
        credentials = CredentialsPage(folder=data_home, store=SecretStore())
        qtbot.addWidget(credentials)
        credentials.show()
        assert credentials.daily_limit_edit.text() == "6"
        assert credentials.learned_note.isVisible()
        assert "learned from the provider" in credentials.learned_note.text()
        assert "Learned from the provider's reply on" in credentials.learned_note.toolTip()
        assert "Learned from the provider&#x27;s reply on" in credentials.help_label.text()

        server.behaviour.quota_after = None  # a day later the provider takes mail again
        with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
            clock.ahead = timedelta(hours=25)
            page.set_resume_check_interval(50)
        assert finished.args[0].startswith("Daily limit reached: 12 sent, 3 waiting."), (
            "the learned limit holds: six a day"
        )
        assert unsent_statuses(page, data_home) == {"Waiting — daily limit"}
        with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
            clock.ahead = timedelta(hours=50)  # and again the next day
        assert "Run done" in finished.args[0]
    assert page.notice.kind == ""
    assert server.seen.refused_logins == 0
    assert_everyone_once(server, 15)


def test_without_continuing_by_itself_a_plain_start_after_the_wait_sends_the_rest(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    clock = Clock()
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(quota_after=6)) as server:
        signing_in(data_home, server, 15)
        stop_at_the_limit(qtbot, page, server, clock)
        page.notice.auto_continue.setChecked(False)
        server.behaviour.quota_after = None
        clock.ahead = timedelta(hours=25)
        page.set_resume_check_interval(50)
        with qtbot.assertNotEmitted(page.finished, wait=300):
            pass
        assert page.worker is None, "unticked: it does not go on by itself"

        said = run_until_stopped(qtbot, page)
        assert said.startswith("Daily limit reached: 12 sent, 3 waiting."), "six a day"
        assert not started(qtbot, page)
        assert page.summary.text().startswith("Nothing can be sent before ")
        clock.ahead = timedelta(hours=50)
        assert "Run done" in run_until_stopped(qtbot, page)
    assert page.notice.kind == ""
    assert server.seen.refused_logins == 0
    assert_everyone_once(server, 15)


def test_when_the_wait_ends_while_the_command_line_sends_the_window_keeps_trying(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    clock = Clock()
    with mail_server(tls=certs.server_context()) as server:
        make_society(data_home, members=10, port=server.port, user=USER, daily_limit="6")
        keep_password(PASSWORD)
        stop_at_the_limit(qtbot, page, server, clock)  # the account's own limit this time
        assert page.notice.auto_continue.isChecked()
        with RunLock(data_home.root, who="command", what="payment receipts for Nov 2026"):
            clock.ahead = timedelta(hours=25)
            page.set_resume_check_interval(50)
            qtbot.waitUntil(lambda: "Another sending run" in page.summary.text(), timeout=RUN)
            assert "the command line" in page.summary.text()
            assert page.notice.kind == "limit" and page.notice.auto_continue.isChecked()
            assert page.worker is None and len(server.seen.messages) == 6
        with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
            pass  # the next check finds the folder free and goes on by itself
        assert "Run done" in finished.args[0]
    assert server.seen.refused_logins == 0
    assert_everyone_once(server, 10)


def test_prepare_only_looks_a_limit_it_finds_is_not_sent_by_itself(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    clock = Clock()
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(quota_after=6)) as server:
        signing_in(data_home, server, 10)
        stop_at_the_limit(qtbot, page, server, clock)
        page.notice.auto_continue.setChecked(False)  # SMTP Desk is closed for the night
        page.close()
        server.behaviour.quota_after = None
        looking = new_page(qtbot, data_home)
        looking.clock = clock
        looking.set_resume_check_interval(50)
        with qtbot.waitSignal(looking.prepared, timeout=RUN):
            qtbot.mouseClick(looking.prepare_button, LEFT)
        assert looking.notice.kind == "limit"
        assert "4 member(s) wait" in looking.notice.text.text()
        assert not looking.notice.auto_continue.isVisible(), "nobody asked to send yet"
        clock.ahead = timedelta(hours=25)
        with qtbot.assertNotEmitted(looking.finished, wait=300):
            pass
        assert looking.worker is None and len(server.seen.messages) == 6

        clock.ahead = timedelta()
        assert not started(qtbot, looking), "Start: too early, says when"
        assert looking.notice.auto_continue.isVisible()
        assert looking.notice.auto_continue.isChecked()
        with qtbot.waitSignal(looking.finished, timeout=RUN) as finished:
            clock.ahead = timedelta(hours=25)
        assert "Run done" in finished.args[0]
    assert_everyone_once(server, 10)


# ----- a refused sign-in -------------------------------------------------------------------


def test_a_sign_in_refused_mid_run_stops_with_a_notice_until_the_password_is_fixed(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(password_changes_after=5)
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        signing_in(data_home, server, 15)
        said = run_until_stopped(qtbot, page)
        assert said.startswith(f"Sending stopped: {AUTH_FAILED.title}")
        assert page.notice.kind == "problem"
        text = page.notice.text.text()
        assert AUTH_FAILED.title in text
        assert f"What to do:</b> {AUTH_FAILED.action}" in text
        assert "10 member(s) not sent yet are waiting" in text
        assert page.notice.credentials_button.isVisible()
        assert not page.notice.auto_continue.isVisible()
        assert server.seen.refused_logins == 1, "exactly one refused sign-in"
        assert len(server.seen.messages) == 5
        assert unsent_statuses(page, data_home) == {"Waiting"}, "not failed, not retrying"
        assert {i.state for i in register(data_home)} == {ItemState.SENT, ItemState.PENDING}
        assert page.eta.text() == "Stopped"
        assert page.start_button.isEnabled()
        with qtbot.waitSignal(page.open_credentials, timeout=1000):
            qtbot.mouseClick(page.notice.credentials_button, LEFT)

        run_until_stopped(qtbot, page)  # not fixed yet
        assert page.notice.kind == "problem"
        assert server.seen.refused_logins == 2, "one more refused sign-in per Start, no more"
        assert len(server.seen.messages) == 5

        keep_password(NEW_PASSWORD)  # the clerk saves the new password
        assert "Run done" in run_until_stopped(qtbot, page)
    assert page.notice.kind == "" and not page.notice.isVisible()
    assert server.seen.refused_logins == 2
    assert server.seen.logins[-1] == (USER, NEW_PASSWORD)
    assert_everyone_once(server, 15)


def test_in_the_window_the_notice_button_opens_email_credentials(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(password_changes_after=2)
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        signing_in(data_home, server, 4)
        window = MainWindow(folder=data_home, store=SecretStore())
        window.ask_resume = lambda runs: False
        qtbot.addWidget(window)
        window.show()
        window.show_send()
        send = window.send
        send.options = QUICK
        send.period.setText("2026-11")
        run_until_stopped(qtbot, send)
        assert send.notice.kind == "problem" and server.seen.refused_logins == 1
        assert window.pages.currentWidget() is send
        qtbot.mouseClick(send.notice.credentials_button, LEFT)
        assert window.pages.currentWidget() is window.credentials


# ----- buttons and the table ---------------------------------------------------------------


def test_after_a_complete_run_start_and_retry_are_off(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context()) as server:
        signing_in(data_home, server, 5)
        assert "Run done" in run_until_stopped(qtbot, page)
        assert not page.start_button.isEnabled()
        assert not page.retry_button.isEnabled()
        assert not page.pause_button.isEnabled() and not page.cancel_button.isEnabled()
        assert page.preview_button.isEnabled() and page.prepare_button.isEnabled()
        assert not started(qtbot, page), "nothing waits"
        assert page.summary.text() == "Nothing is waiting to be sent in this run."
    assert server.seen.refused_logins == 0
    assert_everyone_once(server, 5)


def test_another_kind_or_period_makes_start_prepare_afresh(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context()) as server:
        signing_in(data_home, server, 3)
        assert "Run done" in run_until_stopped(qtbot, page)
        assert not page.start_button.isEnabled()
        page.period.setFocus()
        page.period.selectAll()
        qtbot.keyClicks(page.period, "2026-12")
        assert page.start_button.isEnabled(), "not prepared for December: Start prepares"
        assert not page.retry_button.isEnabled() and not page.preview_button.isEnabled()
        assert page.table.rowCount() == 0, "November's members are not shown as December's"
        assert not started(qtbot, page)
        assert "no bills for December 2026" in page.summary.text()
        assert not page.start_button.isEnabled(), "Prepare said why: Start waits for a change"
        page.period.selectAll()
        qtbot.keyClicks(page.period, "2026-11")
        assert page.start_button.isEnabled()
        assert not started(qtbot, page)
        assert page.summary.text() == "Nothing is waiting to be sent in this run."
        assert not page.start_button.isEnabled()
    assert_everyone_once(server, 3)


def test_a_member_refused_for_good_is_a_plain_sentence_and_retry_failed_sends_it(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(rcpt_script={address(2): ["550 5.1.1 No such user"]})
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        signing_in(data_home, server, 5)
        run_until_stopped(qtbot, page)
        assert not page.start_button.isEnabled()
        assert page.retry_button.isEnabled()
        (failed,) = [i for i in register(data_home) if i.state is ItemState.FAILED]
        assert list(failed.recipients) == [address(2)]
        row = page.table.row_of(failed.id)
        assert row is not None
        reason = page.table.item(row, 5)
        assert "does not exist" in reason.text()
        for raw in ("SMTP", "Refused", "Error:", "550", "Exception"):
            assert raw not in reason.text(), raw
        assert "550 5.1.1" in reason.toolTip()
        assert status_of(page, failed) == "Failed"

        qtbot.mouseClick(page.failures_only, LEFT)
        assert page.failures_only.isChecked()
        shown = [r for r in range(page.table.rowCount()) if not page.table.isRowHidden(r)]
        assert shown == [row]
        page.failures_only.setChecked(False)
        assert not any(page.table.isRowHidden(r) for r in range(page.table.rowCount()))

        with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
            qtbot.mouseClick(page.retry_button, LEFT)
        assert "Run done" in finished.args[0]
        assert not page.retry_button.isEnabled() and not page.start_button.isEnabled()
        assert status_of(page, failed) == "Sent"
    assert server.seen.refused_logins == 0
    assert_everyone_once(server, 5)


# ----- the command line, a restart ---------------------------------------------------------


def test_the_command_line_is_refused_while_the_window_sends(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(delay=0.1)
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=30, port=server.port)  # a relay: no keyring needed
        with qtbot.waitSignal(page.finished, timeout=RUN) as finished:
            assert page.start()
            qtbot.waitUntil(lambda: len(server.seen.messages) >= 1, timeout=RUN)
            command = subprocess.Popen(
                [sys.executable, "-m", "smtp_desk", *SEND_NOVEMBER],
                env=dict(os.environ),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: command.poll() is not None, timeout=RUN)
            out, err = command.communicate()
            assert page.worker is not None, "the window was still sending"
        assert "Run done" in finished.args[0]
    assert command.returncode == 2, (out, err)
    assert "the SMTP Desk window" in err
    assert "Traceback" not in err
    assert_everyone_once(server, 30)


def test_a_restarted_program_lists_the_unfinished_run_and_sends_the_rest(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(delay=0.05)) as server:
        signing_in(data_home, server, 15)
        stop_part_way(qtbot, page, server, "cancel")
        page.close()

        restarted = SendPage(folder=data_home, store=SecretStore())
        restarted.options = QUICK
        qtbot.addWidget(restarted)
        restarted.show()
        assert restarted.unfinished_runs() == ["bill 2026-11"]
        restarted.align_to("bill", "2026-11")
        assert "Run done" in run_until_stopped(qtbot, restarted)
        assert restarted.unfinished_runs() == []
    assert server.seen.refused_logins == 0
    assert all(login == (USER, PASSWORD) for login in server.seen.logins)
    assert_everyone_once(server, 15)


# ----- messages that may or may not have arrived -------------------------------------------


def test_a_message_left_in_flight_by_a_crash_is_decided_in_the_window(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    """The program died while one message was being handed over: Prepare shows it as
    unconfirmed (never "Sending…"), it is never sent by itself, and the treasurer decides."""
    with mail_server(tls=certs.server_context()) as server:
        signing_in(data_home, server, 4)
        assert prepared(qtbot, page)
        [first, second, *_] = register(data_home)
        with Store.open(data_home.register_file) as store:  # what the crash left behind
            outbox = Outbox(store, domain="")
            outbox.mark_sending(first, datetime.now())
            outbox.mark_sending(second, datetime.now())
        assert prepared(qtbot, page)
        assert {status_of(page, first), status_of(page, second)} == {"Unconfirmed"}
        assert page.unconfirmed.isVisible() and "2 message(s)" in page.unconfirmed.text.text()
        assert not page.unconfirmed.again_button.isEnabled(), "nothing chosen yet"

        assert run_until_stopped(qtbot, page).startswith("Run done: 2 sent, 2 unconfirmed")
        assert len(server.seen.messages) == 2, "the two in doubt were not sent by themselves"

        page.table.selectRow(page.table.row_of(first.id) or 0)
        assert page.unconfirmed.again_button.isEnabled()
        with qtbot.waitSignal(page.prepared, timeout=RUN):  # recorded, then prepared again
            qtbot.mouseClick(page.unconfirmed.arrived_button, LEFT)  # the member confirmed it
        page.table.selectRow(page.table.row_of(second.id) or 0)
        with qtbot.waitSignal(page.prepared, timeout=RUN):
            qtbot.mouseClick(page.unconfirmed.again_button, LEFT)  # this one never arrived
        states = {i.id: i.state for i in register(data_home)}
        assert states[first.id] is ItemState.SENT and states[second.id] is ItemState.PENDING
        assert page.start_button.isEnabled()
        assert run_until_stopped(qtbot, page).startswith("Run done")
    assert not page.unconfirmed.isVisible()
    assert server.seen.refused_logins == 0
    counts = Counter(member_of(str(m["To"])) for m in server.seen.messages)
    assert counts == Counter({1: 1, 2: 1, 3: 1}), "the first arrived before the crash"


def test_no_password_saved_stops_with_a_notice_that_goes_once_it_is_saved(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context()) as server:
        make_society(data_home, members=3, port=server.port, user=USER)  # nothing saved
        assert prepared(qtbot, page) and page.table.rowCount() == 3, "Prepare needs no password"
        said = run_until_stopped(qtbot, page)
        assert said.startswith("Sending stopped: No password is saved for this account")
        assert page.notice.kind == "problem" and page.notice.credentials_button.isVisible()
        assert server.seen.logins == [], "nothing was sent to the server to be refused"
        keep_password(PASSWORD)  # saved on the Email Credentials page
        page.hide()
        with qtbot.waitSignal(page.prepared, timeout=RUN):
            page.show()  # back on the Send page: it looks again
        assert page.notice.kind == ""
        assert run_until_stopped(qtbot, page).startswith("Run done: 3 sent")
    assert_everyone_once(server, 3)
