"""Sign in with Microsoft (and Google) on the Email Credentials page, with the real buttons,
against the local identity provider (real msal over verified HTTPS) and a mail server that
takes only its current XOAUTH2 tokens."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.account_store import save_account
from smtp_desk.core.oauth_google import client_secret_entry
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SERVICE, SecretStore
from smtp_desk.core.validation_signin import MICROSOFT_SWITCH_OFF
from smtp_desk.gui.credentials_page import CredentialsPage
from tests.gui.conftest import choose, retype
from tests.support.browser import use_test_browser
from tests.support.keyrings import MemoryKeyring
from tests.support.oauth_server import VERIFICATION_URI, OAuthServer, aad_error, oauth_server
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
    assert "client ID" in page.findChild(QLabel, "oauth_client_id_message").text()
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
    assert "Not signed in yet" in status(page)
    idp.poll_interval, idp.pending_polls = 1, NEVER  # waits until the test "enters" it

    click(qtbot, panel.code_button)
    assert data_home.settings_file.exists() and not page.has_unsaved_changes(), "saved first"
    qtbot.waitUntil(panel.code_box.isVisible, timeout=WAIT)
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


def test_cancel_stops_asking_for_the_code_and_signing_in_again_works(
    qtbot: QtBot, saved_page: CredentialsPage, idp: OAuthServer
) -> None:
    panel = saved_page.signin_panel
    idp.poll_interval, idp.pending_polls = 1, NEVER
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: panel.code_box.isVisible() and idp.device_polls >= 1, timeout=WAIT)
    click(qtbot, panel.cancel_button)
    assert panel.sign_in_button.isEnabled() and not panel.code_box.isVisible()
    assert "Sign-in cancelled" in panel.result.text()
    qtbot.waitUntil(lambda: not panel.working, timeout=WAIT)  # the polling itself ended
    polls = idp.device_polls
    qtbot.wait(300)
    assert idp.device_polls == polls, "nothing asks the service any more"

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
        assert "Waiting for you to finish signing in in the browser" in panel.waiting.text()
        assert panel.cancel_button.isVisible() and panel.code_button.isEnabled()
        qtbot.waitUntil(lambda: "Signed in as" in status(saved_page), timeout=WAIT)
    assert len(browser.opened) == 1 and idp.code_grants == 1

    with qtbot.waitSignal(test.running_changed, timeout=WAIT, check_params_cb=lambda r: not r):
        click(qtbot, test.test_button)
    assert test.report is not None and test.report.ok, test.verdict.text()
    steps = [test.steps.item(i).text() for i in range(test.steps.count())]
    assert any("Sign in (Microsoft)" in step and idp.user in step for step in steps), steps
    assert not saved_page.test_sign_in_button.isVisible()

    click(qtbot, panel.sign_out_button)
    assert "Not signed in" in status(saved_page) and not panel.sign_out_button.isEnabled()
    assert f"microsoft-sign-in:{idp.user}" not in kept(memory_keyring)
    with qtbot.waitSignal(test.running_changed, timeout=WAIT, check_params_cb=lambda r: not r):
        click(qtbot, test.test_button)
    assert "Sign in again" in test.verdict.text() and "smtp-desk signin" in test.verdict.text()
    again = saved_page.test_sign_in_button
    assert again.isVisible() and again.text() == "Sign in with Microsoft now"
    with use_test_browser():
        click(qtbot, again)
        qtbot.waitUntil(lambda: "Signed in as" in status(saved_page), timeout=WAIT)


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
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: panel.result.isVisible() and not panel.running, timeout=WAIT)
    said = panel.result.text()
    assert "An administrator must approve SMTP Desk first" in said
    assert "What to do:" in said and "Grant admin consent" in said
    for technical in ("OAuthProblem", "Error", "Exception", "AADSTS", "Traceback"):
        assert technical not in said
    assert "Not signed in" in status(saved_page) and panel.sign_in_button.isEnabled()


def test_signing_in_needs_a_valid_form_and_says_what_to_fix(
    qtbot: QtBot, page: CredentialsPage, data_home: DataFolder
) -> None:
    choose(qtbot, page.preset_box, "office365")
    retype(qtbot, page.user_edit, "billing@greenpark.in")
    retype(qtbot, page.from_email_edit, "billing@greenpark.in")
    choose(qtbot, page.sign_in_box, "microsoft")
    retype(qtbot, page.app_registration.tenant_edit, "green park")
    panel = page.signin_panel
    click(qtbot, panel.sign_in_button)
    assert "Cannot sign in yet" in panel.result.text()
    assert "client id" in panel.result.text() and "tenant" in panel.result.text()
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
    saved_page.preset_box.setFocus()
    seen: list[str] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    for name in ("sign_in", "oauth_client_id", "oauth_advanced", "oauth_tenant"):
        assert name in seen, name
    for name in ("setup_toggle", "sign_in_browser", "sign_in_code"):
        assert name in seen, name
    assert seen.index("oauth_client_id") < seen.index("from_email") < seen.index("sign_in_browser")
