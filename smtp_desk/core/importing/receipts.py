"""Importing receipts: one row per payment, with its mode and the particulars that mode
needs (a cheque its number)."""

from __future__ import annotations

import re
from datetime import date

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.importing.fields import RECEIPT_COLUMNS, parse_date, parse_mode, parse_money
from smtp_desk.core.importing.rows import (
    ImportReport,
    Kind,
    Rows,
    check_unique,
    flat_cell,
    found_columns,
)
from smtp_desk.core.importing.table import Table
from smtp_desk.core.model import PaymentMode, Receipt
from smtp_desk.core.store import Store

__all__ = ["import_receipts"]


def import_receipts(
    store: Store, report: ImportReport, table: Table, *, replace: bool, day_first: bool
) -> None:
    """Check every row; write the receipts only when all are right. A receipt number seen
    before is refused unless ``replace``."""
    columns = found_columns(Kind.RECEIPTS, table, report, RECEIPT_COLUMNS)
    if columns is None:
        return
    rows = Rows(table, columns, report)
    known = store.flats()
    receipts: list[Receipt] = []
    numbers: list[tuple[int, str]] = []
    for row, cells in table.rows:
        number, receipt = _receipt(rows, row, cells, known=known, day_first=day_first)
        if number:
            numbers.append((row, number))
        if receipt is not None:
            receipts.append(receipt)
    check_unique(rows, numbers, "number", QT_TRANSLATE_NOOP("importing_rows", "receipt number"))
    already = store.receipt_numbers()
    repeated = [(row, n) for row, n in numbers if n in already]
    if repeated and not replace and not report.problems:
        for row, number in repeated:
            rows.problem(
                row,
                rows.header("number"),
                translate(
                    "importing_receipts",
                    "receipt {number} was imported before (use --replace to replace it)",
                ).format(number=number),
            )
    if report.problems:
        return
    with store.transaction() as db:
        store.put_receipts(db, receipts)
    report.counts = {  # keys stay English (JSON); ImportReport shows them translated
        QT_TRANSLATE_NOOP("importing_rows", "receipts"): len(receipts),
        QT_TRANSLATE_NOOP("importing_rows", "replaced"): len(repeated),
    }


def _receipt(
    rows: Rows, row: int, cells: list[str], *, known: set[str], day_first: bool
) -> tuple[str, Receipt | None]:
    """The row's receipt number (for the repeat checks) and its receipt, None when it has a
    problem."""
    problems_before = len(rows.report.problems)
    number = rows.text(row, cells, "number")
    if number == "":
        rows.problem(
            row,
            rows.header("number"),
            translate("importing_receipts", "the receipt number is missing"),
        )
    flat = flat_cell(rows, row, cells, known)
    day = rows.get(row, cells, "date", lambda v: parse_date(v, day_first=day_first))
    amount = rows.get(row, cells, "amount", parse_money)
    mode = rows.get(row, cells, "mode", parse_mode)
    cheque_number = rows.text(row, cells, "cheque_number")  # None: refused, reported
    cheque_date: date | None = None
    if "cheque_date" in rows.columns and rows.cell(cells, "cheque_date").strip():
        cheque_date = rows.get(
            row, cells, "cheque_date", lambda v: parse_date(v, day_first=day_first)
        )
    bank = rows.text(row, cells, "bank") or ""
    reference = rows.text(row, cells, "reference") or ""
    against_text = rows.text(row, cells, "against") or ""
    if amount is not None and amount == 0:
        rows.problem(
            row, rows.header("amount"), translate("importing_receipts", "the amount is zero")
        )
    if mode is PaymentMode.CHEQUE and cheque_number == "":
        rows.problem(  # "Cheque No": the column's name in the file, never translated
            row,
            "Cheque No",
            translate("importing_receipts", "a cheque payment needs the cheque number"),
        )
    if (
        len(rows.report.problems) > problems_before
        or cheque_number is None
        or not (number and flat and day and amount and mode)
    ):
        return number or "", None
    against = tuple(p for p in re.split(r"[;,\s]+", against_text) if p)
    receipt = Receipt(
        number, flat, day, amount, mode, cheque_number, cheque_date, bank, reference, against
    )
    return number, receipt
