"""Sign in with Microsoft (and Google) on the Email Credentials page, with the real buttons,
against the local identity provider (real msal over verified HTTPS) and a mail server that
takes only its current XOAUTH2 tokens."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.account_store import save_account
from smtp_desk.core.oauth_google import client_secret_entry
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SERVICE, SecretStore
from smtp_desk.core.validation_signin import MICROSOFT_SWITCH_OFF
from smtp_desk.gui import signin_help
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.signin_help import CHECKLIST_LINK
from tests.gui.conftest import choose, retype
from tests.support.browser import use_test_browser
from tests.support.keyrings import MemoryKeyring
from tests.support.oauth_server import (
    IMAP_SCOPE,
    SMTP_SCOPE,
    VERIFICATION_URI,
    OAuthServer,
    aad_error,
    oauth_server,
)
from tests.support.smtpd import Behaviour, Certificates, MailServer, mail_server

CLIENT_ID = "1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d"
WAIT = 15_000  # ms: a sign-in is a few HTTPS round trips (and a browser process)
NEVER = 10**9  # polls the stand-in answers "authorization_pending" to


@pytest.fixture
def idp(certs: Certificates, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthServer]:
    with oauth_server(certs) as running:
        running.poll_interval = 0
        running.pending_polls = 2
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", certs.ca_file)  # requests' own bundle
        yield running


@pytest.fixture
def mail(certs: Certificates, idp: OAuthServer) -> Iterator[MailServer]:
    with mail_server(
        tls=certs.server_context(), behaviour=Behaviour(xoauth2=idp.accepts)
    ) as running:
        yield running


def open_saved_page(
    qtbot: QtBot, data_home: DataFolder, mail: MailServer, idp: OAuthServer
) -> CredentialsPage:
    """The page over a saved account that signs in with Microsoft (not signed in yet)."""
    draft = AccountDraft(
        preset="custom",
        host="127.0.0.1",
        port=str(mail.port),
        security="starttls",
        user=idp.user,
        from_email=idp.user,
        sign_in="microsoft",
        oauth_client_id=CLIENT_ID,
        oauth_authority=idp.authority,
    )
    store = SecretStore()
    save_account(draft, password="", folder=data_home.ensure(), store=store)
    page = CredentialsPage(folder=data_home, store=store)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def saved_page(
    qtbot: QtBot, data_home: DataFolder, mail: MailServer, idp: OAuthServer
) -> Iterator[CredentialsPage]:
    page = open_saved_page(qtbot, data_home, mail, idp)
    yield page
    page.signin_panel.cancel()
    qtbot.waitUntil(lambda: not page.signin_panel.working, timeout=WAIT)
    page.close()
    page.deleteLater()


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def status(page: CredentialsPage) -> str:
    return page.signin_panel.status.text()


def kept(keyring: MemoryKeyring) -> list[str]:
    return [name for (service, name) in keyring.entries if service == SERVICE]


def focused(page: CredentialsPage) -> str:
    """The widget with the focus in the page's window (when the window is active: after a
    question closes, the offscreen platform leaves it inactive)."""
    widget = page.window().focusWidget()
    return widget.objectName() if widget is not None else ""


def answer_sign_out(button: str, asked: list[tuple[str, str]]) -> None:
    """Press ``button`` ("Sign out" or "Cancel") of the question, once it is up; note its
    text and its default button."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: answer_sign_out(button, asked))
        return
    default = box.defaultButton()
    asked.append((box.text(), default.text().replace("&", "") if default else ""))
    for candidate in box.buttons():
        if candidate.text().replace("&", "") == button:
            candidate.click()
            return
    raise AssertionError(f"no button {button!r}")


def sign_out(qtbot: QtBot, page: CredentialsPage, button: str) -> list[tuple[str, str]]:
    """Click Sign out and answer the question with ``button``; what was asked."""
    asked: list[tuple[str, str]] = []
    QTimer.singleShot(0, lambda: answer_sign_out(button, asked))
    click(qtbot, page.signin_panel.sign_out_button)
    return asked


def run_test(qtbot: QtBot, page: CredentialsPage) -> str:
    """Click Test connection, wait for its verdict; the verdict."""
    test = page.test_panel
    with qtbot.waitSignal(test.running_changed, timeout=WAIT, check_params_cb=lambda r: not r):
        click(qtbot, test.test_button)
    return test.verdict.text()


def sign_in_with_code(qtbot: QtBot, page: CredentialsPage) -> None:
    click(qtbot, page.signin_panel.code_button)
    qtbot.waitUntil(lambda: not page.signin_panel.running, timeout=WAIT)
    assert "Signed in as" in status(page), page.signin_panel.result.text()


def test_choosing_microsoft_shows_the_app_registration_instead_of_the_password(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    registration = page.app_registration
    choose(qtbot, page.preset_box, "office365")
    assert page.sign_in_box.isVisible() and page.password_edit.isVisible()
    assert not registration.isVisible() and not page.signin_panel.isVisible()
    assert [page.sign_in_box.itemText(i) for i in range(page.sign_in_box.count())] == [
        "Password",
        "Microsoft account (recommended)",
    ]
    retype(qtbot, page.password_edit, "typed before switching")
    choose(qtbot, page.sign_in_box, "microsoft")
    assert not page.password_edit.isVisible() and page.password_edit.text() == ""
    assert registration.client_id_edit.isVisible() and registration.tenant_edit.isVisible()
    assert not registration.secret_edit.isVisible()
    assert "organizations (work)" in registration.tenant_edit.placeholderText()
    client_id_message = page.findChild(QLabel, "oauth_client_id_message")
    assert client_id_message.text() == "", "nothing in red before the clerk got to it"
    click(qtbot, page.test_panel.test_button)  # Test shows what is missing
    assert "client ID" in client_id_message.text()
    assert page.signin_panel.isVisible() and page.signin_panel.code_button.isVisible()
    assert not registration.authority_edit.isVisible()
    click(qtbot, registration.advanced_button)
    assert registration.authority_edit.isVisible()
    click(qtbot, page.setup_help.toggle)
    steps = page.setup_help.text.text()
    for words in ("http://localhost", "Allow public client flows: Yes", "SMTP.Send"):
        assert words in steps
    assert "Authenticated SMTP" in steps and "microsoft-365-sign-in.md" in steps
    click(qtbot, page.setup_help.copy_button)
    assert "Office 365 Exchange Online" in QApplication.clipboard().text()

    retype(qtbot, page.port_edit, "25")  # host and port edits keep the choice
    assert page.preset_box.currentData() == "custom"
    assert page.draft().sign_in == "microsoft"
    choose(qtbot, page.preset_box, "gmail")  # Gmail takes no Microsoft sign-in
    assert page.draft().sign_in == "password" and page.password_edit.isVisible()
    choose(qtbot, page.sign_in_box, "google")
    assert registration.secret_edit.isVisible() and not registration.tenant_edit.isVisible()
    assert not page.signin_panel.code_button.isVisible(), "Google offers no code for mail"
    assert page.signin_panel.sign_in_button.text() == "Sign in &with Google"


def test_the_microsoft_365_password_notice_switches_and_keeps_everything_else(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    choose(qtbot, page.preset_box, "office365")
    retype(qtbot, page.user_edit, "billing@greenpark.in")
    retype(qtbot, page.password_edit, "Password-1234")
    retype(qtbot, page.from_email_edit, "billing@greenpark.in")
    retype(qtbot, page.from_name_edit, "Green Park CHS")
    retype(qtbot, page.daily_limit_edit, "2000")
    notice = page.switch_notice
    assert notice.isVisible() and MICROSOFT_SWITCH_OFF in notice.text.text()
    sign_in_message = page.findChild(QLabel, "sign_in_message")
    assert MICROSOFT_SWITCH_OFF not in sign_in_message.text(), "said once, in the notice"

    click(qtbot, notice.switch_button)
    assert page.sign_in_box.currentData() == "microsoft"
    assert not notice.isVisible() and not page.password_edit.isVisible()
    assert QApplication.focusWidget() is page.app_registration.client_id_edit
    draft = page.draft()
    assert (draft.sign_in, draft.from_email, draft.from_name, draft.daily_limit) == (
        "microsoft",
        "billing@greenpark.in",
        "Green Park CHS",
        "2000",
    )
    qtbot.keyClicks(page.app_registration.client_id_edit, CLIENT_ID)
    assert page.save()
    account = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert account["sign_in"] == "microsoft" and account["daily_limit"] == 2000
    assert account["oauth_client_id"] == CLIENT_ID and account["from_name"] == "Green Park CHS"


def test_sign_in_with_a_code_saves_first_shows_and_copies_the_code(
    qtbot: QtBot,
    page: CredentialsPage,
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    memory_keyring: MemoryKeyring,
) -> None:
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.host_edit, "127.0.0.1")
    retype(qtbot, page.port_edit, str(mail.port))
    choose(qtbot, page.security_box, "starttls")
    retype(qtbot, page.user_edit, idp.user)
    retype(qtbot, page.from_email_edit, idp.user)
    choose(qtbot, page.sign_in_box, "microsoft")
    retype(qtbot, page.app_registration.client_id_edit, CLIENT_ID)
    click(qtbot, page.app_registration.advanced_button)
    retype(qtbot, page.app_registration.authority_edit, idp.authority)
    panel = page.signin_panel
    assert "Not signed in." in status(page)
    idp.poll_interval, idp.pending_polls = 1, NEVER  # waits until the test "enters" it

    click(qtbot, panel.code_button)
    assert data_home.settings_file.exists() and not page.has_unsaved_changes(), "saved first"
    assert focused(page) == "sign_in_cancel", "the pressed button is disabled: focus to Cancel"
    qtbot.waitUntil(panel.code_box.isVisible, timeout=WAIT)
    assert focused(page) == "copy_device_code", "Tab and Space act on the code"
    code = panel.code_box.code.text()
    assert re.fullmatch(r"[A-Z]{4}-[A-Z]{4}", code)
    assert (
        f'href="{VERIFICATION_URI}"' in panel.code_box.link.text()
        and panel.code_box.link.openExternalLinks()
    )
    assert "expires in 15 min" in panel.code_box.expiry.text()
    assert not panel.sign_in_button.isEnabled() and panel.cancel_button.isVisible()
    click(qtbot, panel.code_box.copy_button)
    assert QApplication.clipboard().text() == code

    qtbot.waitUntil(lambda: idp.device_polls >= 1, timeout=WAIT)  # "pending" so far
    idp.pending_polls = 0  # entered on the phone: the next poll gets the token
    qtbot.waitUntil(lambda: "Signed in as" in status(page), timeout=WAIT)
    assert idp.user in status(page) and not panel.code_box.isVisible()
    assert f"Signed in to Microsoft as {idp.user}" in panel.result.text()
    assert f"microsoft-sign-in:{idp.user}" in kept(memory_keyring)
    assert panel.sign_out_button.isEnabled() and panel.sign_in_button.isEnabled()
    assert idp.device_polls >= 2, "signed in after polls"
    assert focused(page) == "sign_in_browser", "Copy hid: the focus stays in the box"


def test_cancel_stops_asking_for_the_code_and_signing_in_again_works(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer, caplog: pytest.LogCaptureFixture
) -> None:
    panel = saved_page.signin_panel
    idp.poll_interval, idp.pending_polls = 1, NEVER
    panel.code_button.setFocus()
    qtbot.keyClick(panel.code_button, Qt.Key.Key_Space)  # by keyboard
    assert focused(saved_page) == "sign_in_cancel"
    qtbot.waitUntil(lambda: panel.code_box.isVisible() and idp.device_polls >= 1, timeout=WAIT)
    assert focused(saved_page) == "copy_device_code"
    qtbot.keyClick(panel.code_box.copy_button, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == panel.code_box.code.text()
    caplog.set_level(logging.DEBUG, logger="smtp_desk")
    click(qtbot, panel.cancel_button)
    assert panel.sign_in_button.isEnabled() and not panel.code_box.isVisible()
    assert focused(saved_page) == "sign_in_browser", "Cancel hid: the focus stays in the box"
    assert "Sign-in cancelled" in panel.result.text()
    qtbot.waitUntil(lambda: not panel.working, timeout=WAIT)  # the polling itself ended
    polls = idp.device_polls
    qtbot.wait(300)
    assert idp.device_polls == polls, "nothing asks the service any more"
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert [m for m in said if "cancel" in m.lower()] == ["Sign-in cancelled."], said

    idp.poll_interval, idp.pending_polls = 0, 1
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: "Signed in as" in status(saved_page), timeout=WAIT)


def test_a_page_closed_while_a_code_waits_stops_asking(
    qtbot: QtBot, data_home: DataFolder, mail: MailServer, idp: OAuthServer
) -> None:
    page = open_saved_page(qtbot, data_home, mail, idp)
    panel = page.signin_panel
    idp.poll_interval, idp.pending_polls = 1, NEVER
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: panel.code_box.isVisible() and idp.device_polls >= 1, timeout=WAIT)
    page.close()
    page.deleteLater()  # the window went away (closed, or switched to practice)
    qtbot.waitUntil(lambda: not panel.working, timeout=WAIT)
    polls = idp.device_polls
    qtbot.wait(300)
    assert idp.device_polls == polls


def test_browser_sign_in_then_test_then_sign_out(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer, memory_keyring: MemoryKeyring
) -> None:
    panel, test = saved_page.signin_panel, saved_page.test_panel
    with use_test_browser() as browser:
        click(qtbot, panel.sign_in_button)
        waiting = panel.waiting.text()
        assert f"Waiting for the browser: sign in there as {idp.user}" in waiting
        assert " in in " not in waiting
        assert panel.cancel_button.isVisible() and panel.code_button.isEnabled()
        assert focused(saved_page) == "sign_in_cancel"
        qtbot.waitUntil(lambda: "Signed in as" in status(saved_page), timeout=WAIT)
    assert len(browser.opened) == 1 and idp.code_grants == 1

    with qtbot.waitSignal(test.running_changed, timeout=WAIT, check_params_cb=lambda r: not r):
        click(qtbot, test.test_button)
    assert test.report is not None and test.report.ok, test.verdict.text()
    steps = [test.steps.item(i).text() for i in range(test.steps.count())]
    assert any("Sign in (Microsoft)" in step and idp.user in step for step in steps), steps
    assert not saved_page.test_sign_in_button.isVisible()

    question = (
        f"Sign out of Microsoft for {idp.user}? SMTP Desk will not be able to send until "
        "someone signs in again."
    )
    assert sign_out(qtbot, saved_page, "Cancel") == [(question, "Cancel")], "Cancel: default"
    assert "Signed in as" in status(saved_page) and "Everything works" in test.verdict.text()
    assert f"microsoft-sign-in:{idp.user}" in kept(memory_keyring)

    saved_page.resize(1000, 420)  # the page scrolls
    scroll = saved_page.findChild(QScrollArea, "credentials_scroll")
    scroll.ensureWidgetVisible(panel.sign_out_button)
    at = scroll.verticalScrollBar().value()
    assert at > 0
    assert sign_out(qtbot, saved_page, "Sign out") == [(question, "Cancel")]
    qtbot.wait(50)
    assert scroll.verticalScrollBar().value() == at, "the page did not jump"
    assert "<b>Not signed in.</b>" in status(saved_page) and "yet" not in status(saved_page)
    assert not panel.sign_out_button.isEnabled()
    assert focused(saved_page) == "sign_in_browser", "not on to whatever comes next"
    assert f"microsoft-sign-in:{idp.user}" not in kept(memory_keyring)
    assert "Everything works" not in test.verdict.text(), "the passed test is out of date"
    assert "press Test connection" in test.verdict.text() and test.report is None
    assert test.steps.count() == 0
    verdict = run_test(qtbot, saved_page)
    assert "Sign in again" in verdict and "smtp-desk signin" in verdict
    again = saved_page.test_sign_in_button
    assert again.isVisible() and again.text() == "Sign in with Microsoft now"
    with use_test_browser():
        click(qtbot, again)
        assert focused(saved_page) == "sign_in_cancel" and not again.isVisible()
        qtbot.waitUntil(lambda: "Signed in as" in status(saved_page), timeout=WAIT)
    assert "Sign in again" not in test.verdict.text(), "the failed test is out of date"
    assert "press Test connection" in test.verdict.text()


def test_without_a_browser_the_code_takes_over_the_wait(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer
) -> None:
    panel = saved_page.signin_panel
    panel.browser_timeout = 3  # the abandoned wait ends soon after the test
    with use_test_browser(refuse=True) as browser:
        click(qtbot, panel.sign_in_button)
        qtbot.waitUntil(lambda: bool(browser.opened), timeout=WAIT)  # nothing opened
        assert "No browser window? Click Use a code instead" in panel.waiting.text()
        click(qtbot, panel.code_button)
        qtbot.waitUntil(lambda: "Signed in as" in status(saved_page), timeout=WAIT)
    assert idp.code_grants == 0 and idp.device_polls == 3


def test_a_browser_sign_in_that_never_ends_offers_the_code(
    qtbot: QtBot, saved_page: CredentialsPage
) -> None:
    panel = saved_page.signin_panel
    panel.browser_timeout = 1
    with use_test_browser(refuse=True):
        click(qtbot, panel.sign_in_button)
        qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    said = panel.result.text()
    assert "The sign-in did not finish" in said and "Use a code instead" in said
    assert "RuntimeError" not in said and "Timeout" not in said
    assert QApplication.focusWidget() is panel.code_button


def test_a_refusal_is_explained_in_plain_words(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer
) -> None:
    panel = saved_page.signin_panel
    idp.token_error = aad_error(65001, client_id=CLIENT_ID)
    click(qtbot, panel.code_button)  # asked to send and to read: perhaps only the latter
    qtbot.waitUntil(lambda: panel.result.isVisible() and not panel.running, timeout=WAIT)
    assert "sending works once you sign in again" in panel.result.text()
    click(qtbot, panel.code_button)  # asked only to send, and refused that too
    qtbot.waitUntil(lambda: panel.result.isVisible() and not panel.running, timeout=WAIT)
    said = panel.result.text()
    assert "An administrator must approve SMTP Desk first" in said
    assert "What to do:" in said and "Grant admin consent" in said
    for technical in ("OAuthProblem", "Error", "Exception", "AADSTS", "Traceback"):
        assert technical not in said
    assert "Not signed in" in status(saved_page) and panel.sign_in_button.isEnabled()


def test_a_refusal_in_the_browser_does_not_send_to_the_code(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer
) -> None:
    panel = saved_page.signin_panel
    idp.token_error = aad_error(65001, client_id=CLIENT_ID)  # consent: a code meets it too
    with use_test_browser() as browser:
        click(qtbot, panel.sign_in_button)
        qtbot.waitUntil(lambda: panel.result.isVisible() and not panel.running, timeout=WAIT)
    said = panel.result.text()
    assert browser.opened and "An administrator must approve SMTP Desk first" in said
    assert "Use a code instead" not in said
    assert focused(saved_page) == "sign_in_browser", "Cancel hid: focus to Sign in"


def test_a_failed_sign_in_says_the_older_one_is_kept_until_a_test_passes(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer
) -> None:
    panel, test = saved_page.signin_panel, saved_page.test_panel
    idp.pending_polls = 0  # each sign-in approved at the first poll
    sign_in_with_code(qtbot, saved_page)
    assert "Signed in to Microsoft as" in panel.result.text()
    idp.down = True  # the sign-in service answers 503 for a while
    click(qtbot, panel.code_button)
    assert not panel.result.isVisible(), "a new sign-in clears what the last one said"
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    assert "✗" in panel.result.text() and "sign-in service" in panel.result.text()
    said = status(saved_page)
    assert f"Still signed in as {idp.user}</b> with Microsoft (from before)" in said
    assert "✓" not in said, "no green tick over a red failure"

    idp.down = False
    assert "Everything works" in run_test(qtbot, saved_page), "the kept sign-in still works"
    assert not panel.result.isVisible(), "the old failure is past"
    assert f"✓ <b>Signed in as {idp.user}" in status(saved_page)
    assert test.report is not None and test.report.ok

    idp.token_error = aad_error(65001, client_id=CLIENT_ID)
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    assert "Still signed in as" in status(saved_page) and "(from before)" in status(saved_page)
    assert "Everything works" in test.verdict.text(), "a failed sign-in changes nothing kept"
    idp.token_error = None
    click(qtbot, panel.code_button)
    assert not panel.result.isVisible() and "✓" in status(saved_page), "the failure is over"
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    assert "✓ <b>Signed in as" in status(saved_page)
    assert "Everything works" not in test.verdict.text() and test.report is None
    assert "The sign-in changed — press Test connection" in test.verdict.text()


def test_another_sign_in_choice_outdates_the_test_result(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer
) -> None:
    test = saved_page.test_panel
    idp.pending_polls = 0
    sign_in_with_code(qtbot, saved_page)
    assert "Everything works" in run_test(qtbot, saved_page)
    retype(qtbot, saved_page.from_name_edit, "Green Park CHS Office")  # any change, too
    assert "Everything works" not in test.verdict.text() and test.report is None
    assert "Everything works" in run_test(qtbot, saved_page)
    choose(qtbot, saved_page.sign_in_box, "password")
    assert "Everything works" not in test.verdict.text() and test.report is None
    assert "Settings changed — press Test connection" in test.verdict.text()
    assert not saved_page.test_sign_in_button.isVisible()
    click(qtbot, test.test_button)
    verdict = test.verdict.text()
    assert "Cannot test yet" in verdict and "password" in verdict.lower()
    choose(qtbot, saved_page.sign_in_box, "microsoft")
    assert "Settings changed — press Test connection" in test.verdict.text()
    assert verdict not in test.verdict.text()


def test_the_full_checklist_opens_in_smtp_desk(
    qtbot: QtBot, saved_page: CredentialsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    help_box = saved_page.setup_help
    click(qtbot, help_box.toggle)
    assert f'href="{CHECKLIST_LINK}"' in help_box.text.text()
    assert "microsoft-365-sign-in.md" in help_box.text.text()
    help_box.text.linkActivated.emit(CHECKLIST_LINK)  # a click on the link
    dialog = help_box.checklist
    assert dialog is not None
    qtbot.waitExposed(dialog)
    shown = dialog.browser.toPlainText()
    assert "Allow public client flows" in shown
    assert not shown.startswith("#") and "**" not in shown, "rendered, not the Markdown"
    assert "Register the app" in shown, "the whole checklist, not the short steps"
    click(qtbot, dialog.copy_button)
    assert "Allow public client flows: Yes" in QApplication.clipboard().text()
    dialog.close()

    monkeypatch.setattr(signin_help, "checklist_file", lambda: None)  # an installer's
    click(qtbot, help_box.checklist_button)  # the keyboard's way: a button
    assert dialog.isVisible() and help_box.checklist is dialog
    shown = dialog.browser.toPlainText()
    assert "Allow public client flows: Yes" in shown and "Register the app" not in shown
    assert "SMTP.Send" in shown
    dialog.close()


def test_signing_in_needs_a_valid_form_and_says_what_to_fix(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    choose(qtbot, page.preset_box, "office365")
    retype(qtbot, page.user_edit, "billing@greenpark.in")
    retype(qtbot, page.from_email_edit, "billing@greenpark.in")
    choose(qtbot, page.sign_in_box, "microsoft")
    retype(qtbot, page.app_registration.tenant_edit, "green park")
    retype(qtbot, page.reply_to_edit, "accounts at greenpark")
    panel = page.signin_panel
    click(qtbot, panel.sign_in_button)
    said = panel.result.text()
    assert "Cannot sign in yet" in said
    assert "(Application (client) ID, Tenant, Reply-To)" in said, "the form's own labels"
    assert "reply to" not in said and "client id" not in said
    assert "tenant ID" in page.findChild(QLabel, "oauth_tenant_message").text()
    assert not panel.running and not data_home.settings_file.exists()


def test_a_google_client_secret_goes_to_the_password_store_only(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    client = "123456789-abc.apps.googleusercontent.com"
    choose(qtbot, page.preset_box, "workspace")
    retype(qtbot, page.user_edit, "billing@greenpark.in")
    retype(qtbot, page.from_email_edit, "billing@greenpark.in")
    choose(qtbot, page.sign_in_box, "google")
    retype(qtbot, page.app_registration.client_id_edit, client)
    retype(qtbot, page.app_registration.secret_edit, "GOCSPX-not-so-secret")
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(page.saved, timeout=5000):
        click(qtbot, page.save_button)
    assert memory_keyring.entries[(SERVICE, client_secret_entry(client))] == (
        "GOCSPX-not-so-secret"
    )
    assert "GOCSPX" not in data_home.settings_file.read_text(encoding="utf-8")
    assert page.app_registration.secret_edit.text() == ""
    assert page.app_registration.secret_edit.placeholderText().startswith("Saved")
    assert not page.has_unsaved_changes()


def test_every_sign_in_button_is_reached_with_tab(
    qtbot: QtBot, saved_page: CredentialsPage
) -> None:
    saved_page.user_edit.setFocus()
    seen: list[str] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    for name in ("sign_in", "oauth_client_id", "oauth_advanced", "oauth_tenant"):
        assert name in seen, name
    for name in ("setup_toggle", "sign_in_browser", "sign_in_code"):
        assert name in seen, name
    assert seen.index("oauth_client_id") < seen.index("from_email") < seen.index("sign_in_browser")


def test_where_only_sending_is_approved_the_window_signs_in_to_send(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer
) -> None:
    panel = saved_page.signin_panel
    idp.admin_approved = {SMTP_SCOPE}  # users may not consent; the admin approved sending
    idp.pending_polls = 0
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: panel.result.isVisible() and not panel.running, timeout=WAIT)
    said = panel.result.text()
    assert "Sign in again" in said and "sending works once you sign in again" in said
    for technical in ("OAuthProblem", "SendingOnlyNext", "Exception", "AADSTS", "Traceback"):
        assert technical not in said
    assert "Not signed in" in status(saved_page)

    idp.pending_polls = NEVER  # the code stays on screen until it is "entered"
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: panel.code_box.isVisible(), timeout=WAIT)
    assert "This sign-in asks only to send" in panel.waiting.text()
    idp.pending_polls = 0  # entered
    qtbot.waitUntil(lambda: "Signed in as" in status(saved_page), timeout=WAIT)
    said = panel.result.text()
    assert "Signed in for sending only" in said and "IMAP.AccessAsUser.All" in said
    assert idp.policy_refusals == 1

    verdict = run_test(qtbot, saved_page)  # sending works
    assert "Everything works" in verdict, verdict

    with use_test_browser() as browser:  # the browser asks for both, then for sending
        click(qtbot, panel.sign_in_button)
        qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    assert len(browser.opened) == 2 and idp.policy_refusals == 2
    assert "Signed in for sending only" in panel.result.text()

    idp.admin_approved = {SMTP_SCOPE, IMAP_SCOPE}  # the admin approves reading too
    with use_test_browser() as browser:
        click(qtbot, panel.sign_in_button)
        qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    assert len(browser.opened) == 1 and idp.policy_refusals == 2
    assert "read the Sent folder to confirm bills" in panel.result.text()
