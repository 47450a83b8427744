"""The Email Credentials page, driven with real key presses and mouse clicks."""

from __future__ import annotations

import json

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.account import Security
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.presets import PRESETS, SES_DEFAULT_REGION, Preset
from smtp_desk.core.secret_store import SERVICE, SecretStore
from smtp_desk.gui.credentials_page import CredentialsPage
from tests.gui.conftest import choose, fill_gmail, retype
from tests.support.keyrings import MemoryKeyring

PASSWORD = "abcd efgh ijkl mnop"


def message(page: CredentialsPage, field: str) -> QLabel:
    label = page.findChild(QLabel, f"{field}_message")
    assert label is not None
    return label


@pytest.mark.parametrize("chosen", [p for p in PRESETS if not p.is_custom], ids=lambda p: p.id)
def test_choosing_each_preset_fills_the_fields(
    qtbot: QtBot, page: CredentialsPage, chosen: Preset
) -> None:
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.host_edit, "mail.elsewhere.in")
    choose(qtbot, page.preset_box, chosen.id)
    expected_host = chosen.host.format(region=SES_DEFAULT_REGION)
    assert page.host_edit.text() == expected_host
    assert page.port_edit.text() == str(chosen.port)
    assert page.security_box.currentData() == chosen.security.value
    assert page.preset_box.currentData() == chosen.id, "filling does not turn it into Custom"
    assert chosen.name in page.help_label.text()
    assert page.region_box.isVisible() is (chosen.id == "ses")
    if chosen.user_fixed:
        assert page.user_edit.text() == chosen.user_fixed


def test_an_invalid_port_shows_its_message_once_left_and_save_points_at_it(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, page)
    assert page.save_button.isEnabled()
    retype(qtbot, page.port_edit, "70000")
    assert message(page, "port").text() == "", "not while the clerk is still typing"
    qtbot.keyClick(page.port_edit, Qt.Key.Key_Tab)
    assert message(page, "port").isVisible()
    assert "1 to 65535" in message(page, "port").text()
    assert "1 to 65535" in page.port_edit.accessibleDescription()
    page.from_name_edit.setFocus()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # Save says what to fix
    assert not data_home.settings_file.exists()
    assert QApplication.focusWidget() is page.port_edit
    retype(qtbot, page.port_edit, "465")
    assert message(page, "port").text() == ""
    assert page.save_button.isEnabled()


def test_save_writes_settings_and_keyring_and_clears_the_password_field(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    fill_gmail(qtbot, page)
    with qtbot.waitSignal(page.saved, timeout=5000) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "password store" in saved.args[0]
    account = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert account == {
        "preset": "gmail",
        "host": "smtp.gmail.com",
        "port": 587,
        "security": "starttls",
        "user": "billing@crystalheights.in",
        "from_email": "billing@crystalheights.in",
        "from_name": "Crystal Heights CHS",
        "reply_to": "",
    }
    assert memory_keyring.entries == {
        (SERVICE, "billing@crystalheights.in@smtp.gmail.com"): PASSWORD
    }
    assert page.password_edit.text() == ""
    assert page.password_edit.placeholderText().startswith("Saved")
    assert not page.has_unsaved_changes() and not page.save_button.isEnabled()


def test_typing_does_not_ask_the_credential_store_every_keystroke(
    qtbot: QtBot, page: CredentialsPage, memory_keyring: MemoryKeyring
) -> None:
    fill_gmail(qtbot, page)
    assert page.save()
    reads = memory_keyring.reads
    retype(qtbot, page.user_edit, "accounts.office@crystalheights.in")
    assert memory_keyring.reads == reads, "a locked store would prompt on every key"
    assert "Enter the 16-letter App Password" in message(page, "password").text()
    retype(qtbot, page.user_edit, "billing@crystalheights.in")
    assert message(page, "password").text() == "", "the saved login has its password"


def test_the_settings_file_never_contains_the_password(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, page)
    assert page.save()
    retype(qtbot, page.from_name_edit, "Accounts")
    assert page.save(), "saving again keeps the stored password"
    for path in data_home.root.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert PASSWORD not in text and PASSWORD.replace(" ", "") not in text


def test_security_follows_the_port_until_the_person_chooses_it(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    choose(qtbot, page.preset_box, "gmail")
    retype(qtbot, page.port_edit, "465")
    assert page.security_box.currentData() == Security.SSL.value
    assert page.preset_box.currentData() == "gmail", "465 SSL/TLS is a Gmail endpoint"
    retype(qtbot, page.port_edit, "587")
    assert page.security_box.currentData() == Security.STARTTLS.value
    choose(qtbot, page.security_box, Security.SSL.value)  # an override
    assert page.preset_box.currentData() == "custom"
    assert "normally uses STARTTLS" in message(page, "port").text()
    retype(qtbot, page.port_edit, "2525")
    assert page.security_box.currentData() == Security.SSL.value, "override is kept"


def test_editing_the_host_turns_the_preset_custom_only_while_it_differs(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    choose(qtbot, page.preset_box, "zoho-in")
    page.host_edit.setFocus()
    qtbot.keyClick(page.host_edit, Qt.Key.Key_End)
    qtbot.keyClick(page.host_edit, Qt.Key.Key_Backspace)
    assert page.preset_box.currentData() == "custom"
    qtbot.keyClicks(page.host_edit, "n")
    assert page.preset_box.currentData() == "zoho-in"
    retype(qtbot, page.host_edit, "smtppro.zoho.in")
    assert page.preset_box.currentData() == "zoho-in"


def test_ses_region_sets_the_host(qtbot: QtBot, page: CredentialsPage) -> None:
    choose(qtbot, page.preset_box, "ses")
    page.region_box.setFocus()
    target = page.region_box.findText("eu-west-1")
    while page.region_box.currentIndex() != target:
        key = Qt.Key.Key_Down if page.region_box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(page.region_box, key)
    assert page.host_edit.text() == "email-smtp.eu-west-1.amazonaws.com"
    assert page.preset_box.currentData() == "ses"


def test_warnings_show_beside_the_field_but_do_not_block_save(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    fill_gmail(qtbot, page, password="MyGmail-Pass2026")
    retype(qtbot, page.from_email_edit, "crystalheights@gmail.com")
    assert "society's own domain" in message(page, "from_email").text()
    assert "Gmail replaces" in message(page, "from_email").text()
    assert "usually needs a 16-character app password" in message(page, "password").text()
    assert page.save_button.isEnabled()
    assert page.save()


def test_control_characters_in_a_header_field_are_refused(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    fill_gmail(qtbot, page)
    page.from_name_edit.setText("Crystal\tHeights")  # a tab pasted from a spreadsheet
    assert not page.save()
    assert "control character" in message(page, "from_name").text()


def test_enter_saves_and_escape_reverts(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, page)
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.keyClick(page.from_name_edit, Qt.Key.Key_Return)
    assert data_home.settings_file.exists()
    retype(qtbot, page.from_name_edit, "Something else")
    retype(qtbot, page.password_edit, "typed but not saved")
    assert page.has_unsaved_changes()
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Escape)
    assert page.from_name_edit.text() == "Crystal Heights CHS"
    assert page.password_edit.text() == ""
    assert not page.has_unsaved_changes()


def test_enter_does_nothing_while_the_form_is_invalid(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, page)
    retype(qtbot, page.port_edit, "0")
    qtbot.keyClick(page.port_edit, Qt.Key.Key_Return)
    assert not data_home.settings_file.exists()


def test_limits_show_the_providers_and_take_the_office_own(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, page)
    assert page.daily_limit_edit.placeholderText() == "500"
    assert page.minute_limit_edit.placeholderText() == "none"
    retype(qtbot, page.minute_limit_edit, "2O")
    qtbot.keyClick(page.minute_limit_edit, Qt.Key.Key_Tab)
    assert "whole number" in message(page, "daily_limit").text()
    assert not page.save()
    retype(qtbot, page.minute_limit_edit, "20")
    retype(qtbot, page.daily_limit_edit, "450")
    assert page.save()
    account = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert (account["daily_limit"], account["minute_limit"]) == (450, 20)


def test_show_and_hide_the_password(qtbot: QtBot, page: CredentialsPage) -> None:
    assert page.password_edit.echoMode() is QLineEdit.EchoMode.Password
    qtbot.mouseClick(page.show_password, Qt.MouseButton.LeftButton)
    assert page.password_edit.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.mouseClick(page.show_password, Qt.MouseButton.LeftButton)
    assert page.password_edit.echoMode() is QLineEdit.EchoMode.Password


@pytest.mark.parametrize(
    ("provider", "method"),
    [("gmail", "password"), ("ses", "password"), ("office365", "microsoft"), ("gmail", "google")],
)
def test_every_field_has_an_accessible_name_and_a_mnemonic_label(
    qtbot: QtBot, page: CredentialsPage, provider: str, method: str
) -> None:
    choose(qtbot, page.preset_box, provider)
    if method != "password":
        choose(qtbot, page.sign_in_box, method)
    page.app_registration.expand_advanced()
    labels = [w for w in page.findChildren(QLabel) if w.buddy() is not None]
    buddies = {label.buddy().objectName(): label.text() for label in labels}
    fields = ["preset", "region", "host", "port", "security", "user", "sign_in", "password"]
    fields += ["from_email", "from_name", "reply_to"]
    fields += ["oauth_client_id", "oauth_tenant", "oauth_client_secret"]
    for name in fields:
        assert "&" in buddies[name], name
        widget = page.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    # Mnemonics are unique among what is on screen together (a hidden label's key is off).
    shown = [label.text() for label in labels if label.isVisible()]
    keys = (page.show_password, page.app_registration.advanced_button)
    shown += [button.text() for button in keys if button.isVisible()]
    mnemonics = [text[text.index("&") + 1].lower() for text in shown]
    mnemonics += ["c", "d"]  # Test connection, Send test statement
    assert len(mnemonics) == len(set(mnemonics)), "mnemonics are unique"
    assert not set(mnemonics) & set("fsnh"), "the menus File, System Tools, Send, Help"


def test_tab_goes_through_the_form_in_reading_order(qtbot: QtBot, page: CredentialsPage) -> None:
    fill_gmail(qtbot, page)  # unsaved changes: Revert and Save take part too
    page.user_edit.setFocus()
    seen = [page.user_edit.objectName()]
    for _ in range(17):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == [
        "user",  # the address first: the rest is found from it
        "password",
        "show_password",
        "sign_in",  # Gmail also takes Sign in with Google
        "preset",
        "host",  # the SES region box is hidden for Gmail and skipped
        "port",
        "security",
        "from_email",
        "from_name",
        "reply_to",
        "daily_limit",
        "minute_limit",
        "imap_host",  # the mailbox, last
        "imap_port",  # its security waits for a server typed (Gmail's own is used)
        "archive_bcc",  # Gmail files its own copy in Sent: the box for one is off
        "revert",
        "save",
    ]


def test_saved_settings_fill_the_form_and_hand_edits_show_their_problems(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    data_home.ensure()
    account = {"preset": "custom", "host": "mail.crystal.in", "port": "abc", "security": "starttls"}
    account |= {"user": "", "from_email": "bills@crystal.in", "from_name": "", "reply_to": ""}
    data_home.settings_file.write_text(
        json.dumps({"format": "smtp-desk-settings", "version": 1, "account": account}),
        encoding="utf-8",
    )
    page = CredentialsPage(folder=data_home, store=SecretStore())
    qtbot.addWidget(page)
    page.show()
    assert page.host_edit.text() == "mail.crystal.in"
    assert "1 to 65535" in message(page, "port").text()
    assert not page.save_button.isEnabled()


def test_an_unknown_preset_in_the_file_shows_as_custom(qtbot: QtBot, data_home: DataFolder) -> None:
    data_home.ensure()
    account = {"preset": "hotmail", "host": "smtp.live.com", "port": 587, "security": "starttls"}
    data_home.settings_file.write_text(
        json.dumps({"format": "smtp-desk-settings", "version": 1, "account": account}),
        encoding="utf-8",
    )
    page = CredentialsPage(folder=data_home, store=SecretStore())
    qtbot.addWidget(page)
    assert page.preset_box.currentData() == "custom"
    assert page.host_edit.text() == "smtp.live.com"


def test_a_newer_settings_file_blocks_saving_and_says_why(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    data_home.ensure()
    newer = '{"format": "smtp-desk-settings", "version": 7}'
    data_home.settings_file.write_text(newer, encoding="utf-8")
    page = CredentialsPage(folder=data_home, store=SecretStore())
    qtbot.addWidget(page)
    page.show()
    assert page.banner.isVisible() and "newer SMTP Desk" in page.banner.text()
    fill_gmail(qtbot, page)
    assert not page.save_button.isEnabled()
    assert not page.save()
    assert data_home.settings_file.read_text(encoding="utf-8") == newer


def test_without_a_credential_store_the_page_says_so_in_plain_words(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    store = SecretStore(backend=keyring.backends.fail.Keyring())
    page = CredentialsPage(folder=data_home, store=store)
    qtbot.addWidget(page)
    page.show()
    assert "kept only until SMTP Desk closes" in page.help_label.text()
    fill_gmail(qtbot, page)
    with qtbot.waitSignal(page.saved, timeout=5000) as saved:
        page.save()
    assert "kept only until SMTP Desk closes" in saved.args[0]
    assert store.get("billing@crystalheights.in@smtp.gmail.com") == PASSWORD
    assert PASSWORD not in data_home.settings_file.read_text(encoding="utf-8")
