"""Reading our PDFs back: text per page (pypdf), page pictures (pdfium) and QR codes."""

from __future__ import annotations

import io
import re

import pypdfium2
import zxingcpp
from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with all runs of white space (NBSP too) made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text().replace("\xa0", " ")) for page in reader.pages]


def text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def metadata(pdf: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    return {key.lstrip("/"): str(value) for key, value in info.items()}


def qr_codes(pdf: bytes, *, page: int = 0) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=3).to_pil()
    finally:
        document.close()
    return [found.text for found in zxingcpp.read_barcodes(image)]
