"""How a field problem reads on the command line: the option to fix, then what is wrong;
in ``--json``, one object a problem."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from smtp_desk.core.diagnosis import Diagnosis
from smtp_desk.core.oauth import printable
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


def diagnosis_json(diagnosis: Diagnosis | None) -> dict[str, str] | None:
    """A diagnosis as ``--json`` prints it (``send``, ``signin``)."""
    if diagnosis is None:
        return None
    return {
        "category": diagnosis.category.value,
        "summary": diagnosis.title,
        "cause": diagnosis.cause,
        "action": diagnosis.action,
        "detail": diagnosis.detail,
    }


def print_diagnosis(diagnosis: Diagnosis, file: TextIO | None = None) -> None:
    out = file or sys.stderr
    print(f"{printable(diagnosis.title)}.", file=out)
    print(f"  {printable(diagnosis.cause)}", file=out)
    print(f"  What to do: {printable(diagnosis.action)}", file=out)
