"""Starting the window, real or practice, once :mod:`smtp_desk.entry` has chosen it
(``smtp-desk`` with no command, ``smtp-desk demo`` with a display, ``smtp-desk-gui``).

Nothing here imports Qt until a window is started: :func:`display_available` only reads
the environment.

The window starts on the data folder ``SMTP_DESK_HOME`` names (or the per-user one); File >
Open Society… asks :class:`Switcher` for another one, and the Switcher closes the window and
opens a new one on that folder, as it does for practice mode. The societies opened are
remembered in the per-user list (:mod:`smtp_desk.core.societies`) as the window leaves them
and arrives; merely starting the program writes nothing there."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.demo import load_practice_society, refresh_practice_account
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder, data_folder
from smtp_desk.core.practice import PracticeServer, practice_folder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.societies import remember_society

__all__ = ["display_available", "main", "run_practice"]

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


def _application(argv: Sequence[str]) -> Any:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("smtp-desk")
    with as_file(files("smtp_desk.resources") / "icon.svg") as icon:
        app.setWindowIcon(QIcon(str(icon)))
    return app


class Switcher:
    """Opens the real or the practice window and swaps one for the other on request, or
    the window of another society (another data folder)."""

    def __init__(self) -> None:
        self.real = data_folder().ensure()
        self.store = SecretStore()
        self.window: Any = None
        self.server: PracticeServer | None = None

    def open(self, practice: bool) -> Any:
        from smtp_desk.gui.main_window import MainWindow

        if practice:
            folder = practice_folder(self.real).ensure()
            self.server = PracticeServer(folder).start()
            if not folder.register_file.exists():
                period = load_practice_society(folder, self.server, self.store)
            else:  # keep the practice so far; the server's port and password are new
                period = ""
                refresh_practice_account(folder, self.server, self.store)
        else:
            folder, period = self.real, ""
        setup_logging(folder.log_file)
        window = MainWindow(
            folder=folder,
            store=self.store,
            practice=self.server if practice else None,
            first_run=not practice,
        )
        window.switch_requested.connect(self._on_switch_requested)
        window.society_requested.connect(self._on_society_requested)
        if practice:
            window.show_send()
            if period:
                window.send.align_to("bill", period)
            window.send.prepare()
        window.show()
        self.window = window
        return window

    def _on_switch_requested(self, practice: bool) -> None:
        old = self.window
        if old is None or not old.close():
            return  # the person kept the window (unsaved changes)
        if self.server is not None:
            self.server.stop()
            self.server = None
        old.deleteLater()
        self.open(practice)

    def _on_society_requested(self, folder: Path) -> None:
        """The window asked for another society (it refused while sending, and settled its
        unsaved changes): close it, remember both, open the other one's window."""
        old = self.window
        if old is None or not old.close():
            return
        remember_society(self.real, name=old.society_name)
        old.deleteLater()
        self.real = DataFolder(folder).ensure()
        window = self.open(practice=False)
        remember_society(self.real, name=window.society_name)


def run_practice() -> int:
    """``smtp-desk demo`` with a display: the practice window at the Send screen."""
    app = _application([])
    switcher = Switcher()
    folder = practice_folder(switcher.real)
    for stale in ("register.db", "register.db-wal", "register.db-shm"):
        (folder.root / stale).unlink(missing_ok=True)  # a demo starts from the sample
    switcher.open(practice=True)
    try:
        return int(app.exec())
    finally:
        if switcher.server is not None:
            switcher.server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    if not display_available():
        print(NO_DISPLAY)
        return 0
    app = _application(list(argv or []))
    switcher = Switcher()
    switcher.open(practice=False)
    try:
        return int(app.exec())
    finally:
        if switcher.server is not None:
            switcher.server.stop()
