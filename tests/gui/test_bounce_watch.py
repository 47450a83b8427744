"""The window reads bounces by itself (after it opens, after a run) and when asked, against a
real Dovecot: the notice above every page, its ways to Members and History, nothing at all
without a mailbox, a quiet line when the mailbox cannot be read, and closing mid-read."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.bounce_check import BounceCheck, last_read
from smtp_desk.core.imap import MailboxError
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from smtp_desk.gui.main_window import MainWindow
from tests.integration.test_bounces import fill_inbox, items, sent_run
from tests.support.imapd import imap_server, with_mailbox
from tests.support.smtpd import PASSWORD, USER, Certificates, mail_server
from tests.support.society import QUICK, flat, make_society

READ_MS = 30_000


def open_window(qtbot: QtBot, folder: DataFolder) -> MainWindow:
    """The window as the program opens it; its start-up read soon after (not in 3 s)."""
    setup_logging(folder.ensure().log_file)
    win = MainWindow(folder=folder, store=SecretStore())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.bounce_watch.start_timer.start(10)
    return win


def start_up_read(qtbot: QtBot, win: MainWindow) -> object:
    with qtbot.waitSignal(win.bounce_watch.ended, timeout=READ_MS) as blocker:
        pass
    return blocker.args[0]


def shown_members(win: MainWindow) -> list[tuple[str, str]]:
    table = win.members.members
    return [(table.item(r, 0).text(), table.item(r, 4).text()) for r in range(table.rowCount())]


def test_the_start_up_read_records_bounces_and_the_notice_leads_to_members_and_history(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=4)
        fill_inbox(imap, data_home)
        win = open_window(qtbot, data_home)
        assert not win.bounce_notice.isVisible(), "nothing is said before the read"
        check = start_up_read(qtbot, win)
        assert isinstance(check, BounceCheck) and check.report is not None
        notice = win.bounce_notice
        assert notice.isVisible() and QApplication.activeModalWidget() is None
        text = notice.text.text()
        assert "4 bill(s) came back" in text
        assert f"{flat(0)} (mailbox does not exist)" in text
        assert f"{flat(1)} (mailbox full)" in text and "Members page" in text
        assert "newly came back" in win.statusBar().currentMessage()
        assert last_read(data_home) is not None
        assert all(i.bounced for i in items(data_home).values())

        with qtbot.waitSignal(win.members.refreshed, timeout=10_000):
            notice.members_button.click()
        assert win.pages.currentWidget() is win.members
        assert win.members.tabs.currentWidget() is win.members.members_tab
        flagged = dict(shown_members(win))
        assert set(flagged) == {flat(n) for n in range(4)}, "only the members to correct"
        assert all("correct the address" in note for note in flagged.values())
        assert notice.isVisible(), "the notice stays while the person corrects"

        with qtbot.waitSignal(win.history.refreshed, timeout=10_000):
            notice.history_button.click()
        assert win.pages.currentWidget() is win.history
        assert win.history.bounced_only.isChecked(), "the bills that came back, only"
        rows = {row[0]: row for row in win.history.visible_rows()}
        assert "mailbox does not exist" in rows[flat(0)][-1]

        with qtbot.waitSignal(win.members.refreshed, timeout=10_000):
            win.members_action.trigger()  # back to Members by the menu: still filtered
        assert {f for f, _ in shown_members(win)} == {flat(n) for n in range(4)}
        notice.dismiss_button.click()
        assert not notice.isVisible()

        with qtbot.waitSignal(win.bounce_watch.ended, timeout=READ_MS):
            win.bounces_action.trigger()  # Send > Check for Bounces: the same bounces again
        assert not notice.isVisible(), "nothing new: no second notice"
        assert "No new bounces" in win.statusBar().currentMessage()
        assert "No new bounces" in win.history.bounces_status.text()
        win.close()


def test_a_run_that_ends_brings_a_read_and_the_next_read_finds_nothing_new(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with (
        imap_server(tmp_path, certs, user=USER) as imap,
        mail_server(tls=certs.server_context()) as server,
    ):
        make_society(data_home, members=3, port=server.port, user=USER)
        with_mailbox(data_home, imap)
        win = open_window(qtbot, data_home)
        before = start_up_read(qtbot, win)
        assert isinstance(before, BounceCheck) and before.report is None, "nothing sent yet"
        assert not win.bounce_notice.isVisible()
        for timer, ms in zip(win.bounce_watch.after_run_timers, (300, 2_000), strict=True):
            timer.setInterval(ms)
        win.send.options = QUICK
        win.show_send()
        win.send.align_to("bill", "2026-11")
        with qtbot.waitSignal(win.send.finished, timeout=60_000):
            assert win.send.start()
        assert all(t.isActive() for t in win.bounce_watch.after_run_timers)
        fill_inbox(imap, data_home)  # the bounces come back minutes later
        found: list[object] = []
        win.bounce_watch.found.connect(found.append)
        with qtbot.waitSignal(win.bounce_watch.ended, timeout=READ_MS):
            pass
        assert len(found) == 1 and win.bounce_notice.isVisible()
        assert "3 bill(s) came back" in win.bounce_notice.text.text()
        with qtbot.waitSignal(win.bounce_watch.ended, timeout=READ_MS) as second:
            pass
        assert isinstance(second.args[0], BounceCheck) and second.args[0].report is not None
        assert len(found) == 1, "read again: nothing new, no second notice"
        assert "3 bill(s)" in win.bounce_notice.text.text()
    assert len(server.seen.messages) == 3
    win.close()


def test_without_a_mailbox_nothing_is_read_and_nothing_said(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=2, port=server.port)
        run_batch(prepare_batch(data_home, "bill", Period.month(2026, 11)), options=QUICK)
    assert len(server.seen.messages) == 2, "bills were sent: only the mailbox is missing"
    win = open_window(qtbot, data_home)
    message = win.statusBar().currentMessage()
    check = start_up_read(qtbot, win)
    assert isinstance(check, BounceCheck) and check.report is None
    assert "IMAP" in check.skipped
    assert win.statusBar().currentMessage() == message and not win.bounce_notice.isVisible()
    assert last_read(data_home) is None and QApplication.activeModalWidget() is None
    assert "ounce" not in win.log_pane.text()

    win.show_history()
    with qtbot.waitSignal(win.bounce_watch.ended, timeout=READ_MS):
        win.history.bounces_button.click()  # asked: told why
    assert "IMAP" in win.history.bounces_status.text()
    assert win.history.bounces_button.isEnabled()
    win.close()


def test_a_fresh_data_folder_reads_nothing(qtbot: QtBot, data_home: DataFolder) -> None:
    win = open_window(qtbot, data_home)
    check = start_up_read(qtbot, win)
    assert isinstance(check, BounceCheck) and check.report is None
    assert win.pages.currentWidget() is win.credentials and not win.bounce_notice.isVisible()
    assert not (data_home.root / "bounce-reading.json").exists()


def test_a_mailbox_that_cannot_be_read_is_a_quiet_line_once(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=3)
        fill_inbox(imap, data_home)
        before = items(data_home)
        imap.process.kill()
        imap.process.wait(10)
        win = open_window(qtbot, data_home)
        error = start_up_read(qtbot, win)
        assert isinstance(error, MailboxError)
        assert QApplication.activeModalWidget() is None, "never a dialog at start-up"
        assert "Bounces could not be read" in win.statusBar().currentMessage()
        qtbot.waitUntil(lambda: "Bounces were not read" in win.log_pane.text(), timeout=2000)
        with qtbot.assertNotEmitted(win.bounce_watch.ended, wait=1_500):
            pass  # not tried again by itself
        assert not win.bounce_watch.reading
        assert not any(t.isActive() for t in win.bounce_watch.after_run_timers)
    assert items(data_home) == before and last_read(data_home) is None
    assert not win.bounce_notice.isVisible()
    for text in (win.log_pane.text(), data_home.log_file.read_text(encoding="utf-8")):
        assert PASSWORD not in text and "Error" not in text.replace("ERROR", "")
    win.close()


def test_closing_the_window_while_a_read_waits_on_the_mailbox_does_not_wait(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder
) -> None:
    with socket.socket() as silent:  # takes the connection and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        with mail_server(tls=certs.server_context()) as server:
            make_society(data_home, members=1, port=server.port, user=USER)
            draft = load_settings(data_home.settings_file).account
            assert draft is not None
            port = str(silent.getsockname()[1])
            draft = draft.with_changes(imap_host="127.0.0.1", imap_port=port, imap_security="ssl")
            save_settings(data_home.settings_file, Settings(account=draft))
            SecretStore().put(draft.secret_name, PASSWORD)
            run_batch(prepare_batch(data_home, "bill", Period.month(2026, 11)), options=QUICK)
        assert len(server.seen.messages) == 1
        win = open_window(qtbot, data_home)
        win.bounce_watch.timeout = 2.0
        win.bounce_watch.start_timer.start(100)  # after the shorter timeout is set
        qtbot.waitUntil(lambda: win.bounce_watch.reading, timeout=5_000)
        qtbot.wait(300)  # the read waits on the silent mailbox
        assert win.bounce_watch.reading
        started = time.monotonic()
        win.close()
        assert time.monotonic() - started < 1.0 and not win.isVisible()
        win.bounce_watch.wait(10_000)  # the read gives up by itself…
        qtbot.wait(200)  # …and its answer reaches a closed window: nothing said, no fault
    assert not win.bounce_watch.reading
    assert "Bounces" not in win.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


_QUIT_DURING_A_READ = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from smtp_desk.core.paths import data_folder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.bounce_watch import BounceWatch

app = QApplication([])
watch = BounceWatch(folder=data_folder(), secrets=SecretStore(), sending=lambda: False)
watch.read_now()
def close():
    assert watch.reading, "the read waits on the silent mailbox"
    watch.stop()
    print("closing", flush=True)
    app.quit()
QTimer.singleShot(700, close)
app.exec()
"""


def test_the_program_ends_at_once_when_closed_during_a_slow_read(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    """The window closes at once (above); the process too, not after the mailbox's timeout
    (10 s), and without Qt's "Signal source has been deleted" on the way out."""
    import subprocess
    import sys

    with socket.socket() as silent:  # takes the connection and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        with mail_server(tls=certs.server_context()) as server:
            make_society(data_home, members=1, port=server.port, user=USER)
            draft = load_settings(data_home.settings_file).account
            assert draft is not None
            port = str(silent.getsockname()[1])
            draft = draft.with_changes(imap_host="127.0.0.1", imap_port=port, imap_security="ssl")
            save_settings(data_home.settings_file, Settings(account=draft))
            SecretStore().put(draft.secret_name, PASSWORD)
            run_batch(prepare_batch(data_home, "bill", Period.month(2026, 11)), options=QUICK)
        program = subprocess.Popen(
            [sys.executable, "-c", _QUIT_DURING_A_READ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert program.stdout is not None
        assert program.stdout.readline().strip() == "closing"
        closed = time.monotonic()
        _out, err = program.communicate(timeout=30)
        took = time.monotonic() - closed
    assert program.returncode == 0, err
    assert took < 3, f"the program took {took:.1f} s to end after closing"
    assert "Signal source has been deleted" not in err and "Traceback" not in err
