"""The way in: chooses the window or the command line, and does nothing else.

``smtp-desk`` (and ``python -m smtp_desk``): with no command, the window; ``demo``, the
practice window where a display is available and answers and ``--headless`` is not given;
any other command, and ``demo`` without a window, the command line. A display that does not
answer is one sentence and exit code 2 for the window, and the headless run for ``demo``.

``smtp-desk-gui``, the windowed program (no console window on Windows): the window, or
with ``demo`` the practice window. Run as a script, this module is that program; it is the
windowed program's entry script in ``build_installer.spec``.

Only this module knows both front ends: :mod:`smtp_desk.cli` and :mod:`smtp_desk.gui` never
import each other, and the core imports neither (``tests/unit/test_layers.py`` reads every
import to keep it so). Each front end is imported only once it is chosen, so a command
never loads Qt and the windowed program never loads the command line.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

__all__ = ["main", "windowed_main"]


def main(argv: Sequence[str] | None = None) -> int:
    """``smtp-desk``: the window without a command, otherwise the command line."""
    from smtp_desk import cli

    args = cli.parse_args(argv)  # --help, --version and a mistyped command end here
    if args.command is None:
        from smtp_desk.gui.app import main as open_window

        return open_window([])
    if args.command == "demo" and not args.headless:
        from smtp_desk.gui.app import (  # no Qt until run
            display_available,
            display_trouble,
            run_practice,
        )

        if display_available():
            trouble = display_trouble()
            if trouble is None:
                # Still a command: whatever the practice window lets through (Ctrl+C in
                # the terminal, the practice server unable to start) ends as the
                # commands' one sentence and exit code.
                return cli.guarded(run_practice)
            # A display that does not answer would make Qt abort: the run without a window.
            print(f"{trouble}: running the practice month-end run without a window.")
            args.headless = True
    if args.command == "self-test":
        from smtp_desk.gui.self_check import window_check  # imported only when it runs

        args.window_check = window_check
    return cli.run(args)


def windowed_main(argv: Sequence[str] | None = None) -> int:
    """``smtp-desk-gui``: the window; ``smtp-desk-gui demo`` the practice window."""
    from smtp_desk.gui.app import main as open_window
    from smtp_desk.gui.app import run_practice

    args = list(sys.argv[1:] if argv is None else argv)
    return run_practice() if args[:1] == ["demo"] else open_window([])


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the PDF workers of the installed program
    raise SystemExit(windowed_main())
