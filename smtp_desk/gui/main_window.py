"""The main window: one central page at a time, the status bar and the log pane; the menus
(:mod:`~smtp_desk.gui.window_menus`), the welcome page and practice banner
(:mod:`~smtp_desk.gui.welcome`) and the unsaved-changes question
(:mod:`~smtp_desk.gui.unsaved_changes`) are built from their own modules."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
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
from smtp_desk.core.register import unfinished_runs
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
from smtp_desk.gui.unsaved_changes import UnsavedChoice, UnsavedForm, ask_unsaved, may_close
from smtp_desk.gui.welcome import PracticeBanner, WelcomePage
from smtp_desk.gui.window_menus import MenuTargets, build_menus, open_data_folder, show_about
from smtp_desk.gui.worker import run_in_background

__all__ = ["MainWindow", "UnsavedChoice"]

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """SMTP Desk's one window.

    Signals:
        switch_requested: True to practice, False back to real work.
    """

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

        self._build_pages(store)
        # Asks whether to resume a paused run; a test may answer instead.
        self.ask_resume: Callable[[list[str]], bool] = self._ask_resume
        QTimer.singleShot(0, self._offer_resume)
        self._build_central()
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

    def _build_pages(self, store: SecretStore) -> None:
        folder = self._folder
        self.pages = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.welcome.open_credentials.connect(self.show_credentials)
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
        self.history.failed.connect(self._say_storage_problem)

    def _build_central(self) -> None:
        """The pages, under the practice banner in practice mode."""
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        if self.practice is not None:
            banner = PracticeBanner(central)
            banner.inbox_requested.connect(self.show_test_inbox)
            banner.back_requested.connect(lambda: self.switch_requested.emit(False))
            column.addWidget(banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        targets = MenuTargets(
            open_folder=self._on_open_folder_triggered,
            restore=self._on_restore_triggered,
            switch_practice=lambda: self.switch_requested.emit(self.practice is None),
            quit=self.close,
            credentials=self.show_credentials,
            society=self.show_society,
            members=self.show_members,
            send=self.show_send,
            history=self.show_history,
            test_inbox=self.show_test_inbox if self.practice is not None else None,
            about=self._on_about_triggered,
        )
        actions = build_menus(
            self,
            targets,
            practice=self.practice is not None,
            log_toggle=self.log_pane.toggleViewAction(),
        )
        self.restore_action = actions.restore
        self.practice_action = actions.practice
        self.credentials_action = actions.credentials
        self.society_action = actions.society
        self.members_action = actions.members
        self.send_action = actions.send
        self.history_action = actions.history

    def show_test_inbox(self) -> None:
        if self.practice is None:
            return
        if self.test_inbox is None:
            self.test_inbox = TestInbox(self.practice.inbox)
        self.test_inbox.refresh()
        self.test_inbox.show()
        self.test_inbox.raise_()

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
        self.history.refresh()  # a damaged register: said (history.failed), the window goes on

    def _say_storage_problem(self, error: SmtpDeskError) -> None:
        log.error("%s", error)
        self.statusBar().showMessage(str(error))

    def _offer_resume(self) -> None:
        """Look for an unfinished run off the GUI thread; offer to resume it."""
        folder = self._folder
        run_in_background(
            lambda: [str(run) for run in unfinished_runs(folder)],
            on_done=self._on_unfinished_runs,
            on_failed=self._on_unfinished_runs_failed,
        )

    def _on_unfinished_runs_failed(self, error: Exception) -> None:
        if not isinstance(error, SmtpDeskError):
            raise error  # a program fault, as when the check ran on this thread
        self._say_storage_problem(error)

    def _on_unfinished_runs(self, runs: list[str]) -> None:
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

    def _unsaved_pages(self) -> list[tuple[str, UnsavedForm]]:
        pages: list[tuple[str, UnsavedForm]] = [
            ("Email Credentials", self.credentials),
            ("Society Profile", self.society),
        ]
        return [(title, page) for title, page in pages if page.has_unsaved_changes()]

    def ask_unsaved(self) -> UnsavedChoice:
        """Ask what to do with unsaved changes on any page."""
        return ask_unsaved(self, self._unsaved_pages())

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self._unsaved_pages()
        if unsaved:
            if not may_close(unsaved, self.ask_unsaved):
                event.ignore()
                return
            self.credentials.revert()  # drops a typed password before the window goes
        self.credentials.test_panel.cancel()  # a running test stops within a second
        self.credentials.test_panel.wait()
        self.send.cancel()  # a run in progress stops within a second; the rest waits for later
        self.send.wait()  # and a prepare under way ends
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
        if holder is not None or self.send.worker is not None or self.send.busy:
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
        open_data_folder(self._folder)

    def _on_about_triggered(self) -> None:
        show_about(self, self._folder)
