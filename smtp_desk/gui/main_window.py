"""The main window: menus, one central page at a time, the status bar and the log pane."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.backups import (
    Backup,
    BackupError,
    forgotten_messages,
    list_backups,
    restore_backup,
)
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.practice import PracticeServer
from smtp_desk.core.run_lock import RunLock
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.history_page import HistoryPage
from smtp_desk.gui.log_pane import LogPane
from smtp_desk.gui.members_page import MembersPage
from smtp_desk.gui.restore_dialog import RestoreDialog
from smtp_desk.gui.send_page import SendPage
from smtp_desk.gui.society_page import SocietyPage
from smtp_desk.gui.test_inbox import TestInbox

__all__ = ["MainWindow", "UnsavedChoice"]

log = logging.getLogger(__name__)


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class MainWindow(QMainWindow):
    """SMTP Desk's one window."""

    switch_requested = Signal(bool)  # True: to practice, False: back to real work

    def __init__(
        self,
        *,
        folder: DataFolder,
        store: SecretStore,
        practice: PracticeServer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.practice = practice
        mode = " — PRACTICE (no real email leaves this PC)" if practice else ""
        self.setWindowTitle(f"{APP_NAME}{mode}[*]")  # [*] shows unsaved changes
        self.resize(1000, 720)
        self._folder = folder
        self.test_inbox: TestInbox | None = None

        self.log_pane = LogPane(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_pane)
        self.resizeDocks([self.log_pane], [150], Qt.Orientation.Vertical)
        self.log_pane.attach(logging.getLogger("smtp_desk"))

        self.pages = QStackedWidget(self)
        self.welcome = self._build_welcome()
        self.credentials = CredentialsPage(folder=folder, store=store, parent=self)
        self.society = SocietyPage(folder=folder, parent=self)
        self.members = MembersPage(folder=folder, parent=self)
        self.send = SendPage(folder=folder, store=store, parent=self)
        self.history = HistoryPage(folder=folder, parent=self)
        for page in (
            self.welcome,
            self.credentials,
            self.society,
            self.members,
            self.send,
            self.history,
        ):
            self.pages.addWidget(page)
        self.members.imported.connect(self._on_page_saved)
        self.send.finished.connect(self._on_page_saved)
        self.send.finished.connect(self._on_send_finished)
        self.send.open_credentials.connect(self.show_credentials)
        # Asks whether to resume a paused run; a test may answer instead.
        self.ask_resume: Callable[[list[str]], bool] = self._ask_resume
        QTimer.singleShot(0, self._offer_resume)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        if practice is not None:
            column.addWidget(self._build_banner(central))
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        for form in (self.credentials, self.society):
            form.saved.connect(self._on_page_saved)
            form.changed.connect(self._on_page_changed)

        self._build_menus()
        self._folder_label = QLabel(f"Data folder: {folder.root}", self)
        self.statusBar().addPermanentWidget(self._folder_label)
        self.statusBar().showMessage("Ready.")
        if not folder.settings_file.exists():
            self.show_credentials()
        log.info("%s %s started; data folder %s", APP_NAME, __version__, folder.root)

    def _build_banner(self, parent: QWidget) -> QWidget:
        banner = QWidget(parent)
        banner.setObjectName("practice_banner")
        banner.setStyleSheet("#practice_banner { background: #bf5700; } QLabel { color: white; }")
        banner.setAutoFillBackground(True)
        row = QHBoxLayout(banner)
        row.addWidget(
            QLabel(
                "<b>PRACTICE</b> — no real email leaves this PC: every message "
                "goes to the test inbox. Members, bills and history here are "
                "practice copies.",
                banner,
                wordWrap=True,
            ),
            1,
        )
        inbox = QPushButton("Test &inbox", banner)
        inbox.clicked.connect(self.show_test_inbox)
        back = QPushButton("&Back to real work", banner)
        back.setObjectName("back_to_real_work")
        back.clicked.connect(lambda: self.switch_requested.emit(False))
        row.addWidget(inbox)
        row.addWidget(back)
        return banner

    def show_test_inbox(self) -> None:
        if self.practice is None:
            return
        if self.test_inbox is None:
            self.test_inbox = TestInbox(self.practice.inbox)
        self.test_inbox.refresh()
        self.test_inbox.show()
        self.test_inbox.raise_()

    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                f"<h2>{APP_NAME}</h2><p>Sends members their maintenance bills, payment "
                "receipts and statements by email.</p><p>Start with <b>System Tools &gt; "
                "Email Credentials</b> to set up the society's mail account.</p>",
                page,
                wordWrap=True,
            )
        )
        button = QPushButton("Open &Email Credentials", page)
        button.clicked.connect(self.show_credentials)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_folder = QAction("Open &Data Folder", self)
        open_folder.triggered.connect(self._on_open_folder_triggered)
        file_menu.addAction(open_folder)
        self.restore_action = QAction("Restore a &backup…", self)
        self.restore_action.triggered.connect(self._on_restore_triggered)
        file_menu.addAction(self.restore_action)
        self.practice_action = QAction(
            "Back to &Real Work" if self.practice else "&Practice Mode…", self
        )
        self.practice_action.triggered.connect(
            lambda: self.switch_requested.emit(self.practice is None)
        )
        file_menu.addAction(self.practice_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        tools = self.menuBar().addMenu("&System Tools")
        self.credentials_action = QAction("&Email Credentials", self)
        self.credentials_action.triggered.connect(self.show_credentials)
        tools.addAction(self.credentials_action)
        self.society_action = QAction("Society &Profile", self)
        self.society_action.triggered.connect(self.show_society)
        tools.addAction(self.society_action)
        self.members_action = QAction("&Members && Documents", self)
        self.members_action.triggered.connect(self.show_members)
        tools.addAction(self.members_action)

        send_menu = self.menuBar().addMenu("Se&nd")
        self.send_action = QAction("&Send Documents", self)
        self.send_action.triggered.connect(self.show_send)
        send_menu.addAction(self.send_action)
        self.history_action = QAction("&History", self)
        self.history_action.triggered.connect(self.show_history)
        send_menu.addAction(self.history_action)
        if self.practice is not None:
            inbox_action = QAction("Test &Inbox", self)
            inbox_action.triggered.connect(self.show_test_inbox)
            send_menu.addAction(inbox_action)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)
        help_menu.addAction(self.log_pane.toggleViewAction())

    def show_credentials(self) -> None:
        self.pages.setCurrentWidget(self.credentials)
        self.credentials.preset_box.setFocus()

    def show_society(self) -> None:
        self.pages.setCurrentWidget(self.society)
        self.society.fields["name"].setFocus()

    def show_members(self) -> None:
        self.pages.setCurrentWidget(self.members)
        self.members.refresh()

    def show_send(self) -> None:
        self.pages.setCurrentWidget(self.send)

    def show_history(self) -> None:
        self.pages.setCurrentWidget(self.history)
        self._refresh_history()

    def _refresh_history(self) -> None:
        try:
            self.history.refresh()
        except SmtpDeskError as exc:  # a damaged register: said, and the window goes on
            self._say_storage_problem(exc)

    def _say_storage_problem(self, error: SmtpDeskError) -> None:
        log.error("%s", error)
        self.statusBar().showMessage(str(error))

    def _offer_resume(self) -> None:
        try:
            runs = self.send.unfinished_runs()
        except SmtpDeskError as exc:
            self._say_storage_problem(exc)
            return
        if not runs or not self.ask_resume(runs):
            return
        kind, period = runs[0].split(" ", 1)
        self.show_send()
        self.send.align_to(kind, period)
        self.send.start()

    def _ask_resume(self, runs: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            APP_NAME,
            f"Sending was paused or interrupted ({', '.join(runs)}). Resume now? Messages "
            "already sent will not be sent again.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def _unsaved_pages(self) -> list[tuple[str, CredentialsPage | SocietyPage]]:
        pages: list[tuple[str, CredentialsPage | SocietyPage]] = [
            ("Email Credentials", self.credentials),
            ("Society Profile", self.society),
        ]
        return [(title, page) for title, page in pages if page.has_unsaved_changes()]

    def ask_unsaved(self) -> UnsavedChoice:
        """Ask what to do with unsaved changes on any page."""
        unsaved = self._unsaved_pages()
        titles = " and the ".join(title for title, _ in unsaved)
        box = QMessageBox(self)
        box.setObjectName("unsaved_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(APP_NAME)
        box.setText(f"The {titles} have changes that are not saved.")
        box.setInformativeText("Save them before closing?")
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        save.setEnabled(all(page.can_save() for _, page in unsaved))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self._unsaved_pages()
        if unsaved:
            choice = self.ask_unsaved()
            if choice is UnsavedChoice.CANCEL or (
                choice is UnsavedChoice.SAVE and not all(page.save() for _, page in unsaved)
            ):
                event.ignore()
                return
            self.credentials.revert()  # drops a typed password before the window goes
        self.credentials.test_panel.cancel()  # a running test stops within a second
        self.credentials.test_panel.wait()
        self.send.cancel()  # a run in progress stops within a second; the rest waits for later
        self.send.wait()
        self.log_pane.detach(logging.getLogger("smtp_desk"))
        if self.test_inbox is not None:
            self.test_inbox.close()
        event.accept()

    def _on_page_saved(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _on_send_finished(self, _message: str) -> None:
        # A run may have learned the provider's daily limit: show it, unless the clerk is
        # in the middle of changing the form.
        if not self.credentials.has_unsaved_changes():
            self.credentials.load()

    def _on_page_changed(self) -> None:
        self.setWindowModified(bool(self._unsaved_pages()))

    def _on_restore_triggered(self) -> None:
        """Choose a backup, confirm, restore; refused politely while a run is sending."""
        holder = RunLock.holder(self._folder.root)
        if holder is not None or self.send.worker is not None:
            who = f" ({holder})" if holder else ""
            self._tell(
                "restore_refused",
                f"A backup cannot be restored while sending{who}.",
                "Restore it when the run has finished, or pause it first.",
            )
            return
        if self.members.busy:
            self._tell(
                "restore_refused",
                "A backup cannot be restored while an import is under way.",
                "Restore it when the import has finished.",
            )
            return
        try:
            backups = list_backups(self._folder)
        except BackupError as exc:
            self._tell("restore_failed", str(exc), "", icon=QMessageBox.Icon.Warning)
            return
        if not backups:
            self._tell(
                "restore_none",
                "There are no backups yet.",
                "A copy of the register is made before each import and each run.",
            )
            return
        dialog = RestoreDialog(backups, self)
        accepted = dialog.exec() == RestoreDialog.DialogCode.Accepted
        backup = dialog.chosen()
        dialog.deleteLater()
        if accepted and backup is not None and self._confirm_restore(backup):
            self._restore(backup)

    def _confirm_restore(self, backup: Backup) -> bool:
        forgotten = forgotten_messages(self._folder, backup)
        warning = (
            f"\n\n{forgotten} message(s) were sent after this backup was made: SMTP Desk will "
            "forget them, and sending the same documents again would mail those members "
            "twice."
            if forgotten
            else ""
        )
        box = QMessageBox(self)
        box.setObjectName("restore_question")
        box.setIcon(QMessageBox.Icon.Warning if forgotten else QMessageBox.Icon.Question)
        box.setWindowTitle(APP_NAME)
        box.setText(f"Go back to {backup}?")
        box.setInformativeText(
            "Changes made to the register since then are undone; the register as it is now "
            f"is kept as a backup, so this can be undone too.{warning}"
        )
        restore = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _restore(self, backup: Backup) -> None:
        try:
            restored = restore_backup(self._folder, backup, who="window")
        except SmtpDeskError as exc:
            log.error("%s", exc)
            self._tell("restore_failed", str(exc), "", icon=QMessageBox.Icon.Warning)
            return
        self.statusBar().showMessage(str(restored), 10_000)
        self.members.refresh()
        shown = self.pages.currentWidget()
        if shown is self.history:
            self._refresh_history()
        elif shown is self.send and self.send.batch is not None and self.send.worker is None:
            self.send.prepare()  # as when the page is shown again: the register as it is

    def _tell(
        self,
        name: str,
        text: str,
        more: str,
        *,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> None:
        box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.setInformativeText(more)
        box.exec()

    def _on_open_folder_triggered(self) -> None:
        self._folder.ensure()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder.root)))

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>The society office's digital postman.<br>"
            f"Data folder: {self._folder.root}",
        )
