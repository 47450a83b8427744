"""Reading an Excel (.xlsx) file's first sheet as rows of text.

The parts are checked first (:mod:`.workbook_parts`); then openpyxl reads the sheet
row by row (``read_only``) within the row and cell limits of :mod:`.bounds`. A formula
cell is reported, never evaluated; real date cells become ISO dates, so they are never
ambiguous. The size the sheet claims for itself is ignored: rows are as long as their
last cell, and rows stop where the sheet's rows stop.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from smtp_desk.core.i18n import translate
from smtp_desk.core.importing.bounds import UnreadableFile, collect_rows
from smtp_desk.core.importing.table import FORMULA
from smtp_desk.core.importing.workbook_parts import check_parts

__all__ = ["read_xlsx"]


def _cell_text(value: object, is_formula: bool) -> str:
    if is_formula:
        return f"{FORMULA}{value}"
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        # Excel keeps numbers as binary floats; 1234.5 comes back as 1234.5, not 1234.499…
        return format(Decimal(repr(value)), "f")
    return str(value)


def read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The first sheet's header and filled rows (see :func:`.bounds.collect_rows`)."""
    check_parts(path)
    from openpyxl import load_workbook  # only when an Excel file is imported

    try:
        book = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UnreadableFile(_not_readable(path)) from exc
    try:
        try:
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # the dimension it claims may be anything
            return collect_rows(_texts(sheet.iter_rows()))
        except UnreadableFile:
            raise
        except Exception as exc:  # a cell or row that openpyxl cannot make sense of
            raise UnreadableFile(_not_readable(path)) from exc
    finally:
        book.close()


def _not_readable(path: Path) -> str:
    message = translate("importing_workbook", "{file} is not a readable Excel (.xlsx) file.")
    return message.format(file=path.name)


def _texts(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[str]]:
    for row in rows:
        yield [_cell_text(cell.value, getattr(cell, "data_type", "") == "f") for cell in row]
