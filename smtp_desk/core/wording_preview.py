"""A wording shown with one real member's data, composed exactly as a run composes it
(:func:`smtp_desk.core.render_pool.message_for`): the subject, the plain text, the HTML
alternative and the attachment's name, under the saved account's From.

The member's document is the one a run for its latest month would send (the latest bill,
the latest receipt, a statement for the month of the latest bill or receipt). The test
statement is shown with the sample member's figures, as the test email carries them.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

from smtp_desk.core.account import AccountSettings, Security
from smtp_desk.core.dispatch import Job, jobs_for, render_job
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import shown_period, translate
from smtp_desk.core.kinds import KINDS, DocumentKind
from smtp_desk.core.message import Attachment, build_message
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.render_pool import MessageRecipe, message_for
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.society import SocietyProfile, load_profile
from smtp_desk.core.store import Store
from smtp_desk.core.validation import InvalidAccount, checked_account
from smtp_desk.core.wording import WordingKind, texts
from smtp_desk.core.wording_store import sample_values

__all__ = ["PreviewError", "WordingPreview", "preview_wording"]


class PreviewError(SmtpDeskError):
    """No member's message can be shown; the text says why."""


@dataclass(frozen=True)
class WordingPreview:
    flat: str
    period: str
    message: EmailMessage  # as sent, but for its Message-ID and Date

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    def part(self, subtype: str) -> str:
        found = self.message.get_body(preferencelist=(subtype,))
        text = str(found.get_content()) if found is not None else ""
        return text.replace("\r\n", "\n")

    @property
    def attachment_name(self) -> str:
        names = [a.get_filename() or "" for a in self.message.iter_attachments()]
        return names[0] if names else ""


def _account(folder: DataFolder, profile: SocietyProfile) -> AccountSettings:
    draft = load_settings(folder.settings_file).account
    if draft is not None:
        try:
            return checked_account(draft)
        except InvalidAccount:
            pass
    sender = profile.email or "society@example.invalid"
    return AccountSettings(
        preset="custom",
        host="localhost",
        port=587,
        security=Security.STARTTLS,
        user=sender,
        from_email=sender,
    )


def _latest_period(store: Store, kind: DocumentKind, flat: str) -> Period | None:
    months = [b.period.key for b in store.bills() if b.flat == flat]
    if kind is not DocumentKind.BILL:
        months += [f"{r.date:%Y-%m}" for r in store.receipts() if r.flat == flat]
    return Period.parse(max(months)) if months else None


def _job(folder: DataFolder, kind: DocumentKind, flat: str, period: Period | None) -> Job:
    if not folder.register_file.exists():
        raise PreviewError(
            translate("wording_preview", "import the members and their documents first")
        )
    with Store.open(folder.register_file) as store:
        members = store.members()
        member = members.get(flat) or next(
            (m for key, m in members.items() if key.casefold() == flat.strip().casefold()), None
        )
        if member is None:
            raise PreviewError(
                translate("wording_preview", "no member with flat {flat} in the register").format(
                    flat=flat
                )
            )
        period = period or _latest_period(store, kind, member.flat)
        jobs = (
            [j for j in jobs_for(store, folder.root, kind, period) if j.member.flat == member.flat]
            if period is not None
            else []
        )
    if not jobs:
        raise PreviewError(
            translate("wording_preview", "flat {flat} has no {what} in the register").format(
                flat=member.flat, what=translate("kinds", KINDS[kind].label).lower()
            )
        )
    return jobs[-1]


def preview_wording(
    folder: DataFolder,
    kind: WordingKind,
    subject: str,
    body: str,
    flat: str = "",
    *,
    period: Period | None = None,
    with_pdf: bool = False,
    language: str = "en",
) -> WordingPreview:
    """``subject`` and ``body`` (checked, in the members' ``language``) as the member of
    ``flat`` would get them; the attachment is the real PDF with ``with_pdf`` (slower),
    else an empty file of its name."""
    profile = load_profile(folder.root)
    account = _account(folder, profile)
    if kind is WordingKind.TEST:
        values = sample_values(profile.name, language)
        words = texts(subject, body, values, language=language)
        message = build_message(
            account,
            to=[account.from_email],
            subject=words.subject,
            text=words.plain,
            html=words.html,
            attachments=[Attachment("test-member-statement.pdf", b"")],
        )
        return WordingPreview("", "", message)
    job = _job(folder, DocumentKind(kind.value), flat, period)
    if not job.spec.recipients:  # a run skips the member: there is no message to show
        raise PreviewError(
            translate(
                "wording_preview",
                "flat {flat} has no email address in the register: a run sends it nothing "
                "(print its copy instead)",
            ).format(flat=job.member.flat)
        )
    if with_pdf:
        path = profile.logo_path(folder.root)
        logo = path.read_bytes() if path is not None and path.is_file() else None
        attachment = render_job(job, profile, logo, folder.root)
    else:
        attachment = Attachment(job.filename, b"")
    recipients = job.spec.recipients
    recipe = MessageRecipe(account, subject, body, language)
    message = message_for(recipe, job, None, recipients, profile, attachment)
    return WordingPreview(job.member.flat, shown_period(job.period.start, job.period.end), message)
