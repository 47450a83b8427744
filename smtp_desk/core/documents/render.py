"""One entry point for the sample documents, by kind (:mod:`smtp_desk.core.kinds`), and
page pictures for previews."""

from __future__ import annotations

import io
from datetime import datetime

import pypdfium2

from smtp_desk.core.kinds import KINDS, DocumentKind
from smtp_desk.core.pdfium import LOCK
from smtp_desk.core.sample import sample_society
from smtp_desk.core.society import SocietyProfile

__all__ = ["SAMPLE_FLATS", "DocumentKind", "page_pictures", "sample_document"]

# Sample flats that show each document at its fullest (the kinds' ``sample_flat``).
SAMPLE_FLATS = {kind.value: spec.sample_flat for kind, spec in KINDS.items()}


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
    spec = KINDS[kind]
    return spec.render(spec.sample(sample, flat), member, profile, logo, created)


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
