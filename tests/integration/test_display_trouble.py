"""A display that does not answer: one sentence and exit code 2 for the window, the
headless run for ``demo``, never Qt's abort (exit 134, "core dumped"); and no Qt noise
from ``self-test``. Run as the person would, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smtp_desk.gui import app

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X11 and Wayland displays are Linux's"
)


def _silent_display() -> str:
    """An X display number no server answers on."""
    for number in range(93, 200):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not app._x_answers(f":{number}"):
            return f":{number}"
    pytest.skip("every X display number from :93 up answers here")


def _run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment.update(SMTP_DESK_HOME=str(home), PYTHONIOENCODING="utf-8", **env)
    return subprocess.run(
        [sys.executable, "-m", "smtp_desk", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _no_abort(done: subprocess.CompletedProcess[str]) -> None:
    both = done.stdout + done.stderr
    assert done.returncode not in (134, -6), both
    for noise in ("Aborted", "core dumped", "qt.qpa", "reinstalling the application"):
        assert noise not in both


def test_the_window_on_a_display_that_does_not_answer_says_so(tmp_path: Path) -> None:
    display = _silent_display()
    done = _run([], tmp_path / "home", DISPLAY=display)
    _no_abort(done)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        f"The display {display} does not answer: start the desktop, or set DISPLAY to a "
        "running X server; on a server, use the commands (smtp-desk --help) or "
        "'smtp-desk demo --headless'.\n"
    )


def test_a_wayland_display_that_does_not_answer_says_so(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    done = _run(
        [],
        tmp_path / "home",
        WAYLAND_DISPLAY="wayland-93",
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="wayland",
    )
    _no_abort(done)
    assert done.returncode == 2
    assert done.stderr.startswith("The Wayland display wayland-93 does not answer: ")
    assert "WAYLAND_DISPLAY" in done.stderr and done.stderr.count("\n") == 1


def test_demo_on_a_display_that_does_not_answer_runs_headless(tmp_path: Path) -> None:
    display = _silent_display()
    done = _run(["demo"], tmp_path / "home", DISPLAY=display)
    _no_abort(done)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        f"The display {display} does not answer: running the practice month-end run "
        "without a window."
    )
    assert lines[1].startswith("Practice month-end run: bills for ")
    assert "sent to the test inbox" in done.stdout
    assert any((tmp_path / "home" / "practice" / "inbox").glob("*.eml"))


def test_self_test_prints_no_qt_noise(tmp_path: Path) -> None:
    done = _run(["self-test"], tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    _no_abort(done)
    assert "✓ window: main window opens and closes" in done.stdout, done.stdout
    assert "propagateSizeHints" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("env", "trouble"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":93"}, None),
        ({"QT_QPA_PLATFORM": "minimal"}, None),
        ({"QT_QPA_PLATFORM": "xcb"}, "QT_QPA_PLATFORM asks for X11 (xcb) but DISPLAY is not set"),
        ({"DISPLAY": "nowhere.invalid:93"}, "The display nowhere.invalid:93 does not answer"),
        ({"DISPLAY": "not a display"}, None),  # unreadable: Qt is given its chance
    ],
)
def test_which_displays_are_checked(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], trouble: str | None
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert app.display_trouble() == trouble


def test_a_display_that_answers_is_no_trouble(monkeypatch: pytest.MonkeyPatch) -> None:
    """A listening socket is enough: the check does not speak X11."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        try:
            server.bind(("127.0.0.1", 6099))
        except OSError:
            pytest.skip("TCP port 6099 is taken here")
        server.listen(1)
        monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.setenv("DISPLAY", "127.0.0.1:99")
        assert app.display_trouble() is None
