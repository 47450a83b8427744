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
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from smtp_desk import APP_NAME, __version__
from smtp_desk.cli import (
    backups,
    bounces,
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
    wording,
)
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import data_folder
from smtp_desk.core.store_errors import disk_full_sentence

__all__ = [
    "EXAMPLES",
    "build_parser",
    "command_tree",
    "guarded",
    "main",
    "parse_args",
    "run",
]

log = logging.getLogger(__name__)


class _HelpFormatter(argparse.HelpFormatter):
    """Descriptions are filled paragraph by paragraph; indented lines (the examples) and
    the lines of a paragraph that starts with one are kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = []
        for paragraph in text.strip("\n").split("\n\n"):
            if paragraph.startswith(" ") or "\n " in paragraph:
                paragraphs.append(textwrap.indent(paragraph, indent))
            else:
                paragraphs.append(super()._fill_text(paragraph, width, indent))
        return "\n\n".join(paragraphs)


class _Parser(argparse.ArgumentParser):
    """Every parser of the tree (subcommands inherit the class): an argument a subcommand
    does not know is that subcommand's error, printed with its own usage; an error names the
    option as it is typed (``--period: …``), not as ``argument --period: …``."""

    top = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        found, extras = super().parse_known_args(args, namespace)
        if extras and not self.top:  # every argument after a command is that command's
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return found, extras

    def error(self, message: str) -> NoReturn:
        super().error(re.sub(r"^argument ", "", message))


# What every command's help ends with: real command lines to copy.
EXAMPLES: dict[str, str] = {
    "configure": """\
  smtp-desk configure --preset gmail --user billing@society.in \\
      --from-email billing@society.in --from-name "Crystal Heights CHS" --password-stdin
  smtp-desk configure --detect accounts@society.in --password-stdin
  smtp-desk configure --port 465          # security follows the port
  smtp-desk configure --preset ses --region ap-south-1   # regions: smtp-desk presets
  smtp-desk configure --show --json""",
    "detect": """\
  smtp-desk detect accounts@society.in
  smtp-desk detect accounts@society.in --json""",
    "presets": """\
  smtp-desk presets
  smtp-desk presets --json""",
    "profile": """\
  smtp-desk profile --name "Crystal Heights CHS" --address "Baner Road\\nPune 411045" \\
      --upi-id crystalheights@hdfcbank --logo emblem.png
  smtp-desk profile --show --json""",
    "test": """\
  smtp-desk test
  smtp-desk test --send-to treasurer@society.in --transcript
  smtp-desk test --timeout 20 --json""",
    "signin": """\
  smtp-desk signin
  smtp-desk signin --json
  smtp-desk signin --sign-out""",
    "import": """\
  smtp-desk import members members.xlsx
  smtp-desk import bills bills-nov.csv --period 2026-11 --replace
  smtp-desk import pdfs ./november-bills --kind bill --period 2026-11""",
    "import members": """\
  smtp-desk import members members.xlsx
  smtp-desk import members members.csv --month-first --json""",
    "import bills": """\
  smtp-desk import bills bills-nov.xlsx
  smtp-desk import bills bills-nov.csv --period 2026-11 --replace""",
    "import receipts": """\
  smtp-desk import receipts receipts-nov.xlsx
  smtp-desk import receipts receipts.csv --replace --json""",
    "import pdfs": """\
  smtp-desk import pdfs ./november-bills --kind bill --period 2026-11
  smtp-desk import pdfs ./statements --kind statement --period 2026-11 --json""",
    "template": """\
  smtp-desk template members --out members.csv
  smtp-desk template bills""",
    "send": """\
  smtp-desk send --kind bill --period 2026-11 --dry-run ./check
  smtp-desk send --kind bill --period 2026-11 --yes --wait
  smtp-desk send --kind statement --period 2026-04..2026-11 --yes --json""",
    "status": """\
  smtp-desk status
  smtp-desk status --json""",
    "register": """\
  smtp-desk register --period 2026-11
  smtp-desk register --period 2026-11 --csv register-nov.xlsx""",
    "resolve": """\
  smtp-desk resolve 42 --sent       # item 42 arrived (the member confirmed it)
  smtp-desk resolve 42 --resend     # send it again on the next run""",
    "backups": """\
  smtp-desk backups
  smtp-desk backups --json
  smtp-desk backups restore --latest""",
    "backups restore": """\
  smtp-desk backups restore --latest
  smtp-desk backups restore NAME --yes""",
    "demo": """\
  smtp-desk demo
  smtp-desk demo --headless""",
    "self-test": """\
  smtp-desk self-test""",
}

# Help for the options whose own module gives none yet (the module's text wins).
FALLBACK_HELP: dict[tuple[str, str], str] = {
    ("configure", "--security"): "ssl (SSL/TLS, port 465), starttls (587, 25, 2525) or none; "
    "default: what the port needs",
    ("configure", "--region"): "Amazon SES region, e.g. ap-south-1 (see 'smtp-desk presets')",
    ("configure", "--preset"): "provider preset, e.g. gmail, office365, ses, custom "
    "(see 'smtp-desk presets')",
    ("send", "--kind"): "the documents to send: bill, receipt or statement",
    ("render", "kind"): "the document to write: bill, receipt or statement",
}

# Descriptions for the commands whose own module gives none yet.
FALLBACK_DESCRIPTION: dict[str, str] = {
    "send": "Send one kind of document of a period to every member who has it, as the Send "
    "page does (--dry-run writes the messages as files instead). Exit 0 when everything was "
    "sent, 1 when something failed or the run stopped early, 2 when it cannot start.",
}


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def command_tree(
    parser: argparse.ArgumentParser, path: str = ""
) -> dict[str, argparse.ArgumentParser]:
    """Every command and sub-command (``"import members"``), with its parser."""
    tree: dict[str, argparse.ArgumentParser] = {}
    for name, sub in _subparsers(parser).items():
        full = f"{path} {name}".strip()
        tree[full] = sub
        tree.update(command_tree(sub, full))
    return tree


def _teach(parser: argparse.ArgumentParser) -> None:
    """Give every command its examples, a description and a help line for each option."""
    for name, sub in command_tree(parser).items():
        if sub.epilog is None and name in EXAMPLES:
            sub.epilog = f"examples:\n{EXAMPLES[name]}"
        if not sub.description:
            sub.description = FALLBACK_DESCRIPTION.get(name)
        for action in sub._actions:
            if action.help is not None:
                continue
            key = action.option_strings[-1] if action.option_strings else action.dest
            action.help = FALLBACK_HELP.get((name, key))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smtp-desk",
        description=f"{APP_NAME}: mail maintenance bills, receipts and statements to members. "
        "Without a command, opens the main window. 'smtp-desk COMMAND --help' explains a "
        "command, with examples.",
    )
    parser.top = True
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
    bounces.add_parser(commands)
    backups.add_parser(commands)
    demo.add_parser(commands)
    self_test.add_parser(commands)
    wording.add_parser(commands)
    _teach(parser)
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
