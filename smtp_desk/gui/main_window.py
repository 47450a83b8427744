"""The main window of one society's data folder: one page at a time (reached by name through
:meth:`MainWindow.open_page`, as every "do X first" link does), the status bar, the log pane;
the pages, menus and questions come from their own modules. Another society opens in a new
window (:attr:`MainWindow.society_requested`, made by :class:`~smtp_desk.gui.app.Switcher`):
every page is made for one data folder, so that is simpler and safer than re-pointing each."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import LANGUAGES, choose_language, translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.practice import PracticeServer
from smtp_desk.core.register import unfinished_runs
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.societies import society_name
from smtp_desk.gui.credentials_page import CredentialsPage
from smtp_desk.gui.first_run_page import FirstRunPage
from smtp_desk.gui.history_page import HistoryPage
from smtp_desk.gui.home_page import HomePage, keep_test_day
from smtp_desk.gui.language import language_in_use
from smtp_desk.gui.log_pane import LogPane
from smtp_desk.gui.members_page import MembersPage
from smtp_desk.gui.preview import fit_to_screen
from smtp_desk.gui.send_page import SendPage
from smtp_desk.gui.societies_menu import RecentMenu, choose_society_folder, may_switch
from smtp_desk.gui.society_page import SocietyPage
from smtp_desk.gui.test_inbox import TestInbox
from smtp_desk.gui.unsaved_changes import UnsavedChoice, UnsavedForm, ask_unsaved, may_close
from smtp_desk.gui.welcome import PracticeBanner, with_banner
from smtp_desk.gui.wheel_guard import guard_wheel
from smtp_desk.gui.window_bounces import WindowBounces
from smtp_desk.gui.window_menus import (
    MenuTargets,
    ask_to_resume,
    build_menus,
    open_data_folder,
    open_troubleshooting,
    restore_from_menu,
    show_about,
    tell,
)
from smtp_desk.gui.wording_page import WordingPage
from smtp_desk.gui.worker import run_in_background

__all__ = ["MainWindow", "UnsavedChoice"]

log = logging.getLogger(__name__)


class MainWindow(QMainWindow, WindowBounces):
    """SMTP Desk's one window, for one society's data folder. It opens on the home checklist;
    without saved email settings on "Set up email" with ``first_run`` (the program's own
    start), else on Email Credentials (tests, the self-test, snapshots).

    Signals:
        switch_requested(bool): True to practice, False back to real work.
        society_requested(object): the :class:`~pathlib.Path` of another society's folder,
            to open instead of this one (sending, importing and unsaved changes were seen to).
    """

    switch_requested = Signal(bool)  # True: to practice, False: back to real work
    society_requested = Signal(object)

    def __init__(
        self,
        *,
        folder: DataFolder,
        store: SecretStore,
        practice: PracticeServer | None = None,
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        guard_wheel()
        self.practice = practice
        self.society_name = ""
        self._show_title(society_name(folder))
        fit_to_screen(self, 1000, 720)  # smaller where the screen is (1024×700 laptops)
        self._folder = folder
        self.test_inbox: TestInbox | None = None
        # Chooses the folder for File > Open Society…; a test may choose instead.
        self.choose_society: Callable[[], Path | None] = lambda: choose_society_folder(
            self, folder.root
        )

        self.log_pane = LogPane(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_pane)
        self.resizeDocks([self.log_pane], [150], Qt.Orientation.Vertical)
        self.log_pane.attach(logging.getLogger("smtp_desk"))

        self._build_pages(store)
        # Asks whether to resume a paused run; a test may answer instead.
        self.ask_resume: Callable[[list[str]], bool] = lambda runs: ask_to_resume(self, runs)
        QTimer.singleShot(0, self._offer_resume)
        banner = None if practice is None else PracticeBanner()
        self._build_bounces(store, with_banner(self.pages, banner))
        if banner is not None:
            banner.inbox_requested.connect(self.show_test_inbox)
            banner.back_requested.connect(lambda: self.switch_requested.emit(False))
        for form in (self.credentials, self.society, self.wording):
            form.saved.connect(self._on_page_saved)
            form.changed.connect(self._on_page_changed)

        self._build_menus()
        self._folder_label = QLabel(
            translate("main_window", "Data folder: {folder}").format(folder=folder.root), self
        )
        self.statusBar().addPermanentWidget(self._folder_label)
        self.statusBar().showMessage(translate("main_window", "Ready."))
        if folder.settings_file.exists():
            self.show_home()
        elif first_run:
            self.show_first_run()
        else:
            self.show_credentials()
        log.info("%s %s started; data folder %s", APP_NAME, __version__, folder.root)
        self.bounce_watch.start()  # in a few seconds, off the GUI thread

    def _build_pages(self, store: SecretStore) -> None:
        folder = self._folder
        self.pages = QStackedWidget(self)
        self.home = HomePage(folder=folder, parent=self)
        self.first_run = FirstRunPage(folder=folder, store=store, parent=self)
        self.credentials = CredentialsPage(folder=folder, store=store, parent=self)
        self.society = SocietyPage(folder=folder, parent=self)
        self.members = MembersPage(folder=folder, parent=self)
        self.send = SendPage(folder=folder, store=store, parent=self)
        self.history = HistoryPage(folder=folder, parent=self)
        self.wording = WordingPage(folder=folder, parent=self)
        forms = (self.home, self.first_run, self.credentials, self.society)
        for page in (*forms, self.members, self.send, self.history, self.wording):
            self.pages.addWidget(page)
        self.home.open_requested.connect(self._on_home_open_requested)
        self.home.refreshed.connect(lambda read: self._show_title(read.society))
        self.first_run.saved.connect(self._on_first_run_saved)
        self.first_run.open_requested.connect(self.open_page)
        self.first_run.practice_requested.connect(lambda: self.switch_requested.emit(True))
        self.credentials.test_panel.running_changed.connect(self._on_credentials_test_changed)
        self.members.imported.connect(self._on_page_saved)
        self.send.finished.connect(self._on_page_saved)
        self.send.finished.connect(self._on_send_finished)
        self.send.open_credentials.connect(self.show_credentials)
        self.send.summary.linkActivated.connect(self.open_page)  # "do X first" links
        self.history.failed.connect(self._say_storage_problem)

    def _build_menus(self) -> None:
        targets = MenuTargets(
            home=self.show_home,
            open_society=self._on_open_society_triggered,
            open_folder=self._on_open_folder_triggered,
            restore=self._on_restore_triggered,
            switch_practice=lambda: self.switch_requested.emit(self.practice is None),
            quit=self.close,
            credentials=self.show_credentials,
            society=self.show_society,
            members=self.show_members,
            wording=self.show_wording,
            language=self._on_language_chosen,
            send=self.show_send,
            history=self.show_history,
            bounces=self.check_bounces,
            test_inbox=self.show_test_inbox if self.practice is not None else None,
            troubleshooting=lambda: open_troubleshooting(self),
            about=self._on_about_triggered,
        )
        self.recent_menu = RecentMenu(self._folder.root, self)
        self.recent_menu.chosen.connect(self.open_society)
        actions = build_menus(
            self,
            targets,
            practice=self.practice is not None,
            log_toggle=self.log_pane.toggleViewAction(),
            recent=self.recent_menu,
        )
        self.menu_actions = actions  # every entry the window reaches again, for tests
        self.restore_action = actions.restore
        self.practice_action = actions.practice
        self.credentials_action = actions.credentials
        self.society_action = actions.society
        self.members_action = actions.members
        self.send_action = actions.send
        self.history_action = actions.history
        self.bounces_action = actions.bounces

    @property
    def folder(self) -> DataFolder:
        """The data folder of the society this window is for."""
        return self._folder

    def show_test_inbox(self) -> None:
        if self.practice is None:
            return
        if self.test_inbox is None:
            self.test_inbox = TestInbox(self.practice.inbox)
        self.test_inbox.refresh()
        self.test_inbox.show()
        self.test_inbox.raise_()

    def open_page(self, name: str) -> None:
        """Show the page called ``name``: "home", "first_run", "credentials", "society",
        "members", "send", "history" or "wording". Every "do X first" link reaches X
        through here."""
        pages: dict[str, Callable[[], None]] = {
            "home": self.show_home,
            "first_run": self.show_first_run,
            "credentials": self.show_credentials,
            "society": self.show_society,
            "members": self.show_members,
            "send": self.show_send,
            "history": self.show_history,
            "wording": self.show_wording,
        }
        if name not in pages:
            raise ValueError(f"there is no page called {name!r}")
        pages[name]()

    def show_home(self) -> None:
        self._show(self.home)
        self.home.refresh()

    def show_first_run(self) -> None:
        self._show(self.first_run)
        self.first_run.address_edit.setFocus()

    def show_credentials(self) -> None:
        self._show(self.credentials)
        self.credentials.user_edit.setFocus()

    def show_society(self) -> None:
        self._show(self.society)
        self.society.fields["name"].setFocus()

    def show_members(self) -> None:
        self._show(self.members)
        self.members.refresh()

    def show_send(self) -> None:
        self._show(self.send)

    def show_wording(self) -> None:
        self._show(self.wording)
        self.wording.refresh()
        self.wording.subject_edit.setFocus()

    def _on_language_chosen(self, code: str) -> None:
        """Keep the language; the window speaks it from its next start."""
        try:
            choose_language(code)
        except SmtpDeskError as exc:
            log.error("%s", exc)
            self.statusBar().showMessage(str(exc))
            return
        if code == language_in_use():
            return
        tell(
            self,
            "language_chosen",
            translate("main_window", "The language changes when SMTP Desk starts again."),
            translate(
                "main_window",
                "Close SMTP Desk and open it again to see it in {language}.",
            ).format(language=LANGUAGES[code]),
        )

    def show_history(self) -> None:
        self._show(self.history)
        self._refresh_history()

    def _show(self, page: QWidget) -> None:
        if page is not self.first_run:
            self.first_run.forget_password()  # a typed password stays only while it is shown
        self.pages.setCurrentWidget(page)

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

    def _unsaved_pages(self) -> list[tuple[str, UnsavedForm]]:
        pages: list[tuple[str, UnsavedForm]] = [
            ("Email Credentials", self.credentials),
            ("Society Profile", self.society),
            # not one of the titles unsaved_changes translates: said in the language here
            (translate("main_window", "Message Wording"), self.wording),
        ]
        return [(title, page) for title, page in pages if page.has_unsaved_changes()]

    def ask_unsaved(self, before: str = "closing") -> UnsavedChoice:
        """Ask what to do with unsaved changes on any page."""
        return ask_unsaved(self, self._unsaved_pages(), before=before)

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self._unsaved_pages()
        if unsaved:
            if not may_close(unsaved, self.ask_unsaved):
                event.ignore()
                return
            self.credentials.revert()  # drops a typed password before the window goes
        self.credentials.test_panel.cancel()  # a running test stops within a second
        self.first_run.cancel()
        self.credentials.test_panel.wait()
        self.first_run.wait()
        self.first_run.forget_password()
        self.send.cancel()  # a run in progress stops within a second; the rest waits for later
        self.send.wait()  # and a prepare under way ends
        self.bounce_watch.stop()  # a read under way ends by itself, unsaid (never waited on)
        self.home.wait()
        self.log_pane.detach(logging.getLogger("smtp_desk"))
        if self.test_inbox is not None:
            self.test_inbox.close()
        event.accept()

    def _on_page_saved(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        if self.sender() is self.society:
            self._show_title(society_name(self._folder))
        if self.pages.currentWidget() is self.home:
            self.home.refresh()  # a run ended, say, while the checklist is shown

    def _on_home_open_requested(self, name: str) -> None:
        read = self.home.checklist
        idle = self.send.worker is None and not self.send.busy
        if name == "send" and read is not None and read.period and idle:
            self.send.align_to("bill", read.period)  # the month the checklist is about
        self.open_page(name)

    def _on_first_run_saved(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        if not self.credentials.has_unsaved_changes():
            self.credentials.load()  # the form shows what was saved
        self.show_home()

    def _on_credentials_test_changed(self, running: bool) -> None:
        """A passing Test: the checklist keeps its day (for the settings as tested)."""
        report = self.credentials.test_panel.report
        if not running and report is not None and report.ok:
            keep_test_day(self._folder, self.credentials.draft())

    def _show_title(self, name: str) -> None:
        """The society's name in the title ([*] shows unsaved changes)."""
        self.society_name = name
        practice = translate("main_window", " — PRACTICE (no real email leaves this PC)")
        mode = practice if self.practice else ""
        who = f"{name} — " if name else ""
        self.setWindowTitle(f"{who}{APP_NAME}{mode}[*]")

    def _on_open_society_triggered(self) -> None:
        chosen = self.choose_society()
        if chosen is not None:
            self.open_society(chosen)

    def open_society(self, folder: Path) -> bool:
        """Ask for the society kept in ``folder`` in place of this one (the switcher makes
        its window). Refused while this one sends or imports; unsaved changes are asked
        about first. False when it does not go ahead."""
        target = folder.expanduser().resolve()
        if target == self._folder.root:
            self.statusBar().showMessage(
                translate("main_window", "That society is already open."), 10_000
            )
            return False
        sending, preparing = self.send.worker is not None, self.send.busy
        busy = {"sending": sending, "preparing": preparing, "importing": self.members.busy}
        if not may_switch(self, target, **busy):
            return False
        unsaved = self._unsaved_pages()
        if unsaved:
            if not may_close(unsaved, lambda: self.ask_unsaved("opening another society")):
                return False
            self.credentials.revert()  # discarded: the typed password goes too
            self.society.revert()
        log.info("Opening the society in %s", target)
        self.society_requested.emit(target)
        return True

    def _on_send_finished(self, _message: str) -> None:
        # A run may have learned the provider's daily limit: show it, unless being edited.
        if not self.credentials.has_unsaved_changes():
            self.credentials.load()

    def _on_page_changed(self) -> None:
        self.setWindowModified(bool(self._unsaved_pages()))

    def _on_restore_triggered(self) -> None:
        """Choose a backup, confirm, restore; refused politely while a run is sending."""
        sending = self.send.worker is not None or self.send.busy
        restored = restore_from_menu(
            self, self._folder, sending=sending, importing=self.members.busy
        )
        if restored is None:
            return
        self.statusBar().showMessage(restored, 10_000)
        self.members.refresh()
        shown = self.pages.currentWidget()
        if shown is self.history:
            self._refresh_history()
        elif shown is self.send and self.send.batch is not None and self.send.worker is None:
            self.send.prepare()  # as when the page is shown again: the register as it is
        elif shown is self.home:
            self.home.refresh()

    def _on_open_folder_triggered(self) -> None:
        open_data_folder(self._folder)

    def _on_about_triggered(self) -> None:
        show_about(self, self._folder)
