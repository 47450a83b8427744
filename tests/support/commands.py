"""Running a ``smtp-desk`` command in the test's own process, as a script would."""

from __future__ import annotations

import pytest

from smtp_desk.cli import main


def run_command(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The command's exit code, standard output and standard error."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err
