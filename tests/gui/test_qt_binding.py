"""The Qt binding itself must be sound: a release that mis-counts references to None
(PySide6 6.12.0 on Python 3.11) aborts the program after a few thousand widget calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    # Other threads may hold a few references meanwhile; a leak would be thousands.
    assert abs(sys.getrefcount(None) - before) < 100
