"""The home page's month-end checklist in the real window: an empty folder against a society
with members and bills; each step's button opens its page; it follows what the pages do."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.account_store import save_account
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.main_window import MainWindow
from tests.support.smtpd import PASSWORD, USER, MailServer
from tests.support.society import make_society

LEFT = Qt.MouseButton.LeftButton
READ = 10_000  # ms a checklist read may take


def open_window(qtbot: QtBot, folder: DataFolder) -> MainWindow:
    window = MainWindow(folder=folder, store=SecretStore())
    window.ask_resume = lambda runs: False
    qtbot.addWidget(window)
    window.show()
    return window


def shown_home(qtbot: QtBot, window: MainWindow) -> dict[str, tuple[str, str, str]]:
    """File > Home; once read: each step's title, state and button."""
    with qtbot.waitSignal(window.home.refreshed, timeout=READ):
        window.menu_actions.home.trigger()
    assert window.pages.currentWidget() is window.home
    rows = window.home.rows
    return {
        key: (row.title.text(), row.state.text(), row.button.text()) for key, row in rows.items()
    }


def test_an_empty_folder_shows_where_to_begin(qtbot: QtBot, data_home: DataFolder) -> None:
    window = open_window(qtbot, data_home)
    shown = shown_home(qtbot, window)
    assert shown["email"] == ("<b>Email</b>", "Not set up yet.", "Set up email")
    assert shown["society"] == ("<b>Society Profile</b>", "Missing.", "Open Society Profile")
    assert shown["members"][1:] == ("None imported yet.", "Open Members && Documents")
    assert shown["bills"][0].startswith("<b>Bills for ")
    assert shown["send"][1:] == ("Import the bills first.", "Open Members && Documents")
    assert "Next: <b>Email</b>" in window.home.next_label.text()
    assert all(row.mark.accessibleName() == "to do" for row in window.home.rows.values())


def test_a_society_with_members_and_bills(qtbot: QtBot, data_home: DataFolder) -> None:
    make_society(data_home, members=60, port=2525)
    window = open_window(qtbot, data_home)
    assert window.pages.currentWidget() is window.home, "set up: the window opens at home"
    shown = shown_home(qtbot, window)
    assert window.home.heading.text() == "<h2>Crystal Heights CHS</h2>"
    assert window.windowTitle() == "Crystal Heights CHS — SMTP Desk[*]"
    assert shown["email"][1] == "Saved for accounts@crystalheights.in; not tested yet."
    assert shown["society"][1] == "Complete."
    assert shown["members"][1] == "60 members."
    assert shown["bills"][:2] == ("<b>Bills for November 2026</b>", "60 of 60 imported.")
    assert shown["send"][1:] == ("Not sent yet.", "Open Send")
    rows = window.home.rows
    done = {key for key, row in rows.items() if row.mark.accessibleName() == "done"}
    assert done == {"society", "members", "bills"}


@pytest.mark.parametrize(
    ("step", "page"),
    [
        ("email", "credentials"),
        ("society", "society"),
        ("members", "members"),
        ("bills", "members"),
        ("send", "send"),
    ],
)
def test_each_step_opens_its_page(
    qtbot: QtBot, data_home: DataFolder, step: str, page: str
) -> None:
    make_society(data_home, members=3, port=2525)
    window = open_window(qtbot, data_home)
    shown_home(qtbot, window)
    window.send.period.setText("2026-12")
    qtbot.mouseClick(window.home.rows[step].button, LEFT)
    assert window.pages.currentWidget() is getattr(window, page)
    if page == "send":
        assert window.send.period.text() == "2026-11", "the month the checklist is about"


def test_do_x_first_goes_to_x(qtbot: QtBot, data_home: DataFolder) -> None:
    window = open_window(qtbot, data_home)
    shown_home(qtbot, window)
    qtbot.mouseClick(window.home.rows["send"].button, LEFT)  # "Import the bills first."
    assert window.pages.currentWidget() is window.members
    for name in ("home", "first_run", "credentials", "society", "members", "send", "history"):
        window.open_page(name)
        assert window.pages.currentWidget().objectName() == f"{name}_page"
    with pytest.raises(ValueError, match="no page called 'bills'"):
        window.open_page("bills")


def test_the_checklist_and_title_follow_the_society_profile(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_window(qtbot, data_home)
    assert window.windowTitle() == "smtp-desk-home — SMTP Desk[*]", "the folder's name"
    shown_home(qtbot, window)
    window.show_society()
    qtbot.keyClicks(window.society.fields["name"], "Green Park CHS")
    window.society.fields["address"].setPlainText("Aundh\nPune 411007")
    assert window.society.save()
    assert window.windowTitle() == "Green Park CHS — SMTP Desk[*]"
    shown = shown_home(qtbot, window)
    assert shown["society"][1] == "Complete."
    assert window.home.heading.text() == "<h2>Green Park CHS</h2>"


def test_a_passing_test_on_email_credentials_is_ticked_with_its_day(
    qtbot: QtBot, data_home: DataFolder, server: MailServer
) -> None:
    draft = AccountDraft(
        preset="custom",
        host="127.0.0.1",
        port=str(server.port),
        security="starttls",
        user=USER,
        from_email=USER,
    )
    save_account(draft, password=PASSWORD, folder=data_home.ensure(), store=SecretStore())
    window = open_window(qtbot, data_home)
    assert shown_home(qtbot, window)["email"][1] == f"Saved for {USER}; not tested yet."
    qtbot.mouseClick(window.home.rows["email"].button, LEFT)
    panel = window.credentials.test_panel
    qtbot.mouseClick(panel.test_button, LEFT)
    qtbot.waitUntil(lambda: not panel.running, timeout=READ)
    assert panel.report is not None and panel.report.ok
    today = date.today()
    tested = f"Tested on {today.day} {today:%B %Y} ({USER})."
    qtbot.waitUntil(lambda: shown_home(qtbot, window)["email"][1] == tested, timeout=READ)
    assert window.home.rows["email"].mark.accessibleName() == "done"
