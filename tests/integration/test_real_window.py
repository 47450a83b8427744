"""SMTP Desk in a real X window (Xvfb): the program starts, and the Email Credentials
screen is photographed as build/screenshots/email-credentials.png."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from smtp_desk.core.paths import DataFolder

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
