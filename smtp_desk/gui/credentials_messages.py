"""The message lines under the Email Credentials fields: when a problem shows, and where.

A field's problems show once the clerk has touched it (edited it and left it, or made a
choice in a list), and every field's once the clerk asks to save or test
(:meth:`FieldMessages.reveal_all`); a fresh form is not covered in red before anything was
typed. Every line wraps, and keeps its space: one line is reserved under each field, and
the space a message took stays when it goes, so the fields do not move under the mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

from smtp_desk.core.validation import FieldProblem
from smtp_desk.gui.signin_fields import FieldRow

__all__ = ["ERROR_STYLE", "SHARED_ROWS", "WARNING_STYLE", "FieldMessages"]

ERROR_STYLE = "color: #cf222e;"
WARNING_STYLE = "color: #9a6700;"
# Message lines shown under another field's row.
SHARED_ROWS = {"security": "port", "minute_limit": "daily_limit", "imap_security": "imap_port"}
# Leaving the window (to copy a password from the browser) is not leaving the field.
_NOT_LEAVING = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


class FieldMessages(QObject):
    """Shows each field's problems in its row's message line, once it is due.

    Signals:
        touched(str): the clerk left a field after editing it (its problems are due now).
    """

    touched = Signal(str)

    def __init__(
        self,
        rows: dict[str, FieldRow],
        widget: Callable[[str], QWidget],
        fields: list[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self._widget = widget
        self._edited: set[str] = set()
        self._touched: set[str] = set()
        self._all = False
        self._fields: dict[QWidget, str] = {}
        for field in fields:
            target = widget(field)
            self._fields[target] = field
            target.installEventFilter(self)
        for row in rows.values():
            row.message.setMinimumHeight(row.message.fontMetrics().lineSpacing())

    @property
    def revealing_all(self) -> bool:
        return self._all

    def edited(self, field: str) -> None:
        """The clerk changed ``field``: its problems show once it is left."""
        self._edited.add(field)

    def touch(self, field: str) -> None:
        """The clerk made a choice in ``field`` (a list): its problems show now."""
        self._touched.add(field)

    def reveal_all(self) -> None:
        """Every problem shows (the clerk asked to save or test)."""
        self._all = True

    def reset(self, *, reveal: bool) -> None:
        """A new start (loaded, reverted, saved): nothing touched; ``reveal``: show every
        problem at once (settings from a file). The space kept for gone messages is freed."""
        self._edited.clear()
        self._touched.clear()
        self._all = reveal
        for row in self._rows.values():
            row.message.setMinimumHeight(row.message.fontMetrics().lineSpacing())

    def due(self, field: str) -> bool:
        return self._all or field in self._touched

    def show(self, problems: list[FieldProblem]) -> None:
        """Each due problem under its field, errors first; nothing for the others."""
        by_row: dict[str, list[FieldProblem]] = {}
        for problem in problems:
            if self.due(problem.field) or self.due(SHARED_ROWS.get(problem.field, "")):
                row = SHARED_ROWS.get(problem.field, problem.field)
                by_row.setdefault(row, []).append(problem)
        for field, line in self._rows.items():
            if field in SHARED_ROWS:
                continue
            shown = sorted(by_row.get(field, []), key=lambda p: not p.is_error)
            text = "\n".join(("✗ " if p.is_error else "⚠ ") + p.message for p in shown)
            self._show_line(line, text, error=bool(shown) and shown[0].is_error)
            self._widget(field).setAccessibleDescription(text)

    def first(self, fields: Iterable[str]) -> str | None:
        """Of ``fields``, the one the clerk reaches first (in the form's reading order)."""
        order = {row: index for index, row in enumerate(self._rows)}

        def place(field: str) -> int:
            return order.get(SHARED_ROWS.get(field, field), len(order))

        return min(fields, key=place, default=None)

    def _show_line(self, row: FieldRow, text: str, *, error: bool) -> None:
        message = row.message
        if message.text() and not text and message.height() > message.minimumHeight():
            message.setMinimumHeight(message.height())  # the space stays: nothing moves up
        message.setText(text)
        message.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        message.setVisible(not row.label.isHidden() or bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            field = self._fields.get(watched)  # type: ignore[call-overload]
            if field in self._edited and event.reason() not in _NOT_LEAVING:
                assert field is not None
                self._touched.add(field)
                self.touched.emit(field)
        return False
