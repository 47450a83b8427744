"""Spreadsheet files the program writes, safe to open in Excel or LibreOffice.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return — also
after leading spaces — is taken for a formula by a spreadsheet, which then runs it
(``=HYPERLINK(…)``, ``@SUM(1+1)*cmd|…``). Every such cell is written with a leading
apostrophe, as OWASP recommends ("CSV Injection"), so it is shown as text.

The rule has no exception for numbers: ``-500.00`` is written as ``'-500.00`` (text). No
file written today holds signed amounts (the register has no money columns, the import
templates' examples are positive); a future export that needs them should write them as
numbers in an ``.xlsx`` file rather than weaken this rule.

Files are written to a temporary file next to the target and renamed over it, so a failed
export (disk full, the file open in Excel) never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import re
import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from smtp_desk.core.errors import SmtpDeskError

__all__ = ["FORMULA_STARTS", "ExportError", "neutralize", "write_csv", "write_xlsx"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 (and so .xlsx) cannot hold these; openpyxl refuses them.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LONGEST_COLUMN = 60  # characters: wider columns in the .xlsx are cut to this


class ExportError(SmtpDeskError):
    """An export could not be written; the target was left as it was."""


def neutralize(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would evaluate it."""
    if cell.startswith(FORMULA_STARTS) or cell.lstrip().startswith(FORMULA_STARTS):
        return f"'{cell}"
    return cell


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a UTF-8 CSV with BOM (Excel reads it as UTF-8), every cell neutralized;
    the number of rows written (without the header)."""
    count = 0
    with _replacing(path) as tmp, tmp.open("x", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([neutralize(cell) for cell in header])
        for row in rows:
            writer.writerow([neutralize(cell) for cell in row])
            count += 1
    return count


def write_xlsx(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], *, sheet: str
) -> int:
    """Write an Excel workbook whose every cell is text (never a formula or a number),
    neutralized as in a CSV; the number of rows written (without the header)."""
    from openpyxl import Workbook  # only when a workbook is written
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    page = book.active
    page.title = sheet
    widths = [len(name) for name in header]
    count = 0
    for row_number, row in enumerate([header, *rows], start=1):
        for column, text in enumerate(row, start=1):
            cell = page.cell(row=row_number, column=column)
            cell.value = _xml_text(neutralize(text))
            cell.data_type = "s"
            if row_number == 1:
                cell.font = Font(bold=True)
            elif column <= len(widths):
                widths[column - 1] = max(widths[column - 1], len(text))
        count = row_number - 1
    for column, width in enumerate(widths, start=1):
        page.column_dimensions[get_column_letter(column)].width = min(width, _LONGEST_COLUMN) + 2
    page.freeze_panes = "A2"
    with _replacing(path) as tmp:
        book.save(tmp)
    return count


def _xml_text(text: str) -> str:
    """Control characters XML cannot hold written as ``\\x07``; a carriage return as the
    line break every XML reader makes of it anyway."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_IN_XML.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary path next to ``path``, renamed over it when the block succeeds and
    removed when it fails. OSError becomes an :class:`ExportError`."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        yield tmp
        with tmp.open("r+b") as written:  # on disk before it takes the old file's place
            os.fsync(written.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise ExportError(
            f"{path} could not be written ({reason}); it was left as it was. Close it if it "
            "is open in a spreadsheet, or choose another folder."
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
