"""The member statement attached to a test email: a sample member's figures under the
society's own letterhead (or the sample society's, before the profile is complete).

Before a Society Profile is saved the test email says plainly that it comes from the sample
society: its subject and text name "the sample society" and the PDF's name says "sample",
so nobody takes the sample's letterhead for their own."""

from __future__ import annotations

from pathlib import Path

from smtp_desk.core.documents.render import DocumentKind, sample_document
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.message import Attachment
from smtp_desk.core.society import SocietyProfile, check_profile, load_profile
from smtp_desk.core.validation import errors_in

__all__ = ["SAMPLE_NAME", "statement_for_test_email"]

SAMPLE_NAME = "the sample society"  # short: a long subject is folded onto its next line


def statement_for_test_email(folder: Path) -> tuple[Attachment, str]:
    """The PDF to attach and the society name to sign the test email with."""
    try:
        profile: SocietyProfile | None = load_profile(folder)
    except SmtpDeskError:
        profile = None
    if profile is None or not profile.name or errors_in(check_profile(profile)):
        pdf = sample_document(DocumentKind.STATEMENT, profile=None)
        return Attachment("test-member-statement-sample-society.pdf", pdf), SAMPLE_NAME
    path = profile.logo_path(folder)
    logo = path.read_bytes() if path is not None and path.is_file() else None
    pdf = sample_document(DocumentKind.STATEMENT, profile=profile, logo=logo)
    return Attachment("test-member-statement.pdf", pdf), profile.name
