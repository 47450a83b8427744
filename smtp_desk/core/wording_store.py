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
from pathlib import Path

from smtp_desk.core.errors import SettingsError
from smtp_desk.core.i18n import translate
from smtp_desk.core.json_file import VersionedJson
from smtp_desk.core.kinds import DocumentKind
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

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULTS",
    "DEFAULT_BODY",
    "InvalidWording",
    "Wording",
    "empty_values",
    "load_wording",
    "reset_wording",
    "save_wording",
    "test_email_wording",
    "test_values",
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


DEFAULTS: dict[WordingKind, Wording] = {
    WordingKind.BILL: Wording("Maintenance bill {period} – flat {flat}", DEFAULT_BODY),
    WordingKind.RECEIPT: Wording("Payment receipt {number} – flat {flat}", DEFAULT_BODY),
    WordingKind.STATEMENT: Wording("Member statement {period} – flat {flat}", DEFAULT_BODY),
    WordingKind.TEST: Wording("Test: member statement from {society_name}", DEFAULT_TEST_BODY),
}

_FILE = VersionedJson("smtp-desk-wording", 1, "message wording file")


class InvalidWording(SettingsError):
    """A wording that cannot be saved: its problems, each with its place."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def test_values(society_name: str) -> dict[str, str]:
    """The test statement's placeholders: the sample member's, signed by the society."""
    values = {p.name: p.example for p in PLACEHOLDERS}
    values.update(
        society_name=society_name or SAMPLE_NAME,
        what="member statement",
        amount="",
        upi_link="",
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
    if not isinstance(subject, str) or not isinstance(body, str):
        raise SettingsError(f"The message wording file {wording_file(folder)} is damaged.")
    _refuse_problems(kind, subject, body)
    return Wording(subject, body, standard=False)


def _refuse_problems(kind: WordingKind, subject: str, body: str) -> None:
    problems = [
        str(p)
        for part, text in ((Part.SUBJECT, subject), (Part.BODY, body))
        for p in check(text, part, kind)
        if p.blocking
    ]
    if problems:
        raise InvalidWording(problems)


def save_wording(folder: Path, kind: WordingKind, subject: str, body: str) -> Wording:
    """Keep the office's wording for ``kind`` after the same checks as the window's; the
    standard wording is stored as no wording at all."""
    body = body.replace("\r\n", "\n")
    _refuse_problems(kind, subject, body)
    assert len(subject) <= MAX_SUBJECT and len(body) <= MAX_BODY
    standard = DEFAULTS[kind]
    kinds = dict(_stored(folder))
    if subject == standard.subject and body == standard.body:
        kinds.pop(kind.value, None)
        result = standard
    else:
        kinds[kind.value] = {"subject": subject, "body": body}
        result = Wording(subject, body, standard=False)
    _FILE.save(wording_file(folder), {"kinds": kinds})
    return result


def reset_wording(folder: Path, kind: WordingKind) -> Wording:
    """Back to SMTP Desk's standard wording for ``kind``."""
    kinds = dict(_stored(folder))
    if kinds.pop(kind.value, None) is not None:
        _FILE.save(wording_file(folder), {"kinds": kinds})
    return DEFAULTS[kind]


def test_email_wording(folder: Path) -> tuple[str, str] | None:
    """The office's subject and text of the test email; None (the standard) when its
    wording cannot be read: the test is about the connection, and the log says why."""
    try:
        wording = load_wording(folder, WordingKind.TEST)
    except SettingsError as exc:
        log.warning("The test email's own wording cannot be used (%s); the standard is.", exc)
        return None
    return wording.subject, wording.body
