"""The ``smtp-desk`` commands: the same core as the window, for scripts and the IT helper.

The ``smtp-desk`` program itself is :mod:`smtp_desk.entry`, which opens the window when no
command is named and runs these otherwise; nothing here imports the window.

Exit codes: 0 success, 1 failure (something could not be done), 2 invalid input, or a
command that cannot work at all (a damaged register, a full disk, …).

Whatever goes wrong ends in one sentence, never a traceback: :func:`guarded` catches what a
command lets through: an ``SmtpDeskError`` (its text is the sentence) or an ``OSError`` is
printed as ``error: …``; anything else is a short sentence naming the log file, which gets
the traceback.
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from smtp_desk import APP_NAME, __version__
from smtp_desk.cli import (
    backups,
    configure,
    connection,
    demo,
    detect,
    importing,
    presets,
    profile,
    render,
    runs,
    self_test,
    sending,
    signin,
)
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import data_folder
from smtp_desk.core.store_errors import disk_full_sentence

__all__ = ["build_parser", "guarded", "main", "parse_args", "run"]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smtp-desk",
        description=f"{APP_NAME}: mail maintenance bills, receipts and statements to members. "
        "Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    configure.add_parser(commands)
    detect.add_parser(commands)
    presets.add_parser(commands)
    profile.add_parser(commands)
    render.add_parser(commands)
    connection.add_parser(commands)
    signin.add_parser(commands)
    importing.add_parsers(commands)
    sending.add_parser(commands)
    runs.add_parsers(commands)
    backups.add_parser(commands)
    demo.add_parser(commands)
    self_test.add_parser(commands)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line as given; ``command`` is None when it names no command."""
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command that ``argv`` names."""
    return run(parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; its exit code."""
    if args.command is None:  # the window is smtp_desk.entry's to open, not the commands'
        return _error("name a command ('smtp-desk --help' lists them).")
    command: Callable[[argparse.Namespace], int] = args.run
    return guarded(lambda: command(args))


def guarded(work: Callable[[], int]) -> int:
    """Run a command's work; whatever it lets through ends as one sentence and exit code."""
    try:
        result = work()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into a program that stopped reading (head)
        sys.stderr.close()
        return 1
    except SmtpDeskError as exc:
        return _error(str(exc))
    except OSError as exc:
        return _error(_file_problem(exc))
    except Exception as exc:
        return _error(_unexpected(exc))
    return result


def _error(sentence: str) -> int:
    print(f"error: {sentence}", file=sys.stderr)
    return 2


def _file_problem(exc: OSError) -> str:
    where = str(exc.filename) if exc.filename else "a file"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full_sentence(Path(where).parent if exc.filename else data_folder().root)
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return (
            f"{where} may not be read or written ({exc.strerror}): the file or its folder is "
            "read-only or belongs to another user. Allow it, then try again."
        )
    return (
        f"{where} could not be read or written ({exc.strerror or exc}). Check it, then try again."
    )


def _unexpected(exc: Exception) -> str:
    """Write the traceback to the log file (never to the terminal); the sentence names it."""
    log_file = data_folder().log_file
    try:
        setup_logging(log_file)
        log.error("The command stopped unexpectedly", exc_info=exc)
        where = f"the details are in the log file {log_file}"
    except OSError as problem:
        where = f"the log file {log_file} could not be written either ({problem.strerror})"
    return (
        f"SMTP Desk stopped because of an unexpected problem ({type(exc).__name__}); "
        f"{where}. Send it to whoever supports SMTP Desk."
    )
