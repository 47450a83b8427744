"""Reading a CSV or Excel file into rows of text, whatever the office's software wrote.

CSV: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252;
comma, semicolon or tab. Excel (.xlsx): the first sheet; a formula cell is reported, never
evaluated; real date cells become ISO dates, so they are never ambiguous.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from smtp_desk.core.errors import SmtpDeskError

__all__ = ["FORMULA", "MAX_ROWS", "Problem", "Table", "read_table"]

MAX_ROWS = 20_000
FORMULA = "\x00formula:"  # marks a cell that held a spreadsheet formula


class UnreadableFile(SmtpDeskError):
    """The file cannot be read as a table at all."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in an imported file. Row 0 means the file as a whole."""

    row: int
    column: str
    message: str
    file: str = field(default="", compare=False)

    def __str__(self) -> str:
        where = [self.file] if self.file else []
        where += [f"row {self.row}"] if self.row else []
        where += [f"column {self.column}"] if self.column else []
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class Table:
    """Header names as written, and each data row's cells as text with its file row number."""

    source: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    text = _decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = list(reader)
    if not rows:
        return [], []
    return rows[0], [(number, cells) for number, cells in enumerate(rows[1:], start=2)]


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


def _read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    from openpyxl import load_workbook  # only when an Excel file is imported

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UnreadableFile(f"{path.name} is not a readable Excel (.xlsx) file.") from exc
    try:
        sheet = book.worksheets[0]
        rows: list[tuple[int, list[str]]] = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            cells = [_cell_text(cell.value, getattr(cell, "data_type", "") == "f") for cell in row]
            rows.append((number, cells))
            if number > MAX_ROWS + 1:
                break
    finally:
        book.close()
    if not rows:
        return [], []
    return rows[0][1], rows[1:]


def read_table(path: Path) -> Table:
    """The file as a table; :class:`UnreadableFile` when it is not a CSV or .xlsx file."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            headers, rows = _read_xlsx(path)
        elif suffix in (".csv", ".txt", ".tsv"):
            headers, rows = _read_csv(path)
        else:
            raise UnreadableFile(
                f"{path.name}: SMTP Desk imports .csv and .xlsx files; save it as one of those."
            )
    except OSError as exc:
        raise UnreadableFile(f"{path.name} cannot be read ({exc.strerror}).") from exc
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name} is not a valid CSV file ({exc}).") from exc
    rows = [(n, cells) for n, cells in rows if any(c.strip() for c in cells)]
    return Table(path.name, [h.strip() for h in headers], rows)
