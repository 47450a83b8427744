"""What a run sends: one job per document and member, its text and its PDF.

The attachment is the ERP's ready PDF when one was imported for that member, kind and
period; otherwise SMTP Desk renders the document. Receipts: one item per receipt dated in
the period. Statements: one per member with any bill or receipt, for a month or a range.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from smtp_desk.core.documents.bill import bill_pdf
from smtp_desk.core.documents.receipt import receipt_pdf
from smtp_desk.core.documents.statement import statement_pdf
from smtp_desk.core.message import Attachment
from smtp_desk.core.model import Bill, Member, Period, Receipt, Statement
from smtp_desk.core.money import format_money
from smtp_desk.core.outbox import ItemSpec
from smtp_desk.core.safe_names import safe_file_name
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.store import Store

__all__ = ["BODY", "SUBJECTS", "ImportedPdfMissing", "Job", "jobs_for", "render_job"]

SUBJECTS = {
    "bill": "Maintenance bill {period} – flat {flat}",
    "receipt": "Payment receipt {document} – flat {flat}",
    "statement": "Member statement {period} – flat {flat}",
}
BODY = """\
Dear {name},

Please find attached your {what} for {period} (flat {flat}){amount}.

This message was sent by the society office of {society}. For any question, simply reply
to this email.

Regards,
{society}
"""
_WHAT = {"bill": "maintenance bill", "receipt": "payment receipt", "statement": "statement"}


@dataclass(frozen=True)
class Job:
    """One document for one member; picklable, so it can be rendered in another process."""

    spec: ItemSpec
    kind: str
    member: Member
    period: Period
    document: Bill | Receipt | Statement | None  # None: an imported PDF
    pdf_file: str  # the imported PDF, relative to the data folder
    amount: Decimal | None

    @property
    def filename(self) -> str:
        """The attachment's name, safe on every system the member may save it on."""
        period = self.period.key.replace("..", "-to-")
        return safe_file_name(f"{self.kind}-{self.member.flat}-{period}", suffix=".pdf")

    def subject(self, template: str = "") -> str:
        """The subject from the run's template (default: this kind's)."""
        return (template or SUBJECTS[self.kind]).format(
            period=self.period.label, flat=self.member.flat, document=self.spec.document
        )

    def text(self, profile: SocietyProfile, template: str = "") -> str:
        """The message text from the run's template (default: :data:`BODY`)."""
        amount = ""
        if self.amount is not None and self.amount > 0:
            label = "due" if self.kind != "receipt" else "received"
            amount = f"; amount {label} {format_money(self.amount).replace(chr(160), ' ')}"
        return (template or BODY).format(
            name=self.member.name,
            what=_WHAT[self.kind],
            period=self.period.label,
            flat=self.member.flat,
            amount=amount,
            society=profile.name,
        )


def _hash(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def jobs_for(store: Store, data_root: Path, kind: str, period: Period) -> list[Job]:
    """Every document of ``kind`` for ``period``, each with its member."""
    members = store.members()
    imported = {d.flat: d for d in store.documents(kind, period.key)}
    jobs: list[Job] = []

    def job(
        member: Member,
        document: str,
        model: Bill | Receipt | Statement | None,
        amount: Decimal | None,
    ) -> Job:
        pdf = imported.get(member.flat)
        # A statement's date is the day it is made: not a change of its content (a run
        # spread over days by a daily limit must not find every statement "changed").
        same = replace(model, statement_date=period.end) if isinstance(model, Statement) else model
        content = pdf.sha256 if pdf else _hash(same, member.name)
        spec = ItemSpec(member.flat, document, member.emails, content)
        return Job(
            spec, kind, member, period, None if pdf else model, pdf.file if pdf else "", amount
        )

    if kind == "bill":
        for bill in store.bills(period.key):
            if bill.flat in members:
                jobs.append(job(members[bill.flat], bill.number, bill, bill.total))
    elif kind == "receipt":
        for receipt in store.receipts():
            if receipt.date in period and receipt.flat in members:
                jobs.append(job(members[receipt.flat], receipt.number, receipt, receipt.amount))
    else:
        bills, receipts = store.bills(), store.receipts()
        active = {b.flat for b in bills} | {r.flat for r in receipts}
        for flat in sorted(active & set(members)):
            statement = Statement.from_ledger(
                flat,
                period,
                bills=bills,
                receipts=receipts,
                statement_date=min(period.end, date.today()),
            )
            jobs.append(job(members[flat], f"statement {flat}", statement, statement.amount_due))
    return jobs


def render_job(
    job: Job, profile: SocietyProfile, logo: bytes | None, data_root: Path
) -> Attachment:
    """The PDF for a job: the imported file, or a freshly rendered document.

    An imported file is taken only from the data folder's ``documents`` and only as it was
    imported (its SHA-256): anything else raises :class:`ImportedPdfMissing`."""
    if job.document is None:
        return Attachment(job.filename, _imported(job, data_root))
    if isinstance(job.document, Bill):
        pdf = bill_pdf(job.document, job.member, profile, logo=logo)
    elif isinstance(job.document, Receipt):
        pdf = receipt_pdf(job.document, job.member, profile, logo=logo)
    else:
        pdf = statement_pdf(job.document, job.member, profile, logo=logo)
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
