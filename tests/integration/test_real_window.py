"""SMTP Desk in a real X window (Xvfb): the program starts, and the Email Credentials
screen is photographed as build/screenshots/email-credentials.png."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from smtp_desk.core.paths import DataFolder
from tests.conftest import unavailable
from tests.support.desktop import missing_programs
from tests.support.dns_server import dns_server
from tests.support.smtpd import PASSWORD, USER, MailServer

pytestmark = pytest.mark.real_window

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _x_env(display: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def test_screenshot_of_the_email_credentials_screen(x_display: str) -> None:
    out = SCREENSHOTS / "email-credentials.png"
    out.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "smtp_desk.gui.snapshot", str(out)],
        env=_x_env(x_display),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "xcb" in done.stdout, "taken from a real X window, not rendered offscreen"
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 900 and image.height() >= 600
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20, "the window has content, not one flat colour"


def test_the_program_opens_its_window_on_a_real_display(
    x_display: str, data_home: DataFolder
) -> None:
    command = shutil.which("smtp-desk", path=str(Path(sys.executable).parent))
    assert command
    program = subprocess.Popen(
        [command], env=_x_env(x_display), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not (
            data_home.log_file.exists()
            and "started" in data_home.log_file.read_text(encoding="utf-8")
        ):
            assert program.poll() is None, program.communicate()[1]
            assert time.monotonic() < deadline, "no start-up line in the log"
            time.sleep(0.2)
        time.sleep(0.5)
        assert program.poll() is None, "the window stays open"
    finally:
        program.terminate()
        program.wait(timeout=10)


def test_make_run_opens_practice_mode_on_a_real_display(
    x_display: str, data_home: DataFolder
) -> None:
    """`make run` is `smtp-desk demo`: with a display, the practice window at Send."""
    command = shutil.which("smtp-desk", path=str(Path(sys.executable).parent))
    assert command
    log = data_home.root / "practice" / "logs" / "smtp-desk.log"
    program = subprocess.Popen(
        [command, "demo"],
        env=_x_env(x_display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "started" in log.read_text(encoding="utf-8")):
            assert program.poll() is None, program.communicate()[1]
            assert time.monotonic() < deadline, "no start-up line in the practice log"
            time.sleep(0.2)
        time.sleep(0.5)
        assert program.poll() is None, "the practice window stays open"
        assert (data_home.root / "practice" / "register.db").is_file()
        assert not data_home.register_file.exists(), "the real register is not created"
    finally:
        program.terminate()
        program.wait(timeout=10)


def _xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env=_x_env(display),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_first_launch_address_password_and_one_key_pass_the_test(
    x_display: str, data_home: DataFolder, server: MailServer
) -> None:
    """The two-field goal in a real window: from the first launch, the clerk types the
    society's address and the password and presses Enter; the settings are found from the
    domain (its SRV record names the local server), tested and saved."""
    if missing_programs("xdotool"):
        unavailable("typing into a real window needs xdotool")
    command = shutil.which("smtp-desk", path=str(Path(sys.executable).parent))
    assert command
    domain = USER.rpartition("@")[2]
    zone = f"_submission._tcp.{domain}. 300 IN SRV 0 1 {server.port} localhost.\n"
    typed: list[str] = []  # what the clerk types into fields
    pressed: list[str] = []  # and the one action that starts everything
    with dns_server(zone) as dns:
        env = _x_env(x_display) | {"SMTP_DESK_DNS": dns}
        program = subprocess.Popen([command], env=env, stderr=subprocess.PIPE, text=True)
        try:
            window = _xdotool(x_display, "search", "--sync", "--onlyvisible", "--name", "SMTP Desk")
            _xdotool(x_display, "windowfocus", "--sync", window.splitlines()[0])
            time.sleep(1.0)  # the first-run page settles, its address field focused
            for text, key in ((USER, "Return"), (PASSWORD, "Return")):
                _xdotool(x_display, "type", "--delay", "5", text)
                typed.append(text)
                _xdotool(x_display, "key", key)
            pressed.append("Return")
            deadline = time.monotonic() + 45
            while (USER, PASSWORD) not in server.seen.logins or not _saved(data_home):
                assert program.poll() is None, program.communicate()[1]
                assert time.monotonic() < deadline, "the test did not pass and save in time"
                time.sleep(0.2)
        finally:
            program.terminate()
            program.wait(timeout=10)
    assert len(typed) == 2 and len(pressed) == 1, "two fields and one action"
    saved = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert (saved["host"], saved["port"], saved["security"]) == (
        "localhost",
        server.port,
        "starttls",
    )
    assert saved["user"] == saved["from_email"] == USER


def _saved(folder: DataFolder) -> bool:
    return folder.settings_file.exists() and "localhost" in folder.settings_file.read_text("utf-8")


def test_the_window_in_marathi_fits_a_1024_by_700_screen(
    x_display: str, data_home: DataFolder
) -> None:
    """Every page on a real X display in Marathi: no label cut off, nothing in English."""
    from tests.support.society import make_society

    make_society(data_home, members=5, port=2525, names={1: "श्रीकांत क्षीरसागर"})
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.label_fit", "mr", str(data_home.root)],
        env=_x_env(x_display),
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb" and report["language"] == "mr"
    assert report["pages"] == 8 and report["texts"] > 80
    assert report["clipped"] == [], "\n".join(report["clipped"])
    assert report["english"] == [], "\n".join(report["english"])
