"""Import members, bills and receipts: check everything, then write all or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from smtp_desk.core.importing.fields import (
    BILL_COLUMNS,
    MEMBER_COLUMNS,
    RECEIPT_COLUMNS,
    CellError,
    match_headers,
    parse_date,
    parse_emails,
    parse_mode,
    parse_money,
    parse_period,
    parse_text,
)
from smtp_desk.core.importing.table import MAX_ROWS, Problem, Table, UnreadableFile, read_table
from smtp_desk.core.model import Bill, ChargeLine, Member, PaymentMode, Period, Receipt
from smtp_desk.core.store import Store

__all__ = ["ImportReport", "Kind", "import_file"]

ZERO = Decimal("0.00")
T = TypeVar("T")
_REQUIRED = {
    "members": ("flat", "name"),
    "bills": ("number", "flat", "bill_date", "due_date"),
    "receipts": ("number", "date", "flat", "amount", "mode"),
}
_HEADER_HELP = {
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
        if self.ok:
            parts = ", ".join(f"{n} {what}" for what, n in self.counts.items())
            return f"Imported {self.file}: {parts}."
        return (
            f"Nothing was imported from {self.file}: {len(self.problems)} problem(s) to "
            "correct first."
        )

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "imported": self.counts if self.ok else {},
            "problems": [
                {"row": p.row, "column": p.column, "message": p.message} for p in self.problems
            ],
        }


class _Rows:
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

    def problem(self, row: int, column: str, message: str) -> None:
        self.report.problems.append(Problem(row, column, message, self.table.source))


def _start(kind: Kind, path: Path) -> tuple[ImportReport, Table | None]:
    report = ImportReport(kind, path.name)
    try:
        table = read_table(path)
    except UnreadableFile as exc:
        report.problems.append(Problem(0, "", str(exc), path.name))
        return report, None
    if len(table.rows) > MAX_ROWS:
        report.problems.append(
            Problem(
                0,
                "",
                f"has {len(table.rows):,} rows; SMTP Desk imports "
                f"at most {MAX_ROWS:,} at a time. Split the file.",
                path.name,
            )
        )
        return report, None
    if not table.headers or not table.rows:
        report.problems.append(Problem(0, "", "has no rows under a header row", path.name))
        return report, None
    return report, table


def _columns(
    kind: Kind, table: Table, report: ImportReport, columns: dict[str, tuple[str, ...]]
) -> dict[str, int] | None:
    found = match_headers(table.headers, columns)
    missing = [f for f in _REQUIRED[kind] if f not in found]
    for name in missing:
        report.problems.append(
            Problem(
                1,
                _HEADER_HELP.get(name, name),
                "this column is missing from the header row",
                table.source,
            )
        )
    return None if missing else found


def _check_unique(rows: _Rows, values: list[tuple[int, str]], field_name: str, what: str) -> None:
    seen: dict[str, int] = {}
    for row, value in values:
        key = value.upper()
        if key in seen:
            rows.problem(
                row,
                rows.header(field_name),
                f"{what} {value} appears again (first on row {seen[key]})",
            )
        else:
            seen[key] = row


def _flat(rows: _Rows, row: int, cells: list[str], known: set[str] | None) -> str | None:
    flat = rows.get(row, cells, "flat", parse_text)
    if flat is None:
        return None
    if not flat:
        rows.problem(row, rows.header("flat"), "the flat is missing")
        return None
    if known is not None and flat not in known:
        rows.problem(
            row,
            rows.header("flat"),
            f"flat {flat} is not among the members; import the members first",
        )
        return None
    return flat


def _import_members(store: Store, path: Path, report: ImportReport, table: Table) -> None:
    columns = _columns(Kind.MEMBERS, table, report, MEMBER_COLUMNS)
    if columns is None:
        return
    rows = _Rows(table, columns, report)
    members: list[Member] = []
    flats: list[tuple[int, str]] = []
    for row, cells in table.rows:
        flat = _flat(rows, row, cells, None)
        name = rows.get(row, cells, "name", parse_text)
        emails = rows.get(row, cells, "email", parse_emails) or ()
        more = rows.get(row, cells, "email2", parse_emails) or ()
        phone = rows.get(row, cells, "phone", parse_text) or ""
        if name == "":
            rows.problem(row, rows.header("name"), "the member's name is missing")
        if flat:
            flats.append((row, flat))
        if flat and name:
            everything = tuple(dict.fromkeys([*emails, *more]))
            members.append(Member(flat, name, everything, phone))
    _check_unique(rows, flats, "flat", "flat")
    if report.problems:
        return
    existing = store.flats()
    with store.transaction() as db:
        store.put_members(
            db, members, emails="email" in columns or "email2" in columns, phone="phone" in columns
        )
    report.counts = {
        "members": len(members),
        "new": sum(1 for m in members if m.flat not in existing),
        "without email": sum(1 for m in members if not m.has_email),
        "with two or more emails": sum(1 for m in members if len(m.emails) > 1),
    }


def _import_bills(
    store: Store,
    path: Path,
    report: ImportReport,
    table: Table,
    period: Period | None,
    replace: bool,
    day_first: bool,
) -> None:
    columns = _columns(Kind.BILLS, table, report, BILL_COLUMNS)
    if columns is None:
        return
    if "period" not in columns and period is None:
        report.problems.append(
            Problem(
                1,
                "Period",
                "there is no Period column: give the period (e.g. --period 2026-11)",
                table.source,
            )
        )
        return
    rows = _Rows(table, columns, report)
    heads = _charge_heads(table, columns)
    known = store.flats()
    bills: list[Bill] = []
    numbers: list[tuple[int, str]] = []
    for row, cells in table.rows:
        problems_before = len(report.problems)
        number = rows.get(row, cells, "number", parse_text)
        if number == "":
            rows.problem(row, rows.header("number"), "the bill number is missing")
        flat = _flat(rows, row, cells, known)
        bill_date = rows.get(row, cells, "bill_date", lambda v: parse_date(v, day_first=day_first))
        due_date = rows.get(row, cells, "due_date", lambda v: parse_date(v, day_first=day_first))
        bill_period = (
            rows.get(row, cells, "period", parse_period) if "period" in columns else period
        )
        arrears = rows.get(
            row, cells, "arrears", lambda v: parse_money(v, negative_ok=True, blank=ZERO)
        )
        interest = rows.get(row, cells, "interest", lambda v: parse_money(v, blank=ZERO))
        charges: list[ChargeLine] = []
        for head, index in heads:
            try:
                amount = parse_money(cells[index] if index < len(cells) else "", blank=ZERO)
            except CellError as exc:
                rows.problem(row, head, str(exc))
                continue
            if amount:
                charges.append(ChargeLine(head, amount))
        if number:
            numbers.append((row, number))
        if bill_date and due_date and due_date < bill_date:
            rows.problem(row, rows.header("due_date"), "the due date is before the bill date")
        if len(report.problems) > problems_before or not (
            number and flat and bill_date and due_date and bill_period
        ):
            continue
        assert arrears is not None and interest is not None and bill_period is not None
        bill = Bill(
            number,
            flat,
            bill_date,
            due_date,
            bill_period,
            tuple(charges),
            arrears,
            interest,
            rows.get(row, cells, "note", parse_text) or "",
        )
        if "total" in columns:
            total = rows.get(row, cells, "total", lambda v: parse_money(v, negative_ok=True))
            if total is not None and total not in (bill.current_charges, bill.total):
                rows.problem(
                    row,
                    rows.header("total"),
                    f"{total} is not the sum of the charges ({bill.current_charges}) "
                    f"nor the total payable ({bill.total})",
                )
                continue
        bills.append(bill)
    _check_unique(rows, numbers, "number", "bill number")
    periods = sorted({b.period.key for b in bills})
    elsewhere = store.bill_numbers(outside=periods)
    for row, number in numbers:
        if number in elsewhere:
            rows.problem(
                row, rows.header("number"), f"bill {number} already exists in another period"
            )
    if report.problems:
        return
    existing = [p for p in periods if store.bill_count(p)]
    if existing and not replace:
        report.existing_periods = existing
        report.problems.append(
            Problem(
                0,
                "",
                f"bills for {', '.join(existing)} were imported before; importing again "
                "replaces them (confirm, or use --replace)",
                table.source,
            )
        )
        return
    with store.transaction() as db:
        store.replace_bills(db, periods, bills)
    report.counts = {
        "bills": len(bills),
        "periods": len(periods),
        "replaced periods": len(existing),
    }


def _charge_heads(table: Table, columns: dict[str, int]) -> list[tuple[str, int]]:
    """Columns that are no known field and hold at least one amount: the charge heads."""
    used = set(columns.values())
    heads = []
    for index, header in enumerate(table.headers):
        if index in used or not header:
            continue
        values = [cells[index] for _, cells in table.rows if index < len(cells)]
        numeric = 0
        for value in values:
            try:
                parse_money(value, blank=ZERO)
                numeric += 1
            except CellError:
                pass
        if numeric:
            heads.append((header, index))
    return heads


def _import_receipts(
    store: Store, path: Path, report: ImportReport, table: Table, replace: bool, day_first: bool
) -> None:
    columns = _columns(Kind.RECEIPTS, table, report, RECEIPT_COLUMNS)
    if columns is None:
        return
    rows = _Rows(table, columns, report)
    known = store.flats()
    receipts: list[Receipt] = []
    numbers: list[tuple[int, str]] = []
    for row, cells in table.rows:
        problems_before = len(report.problems)
        number = rows.get(row, cells, "number", parse_text)
        if number == "":
            rows.problem(row, rows.header("number"), "the receipt number is missing")
        flat = _flat(rows, row, cells, known)
        day = rows.get(row, cells, "date", lambda v: parse_date(v, day_first=day_first))
        amount = rows.get(row, cells, "amount", parse_money)
        mode = rows.get(row, cells, "mode", parse_mode)
        cheque_number = rows.get(row, cells, "cheque_number", parse_text) or ""
        cheque_date = None
        if "cheque_date" in columns and rows.cell(cells, "cheque_date").strip():
            cheque_date = rows.get(
                row, cells, "cheque_date", lambda v: parse_date(v, day_first=day_first)
            )
        bank = rows.get(row, cells, "bank", parse_text) or ""
        reference = rows.get(row, cells, "reference", parse_text) or ""
        against_text = rows.get(row, cells, "against", parse_text) or ""
        if number:
            numbers.append((row, number))
        if amount is not None and amount == 0:
            rows.problem(row, rows.header("amount"), "the amount is zero")
        if mode is PaymentMode.CHEQUE and not cheque_number:
            rows.problem(row, "Cheque No", "a cheque payment needs the cheque number")
        if len(report.problems) > problems_before or not (
            number and flat and day and amount and mode
        ):
            continue
        against = tuple(p for p in re.split(r"[;,\s]+", against_text) if p)
        receipts.append(
            Receipt(
                number,
                flat,
                day,
                amount,
                mode,
                cheque_number,
                cheque_date,
                bank,
                reference,
                against,
            )
        )
    _check_unique(rows, numbers, "number", "receipt number")
    already = store.receipt_numbers()
    repeated = [(row, n) for row, n in numbers if n in already]
    if repeated and not replace and not report.problems:
        for row, number in repeated:
            rows.problem(
                row,
                rows.header("number"),
                f"receipt {number} was imported before (use --replace to replace it)",
            )
    if report.problems:
        return
    with store.transaction() as db:
        store.put_receipts(db, receipts)
    report.counts = {"receipts": len(receipts), "replaced": len(repeated)}


def import_file(
    store: Store,
    kind: Kind,
    path: Path,
    *,
    period: Period | None = None,
    replace: bool = False,
    day_first: bool = True,
) -> ImportReport:
    """Read, check and (only when there is no problem) import ``path``."""
    report, table = _start(kind, path)
    if table is None:
        return report
    if kind is Kind.MEMBERS:
        _import_members(store, path, report, table)
    elif kind is Kind.BILLS:
        _import_bills(store, path, report, table, period, replace, day_first)
    else:
        _import_receipts(store, path, report, table, replace, day_first)
    report.problems.sort()
    return report
