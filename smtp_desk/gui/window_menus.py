"""The main window's menus and what their plain entries do (the data folder, About)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.paths import DataFolder

__all__ = ["MenuTargets", "WindowActions", "build_menus", "open_data_folder", "show_about"]


@dataclass(frozen=True)
class MenuTargets:
    """What each menu entry does; ``test_inbox`` None: there is no test inbox (real work)."""

    open_folder: Callable[[], object]
    restore: Callable[[], object]
    switch_practice: Callable[[], object]
    quit: Callable[[], object]
    credentials: Callable[[], object]
    society: Callable[[], object]
    members: Callable[[], object]
    send: Callable[[], object]
    history: Callable[[], object]
    test_inbox: Callable[[], object] | None
    about: Callable[[], object]


@dataclass(frozen=True)
class WindowActions:
    """The entries the window (and its tests) reach again after building the menus."""

    restore: QAction
    practice: QAction
    credentials: QAction
    society: QAction
    members: QAction
    send: QAction
    history: QAction


def _action(window: QMainWindow, text: str, target: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(target)
    return action


def build_menus(
    window: QMainWindow, targets: MenuTargets, *, practice: bool, log_toggle: QAction
) -> WindowActions:
    """File, System Tools, Send and Help, in the window's menu bar."""
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(_action(window, "Open &Data Folder", targets.open_folder))
    restore = _action(window, "Restore a &backup…", targets.restore)
    file_menu.addAction(restore)
    switch = "Back to &Real Work" if practice else "&Practice Mode…"
    practice_action = _action(window, switch, targets.switch_practice)
    file_menu.addAction(practice_action)
    file_menu.addSeparator()
    quit_action = _action(window, "&Quit", targets.quit)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    file_menu.addAction(quit_action)

    tools = window.menuBar().addMenu("&System Tools")
    credentials = _action(window, "&Email Credentials", targets.credentials)
    society = _action(window, "Society &Profile", targets.society)
    members = _action(window, "&Members && Documents", targets.members)
    for action in (credentials, society, members):
        tools.addAction(action)

    send_menu = window.menuBar().addMenu("Se&nd")
    send = _action(window, "&Send Documents", targets.send)
    history = _action(window, "&History", targets.history)
    send_menu.addAction(send)
    send_menu.addAction(history)
    if targets.test_inbox is not None:
        send_menu.addAction(_action(window, "Test &Inbox", targets.test_inbox))

    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction(_action(window, f"&About {APP_NAME}", targets.about))
    help_menu.addAction(log_toggle)
    return WindowActions(restore, practice_action, credentials, society, members, send, history)


def open_data_folder(folder: DataFolder) -> None:
    """File > Open Data Folder: the folder in the desktop's file manager (made if missing)."""
    folder.ensure()
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.root)))


def show_about(parent: QWidget, folder: DataFolder) -> None:
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<b>{APP_NAME}</b> {__version__}<br>The society office's digital postman.<br>"
        f"Data folder: {folder.root}",
    )
