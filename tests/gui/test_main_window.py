"""The main window: menu path, log pane, status bar and unsaved changes on close."""

from __future__ import annotations

import logging
import sys
import types

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from smtp_desk.core.paths import DataFolder
from smtp_desk.gui.log_pane import LEVEL_COLOURS
from smtp_desk.gui.main_window import MainWindow
from tests.gui.conftest import fill_gmail, retype

PASSWORD = "abcd efgh ijkl mnop"


def _menu_action(window: MainWindow, menu_title: str, action_title: str) -> object:
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == menu_title:
            for action in menu_action.menu().actions():
                if action.text().replace("&", "") == action_title:
                    return action
    raise AssertionError(f"no {menu_title} > {action_title}")


def test_system_tools_email_credentials_opens_the_page(window: MainWindow) -> None:
    window.pages.setCurrentWidget(window.home)
    action = _menu_action(window, "System Tools", "Email Credentials")
    action.trigger()  # type: ignore[attr-defined]
    assert window.pages.currentWidget() is window.credentials


def test_a_first_start_opens_the_credentials_straight_away(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.credentials


def test_the_log_pane_shows_timestamped_lines_coloured_by_level(
    qtbot: QtBot, window: MainWindow, data_home: DataFolder
) -> None:
    log = logging.getLogger("smtp_desk.test")
    log.warning("Daily limit nearly reached")
    log.error("Login refused")
    qtbot.waitUntil(lambda: "Login refused" in window.log_pane.text(), timeout=2000)
    lines = window.log_pane.text().splitlines()
    warning = next(line for line in lines if "Daily limit" in line)
    assert warning[2] == ":" and warning[5] == ":" and "WARNING" in warning  # HH:MM:SS
    html = window.log_pane.view.document().toHtml()
    assert LEVEL_COLOURS[logging.WARNING] in html and LEVEL_COLOURS[logging.ERROR] in html
    assert "Login refused" in data_home.log_file.read_text(encoding="utf-8")


def test_saving_reports_in_the_status_bar_and_never_logs_the_password(
    qtbot: QtBot, window: MainWindow, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, window.credentials, password=PASSWORD)
    assert window.isWindowModified()
    assert window.credentials.save()
    assert "Email credentials saved" in window.statusBar().currentMessage()
    assert not window.isWindowModified()
    qtbot.waitUntil(lambda: "Email credentials saved" in window.log_pane.text(), timeout=2000)
    for text in (window.log_pane.text(), data_home.log_file.read_text(encoding="utf-8")):
        assert PASSWORD not in text and PASSWORD.replace(" ", "") not in text


def _answer_unsaved(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        asked.append(box.text())
        box.button(button).click()
    else:
        QTimer.singleShot(20, lambda: _answer_unsaved(button, asked))


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, window: MainWindow, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, window.credentials)
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer_unsaved(QMessageBox.StandardButton.Cancel, asked))
    window.close()
    assert asked == ["The Email Credentials have changes that are not saved."]
    assert window.isVisible(), "Cancel keeps the window open"

    QTimer.singleShot(0, lambda: _answer_unsaved(QMessageBox.StandardButton.Save, asked))
    window.close()
    assert not window.isVisible()
    assert data_home.settings_file.exists(), "Save saved before closing"


def test_discarding_closes_without_saving(
    qtbot: QtBot, window: MainWindow, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, window.credentials)
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer_unsaved(QMessageBox.StandardButton.Discard, asked))
    window.close()
    assert len(asked) == 1 and not window.isVisible()
    assert not data_home.settings_file.exists()
    assert window.credentials.password_edit.text() == "", "the typed password is dropped"


def test_closing_without_changes_does_not_ask(qtbot: QtBot, window: MainWindow) -> None:
    fill_gmail(qtbot, window.credentials)
    assert window.credentials.save()
    retype(qtbot, window.credentials.from_name_edit, "Crystal Heights CHS")  # same as saved
    window.close()
    assert not window.isVisible()


def test_system_tools_society_profile_opens_its_page(window: MainWindow) -> None:
    action = _menu_action(window, "System Tools", "Society Profile")
    action.trigger()  # type: ignore[attr-defined]
    assert window.pages.currentWidget() is window.society


def test_unsaved_changes_on_both_pages_are_named_together(
    qtbot: QtBot, window: MainWindow, data_home: DataFolder
) -> None:
    fill_gmail(qtbot, window.credentials)
    window.show_society()
    edit = window.society.fields["name"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Crystal Heights CHS")
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer_unsaved(QMessageBox.StandardButton.Discard, asked))
    window.close()
    assert asked == [
        "The Email Credentials and the Society Profile have changes that are not saved."
    ]
    assert not (data_home.root / "society.json").exists()


def test_help_troubleshooting_opens_the_guide(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[object, str]] = []
    guide = types.ModuleType("smtp_desk.gui.troubleshooting")
    guide.show_troubleshooting = lambda parent, topic="": opened.append((parent, topic))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "smtp_desk.gui.troubleshooting", guide)
    action = _menu_action(window, "Help", "Troubleshooting")
    action.trigger()  # type: ignore[attr-defined]
    assert opened == [(window, "")]


def test_without_the_guide_help_troubleshooting_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "smtp_desk.gui.troubleshooting", None)  # ImportError
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "troubleshooting_missing":
            QTimer.singleShot(20, read_and_close)
            return
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    window.menu_actions.troubleshooting.trigger()
    assert said == ["The troubleshooting guide is not part of this installation."]


def test_the_file_menu_has_home_and_the_societies(window: MainWindow) -> None:
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    titles = [a.text().replace("&", "") for a in file_menu.actions() if a.text()]
    assert titles[:4] == [
        "Home (month-end checklist)",
        "Open Society…",
        "Recent Societies",
        "Open Data Folder",
    ]
    assert window.menu_actions.open_society.isEnabled()
