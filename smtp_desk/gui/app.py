"""Starting the window: ``smtp-desk`` with no command, or the ``smtp-desk-gui`` launcher."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.resources import as_file, files

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import data_folder
from smtp_desk.core.secret_store import SecretStore

__all__ = ["display_available", "main"]

NO_DISPLAY = (
    f"{APP_NAME} needs a screen to open its window, and this session has none "
    "(no DISPLAY or WAYLAND_DISPLAY). Run it on the office PC's desktop, or use the "
    "command line: 'smtp-desk --help'."
)


def display_available() -> bool:
    """False on a Linux/BSD session without a display server, where Qt could only abort."""
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # chosen explicitly (offscreen, xcb, wayland …)
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    if not display_available():
        print(NO_DISPLAY)
        return 0
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from smtp_desk.gui.main_window import MainWindow

    folder = data_folder().ensure()
    setup_logging(folder.log_file)
    app = QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("smtp-desk")
    with as_file(files("smtp_desk.resources") / "icon.svg") as icon:
        app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow(folder=folder, store=SecretStore())
    window.show()
    return app.exec()
