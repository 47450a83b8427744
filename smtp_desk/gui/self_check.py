"""The self-test's window check: the main window opens and closes (offscreen where no
display is). Handed to ``smtp-desk self-test`` by the entry module, so the commands never
import the window themselves."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["window_check"]


def window_check() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smtp_desk.core.paths import DataFolder
    from smtp_desk.core.secret_store import SecretStore
    from smtp_desk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["smtp-desk"])
    with tempfile.TemporaryDirectory(prefix="smtp-desk-self-test-") as tmp:
        window = MainWindow(folder=DataFolder(Path(tmp)), store=SecretStore())
        window.show()
        app.processEvents()
        title = window.windowTitle().replace("[*]", "")
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"main window opens and closes ({title!r}, {app.platformName()})"  # type: ignore[attr-defined]
