"""How a field problem reads on the command line: the option to fix, then what is wrong;
in ``--json``, one object a problem; and the argument types every command shares
(``--period``)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from smtp_desk.core.diagnosis import Diagnosis
from smtp_desk.core.model import Period
from smtp_desk.core.oauth import printable
from smtp_desk.core.validation import FieldProblem

_MONTH = re.compile(r"\d{4}-\d{2}")
PERIOD_HELP = "give the month as YYYY-MM, e.g. 2026-11"
PERIOD_RANGE_HELP = (
    "give the month as YYYY-MM, e.g. 2026-11, or a range of months as YYYY-MM..YYYY-MM, "
    "e.g. 2026-04..2026-11"
)


def _month(text: str) -> Period:
    if not _MONTH.fullmatch(text):
        raise ValueError(text)
    return Period.parse(text)  # the month itself: 2026-13 is refused here


def period_arg(text: str) -> str:
    """``--period`` of one month (``type=period_arg``): the month as ``YYYY-MM``, or an error
    that argparse prints with the command's own usage (exit 2)."""
    try:
        return _month(text.strip()).key
    except ValueError:
        raise argparse.ArgumentTypeError(PERIOD_HELP) from None


def period_range_arg(text: str) -> str:
    """``--period`` of a month or a range of months (``send``: statements): ``YYYY-MM`` or
    ``YYYY-MM..YYYY-MM``, as :attr:`Period.key` writes it."""
    first, dots, last = text.strip().partition("..")
    try:
        start = _month(first.strip())
        if not dots:
            return start.key
        return Period.months(start, _month(last.strip())).key
    except ValueError:
        raise argparse.ArgumentTypeError(PERIOD_RANGE_HELP) from None


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
