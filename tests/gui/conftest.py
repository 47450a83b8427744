from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.main_window import MainWindow


@pytest.fixture
def page(qtbot: QtBot, data_home: DataFolder) -> CredentialsPage:
    widget = CredentialsPage(folder=data_home, store=SecretStore())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot, data_home: DataFolder) -> MainWindow:
    """The main window as the program starts it (its log file set up), shown."""
    setup_logging(data_home.ensure().log_file)
    win = MainWindow(folder=data_home, store=SecretStore())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Pick an item with the keyboard, as a person would (emits ``activated``)."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select all and type, so ``textEdited`` fires like it does for a person."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


def fill_gmail(
    qtbot: QtBot, page: CredentialsPage, *, password: str = "abcd efgh ijkl mnop"
) -> None:
    choose(qtbot, page.preset_box, "gmail")
    retype(qtbot, page.user_edit, "billing@crystalheights.in")
    retype(qtbot, page.password_edit, password)
    retype(qtbot, page.from_email_edit, "billing@crystalheights.in")
    retype(qtbot, page.from_name_edit, "Crystal Heights CHS")
