"""Members & Documents: import the register (or the ERP's PDFs), see every problem, then the
members and each period's bills (their tables are :mod:`smtp_desk.gui.register_tables`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core import register
from smtp_desk.core.backups import backup_or_warn
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.importing.fields import BILL_COLUMNS, RECEIPT_COLUMNS, match_headers
from smtp_desk.core.importing.pdfs import PdfImportReport, import_pdfs
from smtp_desk.core.importing.register import ImportReport, Kind, import_file
from smtp_desk.core.importing.table import Problem, UnreadableFile, read_table
from smtp_desk.core.kinds import PDF_KINDS, DocumentKind
from smtp_desk.core.model import Bill, Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.register import MembersView, members_page, open_for_import
from smtp_desk.core.safe_csv import neutralize
from smtp_desk.gui.register_tables import (
    REFUSED_FILTER,
    BillsTab,
    MembersTab,
    fill_table,
    make_table,
)
from smtp_desk.gui.worker import run_in_background

__all__ = ["MembersPage", "guess_kind"]

log = logging.getLogger(__name__)


# The words shown for what is imported or written (the keys are what the code uses)
_WHAT = {
    "members": QT_TRANSLATE_NOOP("members_page", "members"),
    "bills": QT_TRANSLATE_NOOP("members_page", "bills"),
    "receipts": QT_TRANSLATE_NOOP("members_page", "receipts"),
}
_IMPORT_TITLES = {
    "members": QT_TRANSLATE_NOOP("members_page", "Import members"),
    "bills": QT_TRANSLATE_NOOP("members_page", "Import bills"),
    "receipts": QT_TRANSLATE_NOOP("members_page", "Import receipts"),
}
_TEMPLATE_TITLES = {
    "members": QT_TRANSLATE_NOOP("members_page", "Save the members template"),
    "bills": QT_TRANSLATE_NOOP("members_page", "Save the bills template"),
    "receipts": QT_TRANSLATE_NOOP("members_page", "Save the receipts template"),
}
# The kinds of ready PDFs, as the list names them (the kind's id, in the person's language)
_PDF_KIND_WORDS = (
    QT_TRANSLATE_NOOP("members_page", "bill"),
    QT_TRANSLATE_NOOP("members_page", "receipt"),
    QT_TRANSLATE_NOOP("members_page", "statement"),
)
_PROBLEM_HEADERS = (
    QT_TRANSLATE_NOOP("members_page", "File"),
    QT_TRANSLATE_NOOP("members_page", "Row"),
    QT_TRANSLATE_NOOP("members_page", "Column"),
    QT_TRANSLATE_NOOP("members_page", "Problem"),
)


def guess_kind(path: Path) -> Kind:
    """What a dropped file holds, from its header row."""
    try:
        headers = read_table(path).headers
    except UnreadableFile:
        return Kind.MEMBERS  # the import will say what is wrong with it
    if "number" in match_headers(headers, RECEIPT_COLUMNS) and "amount" in match_headers(
        headers, RECEIPT_COLUMNS
    ):
        return Kind.RECEIPTS
    if "number" in match_headers(headers, BILL_COLUMNS):
        return Kind.BILLS
    return Kind.MEMBERS


def _bills_or_error(folder: DataFolder, period: str) -> list[Bill] | SmtpDeskError:
    """A period's bills (none for no period), or why the register cannot say (off the GUI
    thread)."""
    if not period:
        return []
    try:
        return register.bills(folder, period)
    except SmtpDeskError as exc:
        return exc


class MembersPage(QWidget):
    """Import buttons (and drag and drop), the problems, the members and the bills.

    The register is read off the GUI thread (the background contract of
    :mod:`smtp_desk.gui.worker`); the latest refresh wins, an earlier one's answer is dropped.

    Signals:
        imported(str): an import ended; the sentence for the status bar.
        refreshed(): a refresh (or a change of the bills' period) is shown.
    """

    imported = Signal(str)
    refreshed = Signal()

    def __init__(self, *, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("members_page")
        self.setAcceptDrops(True)
        self._folder = folder
        self.busy = False
        self._reading = {"view": 0, "bills": 0}  # the latest reads; older answers are dropped
        # Asks before replacing bills imported earlier; a test may answer instead.
        self.ask_replace: Callable[[list[str]], bool] = self._ask_replace
        self._build()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        self.import_buttons: dict[str, QPushButton] = {
            "members": QPushButton(translate("members_page", "Import &members…"), self),
            "bills": QPushButton(translate("members_page", "Import &bills…"), self),
            "receipts": QPushButton(translate("members_page", "Import &receipts…"), self),
            "pdfs": QPushButton(translate("members_page", "Import &PDF folder…"), self),
        }
        for what, button in self.import_buttons.items():
            buttons.addWidget(button)
            button.clicked.connect(lambda _checked=False, w=what: self._on_import_clicked(w))
        self.template_box = QComboBox(self)
        self.template_box.addItem(translate("members_page", "Save a template…"), "")
        for what, word in _WHAT.items():
            self.template_box.addItem(translate("members_page", word), what)
        self.template_box.setAccessibleName(translate("members_page", "Save a template"))
        self.template_box.activated.connect(self._on_template_box_activated)
        buttons.addWidget(self.template_box)
        buttons.addStretch(1)

        options = QHBoxLayout()
        period_label = QLabel(
            translate("members_page", "P&eriod (bills without a Period column, PDFs):"), self
        )
        self.period_edit = QLineEdit(self, placeholderText="YYYY-MM")
        self.period_edit.setObjectName("period")
        self.period_edit.setMaximumWidth(100)
        period_label.setBuddy(self.period_edit)
        options.addWidget(period_label)
        options.addWidget(self.period_edit)
        options.addWidget(QLabel(translate("members_page", "PDFs are"), self))
        self.pdf_kind = QComboBox(self)
        for kind in PDF_KINDS:
            self.pdf_kind.addItem(translate("members_page", kind.value), kind.value)
        self.pdf_kind.setAccessibleName(translate("members_page", "Kind of the PDFs"))
        options.addWidget(self.pdf_kind)
        options.addStretch(1)

        self.status = QLabel(
            translate(
                "members_page",
                "Drop a CSV or Excel file, or a folder of PDFs, here — or use the buttons.",
            ),
            self,
            wordWrap=True,
        )
        self.status.setObjectName("import_status")
        self.problems = make_table(
            self,
            "problems",
            [translate("members_page", h) for h in _PROBLEM_HEADERS],
            sort_column=1,
        )
        self.copy_button = QPushButton(translate("members_page", "&Copy problems"), self)
        self.copy_button.clicked.connect(self.copy_problems)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.problems)
        copy.activated.connect(self.copy_problems)

        self.members_tab = MembersTab(self)
        self.members, self.member_filter = self.members_tab.table, self.members_tab.filter
        self.bills_tab = BillsTab(self)
        self.bills_tab.period_changed.connect(self._on_bill_period_changed)
        self.bill_period, self.bills = self.bills_tab.period, self.bills_tab.table
        self.bill_totals = self.bills_tab.totals

        problems_tab = QWidget(self)
        problems_layout = QVBoxLayout(problems_tab)
        problems_layout.addWidget(self.problems)
        problems_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(problems_tab, translate("members_page", "Problems"))
        self.tabs.addTab(self.members_tab, translate("members_page", "Members"))
        self.tabs.addTab(self.bills_tab, translate("members_page", "Bills"))

        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(translate("members_page", "<h2>Members &amp; Documents</h2>"), self))
        outer.addLayout(buttons)
        outer.addLayout(options)
        outer.addWidget(self.status)
        outer.addWidget(self.tabs, 1)

    # ----- importing ----------------------------------------------------------------------

    def import_path(self, what: str, path: Path, *, replace: bool = False) -> bool:
        """Import ``path`` (``what``: members, bills, receipts or pdfs) in the background."""
        if self.busy:
            return False
        period_text = self.period_edit.text().strip()
        try:
            period = Period.parse(period_text) if period_text else None
        except ValueError as exc:
            self._show_problems(
                [Problem(0, "Period", str(exc))],
                translate("members_page", "Check the period: {problem}").format(problem=exc),
            )
            return False
        if what == "pdfs" and period is None:
            self._show_problems(
                [
                    Problem(
                        0,
                        "Period",
                        translate("members_page", "give the period of the PDFs (YYYY-MM)"),
                    )
                ],
                translate("members_page", "Enter the period of the PDFs first."),
            )
            return False
        folder, kind = self._folder.ensure(), DocumentKind(self.pdf_kind.currentData())

        def work() -> ImportReport | PdfImportReport:
            backup_or_warn(folder, "before-import")  # a failed copy is a warning, never a stop
            with open_for_import(folder) as store:
                if what == "pdfs":
                    assert period is not None
                    return import_pdfs(store, folder.root, path, kind=kind, period=period)
                return import_file(store, Kind(what), path, period=period, replace=replace)

        self.busy = True
        self.status.setText(translate("members_page", "Importing {name}…").format(name=path.name))
        run_in_background(
            work,
            on_done=lambda report: self._on_import_done(what, path, report),
            on_failed=self._on_import_failed,
        )
        return True

    def _on_import_done(
        self, what: str, path: Path, report: ImportReport | PdfImportReport
    ) -> None:
        periods = getattr(report, "existing_periods", [])
        if periods and self.ask_replace(periods):
            self.busy = False
            self.import_path(what, path, replace=True)
            return
        self._show_problems(report.problems, str(report))
        log.log(logging.INFO if report.ok else logging.WARNING, "%s", report)

        def shown() -> None:  # the import ends once the tables show it
            self.busy = False
            self.imported.emit(str(report))

        self.refresh(then=shown)

    def _on_import_failed(self, error: Exception) -> None:
        self.busy = False
        message = (
            str(error)
            if isinstance(error, SmtpDeskError)
            else translate(
                "members_page",
                "The import stopped unexpectedly; nothing was imported. Details are in the log.",
            )
        )
        log.error("%s", message)
        self._show_problems([Problem(0, "", message)], message)

    def _ask_replace(self, periods: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            translate("members_page", "Replace bills?"),
            translate(
                "members_page",
                "Bills for {periods} were imported before. Replace them with this "
                "file? (Bills already sent are not affected.)",
            ).format(periods=", ".join(periods)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, problems: list[Problem], summary: str) -> None:
        self.status.setText(summary)
        fill_table(
            self.problems,
            [[p.file, str(p.row) if p.row else "", p.column, p.message] for p in problems],
            numeric={1},
        )
        if problems:
            self.tabs.setCurrentIndex(0)

    def copy_problems(self) -> None:
        """The problems (or the selected ones) as tab-separated text, for a spreadsheet."""
        rows = sorted({index.row() for index in self.problems.selectedIndexes()}) or list(
            range(self.problems.rowCount())
        )
        lines = ["\t".join(translate("members_page", h) for h in _PROBLEM_HEADERS)]
        for r in rows:
            cells = ((self.problems.item(r, c) or QTableWidgetItem()).text() for c in range(4))
            # pasted into a spreadsheet: a quoted "=…" from the file must not run there
            lines.append("\t".join(neutralize(" ".join(cell.split())) for cell in cells))
        QGuiApplication.clipboard().setText("\n".join(lines))

    # ----- showing the register -------------------------------------------------------------

    def refresh(self, *, then: Callable[[], object] | None = None) -> None:
        """Reload the members and bills tables from the register, in the background
        (``refreshed`` when shown; then ``then``)."""
        folder, current = self._folder, self.bill_period.currentText()

        def work() -> tuple[MembersView | None, str, list[Bill] | SmtpDeskError]:
            view = members_page(folder)
            if view is None:
                return None, "", []
            period = current if current in view.periods else next(iter(view.periods), "")
            return view, period, _bills_or_error(folder, period)

        self._read("view", work, self._on_refresh_done, then=then)

    def _read(
        self,
        what: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        then: Callable[[], object] | None = None,
    ) -> None:
        self._reading[what] += 1
        reading = self._reading[what]

        def done(result: object) -> None:
            if reading == self._reading[what]:
                on_done(result)
                self.refreshed.emit()
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            if reading == self._reading[what]:
                if isinstance(error, SmtpDeskError):
                    self.status.setText(str(error))
                self.refreshed.emit()
            if then is not None:
                then()
            if not isinstance(error, SmtpDeskError):
                raise error  # a program fault, as when reading ran on this thread

        run_in_background(work, on_done=done, on_failed=failed)

    def _on_refresh_done(
        self, result: tuple[MembersView | None, str, list[Bill] | SmtpDeskError]
    ) -> None:
        view, period, bills = result
        if view is None:  # no register yet
            return
        self.members_tab.load(view.members, view.refused)
        self.bills_tab.set_periods(view.periods, period)
        self._show_bills(bills)

    def _on_bill_period_changed(self, period: str) -> None:
        folder = self._folder
        self._read("bills", lambda: _bills_or_error(folder, period), self._show_bills)

    def _show_bills(self, bills: list[Bill] | SmtpDeskError) -> None:
        if isinstance(bills, SmtpDeskError):  # a damaged register: say so, keep the page working
            self.bills_tab.clear()
            self.status.setText(str(bills))
            return
        self.bills_tab.load(bills, names=self.members_tab.names())

    def show_refused(self) -> None:
        """The Members tab, showing only the members with an address refused or returned
        (a bounce), to correct them (also once the next :meth:`refresh` is shown)."""
        self.tabs.setCurrentWidget(self.members_tab)
        self.member_filter.setCurrentIndex(REFUSED_FILTER)

    # ----- slots ----------------------------------------------------------------------------

    def _on_import_clicked(self, what: str) -> None:
        if what == "pdfs":
            name = QFileDialog.getExistingDirectory(
                self, translate("members_page", "Folder of ready PDFs")
            )
        else:
            name, _ = QFileDialog.getOpenFileName(
                self,
                translate("members_page", _IMPORT_TITLES.get(what, f"Import {what}")),
                "",
                translate("members_page", "Registers (*.csv *.xlsx *.txt)"),
            )
        if name:
            self.import_path(what, Path(name))

    def _on_template_box_activated(self, index: int) -> None:
        from smtp_desk.core.importing.templates import TEMPLATES, write_template

        what = self.template_box.itemData(index)
        self.template_box.setCurrentIndex(0)
        if what not in TEMPLATES:
            return
        title = _TEMPLATE_TITLES.get(what, f"Save the {what} template")
        name, _ = QFileDialog.getSaveFileName(
            self, translate("members_page", title), f"{what}-template.csv", "CSV (*.csv)"
        )
        if not name:
            return
        try:
            write_template(what, Path(name))  # every cell safe for a spreadsheet, atomically
        except SmtpDeskError as exc:
            self.status.setText(str(exc))
            log.error("%s", exc)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            what = "pdfs" if path.is_dir() else guess_kind(path).value
            self.import_path(what, path)
            break
        event.acceptProposedAction()
