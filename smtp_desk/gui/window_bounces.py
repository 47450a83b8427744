"""The main window's part in bounces: the notice of bills that came back, above every
page, and the reading of the mailbox at start-up, after runs and when asked (a mixin of
:class:`~smtp_desk.gui.main_window.MainWindow`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QStatusBar, QVBoxLayout, QWidget

from smtp_desk.core.bounces import BouncedMember
from smtp_desk.core.i18n import translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.bounce_notice import BounceNotice
from smtp_desk.gui.bounce_watch import BounceWatch

if TYPE_CHECKING:
    from smtp_desk.gui.history_page import HistoryPage
    from smtp_desk.gui.home_page import HomePage
    from smtp_desk.gui.members_page import MembersPage
    from smtp_desk.gui.send_page import SendPage

__all__ = ["WindowBounces"]


class WindowBounces:
    """Needs the window's pages; gives ``bounce_notice``, ``bounce_watch`` and
    :meth:`check_bounces`."""

    _folder: DataFolder
    pages: QStackedWidget
    send: SendPage
    history: HistoryPage
    members: MembersPage
    home: HomePage
    bounce_notice: BounceNotice
    bounce_watch: BounceWatch

    if TYPE_CHECKING:  # what the window itself has

        def statusBar(self) -> QStatusBar: ...
        def setCentralWidget(self, widget: QWidget) -> None: ...
        def open_page(self, name: str) -> None: ...
        def _refresh_history(self) -> None: ...

    def _build_bounces(self, store: SecretStore, pages: QWidget) -> None:
        """The notice of bills that came back, above every page, and the reading of them."""
        self.bounce_notice = BounceNotice(self)  # type: ignore[arg-type]
        self.bounce_notice.open_requested.connect(self._on_bounce_notice_open_requested)
        central = QWidget(self)  # type: ignore[arg-type]
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bounce_notice)
        column.addWidget(pages, 1)
        self.setCentralWidget(central)
        self.bounce_watch = BounceWatch(
            folder=self._folder,
            secrets=store,
            sending=lambda: self.send.worker is not None,
            parent=self,  # type: ignore[arg-type]
        )
        self.bounce_watch.found.connect(self._on_bounces_found)
        self.bounce_watch.said.connect(self._on_bounces_said)
        self.send.finished.connect(lambda _text: self.bounce_watch.run_ended())
        self.history.bounces_requested.connect(self.check_bounces)

    def check_bounces(self) -> None:
        """Send > Check for Bounces (and History's button): read the mailbox now, in the
        background, and say what was found."""
        self.history.say_bounces(translate("main_window", "Reading the mailbox…"), reading=True)
        self.statusBar().showMessage(translate("main_window", "Reading the mailbox for bounces…"))
        self.bounce_watch.read_now()

    def _on_bounces_said(self, text: str) -> None:
        self.statusBar().showMessage(text, 30_000)
        self.history.say_bounces(text)

    def _on_bounces_found(self, members: list[BouncedMember]) -> None:
        """Bills came back: say so above every page; the page shown shows them."""
        self.bounce_notice.add(members)
        shown = self.pages.currentWidget()
        if shown is self.history:
            self._refresh_history()
        elif shown is self.members:
            self.members.refresh()
        elif shown is self.home:
            self.home.refresh()

    def _on_bounce_notice_open_requested(self, name: str) -> None:
        self.open_page(name)
        if name == "members" and self.pages.currentWidget() is self.members:
            self.members.show_refused()
        elif name == "history" and self.pages.currentWidget() is self.history:
            self.history.show_bounced()
