"""Real PDFs made at test time, good and broken the ways an ERP export can be.

``real_pdf`` is what every test that imports a PDF folder should write: the import opens
each file and renders its first page, so a few bytes starting with ``%PDF-`` are refused.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

__all__ = ["encrypted_pdf", "owner_locked_pdf", "real_pdf", "truncated_pdf", "zero_page_pdf"]


def real_pdf(label: str, *, pages: int = 1, padding: int = 0) -> bytes:
    """A small real PDF that says ``label`` on each page; ``padding`` bytes more in its
    metadata make a bigger one. The same arguments give the same bytes."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=True)
    if padding:
        pdf.setSubject("x" * padding)
    for number in range(pages):
        pdf.drawString(72, 760, f"{label} — page {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def truncated_pdf(keep: int = 1_500) -> bytes:
    """The first ``keep`` bytes of a real bill, as an interrupted export leaves it."""
    from smtp_desk.core.documents.render import DocumentKind, sample_document

    whole = sample_document(DocumentKind.BILL)
    assert len(whole) > keep
    return whole[:keep]


def _written(writer: object) -> bytes:
    out = io.BytesIO()
    writer.write(out)  # type: ignore[attr-defined]
    return out.getvalue()


def encrypted_pdf(label: str, *, password: str = "erp-secret") -> bytes:
    """A real PDF that opens only with ``password`` (pikepdf when installed, else pypdf)."""
    try:
        import pikepdf
    except ImportError:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(real_pdf(label))))
        writer.encrypt(user_password=password, owner_password=password, algorithm="AES-128")
        return _written(writer)
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(real_pdf(label))) as document:
        document.save(out, encryption=pikepdf.Encryption(user=password, owner=password))
    return out.getvalue()


def owner_locked_pdf(label: str) -> bytes:
    """A real PDF protected only against changes: it opens without a password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(real_pdf(label))))
    writer.encrypt(user_password="", owner_password="office", algorithm="AES-128")
    return _written(writer)


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(real_pdf("removed"))))
    writer.remove_page(0)
    return _written(writer)
