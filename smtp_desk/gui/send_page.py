"""Send: choose kind and period, see recipients and the plan, preview, then start, pause,
resume or cancel, with live progress and a per-recipient table."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.batch import Batch, prepare_batch
from smtp_desk.core.dispatch import Job, render_job
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.model import Period
from smtp_desk.core.outbox import Item, ItemState, Outbox
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sender import Progress, RunResult, SendOptions
from smtp_desk.core.store import Store
from smtp_desk.gui.preview import PreviewDialog
from smtp_desk.gui.send_worker import SendWorker

__all__ = ["SendPage"]

log = logging.getLogger(__name__)
_STATUS = {
    "pending": "Waiting",
    "sending": "Sending…",
    "sent": "Sent",
    "failed": "Failed",
    "deferred": "Will retry",
    "unconfirmed": "Unconfirmed",
    "skipped": "No email — print copy",
    "cancelled": "Cancelled",
}


def _eta_text(seconds: float | None) -> str:
    if not seconds:
        return ""
    if seconds < 60:
        return "less than a minute left"
    return f"about {seconds / 60:.0f} min left"


def _shared_addresses(jobs: list[Job]) -> list[str]:
    owners: dict[str, set[str]] = {}
    for job in jobs:
        for address in job.spec.recipients:
            owners.setdefault(address.lower(), set()).add(job.member.flat)
    return sorted(address for address, flats in owners.items() if len(flats) > 1)


class SendPage(QWidget):
    """Signals:
    finished(str): a run ended; the sentence for the status bar.
    """

    finished = Signal(str)

    def __init__(
        self, *, folder: DataFolder, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("send_page")
        self._folder = folder
        self._secrets = store
        self.batch: Batch | None = None
        self.worker: SendWorker | None = None
        self._finished_worker: SendWorker | None = None
        self.options: SendOptions | None = None  # tests choose quicker retries
        self._rows: dict[int, int] = {}  # item id -> table row
        self._build()

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind, label in (
            ("bill", "Maintenance bill"),
            ("receipt", "Payment receipt"),
            ("statement", "Member statement"),
        ):
            self.kind.addItem(label, kind)
        self.kind.setAccessibleName("Document kind")
        self.period = QLineEdit(self, placeholderText="YYYY-MM")
        self.period.setAccessibleName("Period")
        self.period.setText(f"{datetime.now():%Y-%m}")
        self.prepare_button = QPushButton("Pre&pare", self)
        self.accept_changes = QCheckBox("Also send new or changed documents", self)
        self.accept_changes.hide()
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setObjectName("send_summary")
        self.preview_button = QPushButton("Pre&view one…", self)
        self.start_button = QPushButton("St&art", self)
        self.pause_button = QPushButton("Pa&use", self)
        self.cancel_button = QPushButton("&Cancel", self)
        self.retry_button = QPushButton("Retry fai&led", self)
        self.progress = QProgressBar(self)
        self.progress.setFormat("%v / %m")
        self.eta = QLabel(self)
        self.failures_only = QCheckBox("Show only problems", self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("recipients")
        self.table.setHorizontalHeaderLabels(
            ["Flat", "Member", "Address", "Status", "Time", "Reply / reason"]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        choose = QHBoxLayout()
        choose.addWidget(QLabel("Kind", self))
        choose.addWidget(self.kind)
        choose.addWidget(QLabel("Period", self))
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
        layout.addWidget(QLabel("<h2>Send</h2>", self))
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addLayout(meter)
        layout.addWidget(self.table, 1)

        self.prepare_button.clicked.connect(self.prepare)
        self.accept_changes.toggled.connect(self._on_accept_changes_toggled)
        self.preview_button.clicked.connect(self.preview)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.pause)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.retry_failed)
        self.failures_only.toggled.connect(self._apply_filter)
        self._set_running(False)

    # ----- preparing ------------------------------------------------------------------------

    def prepare(self) -> bool:
        """Check everything and show recipients and the plan; resumes an existing run."""
        try:
            period = Period.parse(self.period.text())
            self.batch = prepare_batch(
                self._folder,
                str(self.kind.currentData()),
                period,
                secrets=self._secrets,
                accept_changes=self.accept_changes.isChecked(),
            )
        except (ValueError, SmtpDeskError) as exc:
            self.batch = None
            self.summary.setText(f"<b>Cannot send yet:</b> {exc}")
            self._set_running(False)
            return False
        self._load_items()
        jobs = list(self.batch.jobs.values())
        with_email = sum(1 for j in jobs if j.spec.recipients)
        two = sum(1 for j in jobs if len(j.spec.recipients) > 1)
        text = (
            f"{len(jobs)} members · {with_email} with email ({two} with two or more) · "
            f"{len(jobs) - with_email} print copies<br>Plan: {self.batch.plan}"
        )
        shared = _shared_addresses(jobs)
        if shared:
            text += (
                f"<br>⚠ {len(shared)} address(es) belong to more than one member (e.g. "
                f"{shared[0]}); each member still gets their own message."
            )
        waiting = len(self.batch.waiting_confirmation)
        self.accept_changes.setVisible(bool(waiting) or self.accept_changes.isChecked())
        if waiting:
            text += (
                f"<br>{waiting} document(s) are new or changed since this run began; tick "
                "the box to send them too."
            )
        self.summary.setText(text)
        self._set_running(False)
        return True

    def _load_items(self) -> None:
        assert self.batch is not None
        with Store.open(self._folder.register_file) as store:
            items = Outbox(store, domain="").items(self.batch.run.id)
            members = store.members()
        self._rows.clear()
        self.table.setRowCount(0)
        for item in items:
            if item.state is ItemState.CANCELLED and any(
                i.document == item.document and i.id != item.id for i in items
            ):
                continue  # an earlier version of a changed document
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._rows[item.id] = row
            member = members.get(item.flat)
            for column, text in enumerate(
                [item.flat, member.name if member else "", "; ".join(item.recipients)]
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._show_item(item)
        self._count_progress(items)
        self._apply_filter()

    def _show_item(self, item: Item) -> None:
        row = self._rows.get(item.id)
        if row is None:
            return
        when = item.sent_at.strftime("%H:%M:%S") if item.sent_at else ""
        for column, text in ((3, _STATUS[item.state.value]), (4, when), (5, item.reply)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _count_progress(self, items: list[Item]) -> None:
        countable = [i for i in items if i.state is not ItemState.SKIPPED]
        done = sum(
            1
            for i in countable
            if i.state in (ItemState.SENT, ItemState.FAILED, ItemState.UNCONFIRMED)
        )
        self.progress.setMaximum(max(len(countable), 1))
        self.progress.setValue(done)

    # ----- running --------------------------------------------------------------------------

    def start(self) -> bool:
        if self.worker is not None or (self.batch is None and not self.prepare()):
            return False
        assert self.batch is not None
        log.info(
            "Sending %ss for %s: %s", self.batch.kind, self.batch.period.label, self.batch.plan
        )
        self.worker = SendWorker(self.batch, self.options)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self._set_running(True)
        self.worker.start()
        return True

    def pause(self) -> None:
        if self.worker is not None:
            self.worker.pause()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def wait(self, ms: int = 5000) -> None:
        if self.worker is not None:
            self.worker.qthread.wait(ms)

    def retry_failed(self) -> None:
        if self.batch is None or self.worker is not None:
            return
        with Store.open(self._folder.register_file) as store:
            count = Outbox(store, domain="").retry_failed(self.batch.run.id, datetime.now())
        log.info("%d failed item(s) will be tried again.", count)
        if self.prepare():
            self.start()

    def preview(self) -> PreviewDialog | None:
        if self.batch is None and not self.prepare():
            return None
        assert self.batch is not None
        batch = self.batch
        job = next((j for j in batch.jobs.values() if j.spec.recipients), None)
        if job is None:
            return None
        dialog = PreviewDialog(
            f"{job.subject()} — to {', '.join(job.spec.recipients)}",
            lambda: render_job(job, batch.profile, batch.logo, batch.folder.root).content,
            self,
        )
        dialog.show()
        return dialog

    def _on_worker_progress(self, progress: Progress) -> None:
        if progress.last is not None:
            self._show_item(progress.last)
            if progress.last.state in (ItemState.FAILED, ItemState.UNCONFIRMED):
                self._apply_filter()
        countable = progress.total - progress.counts.get("skipped", 0)
        self.progress.setMaximum(max(countable, 1))
        self.progress.setValue(
            progress.done - progress.counts.get("skipped", 0) - progress.counts.get("cancelled", 0)
        )
        problems = progress.counts.get("failed", 0) + progress.counts.get("unconfirmed", 0)
        eta = _eta_text(progress.eta_seconds)
        self.eta.setText(
            " · ".join(x for x in (eta, f"{problems} problem(s)" if problems else "") if x)
        )

    def _on_worker_finished(self, result: RunResult) -> None:
        counts = ", ".join(f"{n} {state}" for state, n in result.counts.items() if n)
        text = f"Run {result.stopped}: {counts}."
        if result.plan is not None:
            text += f" {result.plan}"
        log.log(logging.INFO if result.complete else logging.WARNING, "%s", text)
        self._end(text)

    def _on_worker_failed(self, message: str) -> None:
        log.error("%s", message)
        self._end(message)

    def _end(self, text: str) -> None:
        if self.worker is not None:
            self.worker.qthread.wait(2000)
            self._finished_worker = self.worker  # kept: see ConnectionTestPanel
        self.worker = None
        self.summary.setText(text)  # the table was kept up to date item by item
        self._set_running(False)
        self.finished.emit(text)

    def _set_running(self, running: bool) -> None:
        ready = self.batch is not None
        self.start_button.setEnabled(ready and not running)
        self.preview_button.setEnabled(ready and not running)
        self.retry_button.setEnabled(ready and not running)
        self.prepare_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)

    def _apply_filter(self, *_args: object) -> None:
        only = self.failures_only.isChecked()
        for row in range(self.table.rowCount()):
            status = self.table.item(row, 3)
            problem = status is not None and status.text() in (
                "Failed",
                "Unconfirmed",
                "Will retry",
            )
            self.table.setRowHidden(row, only and not problem)

    def _on_accept_changes_toggled(self, _checked: bool) -> None:
        if self.worker is None:
            self.prepare()

    def unfinished_runs(self) -> list[str]:
        """Runs that began sending and still have messages to send (for the start-up
        question); a run only prepared, never started, is not one."""
        if not self._folder.register_file.exists():
            return []
        unfinished = []
        with Store.open(self._folder.register_file) as store:
            outbox = Outbox(store, domain="")
            for run in outbox.runs():
                counts = outbox.counts(run.id)
                started = sum(counts[s] for s in ("sent", "failed", "unconfirmed", "deferred"))
                waiting = counts["pending"] + counts["deferred"]
                if run.state in ("paused", "open") and started and waiting:
                    unfinished.append(f"{run.kind} {run.period}")
        return unfinished

    def align_to(self, kind: str, period: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.period.setText(period)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
