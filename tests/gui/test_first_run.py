"""The "Set up email" step a new office starts on, against real parts: a DNS server (dnslib)
whose zone names the society's submission server (an SRV record), and a real STARTTLS mail
server with AUTH. Address, password, one click: found, tested, saved, and home says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smtp_desk.core.detect import DNS_ENV
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.gui.main_window import MainWindow
from tests.support.dns_server import dns_server
from tests.support.smtpd import PASSWORD, USER, MailServer

LEFT = Qt.MouseButton.LeftButton
DOMAIN = USER.rpartition("@")[2]
SETUP = 20_000  # ms a setup may take before a test gives up


@pytest.fixture
def society_dns(server: MailServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The society's domain names the local mail server as its submission server."""
    zone = (
        f"_submission._tcp.{DOMAIN}. 300 IN SRV 0 1 {server.port} localhost.\n"
        "greenpark.in. 300 IN MX 10 greenpark-in.mail.protection.outlook.com.\n"
    )
    with dns_server(zone) as address:
        monkeypatch.setenv(DNS_ENV, address)
        yield address


def open_window(qtbot: QtBot, folder: DataFolder, *, first_run: bool = True) -> MainWindow:
    setup_logging(folder.ensure().log_file)
    window = MainWindow(folder=folder, store=SecretStore(), first_run=first_run)
    window.ask_resume = lambda runs: False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_in(qtbot: QtBot, window: MainWindow, address: str, password: str) -> None:
    page = window.first_run
    qtbot.keyClicks(page.address_edit, address)
    qtbot.keyClicks(page.password_edit, password)


def set_up(qtbot: QtBot, window: MainWindow) -> None:
    page = window.first_run
    with qtbot.waitSignal(page.running_changed, timeout=SETUP, check_params_cb=lambda r: not r):
        qtbot.mouseClick(page.setup_button, LEFT)


def test_address_password_and_one_click_set_up_email_and_land_on_home(
    qtbot: QtBot, data_home: DataFolder, server: MailServer, society_dns: str
) -> None:
    window = open_window(qtbot, data_home)
    page = window.first_run
    assert window.pages.currentWidget() is page, "no account yet: the Set up email step"
    assert window.focusWidget() is page.address_edit
    type_in(qtbot, window, USER, PASSWORD)
    with qtbot.waitSignal(window.home.refreshed, timeout=SETUP):
        set_up(qtbot, window)

    steps = [page.steps.item(i).text() for i in range(page.steps.count())]
    assert steps[0] == f"✓ Find the settings: {DOMAIN} names its mail server"
    assert any(s.startswith("✓ Sign in: signed in as") for s in steps)
    assert server.seen.logins == [(USER, PASSWORD)]
    saved = load_settings(data_home.settings_file).account
    assert saved is not None
    assert (saved.host, saved.port, saved.security) == ("localhost", str(server.port), "starttls")
    assert saved.user == saved.from_email == USER
    assert SecretStore().get(saved.secret_name) == PASSWORD, "in the password store"
    assert page.password_edit.text() == "", "the typed password is not kept on the page"

    assert window.pages.currentWidget() is window.home
    email = window.home.rows["email"]
    assert email.state.text().startswith("Tested on ") and USER in email.state.text()
    assert email.mark.accessibleName() == "done"
    assert "Email credentials saved" in window.statusBar().currentMessage()
    assert window.credentials.user_edit.text() == USER, "the full form shows what was saved"
    for text in (window.log_pane.text(), data_home.log_file.read_text("utf-8")):
        assert PASSWORD not in text


def test_a_wrong_password_shows_the_diagnosis_and_the_full_form(
    qtbot: QtBot, data_home: DataFolder, server: MailServer, society_dns: str
) -> None:
    window = open_window(qtbot, data_home)
    page = window.first_run
    type_in(qtbot, window, USER, "wrong-Pa55word")
    set_up(qtbot, window)
    verdict = page.verdict.text()
    assert "The user ID or password was not accepted" in verdict and "What to do:" in verdict
    assert not data_home.settings_file.exists(), "nothing is saved before a passing test"
    assert window.pages.currentWidget() is page
    assert page.full_form_button.isVisible()
    qtbot.mouseClick(page.full_form_button, LEFT)
    assert window.pages.currentWidget() is window.credentials
    assert page.password_edit.text() == "", "leaving the step drops the typed password"


def test_nothing_found_says_so_and_offers_the_full_form(
    qtbot: QtBot, data_home: DataFolder, society_dns: str
) -> None:
    window = open_window(qtbot, data_home)
    page = window.first_run
    type_in(qtbot, window, "office@unknown-society.in", "any-Pa55word")
    set_up(qtbot, window)
    assert "Nothing was found: nothing was found for unknown-society.in" in page.verdict.text()
    assert page.full_form_button.isVisible()
    assert not data_home.settings_file.exists()


def test_the_settings_are_found_while_the_address_is_typed(
    qtbot: QtBot, data_home: DataFolder, society_dns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, data_home)
    page = window.first_run
    qtbot.keyClicks(page.address_edit, USER)
    qtbot.waitUntil(lambda: "names its mail server" in page.found_label.text(), timeout=SETUP)
    assert "localhost port" in page.found_label.text()
    assert not page.microsoft_button.isVisible(), "no Microsoft address"

    monkeypatch.setattr(
        "smtp_desk.gui.first_run_work.built_in_client", lambda _method: "a-registration"
    )
    page.address_edit.clear()
    qtbot.keyClicks(page.address_edit, "accounts@greenpark.in")
    qtbot.waitUntil(lambda: "Microsoft 365" in page.found_label.text(), timeout=SETUP)
    assert page.microsoft_button.isVisible(), "Microsoft 365 with an app registration at hand"


def test_a_click_before_anything_is_typed_says_what_to_type(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_window(qtbot, data_home)
    page = window.first_run
    qtbot.mouseClick(page.setup_button, LEFT)
    assert not page.running and "whole email address" in page.verdict.text()
    qtbot.keyClicks(page.address_edit, USER)
    qtbot.mouseClick(page.setup_button, LEFT)
    assert not page.running and "password too" in page.verdict.text()


def test_skip_goes_home_and_practice_mode_stays_at_hand(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_window(qtbot, data_home)
    page = window.first_run
    qtbot.mouseClick(page.skip_button, LEFT)
    assert window.pages.currentWidget() is window.home
    qtbot.waitUntil(lambda: window.home.checklist is not None, timeout=SETUP)
    email = window.home.rows["email"]
    assert email.state.text() == "Not set up yet."
    qtbot.mouseClick(email.button, LEFT)
    assert window.pages.currentWidget() is page, "Set up email from the checklist"
    with qtbot.waitSignal(window.switch_requested) as switched:
        qtbot.mouseClick(page.practice_button, LEFT)
    assert switched.args == [True]


def test_opened_by_tests_and_tools_the_window_starts_on_the_full_form(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_window(qtbot, data_home, first_run=False)
    assert window.pages.currentWidget() is window.credentials
