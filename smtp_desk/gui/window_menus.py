"""The main window's menus and what their plain entries do (the data folder, About, Help >
Troubleshooting, choosing and restoring a backup), and the window's small messages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.backups import (
    Backup,
    BackupError,
    forgotten_messages,
    list_backups,
    restore_backup,
)
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import LANGUAGES, translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock
from smtp_desk.gui.language import language_in_use
from smtp_desk.gui.restore_dialog import RestoreDialog

__all__ = [
    "MenuTargets",
    "WindowActions",
    "ask_to_resume",
    "build_menus",
    "confirm_restore",
    "open_data_folder",
    "open_troubleshooting",
    "restore_from_menu",
    "show_about",
    "tell",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MenuTargets:
    """What each menu entry does; ``test_inbox`` None: there is no test inbox (real work)."""

    home: Callable[[], object]
    open_society: Callable[[], object]
    open_folder: Callable[[], object]
    restore: Callable[[], object]
    switch_practice: Callable[[], object]
    quit: Callable[[], object]
    credentials: Callable[[], object]
    society: Callable[[], object]
    members: Callable[[], object]
    wording: Callable[[], object]
    language: Callable[[str], object]  # a language code of smtp_desk.core.i18n.LANGUAGES
    send: Callable[[], object]
    history: Callable[[], object]
    bounces: Callable[[], object]
    test_inbox: Callable[[], object] | None
    troubleshooting: Callable[[], object]
    about: Callable[[], object]


@dataclass(frozen=True)
class WindowActions:
    """The entries the window (and its tests) reach again after building the menus."""

    home: QAction
    open_society: QAction
    restore: QAction
    practice: QAction
    credentials: QAction
    society: QAction
    members: QAction
    wording: QAction
    languages: dict[str, QAction]
    send: QAction
    history: QAction
    troubleshooting: QAction
    bounces: QAction


def _action(window: QMainWindow, text: str, target: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(target)
    return action


def build_menus(
    window: QMainWindow,
    targets: MenuTargets,
    *,
    practice: bool,
    log_toggle: QAction,
    recent: QMenu,
) -> WindowActions:
    """File, System Tools, Send and Help, in the window's menu bar. In practice mode the
    societies cannot be switched (the practice copy belongs to the society it came from)."""
    file_menu = window.menuBar().addMenu(translate("window_menus", "&File"))
    home = _action(window, translate("window_menus", "&Home (month-end checklist)"), targets.home)
    home.setShortcut(QKeySequence("Alt+Home"))
    file_menu.addAction(home)
    file_menu.addSeparator()
    open_society = _action(
        window, translate("window_menus", "&Open Society…"), targets.open_society
    )
    open_society.setShortcut(QKeySequence.StandardKey.Open)
    file_menu.addAction(open_society)
    file_menu.addMenu(recent)
    open_society.setEnabled(not practice)
    recent.setEnabled(not practice)
    open_folder = _action(
        window, translate("window_menus", "Open &Data Folder"), targets.open_folder
    )
    file_menu.addAction(open_folder)
    restore = _action(window, translate("window_menus", "Restore a &backup…"), targets.restore)
    file_menu.addAction(restore)
    if practice:
        switch = translate("window_menus", "Back to &Real Work")
    else:
        switch = translate("window_menus", "&Practice Mode…")
    practice_action = _action(window, switch, targets.switch_practice)
    file_menu.addAction(practice_action)
    file_menu.addSeparator()
    quit_action = _action(window, translate("window_menus", "&Quit"), targets.quit)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    file_menu.addAction(quit_action)

    tools = window.menuBar().addMenu(translate("window_menus", "&System Tools"))
    credentials = _action(
        window, translate("window_menus", "&Email Credentials"), targets.credentials
    )
    society = _action(window, translate("window_menus", "Society &Profile"), targets.society)
    members = _action(window, translate("window_menus", "&Members && Documents"), targets.members)
    wording = _action(window, translate("window_menus", "Message &Wording"), targets.wording)
    for action in (credentials, society, members, wording):
        tools.addAction(action)
    tools.addSeparator()
    language_menu = tools.addMenu(translate("window_menus", "&Language"))
    languages = _language_menu(window, language_menu, targets.language)

    send_menu = window.menuBar().addMenu(translate("window_menus", "Se&nd"))
    send = _action(window, translate("window_menus", "&Send Documents"), targets.send)
    history = _action(window, translate("window_menus", "&History"), targets.history)
    bounces = _action(window, translate("window_menus", "Check for &Bounces"), targets.bounces)
    bounces.setToolTip(
        translate("window_menus", "Read the mailbox now for bills that came back undelivered")
    )
    send_menu.addAction(send)
    send_menu.addAction(history)
    send_menu.addAction(bounces)
    if targets.test_inbox is not None:
        inbox = _action(window, translate("window_menus", "Test &Inbox"), targets.test_inbox)
        send_menu.addAction(inbox)

    help_menu = window.menuBar().addMenu(translate("window_menus", "&Help"))
    troubleshooting = _action(
        window, translate("window_menus", "&Troubleshooting"), targets.troubleshooting
    )
    help_menu.addAction(troubleshooting)
    help_menu.addAction(log_toggle)
    help_menu.addSeparator()
    about = translate("window_menus", "&About {app}").format(app=APP_NAME)
    help_menu.addAction(_action(window, about, targets.about))
    return WindowActions(
        home,
        open_society,
        restore,
        practice_action,
        credentials,
        society,
        members,
        wording,
        languages,
        send,
        history,
        troubleshooting,
        bounces,
    )


def _language_menu(
    window: QMainWindow, menu: QMenu, choose: Callable[[str], object]
) -> dict[str, QAction]:
    """One checkable entry per language, each named in its own script; the one in use is
    ticked."""
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for code, name in LANGUAGES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == language_in_use())
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(action)
        menu.addAction(action)
        actions[code] = action
    return actions


def open_data_folder(folder: DataFolder) -> None:
    """File > Open Data Folder: the folder in the desktop's file manager (made if missing)."""
    folder.ensure()
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.root)))


def open_troubleshooting(parent: QWidget, topic: str = "") -> None:
    """Help > Troubleshooting: the guide to the problems an office meets (its own module,
    loaded when first asked for)."""
    try:
        from smtp_desk.gui.troubleshooting import show_troubleshooting
    except ImportError as exc:
        log.error("The troubleshooting guide could not be opened: %s", exc)
        tell(
            parent,
            "troubleshooting_missing",
            translate(
                "window_menus", "The troubleshooting guide is not part of this installation."
            ),
            translate(
                "window_menus",
                "The diagnosis under a failed Test says what to do; the log pane (Help > Log) "
                "has the details for whoever helps you.",
            ),
            icon=QMessageBox.Icon.Warning,
        )
        return
    show_troubleshooting(parent, topic=topic)


def show_about(parent: QWidget, folder: DataFolder) -> None:
    QMessageBox.about(
        parent,
        translate("window_menus", "About {app}").format(app=APP_NAME),
        translate(
            "window_menus",
            "<b>{app}</b> {version}<br>The society office's digital postman.<br>"
            "Data folder: {folder}",
        ).format(app=APP_NAME, version=__version__, folder=folder.root),
    )


def tell(
    parent: QWidget,
    name: str,
    text: str,
    more: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> None:
    """A message with OK, named ``name`` (so a test can find and answer it)."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setInformativeText(more)
    box.exec()


def confirm_restore(parent: QWidget, folder: DataFolder, backup: Backup) -> bool:
    """Restore / Cancel, saying how many sent messages the register would forget."""
    forgotten = forgotten_messages(folder, backup)
    warning = (
        "\n\n"
        + translate(
            "window_menus",
            "{count} message(s) were sent after this backup was made: SMTP Desk will forget "
            "them, and sending the same documents again would mail those members twice.",
        ).format(count=forgotten)
        if forgotten
        else ""
    )
    box = QMessageBox(parent)
    box.setObjectName("restore_question")
    box.setIcon(QMessageBox.Icon.Warning if forgotten else QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(translate("window_menus", "Go back to {backup}?").format(backup=backup))
    box.setInformativeText(
        translate(
            "window_menus",
            "Changes made to the register since then are undone; the register as it is now "
            "is kept as a backup, so this can be undone too.",
        )
        + warning
    )
    restore = box.addButton(
        translate("window_menus", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def restore_from_menu(
    parent: QWidget, folder: DataFolder, *, sending: bool, importing: bool
) -> str | None:
    """File > Restore a backup…: choose, confirm, restore; refused politely while sending or
    importing. The sentence for the status bar, or None when nothing was restored (and why
    is said)."""
    refusal = _restore_refusal(folder, sending=sending, importing=importing)
    if refusal is not None:
        tell(parent, "restore_refused", *refusal)
        return None
    warning = QMessageBox.Icon.Warning
    try:
        backups = list_backups(folder)
    except BackupError as exc:
        tell(parent, "restore_failed", str(exc), "", icon=warning)
        return None
    if not backups:
        tell(
            parent,
            "restore_none",
            translate("window_menus", "There are no backups yet."),
            translate(
                "window_menus", "A copy of the register is made before each import and each run."
            ),
        )
        return None
    dialog = RestoreDialog(backups, parent)
    accepted = dialog.exec() == RestoreDialog.DialogCode.Accepted
    backup = dialog.chosen()
    dialog.deleteLater()
    if not accepted or backup is None or not confirm_restore(parent, folder, backup):
        return None
    try:
        restored = restore_backup(folder, backup, who="window")
    except SmtpDeskError as exc:
        log.error("%s", exc)
        tell(parent, "restore_failed", str(exc), "", icon=warning)
        return None
    return str(restored)


def _restore_refusal(
    folder: DataFolder, *, sending: bool, importing: bool
) -> tuple[str, str] | None:
    """Why a backup cannot be restored now (what is said, and what to do), or None: not
    while this window or another program sends from ``folder``, nor during an import."""
    holder = RunLock.holder(folder.root)
    if holder is not None or sending:
        who = f" ({holder})" if holder else ""
        return (
            translate("window_menus", "A backup cannot be restored while sending{who}.").format(
                who=who
            ),
            translate("window_menus", "Restore it when the run has finished, or pause it first."),
        )
    if importing:
        return (
            translate("window_menus", "A backup cannot be restored while an import is under way."),
            translate("window_menus", "Restore it when the import has finished."),
        )
    return None


def ask_to_resume(parent: QWidget, runs: list[str]) -> bool:
    """At start: resume the runs paused or interrupted (``runs``)? Yes / No."""
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        translate(
            "window_menus",
            "Sending was paused or interrupted ({runs}). Resume now? Messages already sent "
            "will not be sent again.",
        ).format(runs=", ".join(runs)),
    )
    return answer == QMessageBox.StandardButton.Yes
