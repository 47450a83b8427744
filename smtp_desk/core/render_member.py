"""One member's real document from the register, as a PDF (``smtp-desk render --flat``).

The document is found the way a run finds it (:func:`smtp_desk.core.dispatch.jobs_for`,
so an imported ERP PDF is used as it was imported) and rendered with the saved Society
Profile, as the member would receive it. Every reason it cannot be made is a
:class:`MemberDocumentError` with one sentence to print.
"""

from __future__ import annotations

from dataclasses import dataclass

from smtp_desk.core.dispatch import ImportedPdfMissing, Job, jobs_for, render_job
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.kinds import KINDS, DocumentKind
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.safe_names import safe_file_name
from smtp_desk.core.society import check_profile, load_profile
from smtp_desk.core.store import Store
from smtp_desk.core.validation import errors_in

__all__ = ["MemberDocument", "MemberDocumentError", "member_document"]

_SHOWN = 12  # flats or documents listed in a message before "…"


class MemberDocumentError(SmtpDeskError):
    """The member's document cannot be made; the text says why and what to give."""


@dataclass(frozen=True)
class MemberDocument:
    flat: str
    document: str  # the bill or receipt number, or "statement <flat>"
    pdf: bytes
    file_name: str  # a safe default name for the PDF, e.g. "bill-A-101-2026-11.pdf"


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:_SHOWN])
    return shown + (f" … ({len(names)} in all)" if len(names) > _SHOWN else "")


def member_document(
    folder: DataFolder, kind: DocumentKind, flat: str, period: Period, *, number: str = ""
) -> MemberDocument:
    """The PDF of ``kind`` for ``flat`` and ``period``; ``number`` picks one of several
    (receipts). Raises :class:`MemberDocumentError`."""
    spec = KINDS[kind]
    if spec.one_month and period.start.month != period.end.month:
        raise MemberDocumentError(f"--period: {spec.plural} are made one month at a time")
    profile = load_profile(folder.root)
    if not profile.name or errors_in(check_profile(profile)):
        raise MemberDocumentError(
            "save a complete Society Profile first ('smtp-desk profile'); it heads every PDF."
        )
    path = profile.logo_path(folder.root)
    logo = path.read_bytes() if path and path.is_file() else None
    if not folder.register_file.exists():
        raise MemberDocumentError(
            "the register is empty: import the members and their bills first "
            "('smtp-desk import members FILE')."
        )
    with Store.open(folder.register_file) as store:
        members = store.members()
        member = members.get(flat) or next(
            (m for key, m in members.items() if key.casefold() == flat.strip().casefold()), None
        )
        if member is None:
            raise MemberDocumentError(
                f"--flat: no member with flat {flat!r} in the register"
                + (f" (flats: {_listed(sorted(members))})." if members else "; import members.")
            )
        jobs = [
            j for j in jobs_for(store, folder.root, kind, period) if j.member.flat == member.flat
        ]
    job = _one(jobs, spec.what, member.flat, period, number)
    try:
        attachment = render_job(job, profile, logo, folder.root)
    except ImportedPdfMissing as exc:
        raise MemberDocumentError(f"the imported PDF cannot be used: {exc}.") from None
    name = job.filename
    if kind is not DocumentKind.STATEMENT:
        name = safe_file_name(f"{kind}-{member.flat}-{job.spec.document}", suffix=".pdf")
    return MemberDocument(member.flat, job.spec.document, attachment.content, name)


def _one(jobs: list[Job], what: str, flat: str, period: Period, number: str) -> Job:
    if number:
        chosen = [j for j in jobs if j.spec.document.casefold() == number.strip().casefold()]
        if chosen:
            return chosen[0]
        known = [j.spec.document for j in jobs]
        raise MemberDocumentError(
            f"--receipt: flat {flat} has no {what} {number!r} for {period.label}"
            + (f" (it has: {_listed(known)})." if known else ".")
        )
    if not jobs:
        raise MemberDocumentError(f"flat {flat} has no {what} for {period.label} in the register.")
    if len(jobs) > 1:
        known = [j.spec.document for j in jobs]
        raise MemberDocumentError(
            f"flat {flat} has {len(jobs)} {what}s for {period.label}: {_listed(known)}; "
            "choose one with --receipt NO."
        )
    return jobs[0]
