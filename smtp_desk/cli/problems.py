"""How a field problem reads on the command line: the option to fix, then what is wrong;
in ``--json``, one object a problem."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from smtp_desk.core.validation import FieldProblem


def problem_line(problem: FieldProblem, option: Callable[[str], str]) -> str:
    prefix = "" if problem.is_error else "warning: "
    return f"{prefix}{option(problem.field)}: {problem.message}"


def print_problems(
    problems: Iterable[FieldProblem], option: Callable[[str], str], file: TextIO | None = None
) -> None:
    for problem in problems:
        print(problem_line(problem, option), file=file or sys.stderr)


def problems_json(problems: Iterable[FieldProblem]) -> list[dict[str, str]]:
    """The problems as ``--json`` prints them: field, severity and message."""
    return [
        {"field": p.field, "severity": p.severity.value, "message": p.message} for p in problems
    ]
