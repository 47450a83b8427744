"""Help > Troubleshooting: opened at a diagnosis's topic, searched, copied for the IT
person, reused, never blocking the window; the Send page's notice opens it at its problem."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import make
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.troubleshooting import TOPICS, topic, topic_for
from smtp_desk.gui.send_notice import SendNotice
from smtp_desk.gui.send_page import SendPage
from smtp_desk.gui.signin_help import ChecklistDialog
from smtp_desk.gui.troubleshooting import (
    TroubleshootingDialog,
    show_troubleshooting,
    troubleshooting_dialog,
)
from tests.support.smtpd import PASSWORD, USER, Behaviour, Certificates, mail_server
from tests.support.society import QUICK, make_society

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """A window the help opens beside, as big as the smallest screen we support."""
    widget = QWidget()
    widget.resize(1024, 700)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def opened(qtbot: QtBot, host: QWidget, topic_id: str) -> TroubleshootingDialog:
    show_troubleshooting(host, topic_id)
    dialog = troubleshooting_dialog(host)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def shown_titles(dialog: TroubleshootingDialog) -> list[str]:
    entries = [dialog.topics.item(row) for row in range(dialog.topics.count())]
    return [entry.text() for entry in entries if not entry.isHidden()]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: open again
def test_a_diagnosis_opens_its_topic_beside_the_window_without_blocking_it(
    qtbot: QtBot, host: QWidget
) -> None:
    dialog = opened(qtbot, host, topic_for(DiagnosisCategory.TIMEOUT))
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.current_topic() == "firewall"
    assert dialog.topics.currentItem().text() == topic("firewall").title
    assert "Port 25 is blocked" in dialog.text.toPlainText()
    assert shown_titles(dialog) == [t.title for t in TOPICS], "every topic listed"

    show_troubleshooting(host, topic_for("policy_rejected"))  # another diagnosis
    assert troubleshooting_dialog(host) is dialog, "one window, reused"
    assert dialog.current_topic() == "spam"
    assert "DMARC" in dialog.text.toPlainText()
    show_troubleshooting(host)  # Help > Troubleshooting: as it was left
    assert dialog.current_topic() == "spam"


def test_the_window_fits_a_small_screen(qtbot: QtBot, host: QWidget) -> None:
    """(Whole on a 1024×700 screen: tests/gui/test_tables_read_well.py, on such a screen.)"""
    dialog = opened(qtbot, host, "password")
    room = dialog.screen().availableGeometry()  # offscreen: 800×800
    assert dialog.width() <= min(room.width(), 1024) - 40
    assert dialog.height() <= min(room.height(), 700) - 80


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_typing_in_the_search_keeps_the_topics_that_have_the_words(
    qtbot: QtBot, host: QWidget
) -> None:
    dialog = opened(qtbot, host, "password")
    qtbot.keyClicks(dialog.search, "dmarc")
    assert shown_titles(dialog) == [topic("spam").title]
    assert dialog.current_topic() == "spam", "the topic found is shown"
    assert dialog.text.textCursor().selectedText().lower() == "dmarc", "the word is found"

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "antivirus")
    found = shown_titles(dialog)
    assert topic("firewall").title in found and topic("certificate").title in found
    assert topic("spam").title not in found

    qtbot.keyClicks(dialog.search, " nothing-like-this")
    assert shown_titles(dialog) == []
    assert dialog.nothing.isVisible()
    assert dialog.current_topic() == "" and not dialog.copy_button.isEnabled()

    show_troubleshooting(host, "daily-limit")  # a diagnosis opens its topic all the same
    assert dialog.search.text() == ""
    assert dialog.current_topic() == "daily-limit"
    assert len(shown_titles(dialog)) == len(TOPICS)


def test_copy_puts_the_topic_on_the_clipboard_for_an_email(qtbot: QtBot, host: QWidget) -> None:
    dialog = opened(qtbot, host, "spam")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, LEFT)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(topic("spam").title)
    assert "v=spf1 include:_spf.google.com ~all" in copied
    assert "**" not in copied and "|---" not in copied, "plain text, not Markdown marks"
    assert dialog.copy_button.text() == "Copied ✓"
    dialog.show_topic("firewall")
    assert dialog.copy_button.text() == "&Copy", "another topic: not copied yet"


def test_links_lead_to_other_topics_and_the_sign_in_checklist(qtbot: QtBot, host: QWidget) -> None:
    dialog = opened(qtbot, host, "password")
    dialog.text.anchorClicked.emit(QUrl("#app-password"))
    assert dialog.current_topic() == "app-password"
    dialog.show_topic("microsoft")
    dialog.text.anchorClicked.emit(QUrl("docs/microsoft-365-sign-in.md"))
    checklist = dialog.findChild(ChecklistDialog)
    assert checklist is not None and checklist.isVisible()
    assert "Register the app" in checklist.browser.toPlainText(), "the whole checklist"
    checklist.close()


def test_the_send_notice_help_opens_the_problem_s_topic(qtbot: QtBot, host: QWidget) -> None:
    notice = SendNotice(clock=lambda: None, parent=host)  # type: ignore[arg-type, return-value]
    notice.show_problem(make(DiagnosisCategory.SENDER_REJECTED), waiting=3)
    assert notice.help_button.isVisible()
    qtbot.mouseClick(notice.help_button, LEFT)
    dialog = troubleshooting_dialog(host)
    assert dialog is not None and dialog.isVisible()
    assert dialog.current_topic() == "from-refused"
    notice.clear()
    assert not notice.isVisible() and notice.help_topic == ""


def test_a_run_stopped_by_a_refused_password_offers_help_on_it(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder
) -> None:
    refused = Behaviour(auth_reply="535 5.7.8 Username and Password not accepted.")
    with mail_server(tls=certs.server_context(), behaviour=refused) as server:
        make_society(data_home, members=3, port=server.port, user=USER)
        SecretStore().put(f"{USER}@127.0.0.1", PASSWORD)
        page = SendPage(folder=data_home, store=SecretStore())
        page.options = QUICK
        qtbot.addWidget(page)
        page.show()
        page.period.setText("2026-11")
        with qtbot.waitSignal(page.finished, timeout=20_000):
            qtbot.mouseClick(page.start_button, LEFT)
    assert page.notice.kind == "problem"
    assert page.notice.help_button.isVisible()
    qtbot.mouseClick(page.notice.help_button, LEFT)
    dialog = troubleshooting_dialog(page)
    assert dialog is not None and dialog.isVisible()
    assert dialog.current_topic() == topic_for(DiagnosisCategory.AUTH_FAILED) == "password"
    assert "App Password" in dialog.text.toPlainText(), "it points on where that may be why"
