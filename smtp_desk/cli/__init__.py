"""The ``smtp-desk`` command: the same core as the window, for scripts and the IT helper.

Exit codes: 0 success, 1 failure (something could not be done), 2 invalid input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from smtp_desk import APP_NAME, __version__
from smtp_desk.cli import (
    configure,
    connection,
    demo,
    importing,
    presets,
    profile,
    render,
    self_test,
    sending,
)

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smtp-desk",
        description=f"{APP_NAME}: mail maintenance bills, receipts and statements to members. "
        "Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    configure.add_parser(commands)
    presets.add_parser(commands)
    profile.add_parser(commands)
    render.add_parser(commands)
    connection.add_parser(commands)
    importing.add_parsers(commands)
    sending.add_parsers(commands)
    demo.add_parser(commands)
    self_test.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from smtp_desk.gui.app import main as gui_main  # Qt only when a window is wanted

        return gui_main([])
    try:
        result: int = args.run(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into a program that stopped reading (head)
        sys.stderr.close()
        return 1
    return result
