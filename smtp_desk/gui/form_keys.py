"""The keys of a form page (Email Credentials, Society Profile): Enter saves (or says what
to fix), Esc reverts, anywhere on the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

__all__ = ["add_form_keys"]


def add_form_keys(
    page: QWidget, *, enter: Callable[[], object], escape: Callable[[], object]
) -> None:
    """Return and keypad Enter call ``enter``, Esc ``escape``, while focus is on the page (a
    widget that takes Enter itself, such as a multi-line box, keeps it)."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
        shortcut = QShortcut(QKeySequence(key), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(escape if key == Qt.Key.Key_Escape else enter)
