"""Reading a CSV or Excel file into rows of text, whatever the office's software wrote.

CSV: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252;
comma, semicolon or tab. Excel (.xlsx): the first sheet (:mod:`.workbook`). Either is
read as a stream, within the limits of :mod:`.bounds`: the file's size is checked before
anything is read, and reading stops at the first row past a limit.

The encoding is decided from the first bytes: a byte order mark says UTF-8 or UTF-16.
Without one the file is read as UTF-8, and if a byte anywhere is not UTF-8 it is read again
from the start as Windows-1252 (the rows read so far are dropped), so one pass over a UTF-8
file and two over a Windows-1252 one, never the whole file in memory. The delimiter is the
one of ``, ; tab`` that the first filled line holds most of.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from smtp_desk.core.i18n import translate
from smtp_desk.core.importing.bounds import (
    MAX_LINE_CHARS,
    MAX_ROWS,
    UnreadableFile,
    check_file_size,
    collect_rows,
)

__all__ = ["FORMULA", "MAX_ROWS", "Problem", "Table", "UnreadableFile", "read_table"]

FORMULA = "\x00formula:"  # marks a cell that held a spreadsheet formula
_SNIFF_CHARS = 64 * 1024


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in an imported file. Row 0 means the file as a whole."""

    row: int
    column: str
    message: str
    file: str = field(default="", compare=False)

    def __str__(self) -> str:
        where = [self.file] if self.file else []
        if self.row:
            where.append(translate("importing_table", "row {row}").format(row=self.row))
        if self.column:
            column = translate("importing_table", "column {column}")
            where.append(column.format(column=self.column))
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class Table:
    """Header names as written, and each data row's cells as text with its file row number."""

    source: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]


def _encoding(path: Path) -> str | None:
    """The encoding a byte order mark announces; None without one."""
    with open(path, "rb") as raw:
        start = raw.read(4)
    if start.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def _open(path: Path, encoding: str) -> TextIO:
    errors = "replace" if encoding == "cp1252" else "strict"
    return open(path, encoding=encoding, errors=errors, newline="")


def _delimiter(path: Path, encoding: str) -> str:
    with _open(path, encoding) as text:
        start = text.read(_SNIFF_CHARS)
    first = next((line for line in start.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _lines(text: TextIO) -> Iterator[str]:
    for number, line in enumerate(text, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise UnreadableFile(
                translate(
                    "importing_table",
                    "Line {line} of the file is longer than {most} characters; "
                    "check that this is the register, saved as CSV",
                ).format(line=f"{number:,}", most=f"{MAX_LINE_CHARS:,}")
            )
        yield line


def _read_csv_as(path: Path, encoding: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    delimiter = _delimiter(path, encoding)
    with _open(path, encoding) as text:
        return collect_rows(csv.reader(_lines(text), delimiter=delimiter))


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    announced = _encoding(path)
    try:
        return _read_csv_as(path, announced or "utf-8")
    except UnicodeDecodeError:
        if announced:
            name = "UTF-16" if announced == "utf-16" else "UTF-8"
            raise UnreadableFile(
                translate(
                    "importing_table",
                    "The file says it is {encoding} text but is not: save it again as CSV",
                ).format(encoding=name)
            ) from None
    return _read_csv_as(path, "cp1252")


def read_table(path: Path) -> Table:
    """The file as a table; :class:`UnreadableFile` when it is not a CSV or .xlsx file or
    is past a limit of :mod:`.bounds`."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            check_file_size(path)
            from smtp_desk.core.importing.workbook import read_xlsx  # openpyxl only if needed

            headers, rows = read_xlsx(path)
        elif suffix in (".csv", ".txt", ".tsv"):
            check_file_size(path)
            headers, rows = _read_csv(path)
        else:
            raise UnreadableFile(
                translate(
                    "importing_table",
                    "{file}: SMTP Desk imports .csv and .xlsx files; save it as one of those.",
                ).format(file=path.name)
            )
    except OSError as exc:
        message = translate("importing_table", "{file} cannot be read ({reason}).")
        raise UnreadableFile(message.format(file=path.name, reason=exc.strerror)) from exc
    except csv.Error as exc:
        message = translate("importing_table", "{file} is not a valid CSV file ({reason}).")
        raise UnreadableFile(message.format(file=path.name, reason=exc)) from exc
    return Table(path.name, [h.strip() for h in headers], rows)
