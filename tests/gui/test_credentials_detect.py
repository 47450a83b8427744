"""The Email Credentials page finds the settings from the address as it is typed, against a
real DNS server (dnslib) on loopback and, for the two-field goal, a real mail server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.detect import DNS_ENV
from smtp_desk.gui.credentials_page import CredentialsPage
from tests.gui.conftest import choose, retype
from tests.support.dns_server import dns_server
from tests.support.smtpd import PASSWORD, USER, MailServer

ZONE = """
greenpark.in.   300 IN MX 10 greenpark-in.mail.protection.outlook.com.
sunrise.in.     300 IN MX 10 sunrise-in.mail.protection.outlook.com.
crystal.in.     300 IN MX 1  aspmx.l.google.com.
crystal.in.     300 IN MX 5  alt1.aspmx.l.google.com.
"""
FOUND = 8_000  # ms: the pause in typing, then the look-ups (a second each at most here)


@pytest.fixture(scope="module")
def society_dns() -> Iterator[str]:
    with dns_server(ZONE) as address:
        yield address


@pytest.fixture
def dns(society_dns: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(DNS_ENV, society_dns)
    return society_dns


def type_address(qtbot: QtBot, page: CredentialsPage, address: str) -> str:
    """Type ``address`` as the User ID, wait for what is found; the line under it."""
    with qtbot.waitSignal(page.address.detector.found, timeout=FOUND):
        retype(qtbot, page.user_edit, address)
    return page.found_line.text()


def settings_of(page: CredentialsPage) -> tuple[str, str, str, str]:
    draft = page.draft()
    return draft.preset, draft.host, draft.port, draft.security


def test_an_address_at_a_microsoft_365_domain_fills_the_settings(
    qtbot: QtBot, page: CredentialsPage, dns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("smtp_desk.core.oauth_apps._built_in", dict)  # none in this installer
    line = type_address(qtbot, page, "accounts@greenpark.in")
    assert line.startswith("✓ Found: your domain's mail is handled by Microsoft 365")
    assert settings_of(page) == ("office365", "smtp.office365.com", "587", "starttls")
    assert page.from_email_edit.text() == "accounts@greenpark.in", "From follows the address"
    assert "Microsoft 365" in page.help_label.text()
    # No Microsoft app registration in this installation: the password stays, and the
    # notice says what to do about Microsoft switching passwords off.
    assert page.sign_in_box.currentData() == "password" and page.password_edit.isVisible()
    assert page.switch_notice.isVisible()


def test_with_a_microsoft_registration_at_hand_the_sign_in_is_microsofts(
    qtbot: QtBot, page: CredentialsPage, dns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    registration = {"microsoft": {"client_id": "1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d"}}
    monkeypatch.setattr("smtp_desk.core.oauth_apps._built_in", lambda: registration)
    retype(qtbot, page.password_edit, "typed first")
    type_address(qtbot, page, "accounts@greenpark.in")
    assert page.sign_in_box.currentData() == "microsoft"
    assert not page.password_edit.isVisible() and page.password_edit.text() == ""
    assert page.app_registration.isVisible() and page.signin_panel.isVisible()
    assert not page.switch_notice.isVisible()


def test_a_google_workspace_domain(qtbot: QtBot, page: CredentialsPage, dns: str) -> None:
    line = type_address(qtbot, page, "accounts@crystal.in")
    assert "handled by Google Workspace" in line
    assert settings_of(page) == ("workspace", "smtp.gmail.com", "587", "starttls")
    assert page.sign_in_box.currentData() == "password"


def test_nothing_found_leaves_the_form_as_it_is_and_says_so(
    qtbot: QtBot, page: CredentialsPage, dns: str
) -> None:
    choose(qtbot, page.preset_box, "zoho-in")
    before = settings_of(page)
    line = type_address(qtbot, page, "accounts@unknown-society.in")
    assert line.startswith("⚠ Nothing was found for unknown-society.in: choose the provider")
    assert settings_of(page) == before
    assert not page.found_line.use_button.isVisible()


def test_an_address_where_nothing_is_found_does_not_keep_another_addresss_provider(
    qtbot: QtBot, page: CredentialsPage, dns: str
) -> None:
    type_address(qtbot, page, "accounts@crystal.in")  # Google Workspace filled in
    assert settings_of(page)[0] == "workspace"
    line = type_address(qtbot, page, "accounts@unknown-society.in")
    assert line.startswith("⚠ Nothing was found for unknown-society.in")
    assert page.preset_box.currentData() == "custom" and page.host_edit.text() == ""
    assert "Google" not in page.help_label.text()


def test_a_server_typed_by_hand_is_not_overwritten_but_the_finding_is_offered(
    qtbot: QtBot, page: CredentialsPage, dns: str
) -> None:
    type_address(qtbot, page, "accounts@greenpark.in")
    retype(qtbot, page.host_edit, "relay.greenpark.in")  # the society's own relay
    line = type_address(qtbot, page, "accounts@crystal.in")
    assert "handled by Google Workspace (smtp.gmail.com, port 587, STARTTLS)" in line
    assert "Not filled in" in line
    assert page.host_edit.text() == "relay.greenpark.in"
    assert page.preset_box.currentData() == "custom"
    qtbot.mouseClick(page.found_line.use_button, Qt.MouseButton.LeftButton)
    assert settings_of(page) == ("workspace", "smtp.gmail.com", "587", "starttls")
    assert (
        page.found_line.text().startswith("✓ Found") and not page.found_line.use_button.isVisible()
    )


def test_a_provider_picked_is_replaced_by_what_the_address_says(
    qtbot: QtBot, page: CredentialsPage, dns: str
) -> None:
    choose(qtbot, page.preset_box, "zoho-in")  # picked, then the address typed
    type_address(qtbot, page, "accounts@crystal.in")
    assert settings_of(page)[:2] == ("workspace", "smtp.gmail.com")
    type_address(qtbot, page, "accounts@sunrise.in")  # the previous finding is replaced too
    assert settings_of(page)[:2] == ("office365", "smtp.office365.com")


def test_only_the_address_still_in_the_field_counts(
    qtbot: QtBot, page: CredentialsPage, dns: str
) -> None:
    found: list[object] = []
    page.address.detector.found.connect(found.append)
    retype(qtbot, page.user_edit, "accounts@greenpark.in")
    page.address.detector.flush()  # looked up at once (as when the clerk leaves the field)
    retype(qtbot, page.user_edit, "accounts@crystal.in")  # typed on before the answer came
    with qtbot.waitSignal(page.address.detector.found, timeout=FOUND):
        pass
    qtbot.wait(300)  # the first answer, if it were taken, would have come by now
    assert [f.domain for f in found] == ["crystal.in"]  # type: ignore[attr-defined]
    assert settings_of(page)[0] == "workspace"


def test_user_id_and_from_email_follow_each_other_until_edited_apart(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    retype(qtbot, page.user_edit, "accounts@greenpark.in")
    assert page.from_email_edit.text() == "accounts@greenpark.in"
    retype(qtbot, page.user_edit, "billing@greenpark.in")
    assert page.from_email_edit.text() == "billing@greenpark.in"
    retype(qtbot, page.from_email_edit, "bills@greenpark.in")  # edited apart
    assert page.user_edit.text() == "billing@greenpark.in"
    retype(qtbot, page.user_edit, "treasurer@greenpark.in")
    assert page.from_email_edit.text() == "bills@greenpark.in"
    retype(qtbot, page.from_email_edit, "")  # an emptied one follows again
    retype(qtbot, page.user_edit, "office@greenpark.in")
    assert page.from_email_edit.text() == "office@greenpark.in"


def test_the_from_email_may_come_first(qtbot: QtBot, page: CredentialsPage) -> None:
    retype(qtbot, page.from_email_edit, "accounts@greenpark.in")
    assert page.user_edit.text() == "accounts@greenpark.in"
    assert page.address.detector.pending, "the address is looked up as if typed as the User ID"
    retype(qtbot, page.user_edit, "accounts.office@greenpark.in")  # the login differs
    assert page.from_email_edit.text() == "accounts@greenpark.in"


def test_a_providers_own_user_id_is_not_replaced_by_the_address(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    choose(qtbot, page.preset_box, "sendgrid")
    assert page.user_edit.text() == "apikey"
    retype(qtbot, page.from_email_edit, "bills@greenpark.in")
    assert page.user_edit.text() == "apikey"


def test_choosing_custom_clears_the_last_providers_server(
    qtbot: QtBot, page: CredentialsPage
) -> None:
    assert page.host_edit.text() == "smtp.gmail.com"  # a fresh form starts at Gmail
    choose(qtbot, page.preset_box, "custom")
    assert page.host_edit.text() == "" and page.preset_box.currentData() == "custom"
    retype(qtbot, page.host_edit, "mail.greenpark.in")
    choose(qtbot, page.preset_box, "custom")  # a server typed by hand stays
    assert page.host_edit.text() == "mail.greenpark.in"


class _Counter(QObject):
    """Counts what the clerk does: the fields keys were typed into, and the clicks."""

    def __init__(self) -> None:
        super().__init__()
        self.typed_in: set[str] = set()
        self.clicks = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            if event.text().strip():  # type: ignore[attr-defined]
                self.typed_in.add(watched.objectName())
        elif event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            self.clicks += 1
        return False


def test_the_address_and_the_password_are_enough_for_a_passing_test(
    qtbot: QtBot, page: CredentialsPage, server: MailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The two-field goal: the society's domain names its submission server (RFC 6186);
    a fresh page, the address, the password, one click on Test connection."""
    domain = USER.rpartition("@")[2]
    zone = f"_submission._tcp.{domain}. 300 IN SRV 0 1 {server.port} localhost.\n"
    with dns_server(zone) as address:
        monkeypatch.setenv(DNS_ENV, address)
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.user_edit)  # ready to type
        counter = _Counter()
        QApplication.instance().installEventFilter(counter)  # type: ignore[union-attr]
        try:
            qtbot.keyClicks(page.user_edit, USER)
            qtbot.keyClick(page.user_edit, Qt.Key.Key_Tab)  # on to the password
            assert QApplication.focusWidget() is page.password_edit
            qtbot.keyClicks(page.password_edit, PASSWORD)
            # Clicked at once: the test waits for the look-up, then starts by itself.
            qtbot.mouseClick(page.test_panel.test_button, Qt.MouseButton.LeftButton)
            assert "Looking up the settings" in page.test_panel.verdict.text()
            qtbot.waitUntil(lambda: page.test_panel.report is not None, timeout=20_000)
        finally:
            QApplication.instance().removeEventFilter(counter)  # type: ignore[union-attr]
    assert "Everything works" in page.test_panel.verdict.text()
    assert f"Found: {domain} names its mail server" in page.found_line.text()
    assert counter.typed_in == {"user", "password"} and counter.clicks == 1
    assert (page.host_edit.text(), page.port_edit.text()) == ("localhost", str(server.port))
    assert page.from_email_edit.text() == USER
    assert server.seen.logins == [(USER, PASSWORD)]
