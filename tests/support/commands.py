"""Running a ``smtp-desk`` command in the test's own process, as a script would."""

from __future__ import annotations

import pytest

from smtp_desk.cli import main


def run_command(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The command's exit code, standard output and standard error (an argument the parser
    refuses exits as the program would: code 2, its usage on standard error)."""
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err
