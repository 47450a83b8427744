"""SMTP Desk started twice on one data folder: the real program (offscreen), twice. The
second start brings the first window to the front and ends; a window whose program was
killed leaves nothing that stops the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from smtp_desk.core.paths import DataFolder
from tests.support.society import make_society

STARTED = "started; data folder"
SHOWN = "SMTP Desk was started again: this window was brought to the front."


def _start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "smtp_desk"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _log_says(folder: DataFolder, text: str, count: int = 1, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if folder.log_file.exists() and folder.log_file.read_text("utf-8").count(text) >= count:
            return True
        time.sleep(0.05)
    return False


def _environment(data_home: DataFolder, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SMTP_DESK_HOME": str(data_home.root),
        "SMTP_DESK_CONFIG": str(tmp_path / "config"),
        "HOME": str(tmp_path / "home"),
    }


def test_a_second_start_shows_the_first_window_and_ends(
    data_home: DataFolder, tmp_path: Path
) -> None:
    make_society(data_home, members=2, port=2525)
    env = _environment(data_home, tmp_path)
    first = _start(env)
    try:
        assert _log_says(data_home, STARTED), "the first window opened"
        second = subprocess.run(
            [sys.executable, "-m", "smtp_desk"], env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout and "Traceback" not in second.stderr
        assert _log_says(data_home, SHOWN), "the first window was asked to come to the front"
        assert _log_says(data_home, STARTED, count=1) and first.poll() is None
        assert data_home.log_file.read_text("utf-8").count(STARTED) == 1, "no second window"
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_a_window_whose_program_was_killed_does_not_stop_the_next_start(
    data_home: DataFolder, tmp_path: Path
) -> None:
    make_society(data_home, members=2, port=2525)
    env = _environment(data_home, tmp_path)
    killed = _start(env)
    assert _log_says(data_home, STARTED)
    killed.send_signal(signal.SIGKILL)
    killed.communicate(timeout=30)
    assert (data_home.root / "window.lock").exists(), "the lock was left behind"
    again = _start(env)
    try:
        assert _log_says(data_home, STARTED, count=2), "the next start opened its window"
        assert again.poll() is None
    finally:
        again.terminate()
        again.communicate(timeout=30)
