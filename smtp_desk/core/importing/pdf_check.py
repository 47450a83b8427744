"""Whether a PDF from the ERP is one a member can open: the check every imported PDF passes.

A file passes when it starts like a PDF, ends like one (``%%EOF`` in its last kilobyte, as
PDF readers expect: a truncated export has lost its end), opens with pdfium without a
password, has at least one page, and its first page renders. The first page is drawn at a
small size (at most 200 pixels on its longer side), which takes a few milliseconds: a folder
of 60 bills is checked in well under a second. A PDF protected only against editing (an
owner password) opens without one, like in every PDF reader, and passes.

pdfium is not safe to call from two threads at once, so every call here holds
:data:`PDFIUM_LOCK`; other code that calls pdfium while an import may run should hold it too.
"""

from __future__ import annotations

import pypdfium2
import pypdfium2.raw as pdfium_c

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.importing.bounds import MB, megabytes
from smtp_desk.core.pdfium import LOCK

__all__ = ["MAX_PDF_BYTES", "PDFIUM_LOCK", "pdf_problem", "size_problem"]

MAX_PDF_BYTES = 10 * MB  # a bill is 50-500 kB; most providers refuse messages over 20-25 MB
PDFIUM_LOCK = LOCK  # shared with every other pdfium caller
_LONGER_SIDE_PX = 200
_SCALE = 0.2  # 72 dpi × 0.2: an A4 page is 119 × 168 pixels

# What follows a PDF's name; returned translated by pdf_problem().
DAMAGED = QT_TRANSLATE_NOOP(
    "importing_pdf_check", "is damaged or incomplete: export it again from the ERP"
)
PROTECTED = QT_TRANSLATE_NOOP(
    "importing_pdf_check", "is protected by a password: export it without one"
)
NO_PAGES = QT_TRANSLATE_NOOP("importing_pdf_check", "has no pages: export it again from the ERP")
NOT_PDF = QT_TRANSLATE_NOOP("importing_pdf_check", "is not a PDF file")


def size_problem(size: int) -> str | None:
    """What is wrong with a PDF of ``size`` bytes (to follow its name), None if nothing."""
    if size <= MAX_PDF_BYTES:
        return None
    return translate(
        "importing_pdf_check",
        "is {size}; SMTP Desk imports PDFs up to {limit}, "
        "as larger messages do not get through most mail providers: export it again from "
        "the ERP",
    ).format(size=megabytes(size), limit=megabytes(MAX_PDF_BYTES))


def pdf_problem(data: bytes) -> str | None:
    """What is wrong with the PDF ``data`` (to follow its name), None if nothing."""
    wrong = _problem(data)
    return translate("importing_pdf_check", wrong) if wrong else None


def _problem(data: bytes) -> str | None:
    """One of the problems above, in English, or None."""
    if not data.startswith(b"%PDF-"):
        return NOT_PDF
    if b"%%EOF" not in data[-1024:]:
        return DAMAGED
    with PDFIUM_LOCK:
        return _render_first_page(data)


def _render_first_page(data: bytes) -> str | None:
    # The raw call, not PdfDocument(data): it says why a document does not open, where
    # PdfDocument reports a stale error for a document without pages.
    handle = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if not handle:
        error = pdfium_c.FPDF_GetLastError()
        if error in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            return PROTECTED
        return DAMAGED
    document = pypdfium2.PdfDocument(handle)  # closes the handle; ``data`` outlives it
    try:
        if len(document) < 1:
            return NO_PAGES
        page = document[0]
        try:
            width, height = page.get_size()
            if not (width > 0 and height > 0):
                return DAMAGED
            scale = min(_SCALE, _LONGER_SIDE_PX / max(width, height))
            page.render(scale=scale, may_draw_forms=False).close()
        finally:
            page.close()
    except pypdfium2.PdfiumError:
        return DAMAGED
    finally:
        document.close()
    return None
