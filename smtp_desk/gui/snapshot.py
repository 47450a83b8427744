"""A picture of a screen, filled with example values, as a PNG.

``python -m smtp_desk.gui.snapshot OUT.png [--page society]`` opens the real window (on
whatever display Qt uses), fills the form as a clerk would (a Gmail account, or the sample
society's profile), and saves what the screen shows. Used for the README and by the
real-window test; it never saves anything and uses an example password that is nobody's.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.demo import load_practice_society
from smtp_desk.core.i18n import ENGLISH, LANGUAGES
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.practice import PracticeServer, practice_folder
from smtp_desk.core.sample import sample_society
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sender import SendOptions
from smtp_desk.gui.language import install_language
from smtp_desk.gui.main_window import MainWindow

__all__ = ["EXAMPLE", "fill_example", "fill_society_example", "main"]

EXAMPLE = AccountDraft(
    preset="gmail",
    host="smtp.gmail.com",
    port="587",
    security="starttls",
    user="billing@crystalheights.in",
    from_email="billing@crystalheights.in",
    from_name="Crystal Heights CHS – Accounts",
    reply_to="treasurer@crystalheights.in",
)
_EXAMPLE_PASSWORD = "exam plep assw ordx"  # noqa: S105 (an example, shown masked)


def fill_example(window: MainWindow) -> None:
    page = window.credentials
    window.show_credentials()
    page.preset_box.setCurrentIndex(page.preset_box.findData(EXAMPLE.preset))
    page.host_edit.setText(EXAMPLE.host)
    page.port_edit.setText(EXAMPLE.port)
    page.security_box.setCurrentIndex(page.security_box.findData(EXAMPLE.security))
    page.user_edit.setText(EXAMPLE.user)
    page.password_edit.setText(_EXAMPLE_PASSWORD)
    page.from_email_edit.setText(EXAMPLE.from_email)
    page.from_name_edit.setText(EXAMPLE.from_name)
    page.reply_to_edit.setText(EXAMPLE.reply_to)
    page.check()


def fill_society_example(window: MainWindow) -> None:
    """The sample society's profile and logo, typed into the Society Profile form."""
    sample = sample_society()
    page = window.society
    window.show_society()
    for field, edit in page.fields.items():
        value = getattr(sample.profile, field)
        if isinstance(edit, QLineEdit):
            edit.setText(value)
        else:
            edit.setPlainText(value)
    with as_file(files("smtp_desk.resources.sample") / sample.profile.logo) as logo:
        page.set_logo(logo)


def _settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _practice_window(root: Path, page: str = "practice") -> tuple[MainWindow, PracticeServer]:
    """A practice window with a month-end run a third of the way through (or, for the
    ``page`` "home" or "wording", the practice society on that page, 1024×700)."""
    folder = practice_folder(DataFolder(root))
    server = PracticeServer(folder).start()
    store = SecretStore()
    period = load_practice_society(folder, server, store)
    window = MainWindow(folder=folder, store=store, practice=server)
    if page != "practice":
        window.resize(1024, 700)
        window.show()
        window.log_pane.hide()
        window.open_page(page)
        if page == "wording":
            wording = window.wording
            wording.language_box.setCurrentIndex(wording.language_box.findData("mr"))
            wording.preview.flat_box.setCurrentText("A-101")
            deadline = time.monotonic() + 30
            while "नोव्हेंबर" not in wording.preview.headers.text():
                _settle(50)
                if time.monotonic() > deadline:
                    break
        return window, server
    window.resize(1100, 780)
    window.show()
    window.show_send()
    window.send.align_to("bill", period)
    window.send.options = SendOptions(render_workers=0)  # an even pace for the picture
    window.send.start()  # prepares in the background, then sends
    deadline = time.monotonic() + 60
    while window.send.progress.value() < window.send.progress.maximum() // 3:
        _settle(20)
        if time.monotonic() > deadline:
            break
    return window, server


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m smtp_desk.gui.snapshot")
    parser.add_argument("out", type=Path, help="PNG file to write")
    parser.add_argument(
        "--page",
        choices=["credentials", "society", "practice", "home", "wording"],
        default="credentials",
    )
    parser.add_argument("--language", choices=list(LANGUAGES), default=ENGLISH)
    args = parser.parse_args(argv)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(args.language)
    logging.getLogger("smtp_desk").setLevel(logging.INFO)  # the log pane shows real lines
    server: PracticeServer | None = None
    with tempfile.TemporaryDirectory(prefix="smtp-desk-snapshot-") as tmp:
        if args.page in ("practice", "home", "wording"):
            window, server = _practice_window(Path(tmp), args.page)
        else:
            window = MainWindow(folder=DataFolder(Path(tmp)), store=SecretStore())
            window.resize(1100, 780)
            window.show()
            if args.page == "society":
                fill_society_example(window)
            else:
                fill_example(window)
        _settle(30 if server is not None else 500)  # a running batch does not wait
        screen = window.screen() or QGuiApplication.primaryScreen()
        if QGuiApplication.platformName() == "offscreen":
            picture = window.grab()  # no real screen to read back from
        else:
            picture = screen.grabWindow(window.winId())
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(args.out), "PNG"):
            print(f"Could not write {args.out}", file=sys.stderr)
            return 1
        window.credentials.revert()
        window.society.revert()
        window.wording.revert()
        window.send.cancel()
        window.send.wait()
        window.close()
        if server is not None:
            server.stop()
    platform = QGuiApplication.platformName()
    print(f"Saved {args.out} ({picture.width()}×{picture.height()}, {platform})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
