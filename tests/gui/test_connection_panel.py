"""Test connection from the Email Credentials page, against live local mail servers."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.troubleshooting import topic_for
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.main_window import MainWindow
from smtp_desk.gui.troubleshooting import troubleshooting_dialog
from tests.gui.conftest import choose, retype
from tests.support.smtpd import (
    PASSWORD,
    USER,
    Behaviour,
    Certificates,
    MailServer,
    mail_server,
    raw_listener,
)


@pytest.fixture
def window(qtbot: QtBot, data_home: DataFolder) -> Iterator[MainWindow]:
    setup_logging(data_home.ensure().log_file)  # as the program does at start
    win = MainWindow(folder=data_home, store=SecretStore())
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.credentials.revert()  # closing must not stop at the "unsaved changes" question
    win.society.revert()
    win.close()
    win.deleteLater()


def fill_local(
    qtbot: QtBot,
    page: CredentialsPage,
    port: int,
    *,
    security: str = "starttls",
    password: str = PASSWORD,
) -> None:
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.host_edit, "127.0.0.1")
    retype(qtbot, page.port_edit, str(port))
    choose(qtbot, page.security_box, security)
    retype(qtbot, page.user_edit, USER)
    retype(qtbot, page.password_edit, password)
    retype(qtbot, page.from_email_edit, USER)
    assert page.save_button.isEnabled(), [str(p) for p in page.check()]


def run(qtbot: QtBot, page: CredentialsPage, button: object) -> None:
    panel = page.test_panel
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=20_000)


def test_a_passing_test_lists_its_steps_and_offers_save(
    qtbot: QtBot, window: MainWindow, server: MailServer, data_home: DataFolder
) -> None:
    page = window.credentials
    fill_local(qtbot, page, server.port)
    run(qtbot, page, page.test_panel.test_button)
    items = [page.test_panel.steps.item(i).text() for i in range(page.test_panel.steps.count())]
    assert items[0].startswith("✓ Find the server")
    assert any(item.startswith("✓ Secure connection: TLSv1.") for item in items)
    assert any(item.startswith("✓ Sign in: signed in as") for item in items)
    assert "Everything works" in page.test_panel.verdict.text()
    assert page.test_panel.save_button.isVisible()
    qtbot.mouseClick(page.test_panel.save_button, Qt.MouseButton.LeftButton)
    assert data_home.settings_file.exists() and not page.has_unsaved_changes()
    qtbot.waitUntil(lambda: "Connection test passed" in window.log_pane.text(), timeout=2000)
    assert "Test: ✓ Sign in" in window.log_pane.text()


def test_with_the_field_empty_the_test_signs_in_with_the_saved_password(
    qtbot: QtBot, window: MainWindow, server: MailServer
) -> None:
    page = window.credentials
    fill_local(qtbot, page, server.port)
    assert page.save()
    assert page.password_edit.text() == ""
    run(qtbot, page, page.test_panel.test_button)
    assert "Everything works" in page.test_panel.verdict.text()
    assert server.seen.logins == [(USER, PASSWORD)]


def test_a_failure_shows_the_diagnosis_and_the_password_stays_hidden(
    qtbot: QtBot, window: MainWindow, certs: Certificates, data_home: DataFolder
) -> None:
    page = window.credentials
    refusal = Behaviour(auth_reply="535 5.7.8 Username and Password not accepted.")
    with mail_server(tls=certs.server_context(), behaviour=refusal) as running:
        fill_local(qtbot, page, running.port)
        page.test_panel.show_conversation.setChecked(True)
        run(qtbot, page, page.test_panel.test_button)
    verdict = page.test_panel.verdict.text()
    assert "The user ID or password was not accepted" in verdict and "What to do:" in verdict
    assert not page.test_panel.use_button.isVisible()
    qtbot.waitUntil(lambda: "SMTP C: AUTH" in window.log_pane.text(), timeout=2000)
    pane = window.log_pane.text()
    assert "SMTP S: 535 5.7.8" in pane
    for text in (pane, data_home.log_file.read_text(encoding="utf-8")):
        assert PASSWORD not in text and PASSWORD.replace(" ", "") not in text


def test_the_suggested_settings_are_taken_and_tested_with_one_click(
    qtbot: QtBot, window: MainWindow, server: MailServer
) -> None:
    page = window.credentials
    page.test_panel.timeout = 2.0
    fill_local(qtbot, page, server.port, security="ssl")
    run(qtbot, page, page.test_panel.test_button)
    assert "security setting does not match" in page.test_panel.verdict.text()
    assert page.test_panel.use_button.isVisible()
    run(qtbot, page, page.test_panel.use_button)  # takes the settings and tests them again
    assert page.security_box.currentData() == "starttls"
    assert page.port_edit.text() == str(server.port)
    assert "Everything works" in page.test_panel.verdict.text()
    assert page.test_panel.save_button.isVisible(), "no other click needed before saving"
    port_message = page.findChild(QLabel, "port_message")
    assert "probably fail" not in port_message.text()


def test_the_test_statement_is_sent_to_the_address_given(
    qtbot: QtBot, window: MainWindow, server: MailServer
) -> None:
    page = window.credentials
    fill_local(qtbot, page, server.port)
    assert page.test_panel.send_to.placeholderText() == USER
    retype(qtbot, page.test_panel.send_to, "treasurer@crystal.in")
    run(qtbot, page, page.test_panel.send_button)
    assert "test statement was sent" in page.test_panel.verdict.text()
    assert server.seen.recipients == [["treasurer@crystal.in"]]
    [attachment] = list(server.seen.messages[0].iter_attachments())
    assert attachment.get_content_type() == "application/pdf"


def test_cancel_stops_the_test_quickly_and_the_form_stays_usable(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.credentials
    page.test_panel.timeout = 30.0
    with raw_listener(greeting=None) as port:
        fill_local(qtbot, page, port)
        qtbot.mouseClick(page.test_panel.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.test_panel.steps.count() >= 2, timeout=5000)
        retype(qtbot, page.from_name_edit, "Typed while testing")  # the GUI is not frozen
        assert page.from_name_edit.text() == "Typed while testing"
        start = time.monotonic()
        qtbot.mouseClick(page.test_panel.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.test_panel.running, timeout=3000)
        assert time.monotonic() - start < 1.0
    assert "The test was cancelled" in page.test_panel.verdict.text()
    assert page.test_panel.test_button.isEnabled()


def test_an_incomplete_form_is_not_tested(qtbot: QtBot, window: MainWindow) -> None:
    page = window.credentials
    retype(qtbot, page.port_edit, "0")
    qtbot.mouseClick(page.test_panel.test_button, Qt.MouseButton.LeftButton)
    assert not page.test_panel.running
    assert "Cannot test yet" in page.test_panel.verdict.text()
    assert "Port" in page.test_panel.verdict.text()


def test_a_failed_test_links_to_help_on_its_problem(qtbot: QtBot, window: MainWindow) -> None:
    page = window.credentials
    with raw_listener(greeting=None) as port:
        fill_local(qtbot, page, port)
        page.test_panel.timeout = 1.0
        run(qtbot, page, page.test_panel.test_button)
    verdict = page.test_panel.verdict.text()
    assert "Help on this problem</a>" in verdict
    topic = verdict.split('<a href="')[1].split('"')[0]
    assert topic == topic_for("timeout")
    page.test_panel.verdict.linkActivated.emit(topic)
    dialog = troubleshooting_dialog(page.test_panel)
    assert dialog is not None and dialog.current_topic() == topic
