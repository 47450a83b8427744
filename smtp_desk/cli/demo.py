"""``smtp-desk demo``: the whole month-end job in practice, with one command.

Where a window can open (and ``--headless`` is not given), :mod:`smtp_desk.entry` opens
the practice window instead of running this command; what reaches :func:`run` is the run
without a window.
"""

from __future__ import annotations

import argparse
from typing import Any

from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import data_folder
from smtp_desk.core.practice import practice_folder

__all__ = ["add_parser"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "demo",
        help="practice with the sample society; no real email leaves this PC",
        description="Load the sample society into the practice data folder and start in "
        "practice mode (a built-in mail server keeps every message in a test inbox). With "
        "a display, opens the window at Send; without one, or with --headless, runs the "
        "month-end bill run and prints what happened.",
    )
    parser.add_argument("--headless", action="store_true", help="no window: run and report")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    real = data_folder()
    setup_logging(practice_folder(real).ensure().log_file)
    from smtp_desk.core.demo import run_headless_demo  # starts a mail server: only here

    if not args.headless:  # a window was wanted, and the entry found no display for it
        print("No display here: running the practice month-end run without a window.")
    print(run_headless_demo(real))
    return 0
