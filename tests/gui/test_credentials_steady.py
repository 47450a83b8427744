"""The Email Credentials page stays put: problems wait until a field was touched (or Save or
Test), every message wraps whole at 1024×700, the fields do not move when messages come
and go, a Test result never outlives the settings it tested, a long wait is seen ticking,
and the log pane follows new lines unless the reader scrolled up."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.validation import check
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.credentials_testing import LastTest
from smtp_desk.gui.log_pane import LogPane
from smtp_desk.gui.main_window import MainWindow
from tests.gui.conftest import choose, retype
from tests.support.smtpd import PASSWORD, USER, MailServer, raw_listener

FIELDS = ["user", "password", "preset", "host", "port", "from_email", "from_name", "reply_to"]


def messages(page: CredentialsPage) -> dict[str, str]:
    """Every message line on the page that says something, by its field."""
    shown = {}
    for label in page.findChildren(QLabel):
        name = label.objectName()
        if name.endswith("_message") and label.text():
            shown[name.removesuffix("_message")] = label.text()
    return shown


def places(page: CredentialsPage) -> dict[str, QRect]:
    """Where each field is, in the page's scrolled content."""
    content = page.findChild(QWidget, "credentials_scroll").widget()  # type: ignore[union-attr]
    found = {}
    for field in FIELDS:
        widget = page.field_widget(field)
        found[field] = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
    return found


def settled(qtbot: QtBot) -> None:
    """Let the layout take in what changed (as the window would before the next click)."""
    QApplication.processEvents()
    qtbot.wait(20)


@pytest.fixture
def sized(page: CredentialsPage, qtbot: QtBot) -> CredentialsPage:
    page.resize(1024, 700)
    settled(qtbot)
    return page


def test_untouched_fields_show_no_problems_until_save_or_test(
    qtbot: QtBot, sized: CredentialsPage
) -> None:
    page = sized
    assert messages(page) == {}, "a fresh form is not covered in red"
    choose(qtbot, page.preset_box, "custom")  # the host is empty now: a problem, not yet due
    retype(qtbot, page.from_email_edit, "accounts")
    assert messages(page) == {}, "not while the clerk is typing"
    qtbot.keyClick(page.from_email_edit, Qt.Key.Key_Tab)  # left: now its problem is due
    assert set(messages(page)) == {"from_email"}
    qtbot.mouseClick(page.test_panel.test_button, Qt.MouseButton.LeftButton)
    assert "Cannot test yet" in page.test_panel.verdict.text()
    assert {"password", "host", "from_email"} <= set(messages(page))


def test_save_shows_every_problem_and_takes_the_clerk_to_the_first(
    qtbot: QtBot, sized: CredentialsPage
) -> None:
    page = sized
    retype(qtbot, page.from_name_edit, "Green Park CHS")
    assert page.save_button.isEnabled(), "Save is there to say what is missing"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert {"user", "from_email"} <= set(messages(page))
    assert QApplication.focusWidget() is page.user_edit


def test_the_fields_do_not_move_when_a_message_comes_or_goes(
    qtbot: QtBot, sized: CredentialsPage
) -> None:
    page = sized
    content = page.findChild(QWidget, "credentials_scroll").widget()  # type: ignore[union-attr]
    retype(qtbot, page.from_name_edit, "Green Park CHS")
    settled(qtbot)
    before = places(page)
    retype(qtbot, page.port_edit, "70000")
    qtbot.keyClick(page.port_edit, Qt.Key.Key_Tab)
    settled(qtbot)
    assert "1 to 65535" in messages(page)["port"]
    assert places(page) == before
    aim = before["from_email"].center()  # where the clerk aimed before the message came
    assert content.childAt(aim) is page.from_email_edit
    qtbot.mouseClick(content.childAt(aim), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.from_email_edit
    retype(qtbot, page.port_edit, "587")  # the message goes: nothing moves up either
    settled(qtbot)
    assert "port" not in messages(page)
    assert places(page) == before


def test_what_was_found_does_not_move_the_fields_as_it_changes(
    qtbot: QtBot, sized: CredentialsPage
) -> None:
    page = sized
    before = places(page)
    page.found_line.show_looking("greenpark.in")
    settled(qtbot)
    assert places(page) == before
    page.found_line.show_found(
        "Found: greenpark.in names its mail server.", found=True, offer=False
    )
    settled(qtbot)
    assert places(page) == before


@pytest.fixture
def big_window(window: MainWindow, qtbot: QtBot) -> Iterator[MainWindow]:
    window.resize(1024, 700)
    window.show_credentials()
    settled(qtbot)
    yield window
    window.credentials.revert()  # closing must not stop at the "unsaved changes" question


def test_every_message_wraps_whole_at_1024_by_700(qtbot: QtBot, big_window: MainWindow) -> None:
    page = big_window.credentials
    choose(qtbot, page.preset_box, "office365")  # the switch-off notice
    retype(qtbot, page.user_edit, "accounts@greenpark.in")
    retype(qtbot, page.from_email_edit, "greenpark.chs@gmail.com")  # two warnings
    retype(qtbot, page.password_edit, "Zq9-not-a-word")
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Tab)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # every problem shows
    settled(qtbot)
    assert page.switch_notice.isVisible()
    assert len(messages(page)["from_email"].splitlines()) == 2
    wrapped = [
        label
        for label in page.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
    ]
    names = {label.objectName() for label in wrapped}
    assert {"switch_notice_text", "from_email_message", "address_found_text"} <= names
    for label in wrapped:
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (label.objectName(), label.text()[:40])
        assert label.width() <= label.parentWidget().width(), label.objectName()


@pytest.fixture
def tested(qtbot: QtBot, sized: CredentialsPage, server: MailServer) -> Iterator[CredentialsPage]:
    """A page whose Test just passed against a local server."""
    page = sized
    choose(qtbot, page.preset_box, "custom")
    retype(qtbot, page.host_edit, "127.0.0.1")
    retype(qtbot, page.port_edit, str(server.port))
    retype(qtbot, page.user_edit, USER)
    retype(qtbot, page.password_edit, PASSWORD)
    qtbot.mouseClick(page.test_panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.test_panel.running, timeout=20_000)
    assert "Everything works" in page.test_panel.verdict.text()
    assert page.test_panel.save_button.isVisible()
    yield page
    page.test_panel.wait()


def test_a_settings_change_puts_the_test_result_out_of_date(
    qtbot: QtBot, tested: CredentialsPage
) -> None:
    page, panel = tested, tested.test_panel
    retype(qtbot, page.from_name_edit, "Green Park CHS")
    assert "Everything works" not in panel.verdict.text() and panel.report is None
    assert "Settings changed — press Test connection" in panel.verdict.text()
    assert not panel.save_button.isVisible() and panel.steps.count() == 0


def test_a_new_password_puts_the_test_result_out_of_date(
    qtbot: QtBot, tested: CredentialsPage
) -> None:
    retype(qtbot, tested.password_edit, "another password")
    assert "Settings changed" in tested.test_panel.verdict.text()


def test_saving_the_tested_settings_keeps_their_result(
    qtbot: QtBot, tested: CredentialsPage
) -> None:
    panel = tested.test_panel
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert not tested.has_unsaved_changes()
    assert "Everything works" in panel.verdict.text()


def test_a_settings_change_during_a_test_marks_its_result(
    qtbot: QtBot, sized: CredentialsPage
) -> None:
    page, panel = sized, sized.test_panel
    panel.timeout = 2.0
    with raw_listener(greeting=None) as port:  # never greets: the test waits its timeout
        choose(qtbot, page.preset_box, "custom")
        retype(qtbot, page.host_edit, "127.0.0.1")
        retype(qtbot, page.port_edit, str(port))
        retype(qtbot, page.user_edit, USER)
        retype(qtbot, page.password_edit, PASSWORD)
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
        retype(qtbot, page.port_edit, "2526")
        qtbot.waitUntil(lambda: not panel.running, timeout=20_000)
    assert "Settings changed" in panel.verdict.text() and panel.report is None


def test_a_long_wait_is_seen_ticking(qtbot: QtBot, sized: CredentialsPage) -> None:
    page, panel = sized, sized.test_panel
    panel.timeout = 30.0
    with raw_listener(greeting=None) as port:
        choose(qtbot, page.preset_box, "custom")
        retype(qtbot, page.host_edit, "127.0.0.1")
        retype(qtbot, page.port_edit, str(port))
        retype(qtbot, page.user_edit, USER)
        retype(qtbot, page.password_edit, PASSWORD)
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Server greeting… 1 s of 30 s" in panel.clock.text, timeout=5000)
        last = panel.steps.item(panel.steps.count() - 1).text()
        assert last == "▸ Server greeting… 1 s of 30 s", "the live line ends the list"
        qtbot.waitUntil(lambda: "Server greeting… 2 s of 30 s" in panel.clock.text, timeout=5000)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    items = [panel.steps.item(i).text() for i in range(panel.steps.count())]
    assert not any(item.startswith("▸") for item in items), "the clock goes with the test"


def test_a_security_the_test_proved_is_not_warned_about(
    qtbot: QtBot, sized: CredentialsPage
) -> None:
    """The port-and-security warning ("will probably fail") after "Use these settings"
    found STARTTLS working on port 465: the Test's proof stands, the guess gives way."""
    draft = AccountDraft(preset="custom", host="mail.greenpark.in", port="465")
    draft = draft.with_changes(security="starttls", user=USER, from_email=USER)
    problems = check(draft, password=PASSWORD)
    assert any("probably fail" in p.message for p in problems)
    tested = LastTest(sized.test_panel)
    tested.verified(draft)
    kept = tested.without_contradiction(problems, draft)
    assert not any("probably fail" in p.message for p in kept)
    other = draft.with_changes(host="mail.elsewhere.in")
    assert tested.without_contradiction(problems, other) == problems


@pytest.fixture
def pane(qtbot: QtBot) -> Iterator[LogPane]:
    widget = LogPane()
    qtbot.addWidget(widget)
    widget.resize(600, 150)
    widget.show()
    qtbot.waitExposed(widget)
    logger = logging.getLogger("smtp_desk.test_log_pane")
    logger.setLevel(logging.INFO)
    widget.attach(logger)
    yield widget
    widget.detach(logger)


def _log(count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        logging.getLogger("smtp_desk.test_log_pane").info("Line %d", number)
    QApplication.processEvents()


def test_the_log_pane_follows_new_lines_unless_scrolled_up(qtbot: QtBot, pane: LogPane) -> None:
    bar = pane.view.verticalScrollBar()
    _log(100)
    assert bar.maximum() > 0 and bar.value() == bar.maximum(), "follows"
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_PageUp)  # the reader goes back to read
    held = bar.value()
    assert held < bar.maximum()
    _log(20, 100)
    assert bar.value() == held and not pane.following, "stays where the reader is"
    qtbot.keyClick(bar, Qt.Key.Key_End)  # back down to the newest
    _log(20, 120)
    assert bar.value() == bar.maximum() and pane.following, "follows again at the bottom"
    assert pane.text().splitlines()[-1].endswith("Line 139")


def test_typing_a_port_through_465_leaves_the_security_as_chosen(
    qtbot: QtBot, sized: CredentialsPage
) -> None:
    page = sized
    choose(qtbot, page.preset_box, "custom")
    before = page.security_box.currentData()
    assert before == "starttls"
    retype(qtbot, page.port_edit, "46541")  # passes "465", which alone means SSL/TLS
    assert page.security_box.currentData() == before
    retype(qtbot, page.port_edit, "465")
    assert page.security_box.currentData() == "ssl", "a known port still leads"
    page.revert()
