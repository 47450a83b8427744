"""The society's own wording for each message, kept in ``wording.json`` in its data folder
(beside ``society.json``), and the wording SMTP Desk uses until the office writes its own.

Only the kinds the office changed are stored; "Back to the standard wording" removes one.
A run takes the wording as it is when the run starts and keeps it (the register's run
holds the subject and text), so changing the wording mid-month never changes messages a
resumed run still has to send.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from smtp_desk.core.errors import SettingsError
from smtp_desk.core.i18n import translate
from smtp_desk.core.json_file import VersionedJson
from smtp_desk.core.kinds import DocumentKind
from smtp_desk.core.message_language import (
    MESSAGE_LANGUAGES,
    date_words,
    kind_words,
    period_words,
)
from smtp_desk.core.sample_statement import SAMPLE_NAME
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.wording import (
    MAX_BODY,
    MAX_SUBJECT,
    PLACEHOLDERS,
    Part,
    WordingKind,
    check,
)
from smtp_desk.core.wording_standard import STANDARD

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULTS",
    "DEFAULT_BODY",
    "InvalidWording",
    "Wording",
    "empty_values",
    "is_standard_text",
    "load_wording",
    "reset_wording",
    "sample_values",
    "save_wording",
    "standard_wording",
    "test_email_wording",
    "wording_file",
    "wording_kind",
]

DEFAULT_BODY = """\
Dear {member_name},

Please find attached your {what} for {period} (flat {flat}){amount}.

This message was sent by the society office of {society_name}. For any question, simply reply
to this email.

Regards,
{society_name}
"""

DEFAULT_TEST_BODY = """\
This is a test message from SMTP Desk, sent by {society_name}'s office.

If you can read this and open the attached member statement, the email settings work:
members will receive their bills, receipts and statements like this.

The statement is a sample; its figures are not real.
"""


@dataclass(frozen=True)
class Wording:
    subject: str
    body: str
    standard: bool = True  # SMTP Desk's own, not the office's
    language: str = "en"  # the members' language: how {period}, {due_date}, {amount} read


DEFAULTS: dict[WordingKind, Wording] = {
    WordingKind.BILL: Wording("Maintenance bill {period} – flat {flat}", DEFAULT_BODY),
    WordingKind.RECEIPT: Wording("Payment receipt {number} – flat {flat}", DEFAULT_BODY),
    WordingKind.STATEMENT: Wording("Member statement {period} – flat {flat}", DEFAULT_BODY),
    WordingKind.TEST: Wording("Test: member statement from {society_name}", DEFAULT_TEST_BODY),
}

_FILE = VersionedJson("smtp-desk-wording", 1, "message wording file")
_SAMPLE_MONTH = date(2026, 11, 1)  # the sample society's month, as the examples show it
_SAMPLE_DUE = date(2026, 12, 15)


class InvalidWording(SettingsError):
    """A wording that cannot be saved: its problems, each with its place."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def standard_wording(kind: WordingKind, language: str = "en") -> Wording:
    """SMTP Desk's own wording for ``kind`` in the members' ``language``."""
    if language not in MESSAGE_LANGUAGES or language == "en":
        return DEFAULTS[kind]
    subject, body = STANDARD[(kind, language)]
    return Wording(subject, body, standard=True, language=language)


def is_standard_text(kind: WordingKind, subject: str, body: str) -> str | None:
    """The language whose standard wording ``subject`` and ``body`` are, or None."""
    for language in MESSAGE_LANGUAGES:
        standard = standard_wording(kind, language)
        if (subject, body) == (standard.subject, standard.body):
            return language
    return None


def sample_values(society_name: str, language: str = "en") -> dict[str, str]:
    """The test statement's placeholders: the sample member's, signed by the society."""
    values = {p.name: p.example for p in PLACEHOLDERS}
    values.update(
        society_name=society_name or SAMPLE_NAME,
        what="member statement",
        amount="",
        upi_link="",
    )
    if language != "en":
        values.update(
            period=period_words(_SAMPLE_MONTH, _SAMPLE_MONTH, language),
            due_date=date_words(_SAMPLE_DUE, language),
            what=kind_words("statement", language),
        )
    return values


def empty_values(kind: WordingKind, profile: SocietyProfile | None) -> dict[str, str]:
    """Placeholders that will be empty in every message of ``kind``, each with why (the
    Society Profile lacks what fills it): warnings for the wording's check."""
    profile = profile or SocietyProfile()
    empty: dict[str, str] = {}
    if not profile.name:
        empty["society_name"] = translate(
            "wording_store", "empty until the Society Profile has the society's name"
        )
    if not profile.phone:
        empty["office_phone"] = translate(
            "wording_store", "empty: the Society Profile has no office phone"
        )
    if kind is not WordingKind.TEST and (not profile.upi_id or profile.currency != "INR"):
        empty["upi_link"] = translate("wording_store", "empty: the Society Profile has no UPI ID")
    return empty


def wording_kind(kind: DocumentKind) -> WordingKind:
    return WordingKind(str(kind))


def wording_file(folder: Path) -> Path:
    return folder / "wording.json"


def _stored(folder: Path) -> dict[str, object]:
    data = _FILE.load(wording_file(folder)) or {}
    kinds = data.get("kinds", {})
    if not isinstance(kinds, dict):
        raise SettingsError(f"The message wording file {wording_file(folder)} is damaged.")
    return kinds


def load_wording(folder: Path, kind: WordingKind) -> Wording:
    """The office's wording for ``kind``, else the standard one. A stored wording that no
    longer passes the checks (edited by hand) raises :class:`InvalidWording`, so a run is
    never started with a text that would fill wrongly."""
    entry = _stored(folder).get(kind.value)
    if entry is None:
        return DEFAULTS[kind]
    if not isinstance(entry, dict):  # edited by hand: never silently the standard instead
        raise SettingsError(f"The message wording file {wording_file(folder)} is damaged.")
    subject, body = entry.get("subject"), entry.get("body")
    language = entry.get("language", "en")
    if not isinstance(subject, str) or not isinstance(body, str):
        raise SettingsError(f"The message wording file {wording_file(folder)} is damaged.")
    if language not in MESSAGE_LANGUAGES:
        raise SettingsError(
            f"The message wording file {wording_file(folder)} names an unknown language "
            f"({language!r})."
        )
    _refuse_problems(kind, subject, body)
    standard = is_standard_text(kind, subject, body) == language
    return Wording(subject, body, standard=standard, language=language)


def _refuse_problems(kind: WordingKind, subject: str, body: str) -> None:
    problems = [
        str(p)
        for part, text in ((Part.SUBJECT, subject), (Part.BODY, body))
        for p in check(text, part, kind)
        if p.blocking
    ]
    if problems:
        raise InvalidWording(problems)


def save_wording(
    folder: Path, kind: WordingKind, subject: str, body: str, language: str = "en"
) -> Wording:
    """Keep the office's wording for ``kind`` (in the members' ``language``) after the same
    checks as the window's; the English standard wording is stored as no wording at all."""
    if language not in MESSAGE_LANGUAGES:
        raise ValueError(f"unknown message language {language!r}")
    body = body.replace("\r\n", "\n")
    _refuse_problems(kind, subject, body)
    assert len(subject) <= MAX_SUBJECT and len(body) <= MAX_BODY
    standard = DEFAULTS[kind]
    kinds = dict(_stored(folder))
    if (subject, body, language) == (standard.subject, standard.body, "en"):
        kinds.pop(kind.value, None)
        result = standard
    else:
        entry = {"subject": subject, "body": body}
        if language != "en":
            entry["language"] = language
        kinds[kind.value] = entry
        result = Wording(
            subject,
            body,
            standard=is_standard_text(kind, subject, body) == language,
            language=language,
        )
    _FILE.save(wording_file(folder), {"kinds": kinds})
    return result


def reset_wording(folder: Path, kind: WordingKind, language: str = "en") -> Wording:
    """Back to SMTP Desk's standard wording for ``kind`` in the members' ``language``."""
    if language != "en":
        standard = standard_wording(kind, language)
        return save_wording(folder, kind, standard.subject, standard.body, language)
    kinds = dict(_stored(folder))
    if kinds.pop(kind.value, None) is not None:
        _FILE.save(wording_file(folder), {"kinds": kinds})
    return DEFAULTS[kind]


def test_email_wording(folder: Path) -> Wording | None:
    """The office's wording of the test email; None (the standard) when it cannot be read:
    the test is about the connection, and the log says why."""
    try:
        return load_wording(folder, WordingKind.TEST)
    except SettingsError as exc:
        log.warning("The test email's own wording cannot be used (%s); the standard is.", exc)
        return None
