"""One entry point for the three documents, by kind, and page pictures for previews."""

from __future__ import annotations

import io
from datetime import datetime
from enum import StrEnum

import pypdfium2

from smtp_desk.core.documents.bill import bill_pdf
from smtp_desk.core.documents.receipt import receipt_pdf
from smtp_desk.core.documents.statement import statement_pdf
from smtp_desk.core.pdfium import LOCK
from smtp_desk.core.sample import sample_society
from smtp_desk.core.society import SocietyProfile

__all__ = ["SAMPLE_FLATS", "DocumentKind", "page_pictures", "sample_document"]

# Sample flats that show each document at its fullest: arrears with interest on the bill,
# a cheque receipt, a ledger of bills and payments.
SAMPLE_FLATS = {"bill": "A-204", "receipt": "A-102", "statement": "A-102"}


class DocumentKind(StrEnum):
    BILL = "bill"
    RECEIPT = "receipt"
    STATEMENT = "statement"

    @property
    def label(self) -> str:
        return {
            "bill": "Maintenance bill",
            "receipt": "Payment receipt",
            "statement": "Member statement",
        }[self]


def sample_document(
    kind: DocumentKind,
    *,
    profile: SocietyProfile | None = None,
    logo: bytes | None = None,
    flat: str = "",
    created: datetime | None = None,
) -> bytes:
    """A document for a sample member; with ``profile`` (and ``logo``) it carries that
    society's letterhead and payment details instead of the sample society's."""
    sample = sample_society()
    flat = flat or SAMPLE_FLATS[kind]
    if flat not in sample.members:
        known = f"{min(sample.members)} … {max(sample.members)}"
        raise KeyError(f"the sample society has no flat {flat!r} (flats {known})")
    if profile is None:
        profile, logo = sample.profile, sample.logo
    member = sample.members[flat]
    if kind is DocumentKind.BILL:
        return bill_pdf(sample.bill(flat), member, profile, logo=logo, created=created)
    if kind is DocumentKind.RECEIPT:
        receipt = sample.receipt(flat) if any(r.flat == flat for r in sample.receipts) else None
        if receipt is None:
            raise KeyError(f"the sample flat {flat} has made no payment")
        return receipt_pdf(receipt, member, profile, logo=logo, created=created)
    return statement_pdf(sample.statement(flat), member, profile, logo=logo, created=created)


def page_pictures(pdf: bytes, *, dpi: int = 96, limit: int = 20) -> list[bytes]:
    """PNG pictures of the first ``limit`` pages (for previews; any PDF, ours or an ERP's)."""
    with LOCK:  # pdfium is not thread-safe; an import may be checking PDFs meanwhile
        document = pypdfium2.PdfDocument(pdf)
        try:
            pictures = []
            for index in range(min(len(document), limit)):
                page = document[index]
                image = page.render(scale=dpi / 72).to_pil()
                out = io.BytesIO()
                image.save(out, "PNG")
                pictures.append(out.getvalue())
                page.close()
            return pictures
        finally:
            document.close()
