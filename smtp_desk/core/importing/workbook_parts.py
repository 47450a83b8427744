"""An .xlsx file's parts, checked before openpyxl reads any of them.

An .xlsx file is a zip of XML parts. openpyxl holds some parts whole in memory (the shared
text, the styles), builds every row of the sheet whole before handing it over, and, like
any XML reader, expands entities declared in a document type. A small file can therefore
unpack to gigabytes (a "zip bomb"), or hold one row of millions of cells. So, in order:

1. the zip's own directory: at most :data:`MAX_PARTS` parts, each unpacking to no more
   than its limit (the shared text 20 MB, a sheet 50 MB, any other part 20 MB), 100 MB in
   all. These sizes are read from the directory, nothing is unpacked: a bomb is refused at
   once. (Python's zipfile never unpacks more than the size written there.)
2. one pass of a plain XML parser over every part, unpacked in pieces and never kept,
   counting elements: at most :data:`MAX_ROW_ELEMENTS` inside one sheet row, at most
   :data:`MAX_PART_ELEMENTS` in any part outside its rows (the shared text
   :data:`MAX_TEXT_ELEMENTS`), :data:`MAX_ELEMENTS` in all; a document type declaration
   (which Excel never writes) is refused.

Only then does openpyxl open the file (:mod:`.workbook`).
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.importing.bounds import MB, UnreadableFile, megabytes

__all__ = [
    "MAX_ELEMENTS",
    "MAX_PARTS",
    "MAX_PART_BYTES",
    "MAX_PART_ELEMENTS",
    "MAX_ROW_ELEMENTS",
    "MAX_SHARED_TEXT_BYTES",
    "MAX_SHEET_BYTES",
    "MAX_TEXT_ELEMENTS",
    "MAX_UNPACKED_BYTES",
    "check_parts",
]

SHARED_TEXT = "xl/sharedStrings.xml"
SHEETS = "xl/worksheets/"
MAX_PARTS = 1_000  # a workbook has a dozen or two
MAX_SHARED_TEXT_BYTES = 20 * MB  # held whole in memory; 20,000 members' text is 2-5 MB
MAX_SHEET_BYTES = 50 * MB  # read row by row; 20,000 rows of 20 columns are about 17 MB
MAX_PART_BYTES = 20 * MB  # styles, workbook, theme …: a few kilobytes in a real file
MAX_UNPACKED_BYTES = 100 * MB
MAX_ROW_ELEMENTS = 100_000  # a row of Excel's 16,384 columns has about 50,000
MAX_PART_ELEMENTS = 100_000  # outside rows: styles, hyperlinks, merged cells …
MAX_TEXT_ELEMENTS = 600_000  # the shared text: 2 per text; 20,000 members have ~100,000
MAX_ELEMENTS = 3_000_000  # 20,000 rows of 40 columns of text are about 2,400,000

_ROW = "http://schemas.openxmlformats.org/spreadsheetml/2006/main row"
_CHUNK = 1024 * 1024
_AGAIN = QT_TRANSLATE_NOOP(
    "importing_workbook_parts",
    "check that this is the register, or open it in Excel and save it again",
)


class _Refused(Exception):
    """Raised inside the XML parser's callbacks to stop at the first element too many."""


def check_parts(path: Path) -> None:
    """Refuse (:class:`UnreadableFile`) an .xlsx file past a limit above."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_sizes(parts)
            counter = _Counter()
            for part in parts:
                counter.scan(archive, part)
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as exc:
        # RuntimeError: an encrypted part; NotImplementedError: an unknown compression
        if _is_compound_file(path):
            raise UnreadableFile(
                translate(
                    "importing_workbook_parts",
                    "{file} is protected by a password, or is an old-style Excel file "
                    "(.xls) renamed: open it in Excel and save it as .xlsx without a password",
                ).format(file=path.name)
            ) from exc
        message = translate(
            "importing_workbook_parts", "{file} is not a readable Excel (.xlsx) file."
        )
        raise UnreadableFile(message.format(file=path.name)) from exc


def _is_compound_file(path: Path) -> bool:
    """Excel keeps a password-protected workbook, and an old .xls, in this other container."""
    with open(path, "rb") as start:
        return start.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_sizes(parts: list[zipfile.ZipInfo]) -> None:
    again = translate("importing_workbook_parts", _AGAIN)
    if len(parts) > MAX_PARTS:
        raise UnreadableFile(
            translate(
                "importing_workbook_parts",
                "The Excel file has {parts} parts; a workbook has a few dozen at most "
                "and SMTP Desk reads up to {most}: {again}",
            ).format(parts=f"{len(parts):,}", most=f"{MAX_PARTS:,}", again=again)
        )
    for part in parts:
        if part.filename == SHARED_TEXT:
            limit = MAX_SHARED_TEXT_BYTES
            message = translate(
                "importing_workbook_parts",
                "The Excel file's text unpacks to {size}; SMTP Desk "
                "reads up to {limit} of text: {again}",
            )
        elif part.filename.startswith(SHEETS):
            limit = MAX_SHEET_BYTES
            message = translate(
                "importing_workbook_parts",
                "The Excel file's sheet unpacks to {size}; SMTP Desk "
                "reads sheets up to {limit}: {again}",
            )
        else:
            limit = MAX_PART_BYTES
            message = translate(
                "importing_workbook_parts",
                "The Excel file's part {part} unpacks to {size}; SMTP Desk "
                "reads parts up to {limit}: {again}",
            )
        if part.file_size > limit:
            raise UnreadableFile(
                message.format(
                    part=part.filename,
                    size=megabytes(part.file_size),
                    limit=megabytes(limit),
                    again=again,
                )
            )
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED_BYTES:
        raise UnreadableFile(
            translate(
                "importing_workbook_parts",
                "The Excel file unpacks to {size}; SMTP Desk reads up to {limit} in all: {again}",
            ).format(size=megabytes(total), limit=megabytes(MAX_UNPACKED_BYTES), again=again)
        )


class _Counter:
    """Elements counted over all parts, each part once, with expat (no tree is built)."""

    def __init__(self) -> None:
        self.total = 0

    def scan(self, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
        text = part.filename == SHARED_TEXT
        outside_limit = MAX_TEXT_ELEMENTS if text else MAX_PART_ELEMENTS
        depth = row_depth = in_row = outside = 0

        def refuse(reason: str) -> None:
            raise _Refused(
                translate(
                    "importing_workbook_parts",
                    "The Excel file is not built like one saved by Excel ({reason} in "
                    "{part}): open it in Excel and save it again",
                ).format(reason=reason, part=part.filename)
            )

        def start(tag: str, _attributes: object) -> None:
            nonlocal depth, row_depth, in_row, outside
            depth += 1
            self.total += 1
            if self.total > MAX_ELEMENTS:
                refuse(
                    translate(
                        "importing_workbook_parts", "more than {count} XML elements in all"
                    ).format(count=f"{MAX_ELEMENTS:,}")
                )
            if row_depth:
                in_row += 1
                if in_row > MAX_ROW_ELEMENTS:
                    refuse(
                        translate(
                            "importing_workbook_parts", "a row of more than {count} XML elements"
                        ).format(count=f"{MAX_ROW_ELEMENTS:,}")
                    )
            elif tag == _ROW:
                row_depth, in_row = depth, 0
            else:
                outside += 1
                if outside > outside_limit:
                    refuse(
                        translate(
                            "importing_workbook_parts",
                            "more than {count} XML elements outside the rows",
                        ).format(count=f"{outside_limit:,}")
                    )

        def end(_tag: str) -> None:
            nonlocal depth, row_depth
            if depth == row_depth:
                row_depth = 0
            depth -= 1

        def doctype(*_: object) -> None:
            refuse(translate("importing_workbook_parts", "a document type declaration"))

        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.StartDoctypeDeclHandler = doctype
        parser.EntityDeclHandler = doctype
        try:
            with archive.open(part) as stream:
                while chunk := stream.read(_CHUNK):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError:
            # Not XML (a picture), or XML broken at some point: openpyxl stops at the same
            # point if it reads this part at all, and everything before it was counted.
            return
        except _Refused as refused:
            raise UnreadableFile(str(refused)) from None
