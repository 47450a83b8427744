"""Huge and hostile import files, made at test time in a moment.

A huge CSV is a real register's start followed by a sparse hole (no disk, no time). An
Excel bomb is written by hand as a zip: a block of text compressed once with a full flush
(which empties the compressor's memory) compresses to the same bytes every time, so 1.5 GB
of shared text is those bytes 1,500 times over: 3.4 MB on disk, a fraction of a second to
make (the CRC of the text is the longest part).
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["Repeated", "excel_parts", "huge_csv", "shared_text_bomb", "write_zip"]

MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MEMBERS = [("Flat", "Name", "Email"), ("A-101", "Rajesh Sharma", "rajesh@example.in")]


def huge_csv(path: Path, size: int) -> Path:
    """A members CSV whose first rows are real and whose size on disk is ``size``."""
    rows = "".join(f"F-{n},Member {n},m{n}@example.in\n" for n in range(1_000))
    path.write_text("Flat,Name,Email\n" + rows, encoding="utf-8")
    os.truncate(path, size)
    return path


@dataclass(frozen=True)
class Repeated:
    """``head``, then ``block`` ``times`` over, then ``tail``: a part too big to hold."""

    head: bytes
    block: bytes
    times: int
    tail: bytes

    @property
    def size(self) -> int:
        return len(self.head) + len(self.block) * self.times + len(self.tail)

    def deflated(self) -> tuple[bytes, int]:
        """The raw deflate stream and the CRC-32 of the whole, without ever holding it."""
        squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
        head = squeeze.compress(self.head) + squeeze.flush(zlib.Z_FULL_FLUSH)
        block = squeeze.compress(self.block) + squeeze.flush(zlib.Z_FULL_FLUSH)
        again = squeeze.compress(self.block) + squeeze.flush(zlib.Z_FULL_FLUSH)
        assert block == again, "after a full flush a block compresses the same every time"
        tail = squeeze.compress(self.tail) + squeeze.flush()
        crc = zlib.crc32(self.head)
        for _ in range(self.times):
            crc = zlib.crc32(self.block, crc)
        return head + block * self.times + tail, zlib.crc32(self.tail, crc)


def write_zip(path: Path, parts: dict[str, bytes | Repeated]) -> Path:
    """A zip of ``parts`` (deflated), written by hand so a part can be huge when unpacked."""
    entries = []
    with open(path, "wb") as out:
        for name, content in parts.items():
            if isinstance(content, Repeated):
                data, crc = content.deflated()
                size = content.size
            else:
                squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
                data = squeeze.compress(content) + squeeze.flush()
                crc, size = zlib.crc32(content), len(content)
            assert size < 2**32, "no zip64 here"
            encoded = name.encode()
            offset = out.tell()
            sizes = (crc, len(data), size, len(encoded))
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, *sizes, 0))
            out.write(encoded + data)
            entries.append((encoded, sizes, offset))
        start = out.tell()
        for encoded, sizes, offset in entries:
            out.write(
                struct.pack(
                    "<4s6H3L5H2L",
                    b"PK\x01\x02",
                    20,
                    20,
                    0,
                    8,
                    0,
                    0x21,
                    *sizes,
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
            )
            out.write(encoded)
        directory = out.tell() - start
        out.write(
            struct.pack(
                "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), directory, start, 0
            )
        )
    return path


def excel_parts(rows: list[tuple[str, ...]] = MEMBERS) -> dict[str, bytes | Repeated]:
    """The parts of a minimal real workbook holding ``rows`` as shared text, as Excel keeps
    text (openpyxl writes text into the sheet itself, with no shared text part)."""
    texts = list(dict.fromkeys(text for row in rows for text in row))
    sheet_rows = "".join(
        f'<row r="{number}">'
        + "".join(
            f'<c r="{chr(65 + column)}{number}" t="s"><v>{texts.index(text)}</v></c>'
            for column, text in enumerate(row)
        )
        + "</row>"
        for number, row in enumerate(rows, start=1)
    )
    last = f"{chr(64 + max(len(row) for row in rows))}{len(rows)}"
    kinds = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    main = MAIN.decode()
    return {
        "[Content_Types].xml": (
            f'<Types xmlns="{package}/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{kinds}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{kinds}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kinds}.sharedStrings+xml"/>'
            "</Types>"
        ).encode(),
        "_rels/.rels": (
            f'<Relationships xmlns="{package}/relationships">'
            f'<Relationship Id="rId1" Type="{relations}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ).encode(),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{relations}"><sheets>'
            '<sheet name="Members" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{package}/relationships">'
            f'<Relationship Id="rId1" Type="{relations}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{relations}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ).encode(),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{main}"><dimension ref="A1:{last}"/>'
            f"<sheetData>{sheet_rows}</sheetData></worksheet>"
        ).encode(),
        "xl/sharedStrings.xml": (
            f'<sst xmlns="{main}" count="{len(texts)}" uniqueCount="{len(texts)}">'
            + "".join(f"<si><t>{escape(text)}</t></si>" for text in texts)
            + "</sst>"
        ).encode(),
    }


def shared_text_bomb(path: Path, *, megabytes: int = 1_500) -> Path:
    """A members workbook whose shared text unpacks to ``megabytes``: its own six texts,
    then one text of a thousand letters, again and again."""
    piece = b"<si><t>" + b"A" * 1_000 + b"</t></si>"
    block = piece * (1024 * 1024 // len(piece))
    parts = excel_parts()
    text = parts["xl/sharedStrings.xml"]
    assert isinstance(text, bytes)
    head, tail = text.removesuffix(b"</sst>"), b"</sst>"
    parts["xl/sharedStrings.xml"] = Repeated(head, block, megabytes, tail)
    return write_zip(path, parts)
