"""Finding the settings from the society's address, as the clerk types it.

:class:`AddressDetector` waits for a pause in typing, then runs
:func:`smtp_desk.core.detect.detect` off the GUI thread (an
:class:`~smtp_desk.gui.worker.Operation`). Only the newest look-up counts: an older one
still running is cancelled and its answer ignored, and so is an answer for a domain no
longer in the field. :class:`FoundLine` is the line under the address that says what was
found and where from; its space is kept, so the form does not move when it changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from smtp_desk.core.detect import TIMEOUT, Detected, Source, detect
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.gui.detect_fill import address_domain
from smtp_desk.gui.worker import Operation

__all__ = ["PAUSE_MS", "AddressDetector", "Finding", "FoundLine"]

log = logging.getLogger(__name__)

PAUSE_MS = 600  # the pause in typing after which the address is looked up
_QUIET, _OK, _WARN = "#57606a", "#1a7f37", "#9a6700"
_HINT = QT_TRANSLATE_NOOP(
    "credentials_detect",
    "Type the society's email address: SMTP Desk finds the server settings from it.",
)


@dataclass(frozen=True)
class Finding:
    """What was found for an address still in the field."""

    address: str
    domain: str
    detected: Detected


class AddressDetector(QObject):
    """Looks up the address a moment after typing pauses (at once when the clerk leaves
    the field); one look-up per domain.

    Signals:
        looking(str): a look-up started for this domain.
        found(object): a :class:`Finding` for the domain still in the field.
        idle(): the field holds no whole address any more (nothing to look up).
    """

    looking = Signal(str)
    found = Signal(object)
    idle = Signal()

    def __init__(self, address: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self.timeout = TIMEOUT
        self._asked = ""  # the domain last looked up (or being looked up)
        self._current: Operation[Detected] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def pending(self) -> bool:
        """An answer is on its way: a look-up runs, or one for a new domain waits for the
        pause in typing (:meth:`flush` starts it)."""
        if self._current is not None:
            return True
        waiting = address_domain(self._address()) if self._timer.isActive() else ""
        return bool(waiting) and waiting != self._asked

    def typed(self) -> None:
        """The address changed: look it up once typing pauses."""
        self._timer.start()

    def flush(self) -> None:
        """Look up now, if a look-up is waiting for the pause (the clerk left the field)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def forget(self) -> None:
        """Start over (the form was loaded or reverted): the next address is looked up even
        if its domain was looked up before; a look-up still running no longer counts."""
        self._timer.stop()
        self._asked = ""
        if self._current is not None:
            self._current.cancel()
            self._current = None

    def _on_timer_timeout(self) -> None:
        address = self._address().strip()
        domain = address_domain(address)
        if not domain:
            self.forget()
            self.idle.emit()
            return
        if domain == self._asked:
            return  # the same domain: its answer stands (or is on its way)
        self.forget()
        self._asked = domain
        holder: list[Operation[Detected]] = []
        timeout = self.timeout
        operation: Operation[Detected] = Operation(
            lambda _task: detect(address, timeout=timeout),
            on_done=lambda result: self._on_operation_done(holder[0], address, result),
            on_failed=lambda error: self._on_operation_failed(holder[0], address, error),
        )
        holder.append(operation)
        self._current = operation
        log.info("Looking up the mail settings for %s…", domain)
        self.looking.emit(domain)
        operation.start()

    def _on_operation_done(
        self, operation: Operation[Detected], address: str, result: Detected
    ) -> None:
        if not shiboken6.isValid(self) or operation is not self._current:
            return  # the page is gone, or a newer look-up replaced this one
        self._current = None
        domain = address_domain(address)
        if address_domain(self._address()) != domain:
            return  # the address changed while looking
        where = result.source.value if result.found else "nothing found"
        log.info("Mail settings for %s: %s (%s)", domain, result.detail, where)
        self.found.emit(Finding(address, domain, result))

    def _on_operation_failed(
        self, operation: Operation[Detected], address: str, error: Exception
    ) -> None:
        log.warning("Looking up the mail settings failed: %s", error)
        domain = address_domain(address)
        why = translate("credentials_detect", "the settings for {domain} could not be looked up")
        nothing = Detected(Source.NONE, why.format(domain=domain))
        self._on_operation_done(operation, address, nothing)


class FoundLine(QWidget):
    """The line under the address: a hint, "Looking up…", or what was found and where
    from, with :attr:`use_button` when the clerk had set the server by hand. The space the
    line took stays when its text gets shorter (until :meth:`free_space`), so the fields
    below do not move up and down as the clerk types.

    Signals:
        use_requested(): the clerk chose the found settings over the ones typed.
    """

    use_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("address_found")
        self.label = QLabel(self)
        self.label.setObjectName("address_found_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMinimumHeight(self.label.fontMetrics().lineSpacing())
        self.use_button = QPushButton(translate("credentials_detect", "Use these"), self)
        self.use_button.setObjectName("use_found")
        self.use_button.setToolTip(
            translate("credentials_detect", "Fill in the settings found for this address")
        )
        self.use_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        self.use_button.clicked.connect(self.use_requested)
        self.show_hint()

    def text(self) -> str:
        """What the line says, as plain text."""
        return self.label.accessibleDescription()

    def free_space(self) -> None:
        """Back to one line (the form was loaded or reverted)."""
        self.label.setMinimumHeight(self.label.fontMetrics().lineSpacing())

    def show_hint(self) -> None:
        self._say(translate("credentials_detect", _HINT), _QUIET)

    def show_looking(self, domain: str) -> None:
        looking = translate("credentials_detect", "Looking up the mail settings for {domain}…")
        self._say(looking.format(domain=domain), _QUIET)

    def show_found(self, sentence: str, *, found: bool, offer: bool) -> None:
        """What was found (``offer``: with the button that fills the settings in anyway)."""
        mark = "✓ " if found and not offer else "" if found else "⚠ "
        self._say(mark + sentence, _OK if found and not offer else _WARN, offer=offer)

    def clear_line(self) -> None:
        self._say("", _QUIET)

    def _say(self, text: str, colour: str, *, offer: bool = False) -> None:
        if self.use_button.hasFocus() and not offer:
            self.focusNextChild()  # the button hides: the focus goes on, not to the top
        if self.label.height() > self.label.minimumHeight() and self.label.isVisible():
            self.label.setMinimumHeight(self.label.height())  # the space stays
        self.label.setText(f'<span style="color:{colour}">{escape(text)}</span>' if text else "")
        self.label.setAccessibleDescription(text)
        self.use_button.setVisible(offer)
