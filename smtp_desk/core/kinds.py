"""The document kinds SMTP Desk sends, each described once.

:data:`KINDS` holds, for every :class:`DocumentKind`, what the rest of the program asks of
a kind: its words (the label in lists, the plural for a run's description, the "what" of
the message text), its month rule, its renderer and its sample, how a run
finds its documents in the register, and whether the ERP's ready PDFs can be imported for
it. The command line's choices, the Send page's list, the Members page's PDF kinds, the
dispatch and the batch all read this table: a new kind is one :class:`KindSpec` here, its
renderer in :mod:`smtp_desk.core.documents`, and its tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from smtp_desk.core.documents.bill import bill_pdf
from smtp_desk.core.documents.receipt import receipt_pdf
from smtp_desk.core.documents.statement import statement_pdf
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP
from smtp_desk.core.model import Bill, Member, Period, Receipt, Statement
from smtp_desk.core.sample import SampleSociety
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.store import Store

__all__ = ["KINDS", "PDF_KINDS", "Document", "DocumentKind", "Found", "KindSpec"]

Document = Bill | Receipt | Statement


class DocumentKind(StrEnum):
    """A kind's id: the word kept in the register, the command line's ``--kind``."""

    BILL = "bill"
    RECEIPT = "receipt"
    STATEMENT = "statement"

    @property
    def spec(self) -> KindSpec:
        return KINDS[self]

    @property
    def label(self) -> str:
        """``Maintenance bill``."""
        return KINDS[self].label


@dataclass(frozen=True)
class Found:
    """One document of a kind for a period, as the register holds it."""

    flat: str
    document: str  # its number (bill, receipt) or "statement <flat>"
    model: Document
    amount: Decimal | None


Renderer = Callable[[Any, Member, SocietyProfile, bytes | None, datetime | None], bytes]
Finder = Callable[[Store, Period], list[Found]]


@dataclass(frozen=True)
class KindSpec:
    kind: DocumentKind
    label: str  # "Maintenance bill": lists and buttons
    plural: str  # "maintenance bills": "maintenance bills for Nov 2026"
    what: str  # "maintenance bill": "Please find attached your {what} …"
    amount_word: str  # "due" or "received", after "amount" in the message text
    one_month: bool  # sent one month at a time (else also a range of months)
    pdf_import: bool  # the ERP's ready PDFs can be imported for it
    sample_flat: str  # the sample flat that shows the document at its fullest
    render: Renderer  # (model, member, profile, logo, created) → PDF bytes
    find: Finder  # every document of the kind for a period in the register
    sample: Callable[[SampleSociety, str], Document]  # a sample flat's document
    content: Callable[[Document, Period], object] = lambda model, _period: model
    """What of the model counts as its content (a change of it is a changed document)."""


def _render_bill(
    model: Bill,
    member: Member,
    profile: SocietyProfile,
    logo: bytes | None,
    created: datetime | None,
) -> bytes:
    return bill_pdf(model, member, profile, logo=logo, created=created)


def _render_receipt(
    model: Receipt,
    member: Member,
    profile: SocietyProfile,
    logo: bytes | None,
    created: datetime | None,
) -> bytes:
    return receipt_pdf(model, member, profile, logo=logo, created=created)


def _render_statement(
    model: Statement,
    member: Member,
    profile: SocietyProfile,
    logo: bytes | None,
    created: datetime | None,
) -> bytes:
    return statement_pdf(model, member, profile, logo=logo, created=created)


def _find_bills(store: Store, period: Period) -> list[Found]:
    return [Found(b.flat, b.number, b, b.total) for b in store.bills(period.key)]


def _find_receipts(store: Store, period: Period) -> list[Found]:
    return [Found(r.flat, r.number, r, r.amount) for r in store.receipts() if r.date in period]


def _find_statements(store: Store, period: Period) -> list[Found]:
    """One statement per flat with any bill or receipt, dated today (or the period's end)."""
    bills, receipts = store.bills(), store.receipts()
    found = []
    for flat in sorted({b.flat for b in bills} | {r.flat for r in receipts}):
        statement = Statement.from_ledger(
            flat,
            period,
            bills=bills,
            receipts=receipts,
            statement_date=min(period.end, date.today()),
        )
        found.append(Found(flat, f"statement {flat}", statement, statement.amount_due))
    return found


def _sample_receipt(society: SampleSociety, flat: str) -> Receipt:
    if not any(r.flat == flat for r in society.receipts):
        raise KeyError(f"the sample flat {flat} has made no payment")
    return society.receipt(flat)


def _statement_content(model: Document, period: Period) -> object:
    # A statement's date is the day it is made: not a change of its content (a run
    # spread over days by a daily limit must not find every statement "changed").
    assert isinstance(model, Statement)
    return replace(model, statement_date=period.end)


KINDS: dict[DocumentKind, KindSpec] = {
    DocumentKind.BILL: KindSpec(
        DocumentKind.BILL,
        label=QT_TRANSLATE_NOOP("kinds", "Maintenance bill"),
        plural=QT_TRANSLATE_NOOP("kinds", "maintenance bills"),
        what="maintenance bill",
        amount_word="due",
        one_month=True,
        pdf_import=True,
        sample_flat="A-204",  # arrears with interest
        render=_render_bill,
        find=_find_bills,
        sample=lambda society, flat: society.bill(flat),
    ),
    DocumentKind.RECEIPT: KindSpec(
        DocumentKind.RECEIPT,
        label=QT_TRANSLATE_NOOP("kinds", "Payment receipt"),
        plural=QT_TRANSLATE_NOOP("kinds", "payment receipts"),
        what="payment receipt",
        amount_word="received",
        one_month=True,
        pdf_import=True,
        sample_flat="A-102",  # a cheque
        render=_render_receipt,
        find=_find_receipts,
        sample=_sample_receipt,
    ),
    DocumentKind.STATEMENT: KindSpec(
        DocumentKind.STATEMENT,
        label=QT_TRANSLATE_NOOP("kinds", "Member statement"),
        plural=QT_TRANSLATE_NOOP("kinds", "statements"),
        what="statement",
        amount_word="due",
        one_month=False,
        pdf_import=True,
        sample_flat="A-102",  # a ledger of bills and payments
        render=_render_statement,
        find=_find_statements,
        sample=lambda society, flat: society.statement(flat),
        content=_statement_content,
    ),
}

PDF_KINDS: tuple[DocumentKind, ...] = tuple(k for k, spec in KINDS.items() if spec.pdf_import)
"""The kinds whose ready PDFs can be imported (``import pdfs --kind``, the Members page)."""
