"""Send: choose kind and period, see recipients and the plan, preview, then start, pause,
resume or cancel, with live progress and a per-recipient table.

The page's states and what each button does there:

* **not prepared** (also after choosing another kind or period) — Prepare; Start too.
* **ready** (something waits) — Start, Preview, Retry failed (only when something failed).
* **nothing to send** (everyone sent) — Start is off; Retry failed when something failed.
  "Cannot send yet" names what to do first, as a link to that page.
* **running** — Pause (after the message in flight), Cancel (within a second); the kind
  and period cannot be changed.
* **paused / cancelled** — as ready; the members not sent yet are waiting.
* **stopped on a problem** (sign-in refused, certificate, server not found …) — a notice
  with the diagnosis, its fix and a button to Email Credentials; Start tries again.
* **stopped because the PC's clock moved** (over an hour during the run) — check the time.
* **stopped on a daily limit** — a notice saying how many wait and from when; Start before
  then says when instead of trying. Once Start was pressed (or a run stopped there),
  "Continue automatically when allowed" resumes then, and keeps trying while another run
  holds the data folder; Prepare alone only shows the limit.

Every Start prepares afresh: the account, its sign-in and the limits are read at that
moment, never kept from an earlier run. Preparing (and Retry failed, and the unconfirmed
bar's decisions) reads and writes the register off the GUI thread through the background
contract (:mod:`smtp_desk.gui.send_operations`): meanwhile the page says "Preparing…", every button
but Pause and Cancel is off, and a second press is ignored, not queued. :meth:`SendPage.start`
answers at once whether Start was taken; the run begins when the prepare allows it, and
``prepared`` says when that prepare ended; the run itself, its progress and its end are
:mod:`smtp_desk.gui.send_run`'s. Times are kept as UTC instants (:attr:`clock`) and shown in
the PC's local time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.batch import Batch
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.kinds import KINDS, DocumentKind
from smtp_desk.core.outbox import now_utc
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.register import unfinished_runs
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.sent_check import SentCheck
from smtp_desk.gui.do_first import with_links
from smtp_desk.gui.preview import PreviewDialog, preview_first
from smtp_desk.gui.recipients_table import RecipientsTable, recipients_summary
from smtp_desk.gui.send_notice import SendNotice
from smtp_desk.gui.send_operations import RunView, SendOperations
from smtp_desk.gui.send_run import SendRun
from smtp_desk.gui.send_worker import SendWorker
from smtp_desk.gui.unconfirmed_bar import UnconfirmedBar

__all__ = ["SendPage"]

log = logging.getLogger(__name__)


class SendPage(QWidget):
    """Signals:
    finished(str): a run ended; the sentence for the status bar.
    open_credentials(): the person wants to fix the account (Email Credentials).
    prepared(bool): a background prepare ended (True: prepared; a Start that it allowed
        is running by then, one it did not has said why).
    """

    finished = Signal(str)
    open_credentials = Signal()
    prepared = Signal(bool)

    def __init__(
        self, *, folder: DataFolder, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("send_page")
        self._folder = folder
        self.batch: Batch | None = None
        self._prepare_failed = False  # the last Prepare said why it cannot send
        self._operations = SendOperations(
            folder=folder, secrets=store, on_begin=self._on_operation_begun
        )
        self.options: SendOptions | None = None  # tests choose quicker retries
        self.clock: Callable[[], datetime] = now_utc  # tests move time on
        self._build()

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind, spec in KINDS.items():
            self.kind.addItem(translate("kinds", spec.label), kind.value)
        self.kind.setAccessibleName(translate("send_page", "Document kind"))
        self.period = QLineEdit(self, placeholderText="YYYY-MM")
        self.period.setAccessibleName(translate("send_page", "Period"))
        self.period.setText(f"{datetime.now():%Y-%m}")
        self.prepare_button = QPushButton(translate("send_page", "Pre&pare"), self)
        self.accept_changes = QCheckBox(
            translate("send_page", "Also send new or changed documents"), self
        )
        self.accept_changes.hide()
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setObjectName("send_summary")
        self.notice = SendNotice(clock=lambda: self.clock(), parent=self)
        self.preview_button = QPushButton(translate("send_page", "Pre&view one…"), self)
        self.start_button = QPushButton(translate("send_page", "St&art"), self)
        self.pause_button = QPushButton(translate("send_page", "Pa&use"), self)
        self.cancel_button = QPushButton(translate("send_page", "&Cancel"), self)
        self.retry_button = QPushButton(translate("send_page", "Retry fai&led"), self)
        self.progress = QProgressBar(self)
        self.progress.setFormat("%v / %m")
        self.eta = QLabel(self)
        self.eta.setObjectName("send_eta")
        self.failures_only = QCheckBox(translate("send_page", "Show only problems"), self)
        self.table = RecipientsTable(self)
        self.unconfirmed = UnconfirmedBar(self)
        self._run = SendRun(
            table=self.table,
            progress=self.progress,
            eta=self.eta,
            notice=self.notice,
            summary=self.summary,
            clock=lambda: self.clock(),
            parent=self,
        )

        choose = QHBoxLayout()
        choose.addWidget(QLabel(translate("send_page", "Kind"), self))
        choose.addWidget(self.kind)
        choose.addWidget(QLabel(translate("send_page", "Period"), self))
        choose.addWidget(self.period)
        choose.addWidget(self.prepare_button)
        choose.addWidget(self.accept_changes)
        choose.addStretch(1)
        actions = QHBoxLayout()
        for button in (
            self.preview_button,
            self.start_button,
            self.pause_button,
            self.cancel_button,
            self.retry_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.failures_only)
        meter = QHBoxLayout()
        meter.addWidget(self.progress, 1)
        meter.addWidget(self.eta)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("send_page", "<h2>Send</h2>"), self))
        layout.addLayout(choose)
        layout.addLayout(actions)  # the buttons first: they stay put whatever is said below
        layout.addLayout(meter)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.unconfirmed)
        layout.addWidget(self.table, 1)

        self.kind.activated.connect(self._on_choice_changed)
        self.period.textEdited.connect(self._on_choice_changed)
        self.prepare_button.clicked.connect(lambda: self.prepare())
        self.accept_changes.toggled.connect(self._on_accept_changes_toggled)
        self.preview_button.clicked.connect(self.preview)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.pause)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.retry_failed)
        self.failures_only.toggled.connect(self.table.set_only_problems)
        self.notice.credentials_button.clicked.connect(self.open_credentials)
        self.notice.continue_due.connect(self._on_notice_continue_due)
        self.unconfirmed.decided.connect(self._on_unconfirmed_decided)
        self.unconfirmed.check_requested.connect(self._on_check_sent_requested)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self._run.started.connect(lambda: self._update_buttons(running=True))
        self._run.ended.connect(self._on_run_ended)
        self._update_buttons(running=False)

    # ----- preparing ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Preparing (or retrying, or recording a decision) in the background."""
        return self._operations.busy

    def prepare(self) -> bool:
        """Check everything and show recipients and the plan, in the background; resumes an
        existing run. False when ignored (already preparing, or sending)."""
        return self._prepare()

    def _prepare(self, *, sending: bool = False, then: Callable[[], object] | None = None) -> bool:
        """Prepare off the GUI thread; ``then`` runs once prepared. Only ``sending`` (Start)
        lets a daily limit's wait end in sending by itself."""
        if self.worker is not None or self.busy:
            return False
        self._operations.prepare(
            DocumentKind(self.kind.currentData()),
            self.period.text(),
            accept_changes=self.accept_changes.isChecked(),
            now=self.clock(),
            on_done=lambda result: self._on_prepare_done(result, sending=sending, then=then),
            on_failed=self._on_prepare_failed,
        )
        return True

    def _on_operation_begun(self) -> None:
        self.summary.setText(translate("send_page", "Preparing…"))
        self._update_buttons(running=False)

    def _on_prepare_done(
        self, result: tuple[Batch, RunView], *, sending: bool, then: Callable[[], object] | None
    ) -> None:
        self.batch, items = result
        self._prepare_failed = False
        if self.notice.kind in ("problem", "clock"):
            self.notice.clear()  # looked at again, maybe fixed: Start says so if not
        self.eta.clear()  # what the last run ended with; the summary says what is now
        self._run.show_plan(self.batch.plan, sending=sending)
        self.table.load(*items)
        self._count_progress()
        self.summary.setText(self._summary_text(self.batch))
        self._update_buttons(running=False)
        if then is not None:
            then()
        self.prepared.emit(True)

    def _on_prepare_failed(self, error: Exception) -> None:
        self.batch = None
        self._prepare_failed = True
        self.summary.setText(
            translate("send_page", "<b>Cannot send yet:</b> {problem}").format(
                problem=with_links(str(error))
            )
        )
        self._update_buttons(running=False)
        self.prepared.emit(False)
        if not isinstance(error, (ValueError, SmtpDeskError)):
            raise error  # a program fault, as when preparing ran on this thread

    def _summary_text(self, batch: Batch) -> str:
        text = translate("send_page", "{recipients}<br>Plan: {plan}").format(
            recipients=recipients_summary(list(batch.jobs.values())), plan=batch.plan
        )
        waiting = len(batch.waiting_confirmation)
        self.accept_changes.setVisible(bool(waiting) or self.accept_changes.isChecked())
        if waiting:
            text += translate(
                "send_page",
                "<br>{count} document(s) are new or changed since this run began; tick "
                "the box to send them too.",
            ).format(count=waiting)
        return text

    def _count_progress(self) -> None:
        done, countable = self.table.progress()
        self.progress.setMaximum(max(countable, 1))
        self.progress.setValue(done)

    def _on_choice_changed(self, *_args: object) -> None:
        """Another kind or period: not prepared for it yet (Start prepares first)."""
        if self.worker is not None or self.busy:
            return
        if self.batch is None and not self._prepare_failed:
            return
        self.batch = None
        self._prepare_failed = False
        self.table.load([], {})
        self.summary.clear()
        self.notice.clear()  # it spoke of the run that was prepared
        self._count_progress()
        self._update_buttons(running=False)

    # ----- running --------------------------------------------------------------------------

    def start(self) -> bool:
        """Prepare afresh, then send what waits; says why when it cannot. True when Start
        was taken: the run begins once the background prepare allows it (``prepared`` says
        when it ended, :attr:`worker` is set by then if the run began). False, ignored,
        while preparing or sending."""
        return self._prepare(sending=True, then=self._begin_run)

    @property
    def worker(self) -> SendWorker | None:
        """The run's worker while sending (see :class:`~smtp_desk.gui.send_run.SendRun`)."""
        return self._run.worker

    def _begin_run(self) -> None:
        assert self.batch is not None
        self._run.begin(self.batch, options=self.options, clock=self.clock)

    def pause(self) -> None:
        self._run.pause()

    def cancel(self) -> None:
        self._run.cancel()

    def wait(self, ms: int = 5000) -> None:
        """Block until the run's or the prepare's work has returned (closing the window)."""
        if self.worker is not None:
            self.worker.wait(ms)
        self._operations.wait(ms)

    def retry_failed(self) -> None:
        """Put the failed members back in the background, then Start."""
        if self.batch is None or self.worker is not None or self.busy:
            return
        self._operations.retry_failed(
            self.batch.run.id,
            now=self.clock(),
            on_done=lambda _count: self.start(),
            on_failed=self._on_register_change_failed,
        )

    def preview(self) -> PreviewDialog | None:
        """The first member's message (prepared first, in the background, if need be: then
        the preview opens once prepared and this returns None)."""
        if self.busy:
            return None
        if self.batch is None:
            self._prepare(then=self.preview)
            return None
        return preview_first(self.batch, self)

    def _on_run_ended(self, text: str) -> None:
        self.summary.setText(text)  # the table was kept up to date item by item
        self._update_buttons(running=False)
        self.finished.emit(text)

    # ----- the daily limit ------------------------------------------------------------------

    def set_resume_check_interval(self, ms: int) -> None:
        """How often the page checks whether a daily limit's wait is over (tests: quickly)."""
        self.notice.set_check_interval(ms)

    def _on_notice_continue_due(self) -> None:
        if self.worker is not None:
            return
        log.info("The daily limit allows more now: continuing automatically.")
        self.start()  # when it cannot begin yet, the notice stays and asks again later

    # ----- buttons --------------------------------------------------------------------------

    def _update_buttons(self, *, running: bool) -> None:
        still = not running and not self.busy  # neither sending nor preparing
        ready = self.batch is not None and still
        unprepared = self.batch is None and not self._prepare_failed  # Start prepares first
        self.start_button.setEnabled(still and (unprepared or (ready and self.table.waiting() > 0)))
        self.preview_button.setEnabled(ready)
        self.retry_button.setEnabled(ready and self.table.failed() > 0)
        for choice in (self.prepare_button, self.kind, self.period, self.accept_changes):
            choice.setEnabled(still)
        self.unconfirmed.setEnabled(still)
        self._on_table_selection_changed()
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)

    def _on_accept_changes_toggled(self, _checked: bool) -> None:
        if self.worker is None:
            self.prepare()

    def unfinished_runs(self) -> list[str]:
        """``bill 2026-11`` for each run that began sending and has messages to send (reads
        the register on the calling thread: the window asks through the background
        contract)."""
        return [str(run) for run in unfinished_runs(self._folder)]

    def _on_unconfirmed_decided(self, arrived: bool) -> None:
        if self.worker is not None or self.busy:
            return
        self._operations.resolve(
            [i.id for i in self.table.selected_unconfirmed()],
            arrived=arrived,
            now=self.clock(),
            on_done=self.prepare,
            on_failed=self._on_register_change_failed,
        )

    def _on_check_sent_requested(self) -> None:
        if self.worker is not None or self.busy or self.batch is None:
            return
        self._operations.check_sent(
            self.batch.account,
            on_done=self._on_sent_checked,
            on_failed=self._on_register_change_failed,
        )

    def _on_sent_checked(self, result: SentCheck) -> None:
        def show() -> None:  # what the page says once prepared, then what the folder said
            if self.batch is not None:
                found = escape(str(result))
                self.summary.setText(f"{self._summary_text(self.batch)}<br>{found}")

        self._prepare(then=show)

    def _on_register_change_failed(self, error: Exception) -> None:
        self.summary.setText(str(error))
        self._update_buttons(running=False)
        if not isinstance(error, SmtpDeskError):
            raise error  # a program fault, as when the change ran on this thread

    def _on_table_selection_changed(self) -> None:
        selected = len(self.table.selected_unconfirmed())
        self.unconfirmed.show_count(self.table.unconfirmed(), selected=selected)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page: show the register as it is now (the command line may
        have sent meanwhile, a password may have been saved)."""
        super().showEvent(event)
        if self.batch is not None and self.worker is None:
            self.prepare()

    def align_to(self, kind: str, period: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.period.setText(period)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
