"""Importing bills: one row per bill; any column that is no known field and holds amounts
is a charge head (Maintenance, Sinking Fund, Water …), named by its header. A column named
like a charge head (:func:`.fields.is_charge_head`) is one whatever it holds, so each of its
cells must be an amount or empty: text there is refused with its row, never dropped."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.importing.fields import (
    BILL_COLUMNS,
    TEXT_LIMITS,
    CellError,
    is_charge_head,
    parse_date,
    parse_money,
    parse_period,
    parse_text,
    shorten,
)
from smtp_desk.core.importing.rows import (
    ImportReport,
    Kind,
    Rows,
    check_unique,
    flat_cell,
    found_columns,
)
from smtp_desk.core.importing.table import Problem, Table
from smtp_desk.core.model import Bill, ChargeLine, Period
from smtp_desk.core.store import Store

__all__ = ["import_bills"]

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class _Options:
    heads: list[tuple[str, int]]
    known: set[str]
    period: Period | None
    day_first: bool


def import_bills(
    store: Store,
    report: ImportReport,
    table: Table,
    *,
    period: Period | None,
    replace: bool,
    day_first: bool,
) -> None:
    """Check every row; write the bills (replacing their periods) only when all are right."""
    columns = found_columns(Kind.BILLS, table, report, BILL_COLUMNS)
    if columns is None:
        return
    if "period" not in columns and period is None:
        report.problems.append(
            Problem(
                1,
                "Period",
                translate(
                    "importing_bills",
                    "there is no Period column: give the period (e.g. --period 2026-11)",
                ),
                table.source,
            )
        )
        return
    rows = Rows(table, columns, report)
    options = _Options(_charge_heads(rows), store.flats(), period, day_first)
    bills: list[Bill] = []
    numbers: list[tuple[int, str]] = []
    for row, cells in table.rows:
        number, bill = _bill(rows, row, cells, options)
        if number:
            numbers.append((row, number))
        if bill is not None:
            bills.append(bill)
    check_unique(rows, numbers, "number", QT_TRANSLATE_NOOP("importing_rows", "bill number"))
    periods = sorted({b.period.key for b in bills})
    elsewhere = store.bill_numbers(outside=periods)
    for row, number in numbers:
        if number in elsewhere:
            message = translate("importing_bills", "bill {number} already exists in another period")
            rows.problem(row, rows.header("number"), message.format(number=number))
    if report.problems:
        return
    _write(store, report, table, bills, periods, replace=replace)


def _write(
    store: Store,
    report: ImportReport,
    table: Table,
    bills: list[Bill],
    periods: list[str],
    *,
    replace: bool,
) -> None:
    existing = [p for p in periods if store.bill_count(p)]
    if existing and not replace:
        report.existing_periods = existing
        report.problems.append(
            Problem(
                0,
                "",
                translate(
                    "importing_bills",
                    "bills for {periods} were imported before; importing again "
                    "replaces them (confirm, or use --replace)",
                ).format(periods=", ".join(existing)),
                table.source,
            )
        )
        return
    with store.transaction() as db:
        store.replace_bills(db, periods, bills)
    report.counts = {  # keys stay English (JSON); ImportReport shows them translated
        QT_TRANSLATE_NOOP("importing_rows", "bills"): len(bills),
        QT_TRANSLATE_NOOP("importing_rows", "periods"): len(periods),
        QT_TRANSLATE_NOOP("importing_rows", "replaced periods"): len(existing),
    }


def _bill(rows: Rows, row: int, cells: list[str], options: _Options) -> tuple[str, Bill | None]:
    """The row's bill number (for the repeat check) and its bill, None when it has a problem."""
    problems_before = len(rows.report.problems)
    number = rows.text(row, cells, "number")
    if number == "":
        rows.problem(
            row, rows.header("number"), translate("importing_bills", "the bill number is missing")
        )
    flat = flat_cell(rows, row, cells, options.known)
    bill_date = rows.get(
        row, cells, "bill_date", lambda v: parse_date(v, day_first=options.day_first)
    )
    due_date = rows.get(
        row, cells, "due_date", lambda v: parse_date(v, day_first=options.day_first)
    )
    period = (
        rows.get(row, cells, "period", parse_period) if "period" in rows.columns else options.period
    )
    arrears = rows.get(
        row, cells, "arrears", lambda v: parse_money(v, negative_ok=True, blank=ZERO)
    )
    interest = rows.get(row, cells, "interest", lambda v: parse_money(v, blank=ZERO))
    charges = _charges(rows, row, cells, options.heads)
    note = rows.text(row, cells, "note") or ""
    if bill_date and due_date and due_date < bill_date:
        rows.problem(
            row,
            rows.header("due_date"),
            translate("importing_bills", "the due date is before the bill date"),
        )
    if len(rows.report.problems) > problems_before or not (
        number and flat and bill_date and due_date and period
    ):
        return number or "", None
    assert arrears is not None and interest is not None
    bill = Bill(number, flat, bill_date, due_date, period, charges, arrears, interest, note)
    if "total" in rows.columns:
        total = rows.get(row, cells, "total", lambda v: parse_money(v, negative_ok=True))
        if total is not None and total not in (bill.current_charges, bill.total):
            rows.problem(
                row,
                rows.header("total"),
                translate(
                    "importing_bills",
                    "{total} is not the sum of the charges ({charges}) "
                    "nor the total payable ({payable})",
                ).format(total=total, charges=bill.current_charges, payable=bill.total),
            )
            return number, None
    return number, bill


def _charges(
    rows: Rows, row: int, cells: list[str], heads: list[tuple[str, int]]
) -> tuple[ChargeLine, ...]:
    charges: list[ChargeLine] = []
    for head, index in heads:
        try:
            amount = parse_money(cells[index] if index < len(cells) else "", blank=ZERO)
        except CellError as exc:
            rows.problem(row, head, str(exc))
            continue
        if amount:
            charges.append(ChargeLine(head, amount))
    return tuple(charges)


def _charge_heads(rows: Rows) -> list[tuple[str, int]]:
    """Columns that are no known field and are named like a charge head or hold at least one
    amount: the charge heads.

    A head is printed on every bill, so its name is checked like any text; a bad one is a
    problem on the header row (row 1)."""
    used = set(rows.columns.values())
    heads = []
    for index, header in enumerate(rows.table.headers):
        if index in used or not header:
            continue
        values = [cells[index] for _, cells in rows.table.rows if index < len(cells)]
        if not is_charge_head(header) and not any(_is_amount(value) for value in values):
            continue
        try:
            heads.append((parse_text(header, limit=TEXT_LIMITS["head"]), index))
        except CellError as exc:
            label = shorten(
                " ".join("".join(c if c.isprintable() else " " for c in header).split())
            )
            message = translate("importing_bills", "this charge head {problem}")
            rows.problem(1, label, message.format(problem=exc))
    return heads


def _is_amount(value: str) -> bool:
    try:
        parse_money(value, blank=ZERO)
    except CellError:
        return False
    return True
