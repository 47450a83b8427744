"""What a run sends: one job per document and member, its text and its PDF.

The attachment is the ERP's ready PDF when one was imported for that member, kind and
period; otherwise SMTP Desk renders the document. Receipts: one item per receipt dated in
the period. Statements: one per member with any bill or receipt, for a month or a range.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from smtp_desk.core.documents.upi import upi_uri
from smtp_desk.core.kinds import KINDS, Document, DocumentKind
from smtp_desk.core.message import Attachment
from smtp_desk.core.message_language import (
    amount_sentence,
    date_words,
    kind_words,
    period_words,
)
from smtp_desk.core.model import Bill, Member, Period
from smtp_desk.core.money import format_money
from smtp_desk.core.outbox_records import ItemSpec
from smtp_desk.core.safe_names import safe_file_name
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.store import Store

__all__ = ["ImportedPdfMissing", "Job", "jobs_for", "render_job"]


@dataclass(frozen=True)
class Job:
    """One document for one member; picklable, so it can be rendered in another process."""

    spec: ItemSpec
    kind: DocumentKind
    member: Member
    period: Period
    document: Document | None  # None: an imported PDF
    pdf_file: str  # the imported PDF, relative to the data folder
    amount: Decimal | None
    due_date: date | None = None  # a bill's

    @property
    def filename(self) -> str:
        """The attachment's name, safe on every system the member may save it on."""
        period = self.period.key.replace("..", "-to-")
        return safe_file_name(f"{self.kind}-{self.member.flat}-{period}", suffix=".pdf")

    def values(self, profile: SocietyProfile, language: str = "en") -> dict[str, str]:
        """What each placeholder of the wording stands for in this member's message, with
        the month, the due date, the amount sentence and the document's name in the
        members' ``language`` (:mod:`smtp_desk.core.message_language`)."""
        english = language == "en"
        money = (
            format_money(self.amount, currency=profile.currency, locale=profile.locale).replace(
                "\N{NO-BREAK SPACE}", " "
            )
            if self.amount is not None
            else ""
        )
        due = self.kind is not DocumentKind.RECEIPT
        uri = ""
        if due and profile.upi_id and profile.currency == "INR" and self.amount and self.amount > 0:
            uri = upi_uri(
                upi_id=profile.upi_id,
                payee=profile.name,
                amount=self.amount,
                note=self.spec.document,
            )
        return {
            "member_name": self.member.name,
            "flat": self.member.flat,
            "period": self.period.label
            if english
            else period_words(self.period.start, self.period.end, language),
            "amount_due": money if due else "",
            "amount_received": "" if due else money,
            "amount": amount_sentence(money, due=due, language=language)
            if self.amount is not None and self.amount > 0
            else "",
            "due_date": date_words(self.due_date, language) if self.due_date else "",
            "number": "" if self.kind is DocumentKind.STATEMENT else self.spec.document,
            "document": self.spec.document,
            "society_name": profile.name,
            "upi_link": uri,
            "office_phone": profile.phone,
            "what": kind_words(str(self.kind), language),
        }


def _hash(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def jobs_for(store: Store, data_root: Path, kind: DocumentKind, period: Period) -> list[Job]:
    """Every document of ``kind`` for ``period`` whose member is in the register."""
    spec = KINDS[kind]
    members = store.members()
    imported = {d.flat: d for d in store.documents(kind, period.key)}
    jobs: list[Job] = []
    for found in spec.find(store, period):
        member = members.get(found.flat)
        if member is None:
            continue
        pdf = imported.get(member.flat)
        content = pdf.sha256 if pdf else _hash(spec.content(found.model, period), member.name)
        item = ItemSpec(member.flat, found.document, member.emails, content)
        model = None if pdf else found.model
        due = found.model.due_date if isinstance(found.model, Bill) else None
        file = pdf.file if pdf else ""
        jobs.append(Job(item, kind, member, period, model, file, found.amount, due))
    return jobs


def render_job(
    job: Job, profile: SocietyProfile, logo: bytes | None, data_root: Path
) -> Attachment:
    """The PDF for a job: the imported file, or a freshly rendered document.

    An imported file is taken only from the data folder's ``documents`` and only as it was
    imported (its SHA-256): anything else raises :class:`ImportedPdfMissing`."""
    if job.document is None:
        return Attachment(job.filename, _imported(job, data_root))
    pdf = KINDS[job.kind].render(job.document, job.member, profile, logo, None)
    return Attachment(job.filename, pdf)


class ImportedPdfMissing(FileNotFoundError):
    """The imported PDF is gone, outside the data folder, or not the file imported."""


def _imported(job: Job, data_root: Path) -> bytes:
    folder = (data_root / "documents").resolve()
    path = (data_root / job.pdf_file).resolve()
    if not path.is_relative_to(folder):
        raise ImportedPdfMissing(f"{job.pdf_file} is not in the data folder's documents")
    content = path.read_bytes()
    if hashlib.sha256(content).hexdigest() != job.spec.content_hash:
        raise ImportedPdfMissing(f"{job.pdf_file} is not the file that was imported")
    return content
