"""What every register import shares: its report, cell access by field name with the
problems collected (not raised), and the checks on columns, flats and repeated numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import TypeVar

from smtp_desk.core.i18n import translate
from smtp_desk.core.importing.fields import (
    TEXT_LIMITS,
    CellError,
    match_headers,
    parse_text,
)
from smtp_desk.core.importing.table import Problem, Table

__all__ = ["ImportReport", "Kind", "Rows", "check_unique", "flat_cell", "found_columns"]

T = TypeVar("T")
_REQUIRED = {
    "members": ("flat", "name"),
    "bills": ("number", "flat", "bill_date", "due_date"),
    "receipts": ("number", "date", "flat", "amount", "mode"),
}
_HEADER_HELP = {  # column names as the files write them: never translated
    "flat": "Flat",
    "name": "Name",
    "number": "Bill No / Receipt No",
    "bill_date": "Bill Date",
    "due_date": "Due Date",
    "date": "Date",
    "amount": "Amount",
    "mode": "Mode",
}


class Kind(StrEnum):
    MEMBERS = "members"
    BILLS = "bills"
    RECEIPTS = "receipts"


@dataclass
class ImportReport:
    """What an import did, or why it did nothing."""

    kind: Kind
    file: str
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    existing_periods: list[str] = field(default_factory=list)  # re-import needs replace=True

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        """For a person (translated in the window); the counts' keys, marked where they are
        set, are shown translated and stay English in :meth:`as_json`."""
        if self.ok:
            parts = ", ".join(
                f"{n} {translate('importing_rows', what)}" for what, n in self.counts.items()
            )
            return translate("importing_rows", "Imported {file}: {counts}.").format(
                file=self.file, counts=parts
            )
        return translate(
            "importing_rows",
            "Nothing was imported from {file}: {count} problem(s) to correct first.",
        ).format(file=self.file, count=len(self.problems))

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "imported": self.counts if self.ok else {},
            "problems": [
                {"row": p.row, "column": p.column, "message": p.message} for p in self.problems
            ],
        }


class Rows:
    """Cell access by field name with problems collected, not raised."""

    def __init__(self, table: Table, columns: dict[str, int], report: ImportReport) -> None:
        self.table = table
        self.columns = columns
        self.report = report

    def header(self, field_name: str) -> str:
        return self.table.headers[self.columns[field_name]]

    def cell(self, cells: list[str], field_name: str) -> str:
        index = self.columns.get(field_name)
        return cells[index] if index is not None and index < len(cells) else ""

    def get(
        self,
        row: int,
        cells: list[str],
        field_name: str,
        parse: Callable[[str], T],
    ) -> T | None:
        try:
            return parse(self.cell(cells, field_name))
        except CellError as exc:
            self.problem(
                row, self.header(field_name) if field_name in self.columns else field_name, str(exc)
            )
            return None

    def text(self, row: int, cells: list[str], field_name: str) -> str | None:
        """A text field, no longer than its limit in :data:`TEXT_LIMITS`."""
        return self.get(row, cells, field_name, partial(parse_text, limit=TEXT_LIMITS[field_name]))

    def problem(self, row: int, column: str, message: str) -> None:
        self.report.problems.append(Problem(row, column, message, self.table.source))


def found_columns(
    kind: Kind, table: Table, report: ImportReport, columns: dict[str, tuple[str, ...]]
) -> dict[str, int] | None:
    """Field name → column index; None (with a problem each) when a required one is missing."""
    found = match_headers(table.headers, columns)
    missing = [f for f in _REQUIRED[kind] if f not in found]
    for name in missing:
        report.problems.append(
            Problem(
                1,
                _HEADER_HELP.get(name, name),
                translate("importing_rows", "this column is missing from the header row"),
                table.source,
            )
        )
    return None if missing else found


def check_unique(rows: Rows, values: list[tuple[int, str]], field_name: str, what: str) -> None:
    """A problem for each value seen before; ``what`` ("bill number") is marked for
    translation in the "importing_rows" context where it is given."""
    seen: dict[str, int] = {}
    for row, value in values:
        key = value.upper()
        if key in seen:
            message = translate(
                "importing_rows", "{what} {value} appears again (first on row {first})"
            )
            rows.problem(
                row,
                rows.header(field_name),
                message.format(
                    what=translate("importing_rows", what), value=value, first=seen[key]
                ),
            )
        else:
            seen[key] = row


def flat_cell(rows: Rows, row: int, cells: list[str], known: set[str] | None) -> str | None:
    """The row's flat; with ``known``, it must be one of the members' flats."""
    flat = rows.text(row, cells, "flat")
    if flat is None:
        return None
    if not flat:
        rows.problem(row, rows.header("flat"), translate("importing_rows", "the flat is missing"))
        return None
    if known is not None and flat not in known:
        rows.problem(
            row,
            rows.header("flat"),
            translate(
                "importing_rows", "flat {flat} is not among the members; import the members first"
            ).format(flat=flat),
        )
        return None
    return flat
