"""Starting the window, real or practice, once :mod:`smtp_desk.entry` has chosen it
(``smtp-desk`` with no command, ``smtp-desk demo`` with a display, ``smtp-desk-gui``).

Nothing here imports Qt until a window is started: :func:`display_available` only reads
the environment, and :func:`display_trouble` knocks on the display server's socket, so a
display that does not answer ends as one sentence and exit code 2 instead of Qt's abort.

The window starts on the data folder ``SMTP_DESK_HOME`` names (or the per-user one); File >
Open Society… asks :class:`Switcher` for another one, and the Switcher closes the window and
opens a new one on that folder, as it does for practice mode. The societies opened are
remembered in the per-user list (:mod:`smtp_desk.core.societies`) as the window leaves them
and arrives; merely starting the program writes nothing there."""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Sequence
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.demo import load_practice_society, refresh_practice_account
from smtp_desk.core.i18n import translate
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder, data_folder
from smtp_desk.core.practice import PracticeServer, practice_folder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.societies import remember_society

__all__ = ["display_available", "display_trouble", "main", "no_window", "run_practice"]

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


_KNOCK_SECONDS = 2.0  # a display server answers at once; a dead one must not hang the start
_X_DISPLAY = re.compile(r"(?:(?P<protocol>[a-z]+)/)?(?P<host>.*):(?P<number>\d+)(?:\.\d+)?")


def _unix_answers(path: str) -> bool:
    if not hasattr(socket, "AF_UNIX"):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(_KNOCK_SECONDS)
        try:
            sock.connect(path)
        except OSError:
            return False
    return True


def _tcp_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=_KNOCK_SECONDS):
            return True
    except (OSError, UnicodeError):
        return False


def _x_answers(display: str) -> bool:
    """Whether the X server ``display`` names accepts a connection (as libxcb would try:
    the local socket, abstract then in /tmp/.X11-unix, for ``:N``; TCP 6000+N for
    ``host:N``). A DISPLAY this cannot read is given the benefit of the doubt."""
    match = _X_DISPLAY.fullmatch(display.strip())
    if match is None:
        return True
    protocol, host, number = match["protocol"], match["host"], int(match["number"])
    host = host.strip("[]")
    if host.startswith("/"):  # a socket path (XQuartz's launchd DISPLAY)
        return _unix_answers(display.strip()) or _unix_answers(host)
    if protocol == "unix" or host in ("", "unix"):
        local = f"/tmp/.X11-unix/X{number}"  # noqa: S108 -- the X server's own socket
        if sys.platform.startswith("linux") and _unix_answers("\0" + local):
            return True
        if _unix_answers(local):
            return True
        return protocol != "unix" and _tcp_answers("localhost", 6000 + number)
    return _tcp_answers(host, 6000 + number)


def _wayland_answers(name: str) -> bool:
    if os.path.isabs(name):
        return _unix_answers(name)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and _unix_answers(os.path.join(runtime, name))


def display_trouble() -> str | None:
    """What is wrong with the display Qt would open, as the start of a sentence ("The
    display :93 does not answer"); None when it answers, or when it is not a display this
    can check (Windows, macOS, offscreen, a framebuffer …).

    Only the X11 (xcb) and Wayland platforms are checked: if any platform Qt could choose
    answers, the window is given its chance."""
    if sys.platform in ("win32", "darwin"):
        return None
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    platforms = [p.split(":")[0].strip().lower() for p in chosen.split(";") if p.strip()]
    x_display = os.environ.get("DISPLAY", "")
    wayland = os.environ.get("WAYLAND_DISPLAY", "")
    if not platforms:
        platforms = (["wayland"] if wayland else []) + (["xcb"] if x_display else [])
    troubles: list[str] = []
    for platform in platforms:
        if platform == "xcb":
            if not x_display:
                troubles.append("QT_QPA_PLATFORM asks for X11 (xcb) but DISPLAY is not set")
            elif _x_answers(x_display):
                return None
            else:
                troubles.append(f"The display {x_display} does not answer")
        elif platform.startswith("wayland"):
            name = wayland or "wayland-0"
            if _wayland_answers(name):
                return None
            troubles.append(f"The Wayland display {name} does not answer")
        else:
            return None  # offscreen, minimal, eglfs, vnc …: nothing to knock on
    return troubles[0] if troubles else None


def no_window(trouble: str) -> str:
    """The one sentence for a window that cannot open because of ``trouble``."""
    variable = (
        "WAYLAND_DISPLAY to a running Wayland desktop"
        if "Wayland" in trouble
        else ("DISPLAY to a running X server")
    )
    return (
        f"{trouble}: start the desktop, or set {variable}; on a server, use the commands "
        "(smtp-desk --help) or 'smtp-desk demo --headless'."
    )


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
    from smtp_desk.gui.language import install_language

    install_language()  # before the first widget: every label is made in the chosen language
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
    trouble = display_trouble()
    if trouble:
        print(no_window(trouble), file=sys.stderr)
        return 2
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
    trouble = display_trouble()
    if trouble:
        print(no_window(trouble), file=sys.stderr)
        return 2
    from smtp_desk.gui.one_window import OneWindow

    app = _application(list(argv or []))
    switcher = Switcher()
    one = OneWindow(switcher.real, app)
    if not one.claim():  # a second start: the window already open comes to the front
        if one.ask_to_show():
            print(f"{APP_NAME} is already open for {switcher.real.root}: its window was shown.")
            return 0
        return _already_open(switcher.real)
    one.show_requested.connect(lambda: _bring_to_front(switcher.window))
    switcher.open(practice=False)
    try:
        return int(app.exec())
    finally:
        one.release()
        if switcher.server is not None:
            switcher.server.stop()


def _bring_to_front(window: Any) -> None:
    from PySide6.QtCore import Qt

    if window is None:
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _already_open(folder: DataFolder) -> int:
    """The window already open could not be asked to show itself: say where it is."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        APP_NAME,
        translate(
            "app",
            "SMTP Desk is already open for this society ({folder}): use that window (it may "
            "be minimised on the taskbar).",
        ).format(folder=folder.root),
    )
    return 0
