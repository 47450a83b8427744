"""Scrolling a page with the mouse wheel must not change a drop-down or a number field the
pointer passes over (a clerk scrolling Email Credentials once turned the provider into
Custom and the security into "None"): the wheel changes such a field only when it has the
keyboard focus, i.e. after it was clicked.

Qt gives a drop-down or number field with its usual ``WheelFocus`` the focus *before* any
event filter sees a wheel from the mouse, so the guard also takes that policy away (click
and Tab still focus them) as each such field is first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

__all__ = ["guard_wheel"]


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QComboBox | QAbstractSpinBox):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QComboBox | QAbstractSpinBox)
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            parent = watched.parentWidget()
            if parent is not None:  # the scroll area behind it scrolls instead
                QCoreApplication.sendEvent(parent, event)
            return True
        return False


_guard: _WheelGuard | None = None


def guard_wheel() -> None:
    """Install the guard on the application (once)."""
    global _guard
    app = QApplication.instance()
    if _guard is None and app is not None:
        _guard = _WheelGuard(app)
        app.installEventFilter(_guard)
