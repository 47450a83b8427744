"""The docked log pane: every SMTP Desk log line, timestamped and coloured by level.

A :class:`QtLogHandler` turns log records from any thread into a Qt signal, so the pane is
only ever touched on the GUI thread. The handler carries the core's redactor, like every
other handler, so a password cannot reach the pane.

The pane follows new lines, unless the reader has scrolled up to read an older one; it
follows again once they scroll back to the bottom.
"""

from __future__ import annotations

import contextlib
import html
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDockWidget, QPlainTextEdit, QWidget

from smtp_desk.core.i18n import translate
from smtp_desk.core.logs import redactor

__all__ = ["LEVEL_COLOURS", "LogPane", "QtLogHandler"]

LEVEL_COLOURS = {
    logging.DEBUG: "#6e7781",
    logging.INFO: "#1f2328",
    logging.WARNING: "#9a6700",
    logging.ERROR: "#cf222e",
    logging.CRITICAL: "#cf222e",
}
_MAX_LINES = 5000


class _Bridge(QObject):
    """Signals:
    line(int, str): a formatted log line and its level, from any thread.
    """

    line = Signal(int, str)


class QtLogHandler(logging.Handler):
    """A logging handler that emits each formatted record as a Qt signal."""

    def __init__(self) -> None:
        super().__init__()
        self.bridge = _Bridge()
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(message)s", "%H:%M:%S"))
        self.addFilter(redactor)

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(RuntimeError):  # the pane is gone while a worker still logs
            self.bridge.line.emit(record.levelno, self.format(record))


class LogPane(QDockWidget):
    """The log dock. Read-only, selectable and copyable; follows new lines while it is
    scrolled to the bottom (:attr:`following`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("log_pane", "Log"), parent)
        self.setObjectName("log_pane")
        # the title has no accelerator ("(L)" would show in it); the Help menu's entry has
        self.toggleViewAction().setText(translate("log_pane", "&Log"))
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(_MAX_LINES)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setAccessibleName(translate("log_pane", "Log"))
        self.setWidget(self.view)
        self.following = True  # the view stays at the newest line
        bar = self.view.verticalScrollBar()
        bar.valueChanged.connect(self._on_bar_valueChanged)
        bar.rangeChanged.connect(self._on_bar_rangeChanged)
        self.handler = QtLogHandler()
        self.handler.bridge.line.connect(self._on_handler_line)

    def attach(self, logger: logging.Logger) -> None:
        logger.addHandler(self.handler)

    def detach(self, logger: logging.Logger) -> None:
        logger.removeHandler(self.handler)

    def text(self) -> str:
        return self.view.toPlainText()

    def _on_handler_line(self, level: int, text: str) -> None:
        colour = LEVEL_COLOURS.get(level, LEVEL_COLOURS[logging.ERROR])
        self.view.appendHtml(
            f'<span style="color:{colour}; white-space:pre-wrap">{html.escape(text)}</span>'
        )
        if self.following:
            self._to_bottom()

    def _on_bar_valueChanged(self, value: int) -> None:
        # The reader scrolled (or the view moved): follow while at the bottom.
        self.following = value >= self.view.verticalScrollBar().maximum()

    def _on_bar_rangeChanged(self, _minimum: int, _maximum: int) -> None:
        if self.following:  # new lines, or lines wrapped anew: still at the newest
            self._to_bottom()

    def _to_bottom(self) -> None:
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())
