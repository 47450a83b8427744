"""The way in chooses the window or the command line (smtp_desk.entry).

The window's starters are replaced by stand-ins that note the call, so no Qt is loaded;
the real window behind ``smtp-desk`` and ``smtp-desk demo`` is opened by
``tests/integration/test_real_window.py``, the headless demo run by
``tests/integration/test_practice.py``.
"""

from __future__ import annotations

import argparse

import pytest

from smtp_desk import __version__, entry
from smtp_desk.cli import demo
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.gui import app

Calls = list[str]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """What was started: "window", "practice window" or "headless demo"."""
    started: Calls = []

    def window(argv: list[str]) -> int:
        started.append(f"window {argv}")
        return 0

    def practice() -> int:
        started.append("practice window")
        return 0

    def headless(args: argparse.Namespace) -> int:
        started.append(f"headless demo, asked for {'no ' if args.headless else ''}window")
        return 0

    monkeypatch.setattr(app, "main", window)
    monkeypatch.setattr(app, "run_practice", practice)
    monkeypatch.setattr(demo, "run", headless)
    return started


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("display")
def test_without_a_command_the_window_opens(calls: Calls) -> None:
    assert entry.main([]) == 0
    assert calls == ["window []"]


@pytest.mark.usefixtures("display")
def test_demo_with_a_display_opens_the_practice_window(calls: Calls) -> None:
    assert entry.main(["demo"]) == 0
    assert calls == ["practice window"]


@pytest.mark.usefixtures("display")
def test_demo_headless_runs_without_a_window_even_with_a_display(calls: Calls) -> None:
    assert entry.main(["demo", "--headless"]) == 0
    assert calls == ["headless demo, asked for no window"]


@pytest.mark.usefixtures("no_display")
def test_demo_without_a_display_runs_headless(calls: Calls) -> None:
    assert entry.main(["demo"]) == 0
    assert calls == ["headless demo, asked for window"]


@pytest.mark.usefixtures("display")
def test_a_command_runs_the_command_line(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["presets"]) == 0
    assert "smtp.gmail.com" in capsys.readouterr().out
    assert calls == []


@pytest.mark.usefixtures("display")
def test_the_practice_window_ends_like_a_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl+C in the terminal, or trouble starting practice: one sentence, the exit code."""

    def interrupted() -> int:
        raise KeyboardInterrupt

    def refused() -> int:
        raise SmtpDeskError("the practice server could not start.")

    monkeypatch.setattr(app, "run_practice", interrupted)
    assert entry.main(["demo"]) == 130
    assert "Interrupted." in capsys.readouterr().err
    monkeypatch.setattr(app, "run_practice", refused)
    assert entry.main(["demo"]) == 2
    assert capsys.readouterr().err == "error: the practice server could not start.\n"


def test_help_and_version_end_before_any_front_end(
    calls: Calls, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["--version"], ["--help"]):
        with pytest.raises(SystemExit) as ended:
            entry.main(argv)
        assert ended.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"smtp-desk {__version__}\n") and "usage: smtp-desk" in out
    assert calls == []


def test_the_windowed_program_opens_the_window_or_practice(calls: Calls) -> None:
    assert entry.windowed_main([]) == 0
    assert entry.windowed_main(["demo"]) == 0
    assert entry.windowed_main(["--anything"]) == 0
    assert calls == ["window []", "practice window", "window []"]
