"""The mailbox part of Email Credentials, driven with real key presses and clicks: the
provider's own server shown, the security following the port, problems shown and blocking
Save, saved and shown again, the provider changed in every order, and Test reading a real
mailbox (Dovecot) after a real mail server."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.connection_test import ConnectionReport
from smtp_desk.core.detect import DNS_ENV
from smtp_desk.core.diagnosis import make
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.main_window import MainWindow
from tests.gui.conftest import choose, fill_gmail, retype
from tests.gui.test_wheel_guard import wheel
from tests.integration.test_detect import autoconfig_server
from tests.integration.test_detect_mailbox import ADDRESS, WITH_IMAP, ZONE
from tests.support.dns_server import dns_server
from tests.support.imapd import imap_server
from tests.support.keyrings import MemoryKeyring
from tests.support.smtpd import PASSWORD, USER, Certificates, MailServer, raw_listener


def message(page: CredentialsPage, field: str) -> str:
    label = page.findChild(QLabel, f"{field}_message")
    assert label is not None
    return label.text()


def saved_account(folder: DataFolder) -> dict[str, object]:
    account = json.loads(folder.settings_file.read_text(encoding="utf-8"))["account"]
    assert isinstance(account, dict)
    return account


def mailbox_keys(account: dict[str, object]) -> dict[str, object]:
    names = ("imap_host", "imap_port", "imap_security", "copy_to_sent", "archive_bcc")
    return {k: v for k, v in account.items() if k in names}


def leave(qtbot: QtBot, page: CredentialsPage) -> None:
    """Leave the field being typed in, as a person tabbing on (its problems show then)."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


# ----- what shows before anything is typed ------------------------------------------------


@pytest.mark.parametrize(
    ("provider", "host", "port"),
    [
        ("gmail", "imap.gmail.com", "993"),
        ("workspace", "imap.gmail.com", "993"),
        ("office365", "outlook.office365.com", "993"),
        ("zoho-in", "imap.zoho.in", "993"),
        ("yahoo", "imap.mail.yahoo.com", "993"),
    ],
)
def test_the_providers_own_mailbox_shows_as_placeholder_and_needs_nothing_typed(
    qtbot: QtBot, page: CredentialsPage, provider: str, host: str, port: str
) -> None:
    choose(qtbot, page.preset_box, provider)
    box = page.mailbox
    assert box.host_edit.text() == "" and box.host_edit.placeholderText() == host
    assert box.port_edit.text() == "" and box.port_edit.placeholderText() == port
    assert box.security_box.currentData() == "ssl" and not box.security_box.isEnabled()
    assert f"({host}) is used; nothing to type" in box.note.text()
    assert page.draft().imap_host == page.draft().imap_security == ""
    page.revert()


@pytest.mark.parametrize("provider", ["custom", "sendgrid", "ses"])
def test_a_service_without_a_mailbox_says_it_is_not_read(
    qtbot: QtBot, page: CredentialsPage, provider: str
) -> None:
    choose(qtbot, page.preset_box, provider)
    box = page.mailbox
    assert box.host_edit.placeholderText() == "optional"
    assert box.port_edit.placeholderText() == ""
    assert "the mailbox is not read" in box.note.text()
    assert box.copy_box.isEnabled(), "a server that keeps no copy may get one filed"
    page.revert()


# ----- the port and the security follow each other ----------------------------------------


def test_a_typed_port_of_993_or_143_chooses_the_security_and_typing_on_gives_it_back(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    choose(qtbot, page.preset_box, "custom")
    box = page.mailbox
    retype(qtbot, box.host_edit, "mail.crystalheights.in")
    assert box.security_box.isEnabled(), "a server typed: its security can be chosen"
    assert box.port_edit.placeholderText() == "993"
    retype(qtbot, box.port_edit, "143")
    assert box.security_box.currentData() == "starttls"
    qtbot.keyClicks(box.port_edit, "0")  # 1430: the port says nothing any more
    assert box.security_box.currentData() == "ssl", "the security before the port led"
    retype(qtbot, box.port_edit, "993")
    assert box.security_box.currentData() == "ssl"
    choose(qtbot, box.security_box, "starttls")  # 993 with STARTTLS is no server's
    assert box.port_edit.text() == "143"
    choose(qtbot, box.security_box, "ssl")
    assert box.port_edit.text() == "993"
    retype(qtbot, box.port_edit, "1993")  # a port of its own: the choice stands
    choose(qtbot, box.security_box, "starttls")
    assert box.port_edit.text() == "1993" and box.security_box.currentData() == "starttls"
    retype(qtbot, box.port_edit, "")
    assert box.port_edit.placeholderText() == "143", "empty: the chosen security's port"
    assert page.draft().imap_security == "starttls"
    retype(qtbot, box.port_edit, "143")
    retype(qtbot, box.host_edit, "")  # the provider's own again: its security shows
    assert box.security_box.currentData() == "ssl" and not box.security_box.isEnabled()
    retype(qtbot, box.host_edit, "mail.crystalheights.in")
    assert box.security_box.currentData() == "starttls", "port 143 still says which"
    page.revert()


def test_the_wheel_does_not_change_the_mailbox_security_in_passing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_credentials()
    page = window.credentials
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.mailbox.host_edit, "mail.crystalheights.in")
    box = page.mailbox.security_box
    before = box.currentIndex()
    wheel(box)
    assert box.currentIndex() == before, "scrolling past the security left it alone"
    box.setFocus()
    wheel(box)
    assert box.currentIndex() != before, "a clicked drop-down still takes the wheel"
    page.revert()


def test_a_real_wheel_turned_over_the_mailbox_security_scrolls_past_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A wheel from the window system (spontaneous, as a mouse's) gives a combo box with
    Qt's WheelFocus the focus before the window's wheel guard looks, so the guard let it
    change: the mailbox security must not take the focus from the wheel."""
    window.show_credentials()
    page = window.credentials
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.mailbox.host_edit, "mail.crystalheights.in")
    box = page.mailbox.security_box
    for area in page.findChildren(QScrollArea):
        area.ensureWidgetVisible(box)
    page.mailbox.archive_edit.setFocus()
    before = box.currentIndex()
    QTest.wheelEvent(window.windowHandle(), box.mapTo(window, box.rect().center()), QPoint(0, -120))
    qtbot.wait(20)
    changed, focused = box.currentIndex() != before, box.hasFocus()
    page.revert()  # first: a changed form would make closing the window ask
    assert not changed, "scrolling past the security left it alone"
    assert not focused


def test_the_mailbox_labels_are_not_squeezed_to_a_word_a_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1024, 700)
    window.show_credentials()
    page = window.credentials
    choose(qtbot, page.preset_box, "custom")
    qtbot.wait(20)
    line = page.mailbox.fontMetrics().lineSpacing()
    heights = {f: (r.label.text(), r.label.height()) for f, r in page.mailbox.rows.items()}
    page.revert()  # first: a changed form would make closing the window ask
    for field, (text, height) in heights.items():
        assert not text or height <= 2 * line + 2, f"{field}: {text!r} is {height} px high"
    assert heights["imap_host"][1] < 2 * line, "“Mailbox server” on one line"


def test_a_long_warning_in_the_test_steps_wraps_instead_of_being_cut_off(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1024, 700)
    window.show_credentials()
    steps = window.credentials.test_panel.steps
    steps.addItem("   ⚠ " + "The mailbox server cannot be reached (refused). " * 6)
    qtbot.wait(20)
    assert steps.horizontalScrollBar().maximum() == 0
    assert steps.visualRect(steps.model().index(0, 0)).width() <= steps.viewport().width()
    one_line = steps.fontMetrics().lineSpacing() + 4
    assert steps.visualRect(steps.model().index(0, 0)).height() > one_line, "wrapped"
    steps.clear()


def test_a_cancelled_test_logs_no_empty_brackets(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    panel = window.credentials.test_panel
    cancelled = make(DiagnosisCategory.CANCELLED, preset="custom")
    assert cancelled.detail == ""
    with caplog.at_level(logging.INFO, logger="smtp_desk.gui.connection_test_panel"):
        panel._show_report(ConnectionReport(diagnosis=cancelled))
    said = [r.getMessage() for r in caplog.records if "Connection test:" in r.getMessage()]
    assert said and not said[-1].endswith("()"), said


# ----- problems ---------------------------------------------------------------------------


def test_a_bad_server_shows_its_message_once_left_and_blocks_save(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    fill_gmail(qtbot, page)
    retype(qtbot, page.mailbox.host_edit, "https://imap.gmail.com")
    assert message(page, "imap_host") == "", "not while the clerk is still typing"
    leave(qtbot, page)
    assert "Enter only the IMAP server's name" in message(page, "imap_host")
    page.from_name_edit.setFocus()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not data_home.settings_file.exists()
    assert QApplication.focusWidget() is page.mailbox.host_edit, "Save points at it"
    retype(qtbot, page.mailbox.host_edit, "imap.gmail.com")
    assert message(page, "imap_host") == ""
    retype(qtbot, page.mailbox.port_edit, "99999")
    leave(qtbot, page)
    assert "1 to 65535" in message(page, "imap_port")
    assert not page.save() and not data_home.settings_file.exists()
    page.revert()


def test_a_port_without_a_server_is_named_on_save(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    fill_gmail(qtbot, page)
    retype(qtbot, page.mailbox.port_edit, "143")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not data_home.settings_file.exists()
    assert "Enter the IMAP server's name, or clear the port." in message(page, "imap_host")
    retype(qtbot, page.mailbox.port_edit, "")
    assert page.save()
    assert mailbox_keys(saved_account(data_home)) == {}, "Gmail's own: nothing is saved"


# ----- saved, shown again, cleared ----------------------------------------------------------


def test_saving_writes_the_mailbox_reopening_shows_it_and_clearing_clears_it(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    fill_gmail(qtbot, page)
    retype(qtbot, page.mailbox.host_edit, "mail.crystalheights.in")
    retype(qtbot, page.mailbox.port_edit, "143")
    assert page.has_unsaved_changes() and page.save_button.isEnabled()
    assert "not Gmail's own (imap.gmail.com)" in page.mailbox.note.text()
    assert page.save()
    assert mailbox_keys(saved_account(data_home)) == {
        "imap_host": "mail.crystalheights.in",
        "imap_port": 143,
        "imap_security": "starttls",
    }
    again = CredentialsPage(folder=data_home, store=SecretStore())
    qtbot.addWidget(again)
    assert again.mailbox.host_edit.text() == "mail.crystalheights.in"
    assert again.mailbox.port_edit.text() == "143"
    assert again.mailbox.security_box.currentData() == "starttls"
    assert not again.has_unsaved_changes(), "as loaded: nothing to save"
    retype(qtbot, again.mailbox.host_edit, "")
    retype(qtbot, again.mailbox.port_edit, "")
    assert again.has_unsaved_changes()
    assert again.save()
    assert mailbox_keys(saved_account(data_home)) == {}
    assert again.mailbox.host_edit.placeholderText() == "imap.gmail.com"


def test_revert_brings_the_saved_mailbox_back(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    fill_gmail(qtbot, page)
    retype(qtbot, page.mailbox.host_edit, "mail.crystalheights.in")
    assert page.save()
    retype(qtbot, page.mailbox.host_edit, "elsewhere.example.in")
    retype(qtbot, page.mailbox.port_edit, "143")
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.mailbox.host_edit.text() == "mail.crystalheights.in"
    assert page.mailbox.port_edit.text() == "993", "saved with its port"
    assert page.mailbox.security_box.currentData() == "ssl"
    assert not page.has_unsaved_changes()


# ----- the provider changed, in every order ---------------------------------------------------


def test_a_server_typed_by_hand_stays_when_the_provider_changes_and_says_so(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    choose(qtbot, page.preset_box, "gmail")
    retype(qtbot, page.mailbox.host_edit, "mail.crystalheights.in")
    choose(qtbot, page.preset_box, "zoho-in")
    assert page.mailbox.host_edit.text() == "mail.crystalheights.in", "never silently lost"
    assert "not Zoho Mail India's own (imap.zoho.in)" in page.mailbox.note.text()
    choose(qtbot, page.preset_box, "custom")
    assert page.mailbox.host_edit.text() == "mail.crystalheights.in"
    assert page.mailbox.note.text() == ""
    page.revert()


def test_the_last_providers_own_server_moves_with_the_provider(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    choose(qtbot, page.preset_box, "gmail")
    assert page.mailbox.host_edit.placeholderText() == "imap.gmail.com"
    choose(qtbot, page.preset_box, "zoho-in")  # nothing typed: the default moves
    assert page.mailbox.host_edit.placeholderText() == "imap.zoho.in"
    retype(qtbot, page.mailbox.host_edit, "imap.zoho.in")  # typed out, as it was shown
    retype(qtbot, page.mailbox.port_edit, "993")
    choose(qtbot, page.preset_box, "gmail")
    assert page.mailbox.host_edit.text() == "", "Zoho's server is not Gmail's"
    assert page.mailbox.port_edit.text() == ""
    assert page.mailbox.host_edit.placeholderText() == "imap.gmail.com"
    retype(qtbot, page.mailbox.host_edit, "imap.gmail.com")
    choose(qtbot, page.preset_box, "custom")  # Custom has none: Gmail's goes with Gmail
    assert page.mailbox.host_edit.text() == ""
    assert "the mailbox is not read" in page.mailbox.note.text()
    page.revert()


def test_a_typed_server_survives_the_provider_found_from_the_address(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.mailbox.host_edit, "mail.crystalheights.in")
    retype(qtbot, page.user_edit, "accounts.crystal@gmail.com")
    page.address.detector.flush()
    qtbot.waitUntil(lambda: page.preset_box.currentData() == "gmail", timeout=5000)
    assert page.mailbox.host_edit.text() == "mail.crystalheights.in"
    assert "not Gmail's own (imap.gmail.com)" in page.mailbox.note.text()
    page.revert()


# ----- the copy in Sent and the archive copy ------------------------------------------------


def test_the_copy_in_sent_needs_a_mailbox_and_is_off_for_providers_that_keep_one(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    fill_gmail(qtbot, page)
    assert not page.mailbox.copy_box.isEnabled(), "Gmail files its own copy"
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.host_edit, "smtp.crystalheights.in")
    assert page.mailbox.copy_box.isEnabled()
    qtbot.mouseClick(page.mailbox.copy_box, Qt.MouseButton.LeftButton)
    assert page.mailbox.copy_box.isChecked()
    assert not page.save(), "no mailbox to file the copy in"
    assert "Enter the mailbox's IMAP server" in message(page, "imap_host")
    retype(qtbot, page.mailbox.host_edit, "mail.crystalheights.in")
    retype(qtbot, page.mailbox.archive_edit, "not an address")
    leave(qtbot, page)
    assert message(page, "archive_bcc"), "the archive copy's address is checked"
    retype(qtbot, page.mailbox.archive_edit, "records@crystalheights.in")
    assert page.save(), [str(p) for p in page.check()]
    assert mailbox_keys(saved_account(data_home)) == {
        "imap_host": "mail.crystalheights.in",
        "imap_port": 993,
        "imap_security": "ssl",
        "copy_to_sent": "yes",
        "archive_bcc": "records@crystalheights.in",
    }
    choose(qtbot, page.preset_box, "gmail")  # Gmail keeps its own: no second copy
    assert not page.mailbox.copy_box.isChecked() and not page.mailbox.copy_box.isEnabled()
    page.revert()
    assert page.mailbox.copy_box.isChecked(), "as saved"


# ----- Test connection reads the mailbox ------------------------------------------------------


def fill_local(qtbot: QtBot, page: CredentialsPage, port: int) -> None:
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.host_edit, "127.0.0.1")
    retype(qtbot, page.port_edit, str(port))
    choose(qtbot, page.security_box, "starttls")
    retype(qtbot, page.user_edit, USER)
    retype(qtbot, page.password_edit, PASSWORD)
    retype(qtbot, page.from_email_edit, USER)


def run_test(qtbot: QtBot, page: CredentialsPage) -> list[str]:
    panel = page.test_panel
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    return [panel.steps.item(i).text() for i in range(panel.steps.count())]


def test_the_test_button_reads_the_mailbox_typed_in_the_form(
    qtbot: QtBot,
    page: CredentialsPage,
    server: MailServer,
    certs: Certificates,
    tmp_path: Path,
    data_home: DataFolder,
) -> None:
    with imap_server(tmp_path, certs, user=USER, sent_name="Sent Items") as imap:
        fill_local(qtbot, page, server.port)
        retype(qtbot, page.mailbox.host_edit, imap.host)
        retype(qtbot, page.mailbox.port_edit, str(imap.port))
        items = run_test(qtbot, page)
    assert items[-1].startswith(
        f"✓ Mailbox (IMAP): signed in to {imap.host}; sent mail is kept in “Sent Items”"
    ), items
    assert "Everything works" in page.test_panel.verdict.text()
    retype(qtbot, page.mailbox.host_edit, "")  # the form changed: the result is out of date
    assert page.test_panel.steps.count() == 0
    page.revert()


def test_a_mailbox_that_refuses_is_a_warning_under_a_passing_test(
    qtbot: QtBot,
    page: CredentialsPage,
    server: MailServer,
    certs: Certificates,
    tmp_path: Path,
    data_home: DataFolder,
) -> None:
    with imap_server(tmp_path, certs, user=USER, password="mailbox-only") as imap:
        fill_local(qtbot, page, server.port)
        retype(qtbot, page.mailbox.host_edit, imap.host)
        retype(qtbot, page.mailbox.port_edit, str(imap.port))
        items = run_test(qtbot, page)
    assert items[-2].startswith("⚠ Mailbox (IMAP): cannot be read"), items
    assert items[-1].strip().startswith("⚠ The mailbox refused the sign-in")
    verdict = page.test_panel.verdict.text()
    assert "Sending works." in verdict and "the mailbox cannot be read" in verdict
    assert "Everything works" not in verdict and "#1a7f37" in verdict, "a pass, in green"
    assert page.test_panel.save_button.isVisible(), "sending works: the settings may be saved"
    log = data_home.log_file.read_text(encoding="utf-8") if data_home.log_file.exists() else ""
    assert PASSWORD not in verdict + "".join(items) + log
    page.revert()


# ----- the mailbox found from the address ---------------------------------------------------


@pytest.fixture
def published(certs: Certificates, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """crystalheights.in publishes a settings file that names its mailbox (IMAP)."""
    with (
        dns_server(ZONE) as address,
        autoconfig_server(certs, WITH_IMAP, "autoconfig.crystalheights.in") as port,
    ):
        monkeypatch.setenv(DNS_ENV, address)
        monkeypatch.setattr("smtp_desk.core.autoconfig.AUTOCONFIG_PORT", port)
        yield


def found_for(qtbot: QtBot, page: CredentialsPage) -> None:
    retype(qtbot, page.user_edit, ADDRESS)
    page.address.detector.flush()
    qtbot.waitUntil(lambda: page.host_edit.text() == "smtp.crystalheights.in", timeout=8000)


def test_the_mailbox_the_domain_publishes_fills_the_empty_fields(
    qtbot: QtBot, page: CredentialsPage, published: None
) -> None:
    choose(qtbot, page.preset_box, "custom")
    found_for(qtbot, page)
    box = page.mailbox
    assert box.host_edit.text() == "imap.crystalheights.in"
    assert box.port_edit.text() == "143" and box.security_box.currentData() == "starttls"
    assert box.security_box.isEnabled()
    page.revert()


def test_a_mailbox_typed_by_hand_is_not_replaced_by_what_is_found(
    qtbot: QtBot, page: CredentialsPage, published: None
) -> None:
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.mailbox.host_edit, "mail.own-server.in")
    found_for(qtbot, page)  # the sending server is filled in all the same
    assert page.mailbox.host_edit.text() == "mail.own-server.in"
    assert page.mailbox.port_edit.text() == ""
    page.revert()


def test_a_mailbox_found_for_one_address_does_not_stay_for_another(
    qtbot: QtBot, page: CredentialsPage, published: None
) -> None:
    """imap.crystalheights.in was found for accounts@crystalheights.in; the address is then
    changed to a Gmail one: Gmail's own mailbox is read, never the other domain's server
    (it would be sent the Gmail password)."""
    choose(qtbot, page.preset_box, "custom")
    found_for(qtbot, page)
    assert page.mailbox.host_edit.text() == "imap.crystalheights.in"
    retype(qtbot, page.user_edit, "crystalheights.society@gmail.com")
    page.address.detector.flush()
    qtbot.waitUntil(lambda: page.host_edit.text() == "smtp.gmail.com", timeout=8000)
    assert page.mailbox.host_edit.text() == "" and page.mailbox.port_edit.text() == ""
    assert "imap.gmail.com" in page.mailbox.host_edit.placeholderText()
    page.revert()


def test_a_silent_mailbox_ticks_in_the_list_and_cancel_stops_it(
    qtbot: QtBot, page: CredentialsPage, server: MailServer
) -> None:
    panel = page.test_panel
    with raw_listener(greeting=None) as silent:
        fill_local(qtbot, page, server.port)
        retype(qtbot, page.mailbox.host_edit, "127.0.0.1")
        retype(qtbot, page.mailbox.port_edit, str(silent))
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.clock.text.startswith("▸ Mailbox (IMAP)… 1 s"), timeout=8000)
        assert panel.clock.text == "▸ Mailbox (IMAP)… 1 s of 10 s", "its own, shorter deadline"
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.running, timeout=1000)
    assert "Cancelled" in panel.verdict.text() or "cancelled" in panel.verdict.text()
    page.revert()


def test_an_archive_address_halves_the_providers_daily_limit_shown(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    """The providers count recipients: with an archive copy each bill is two, so the limit
    the run keeps to (and the form shows in grey) is half the provider's."""
    choose(qtbot, page.preset_box, "gmail")
    full = int(page.daily_limit_edit.placeholderText())
    retype(qtbot, page.mailbox.archive_edit, "records@crystalheights.in")
    assert page.daily_limit_edit.placeholderText() == str(full // 2)
    page.mailbox.archive_edit.clear()
    assert page.daily_limit_edit.placeholderText() == str(full)
    page.revert()
