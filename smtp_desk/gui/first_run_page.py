"""The "Set up email" step a new office starts on: the society's address and its password,
one click, and SMTP Desk finds the settings, tests them and saves them.

The page is one of the window's pages, not a dialog: the menus, "Skip for now" and
practice mode stay at hand, and nothing modal stands in the way. Its work is one
:class:`~smtp_desk.gui.worker.Operation` (:mod:`smtp_desk.gui.first_run_work`); the
settings are looked up as the address is typed (after a pause), so a Microsoft 365
address can be offered Sign in with Microsoft before the click. The typed password stays
in its field only until the setup is saved, left, or the window closes.
"""

from __future__ import annotations

import logging
from html import escape

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.canceller import Canceller
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.detect import Detected, detect
from smtp_desk.core.i18n import translate
from smtp_desk.core.logs import redactor
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.presets import preset
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.session import DEFAULT_TIMEOUT
from smtp_desk.core.steps import StepReport
from smtp_desk.gui.first_run_work import Note, Outcome, Setup, microsoft_offered, setup_work
from smtp_desk.gui.worker import Operation, run_in_background

__all__ = ["FirstRunPage"]

log = logging.getLogger(__name__)

_BAD, _GOOD, _QUIET = "#cf222e", "#1a7f37", "#57606a"
_PAUSE_MS = 600  # typing pause before the settings are looked up


class FirstRunPage(QWidget):
    """Address, password, Set up; the steps as they pass; the verdict.

    Signals:
        saved(str): set up, tested and saved; the sentence for the status bar.
        open_requested(str): "credentials" (the full form) or "home" (Skip for now).
        practice_requested(): the clerk wants to try practice mode first.
        running_changed(bool): a setup started or ended.
    """

    saved = Signal(str)
    open_requested = Signal(str)
    practice_requested = Signal()
    running_changed = Signal(bool)

    def __init__(
        self, *, folder: DataFolder, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_page")
        self._folder = folder
        self._store = store
        self.timeout = DEFAULT_TIMEOUT
        self._found: Detected | None = None  # for the address as it is now
        self._operation: Operation[Outcome] | None = None
        self._canceller: Canceller | None = None
        self.outcome: Outcome | None = None
        self._pause = QTimer(self, singleShot=True, interval=_PAUSE_MS)
        self._pause.timeout.connect(self._look_up)
        self._build()

    def _build(self) -> None:
        self.address_edit = QLineEdit(self, placeholderText="accounts@yoursociety.in")
        self.address_edit.setObjectName("first_run_address")
        self.address_edit.setAccessibleName(
            translate("first_run_page", "The society's email address")
        )
        self.found_label = QLabel(self, wordWrap=True)
        self.found_label.setObjectName("first_run_found")
        self.password_edit = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("first_run_password")
        self.password_edit.setAccessibleName(translate("first_run_page", "Password"))
        self.show_password = QToolButton(self)
        self.show_password.setText(translate("first_run_page", "Sh&ow"))
        self.show_password.setCheckable(True)
        self.show_password.setAccessibleName(translate("first_run_page", "Show password"))
        self.help_label = QLabel(self, wordWrap=True)
        self.help_label.setObjectName("first_run_help")
        self.help_label.setOpenExternalLinks(True)
        self.setup_button = QPushButton(translate("first_run_page", "&Set up and test"), self)
        self.setup_button.setDefault(True)
        self.microsoft_button = QPushButton(
            translate("first_run_page", "Sign in with &Microsoft"), self
        )
        self.microsoft_button.hide()
        self.cancel_button = QPushButton(translate("first_run_page", "Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.steps = QListWidget(self)
        self.steps.setObjectName("first_run_steps")
        self.steps.setAccessibleName(translate("first_run_page", "Setup steps"))
        self.steps.setMaximumHeight(190)
        self.steps.hide()  # until a setup starts
        self.verdict = QLabel(self, wordWrap=True)
        self.verdict.setObjectName("first_run_verdict")
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_form_button = QPushButton(
            translate("first_run_page", "Open &Email Credentials (all the settings)"), self
        )
        self.full_form_button.hide()
        self.skip_button = QPushButton(translate("first_run_page", "S&kip for now"), self)
        self.practice_button = QPushButton(
            translate("first_run_page", "Try &practice mode first"), self
        )

        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_password)
        address_label = QLabel(translate("first_run_page", "Society's email &address"), self)
        address_label.setBuddy(self.address_edit)
        password_label = QLabel(translate("first_run_page", "Pass&word"), self)
        password_label.setBuddy(self.password_edit)
        form = QGridLayout()  # not a QFormLayout: its wrapped labels take too much height
        form.setColumnStretch(1, 1)
        form.addWidget(address_label, 0, 0)
        form.addWidget(self.address_edit, 0, 1)
        form.addWidget(self.found_label, 1, 1)
        form.addWidget(self.help_label, 2, 1)  # the provider's words: "paste it below"
        form.addWidget(password_label, 3, 0)
        form.addLayout(password_row, 3, 1)
        buttons = QHBoxLayout()
        for button in (self.setup_button, self.microsoft_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        way_out = QHBoxLayout()
        way_out.addWidget(self.full_form_button)
        way_out.addStretch(1)
        way_out.addWidget(self.practice_button)
        way_out.addWidget(self.skip_button)

        kept = (
            translate("first_run_page", "the password in this computer's password store")
            if self._store.status.usable
            else translate(
                "first_run_page",
                "the password only until SMTP Desk closes: this computer has no password "
                "store SMTP Desk can use",
            )
        )
        intro = translate(
            "first_run_page",
            "<h2>Set up email</h2><p>Type the society's email address and its password. "
            "SMTP Desk finds the mail server's settings, tests them, and keeps them "
            "({kept}).</p>",
        )
        column = QVBoxLayout(self)
        column.addWidget(QLabel(intro.format(kept=kept), self, wordWrap=True))
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.steps)
        column.addWidget(self.verdict)
        column.addStretch(1)
        column.addLayout(way_out)

        self.address_edit.textEdited.connect(self._on_address_edit_textEdited)
        self.address_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self._on_setup_button_clicked)
        self.show_password.toggled.connect(self._on_show_password_toggled)
        self.setup_button.clicked.connect(self._on_setup_button_clicked)
        self.microsoft_button.clicked.connect(self._on_microsoft_button_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.full_form_button.clicked.connect(self._on_full_form_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.practice_button.clicked.connect(self._on_practice_button_clicked)

    # ----- the work -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._operation is not None

    def start(self, *, microsoft: bool = False) -> bool:
        """Find, test and save (with the password typed, or Microsoft's sign-in); False when
        it cannot start (already running, or something to type first, which is said)."""
        if self.running:
            return False
        address, password = self.address_edit.text().strip(), self.password_edit.text()
        if "@" not in address:
            return self._say_first(
                translate("first_run_page", "Type the society's whole email address first.")
            )
        if not microsoft and not password:
            self.password_edit.setFocus()
            return self._say_first(translate("first_run_page", "Type the password too."))
        if password:
            redactor.add(password)
        self.steps.clear()
        self.steps.show()
        self.verdict.clear()
        self.full_form_button.hide()
        self.outcome = None
        self._canceller = canceller = Canceller()
        setup = Setup(address, password, microsoft=microsoft, found=self._found)
        work = setup_work(
            setup, folder=self._folder, store=self._store, timeout=self.timeout, canceller=canceller
        )
        log.info("Email set-up started for %s.", address)
        self._operation = Operation(
            work,
            on_done=self._on_operation_done,
            on_failed=self._on_operation_failed,
            on_progress=self._on_operation_progress,
            on_cancel=canceller.cancel,
        ).start()
        self._set_running(True)
        return True

    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()

    def wait(self, ms: int = 5000) -> None:
        """Block until the work has returned (for closing the window)."""
        if self._operation is not None:
            self._operation.wait(ms)

    def forget_password(self) -> None:
        """Drop the typed password (the page is left, or the window closes)."""
        self.password_edit.clear()

    # ----- slots ----------------------------------------------------------------------------

    def _on_setup_button_clicked(self) -> None:
        self.start()

    def _on_microsoft_button_clicked(self) -> None:
        self.start(microsoft=True)

    def _on_full_form_button_clicked(self) -> None:
        self.open_requested.emit("credentials")

    def _on_skip_button_clicked(self) -> None:
        self.open_requested.emit("home")

    def _on_practice_button_clicked(self) -> None:
        self.practice_requested.emit()

    def _on_show_password_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)

    def _on_address_edit_textEdited(self, _text: str) -> None:
        self._found = None
        self._show_found(None)
        self._pause.start()

    def _look_up(self) -> None:
        """Find the settings for the address typed (off the GUI thread; at most a few
        seconds); an answer for an address since changed is dropped."""
        address = self.address_edit.text().strip()
        domain = address.rpartition("@")[2]
        if "@" not in address or "." not in domain:
            return
        looking = translate("first_run_page", "Looking up {domain}…").format(domain=escape(domain))
        self.found_label.setText(f'<span style="color:{_QUIET}">{looking}</span>')
        run_in_background(
            lambda: detect(address),
            on_done=lambda found: self._on_looked_up(address, found),
            on_failed=self._on_look_up_failed,
        )

    def _on_looked_up(self, address: str, found: Detected) -> None:
        if not shiboken6.isValid(self) or address != self.address_edit.text().strip():
            return
        self._found = found
        self._show_found(found)

    def _on_look_up_failed(self, error: Exception) -> None:
        raise error  # detect() says "not found" for every network trouble: this is a fault

    def _on_operation_progress(self, value: object) -> None:
        if isinstance(value, Detected):
            self._found = value
            self._show_found(value)
            mark = "✓" if value.found else "✗"
            found = translate("first_run_page", "{mark} Find the settings: {detail}")
            self.steps.addItem(found.format(mark=mark, detail=value.detail))
        elif isinstance(value, Note):
            self.steps.addItem(f"… {value.text}")
        elif isinstance(value, StepReport):
            self.steps.addItem(str(value))
            if value.warning:
                self.steps.addItem(f"   ⚠ {value.warning}")
            log.info("Set-up test: %s", value)
        self.steps.scrollToBottom()

    def _on_operation_done(self, outcome: Outcome) -> None:
        self._operation = self._canceller = None
        if not shiboken6.isValid(self):
            return
        self.outcome = outcome
        self._set_running(False)
        if outcome.saved is not None:
            self.forget_password()
            self._verdict(
                translate("first_run_page", "✓ <b>Everything works.</b> The settings are saved."),
                _GOOD,
            )
            log.info("Email set up and tested: %s", outcome.saved.account.from_email)
            self.saved.emit(str(outcome.saved))
            return
        diagnosis = outcome.diagnosis
        if diagnosis is not None:
            colour = _QUIET if diagnosis.category is DiagnosisCategory.CANCELLED else _BAD
            verdict = translate(
                "first_run_page",
                "✗ <b>{title}.</b><br>{cause}<br><b>What to do:</b> {action}",
            )
            self._verdict(
                verdict.format(
                    title=escape(diagnosis.title),
                    cause=escape(diagnosis.cause),
                    action=escape(diagnosis.action),
                ),
                colour,
            )
            log.warning("Email set-up: %s. %s", diagnosis.title, diagnosis.detail)
        else:
            self._verdict(f"✗ {escape(outcome.problem)}", _BAD)
            log.warning("Email set-up: %s", outcome.problem)
        self.full_form_button.show()

    def _on_operation_failed(self, error: Exception) -> None:
        self._operation = self._canceller = None
        if shiboken6.isValid(self):
            self._set_running(False)
        raise error  # a fault in the set-up itself is a program fault

    # ----- helpers --------------------------------------------------------------------------

    def _show_found(self, found: Detected | None) -> None:
        """What the address says about its provider; the password's kind and help; whether
        Sign in with Microsoft is offered."""
        offered = found is not None and microsoft_offered(found)
        self.microsoft_button.setVisible(offered)
        if found is None:
            self.found_label.clear()
            self.help_label.clear()
            self.password_edit.setPlaceholderText("")
            return
        if not found.found:
            by_hand = translate(
                "first_run_page", "The full form (Email Credentials) takes the settings by hand."
            )
            self.found_label.setText(
                f'<span style="color:{_BAD}">{escape(found.detail)}.</span> {by_hand}'
            )
            self.full_form_button.show()
            self.help_label.clear()
            return
        chosen = preset(found.preset)
        name = chosen.name if not chosen.is_custom else found.host
        where = translate("first_run_page", "{name}, {host} port {port} ({security}).").format(
            name=escape(name),
            host=escape(found.host),
            port=found.port,
            security=escape(found.security.label),
        )
        self.found_label.setText(
            f'<span style="color:{_GOOD}">✓ {escape(found.detail)}</span> — {where}'
        )
        self.password_edit.setPlaceholderText(translate("preset_table", chosen.password_kind))
        extra = (
            translate("first_run_page", " Or sign in with Microsoft (no password kept here).")
            if offered
            else ""
        )
        self.help_label.setText(escape(translate("preset_table", chosen.help)) + extra)

    def _say_first(self, text: str) -> bool:
        self._verdict(escape(text), _BAD)
        return False

    def _verdict(self, html: str, colour: str) -> None:
        self.verdict.setText(f'<span style="color:{colour}">{html}</span>')

    def _set_running(self, running: bool) -> None:
        self.setup_button.setEnabled(not running)
        self.microsoft_button.setEnabled(not running)
        self.address_edit.setReadOnly(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.cancel_button.setFocus()
        self.running_changed.emit(running)
