"""How big an imported file may be, checked while it is read, and the refusal in plain words.

A register of 20,000 members or bills is far inside every limit; a file past one is the
wrong file, a damaged one, or one made to exhaust the office PC. Each limit is checked
before the work it protects: the size on disk before anything is read, an Excel file's
unpacked sizes before anything is unpacked (:mod:`.workbook_parts`), and rows and cells
while they stream in, so the refusal comes in about a second and memory stays well under
300 MB for any input (``tests/benchmarks/test_import_bounds.py`` measures both).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import translate

__all__ = [
    "MAX_BLANK_ROWS",
    "MAX_CELLS",
    "MAX_FILE_BYTES",
    "MAX_LINE_CHARS",
    "MAX_ROWS",
    "MB",
    "UnreadableFile",
    "check_file_size",
    "collect_rows",
    "megabytes",
]

MB = 1024 * 1024
MAX_FILE_BYTES = 20 * MB  # .csv or .xlsx on disk; 20,000 wide rows in UTF-16 are about 10 MB
MAX_ROWS = 20_000  # rows with something in them, under the header
MAX_BLANK_ROWS = 100_000  # empty rows (Excel keeps formatted ones); more is refused, not skipped
MAX_CELLS = 2_000_000  # 20,000 rows of 100 columns; an Excel row counts up to its last cell
MAX_LINE_CHARS = 1_000_000  # one line of a CSV file; a real row is a few hundred characters


class UnreadableFile(SmtpDeskError):
    """The file cannot be read as a table at all (``str()`` says why and what to do)."""


def megabytes(size: int) -> str:
    """``209715200`` → ``"200 MB"``, ``3355443`` → ``"3.2 MB"``, ``1610612736`` →
    ``"1.5 GB"`` (counted as Windows counts them)."""
    value = size / MB
    if value >= 1024:
        return f"{value / 1024:,.1f} GB"
    return f"{value:,.0f} MB" if value >= 10 else f"{value:.1f} MB"


def check_file_size(path: Path, *, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse a file larger than ``limit`` before reading any of it."""
    size = path.stat().st_size
    if size > limit:
        raise UnreadableFile(
            translate(
                "importing_bounds",
                "The file is {size}; SMTP Desk imports files up to "
                "{limit}: check that this is the register, or save only the "
                "columns SMTP Desk reads",
            ).format(size=megabytes(size), limit=megabytes(limit))
        )


def collect_rows(rows: Iterable[list[str]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the filled rows (numbered from 1 = the header), stopping at a limit.

    Every cell read counts, empty or not (an Excel row is read up to its last cell, a CSV
    line up to its last delimiter); trailing empty cells are not kept. Reading stops and the
    file is refused at the first row past a limit: never a part of a file.
    """
    header: list[str] | None = None
    kept: list[tuple[int, list[str]]] = []
    blank = cells = 0
    for number, row in enumerate(rows, start=1):
        cells += len(row)
        if cells > MAX_CELLS:
            raise UnreadableFile(
                translate(
                    "importing_bounds",
                    "The file has more than {cells} cells; SMTP Desk imports at most "
                    "{rows} rows: remove the columns and rows it does not need",
                ).format(cells=f"{MAX_CELLS:,}", rows=f"{MAX_ROWS:,}")
            )
        trimmed = _trimmed(row)
        if header is None:
            header = trimmed
        elif trimmed:
            kept.append((number, trimmed))
            if len(kept) > MAX_ROWS:
                raise UnreadableFile(
                    translate(
                        "importing_bounds",
                        "The file has more than {rows} rows; SMTP Desk imports at most "
                        "{rows} at a time. Split the file.",
                    ).format(rows=f"{MAX_ROWS:,}")
                )
        else:
            blank += 1
            if blank > MAX_BLANK_ROWS:
                raise UnreadableFile(
                    translate(
                        "importing_bounds",
                        "The file has more than {rows} empty rows; delete the "
                        "empty rows below the register and save it again",
                    ).format(rows=f"{MAX_BLANK_ROWS:,}")
                )
    return header or [], kept


def _trimmed(row: list[str]) -> list[str]:
    """The row without its trailing empty cells; ``[]`` for a row with nothing in it."""
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end] if end < len(row) else row
