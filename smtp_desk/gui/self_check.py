"""The self-test's window check: the main window opens and closes (offscreen where no
display is). Handed to ``smtp-desk self-test`` by the entry module, so the commands never
import the window themselves.

The offscreen platform says "This plugin does not support propagateSizeHints()" whenever a
window is shown; that one message is dropped while the check runs, so the self-test prints
only its own lines. Any other Qt message goes where it went before."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["window_check"]


_NOISE = ("propagateSizeHints",)


@contextmanager
def _quiet_platform() -> Iterator[None]:
    """Drop the offscreen platform's notices (:data:`_NOISE`) while the window opens."""
    from PySide6.QtCore import qInstallMessageHandler

    previous: Any = None

    def handler(kind: Any, context: Any, text: str) -> None:
        if any(noise in text for noise in _NOISE):
            return
        if previous is not None:
            previous(kind, context, text)
        else:
            import sys

            print(text, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def window_check() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    with _quiet_platform():
        return _open_and_close(QApplication)


def _open_and_close(application: Any) -> str:
    from smtp_desk.core.paths import DataFolder
    from smtp_desk.core.secret_store import SecretStore
    from smtp_desk.gui.main_window import MainWindow

    app = application.instance() or application(["smtp-desk"])
    with tempfile.TemporaryDirectory(prefix="smtp-desk-self-test-") as tmp:
        window = MainWindow(folder=DataFolder(Path(tmp)), store=SecretStore())
        window.show()
        app.processEvents()
        title = window.windowTitle().replace("[*]", "")
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"main window opens and closes ({title!r}, {app.platformName()})"
