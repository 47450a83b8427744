"""Scrolling over Email Credentials with the wheel changes no field the pointer passes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from smtp_desk.gui.main_window import MainWindow


def wheel(widget: QComboBox) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_does_not_change_an_unfocused_drop_down(qtbot: QtBot, window: MainWindow) -> None:
    window.show_credentials()
    box = window.credentials.preset_box
    window.credentials.user_edit.setFocus()
    before = box.currentIndex()
    wheel(box)
    assert box.currentIndex() == before, "scrolling past the provider left it alone"
    box.setFocus()
    wheel(box)
    assert box.currentIndex() != before, "a clicked drop-down still takes the wheel"
    window.credentials.revert()  # the wheel changed the form: closing must not ask


def test_a_wheel_from_the_mouse_scrolls_past_every_drop_down_of_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A wheel as the window system sends it (spontaneous): Qt would first give a field
    with WheelFocus the focus, and only then the guard would look. Scrolling over the
    security must never turn it into "None"."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractSpinBox, QScrollArea

    window.show_credentials()
    page = window.credentials
    fields = [*page.findChildren(QComboBox), *page.findChildren(QAbstractSpinBox)]
    assert fields and all(f.focusPolicy() != Qt.FocusPolicy.WheelFocus for f in fields)
    box = page.security_box
    for area in page.findChildren(QScrollArea):
        area.ensureWidgetVisible(box)
    page.user_edit.setFocus()
    before = box.currentIndex()
    handle = window.windowHandle()
    assert handle is not None
    QTest.wheelEvent(handle, box.mapTo(window, box.rect().center()), QPoint(0, -120))
    qtbot.wait(20)
    changed, focused = box.currentIndex() != before, box.hasFocus()
    page.revert()  # first: a changed form would make closing the window ask
    assert not changed and not focused
