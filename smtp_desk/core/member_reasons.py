"""One member's failure or deferral as one sentence, for the Send page's table, the History
page and the command line.

The sentence names the flat (and the member's address where the address is the trouble),
says what happened in plain words and what to do. The server's reply is not part of it: it
stays in :attr:`Diagnosis.detail`, for the tooltip and the log.
"""

from __future__ import annotations

from smtp_desk.core.advice import CATALOGUE, RUN_STOPPING, in_words
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import Diagnosis
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["member_reason"]

_RETRY_LATER = QT_TRANSLATE_NOOP(
    "member_reasons",
    "press Retry failed later; if it keeps happening, run Test connection on the Email "
    "Credentials page",
)

# category → (what happened, what to do). ``{flat}`` and ``{address}`` are filled in; without
# an address, `` {address}`` is left out. Categories of the whole account are worded from the
# catalogue instead (see member_reason).
_SENTENCES: dict[str, tuple[str, str]] = {
    DiagnosisCategory.ADDRESS_INVALID: (
        QT_TRANSLATE_NOOP(
            "member_reasons", "The provider refused {flat}'s address {address} as invalid"
        ),
        QT_TRANSLATE_NOOP("member_reasons", "correct the member's email and send again"),
    ),
    DiagnosisCategory.ADDRESS_MALFORMED: (
        QT_TRANSLATE_NOOP(
            "member_reasons",
            "{flat}'s address {address} is not a valid email address, so SMTP Desk did not "
            "send to it",
        ),
        QT_TRANSLATE_NOOP("member_reasons", "correct the member's email and send again"),
    ),
    DiagnosisCategory.MAILBOX_UNAVAILABLE: (
        QT_TRANSLATE_NOOP(
            "member_reasons", "The mailbox {address} of flat {flat} does not exist or is closed"
        ),
        QT_TRANSLATE_NOOP(
            "member_reasons", "check the address with the member, correct it and send again"
        ),
    ),
    DiagnosisCategory.MAILBOX_FULL: (
        QT_TRANSLATE_NOOP("member_reasons", "{flat}'s mailbox {address} is full"),
        QT_TRANSLATE_NOOP("member_reasons", "ask the member to make room, then press Retry failed"),
    ),
    DiagnosisCategory.RECIPIENT_REJECTED: (
        QT_TRANSLATE_NOOP("member_reasons", "The provider refused {flat}'s address {address}"),
        QT_TRANSLATE_NOOP(
            "member_reasons", "check the address with the member, correct it and send again"
        ),
    ),
    DiagnosisCategory.ADDRESS_UNSUPPORTED: (
        QT_TRANSLATE_NOOP(
            "member_reasons",
            "{flat}'s address {address} has letters outside plain English, which the provider's "
            "server does not accept",
        ),
        QT_TRANSLATE_NOOP("member_reasons", "ask the member for another address"),
    ),
    DiagnosisCategory.MESSAGE_TOO_LARGE: (
        QT_TRANSLATE_NOOP("member_reasons", "{flat}'s message is larger than the provider accepts"),
        QT_TRANSLATE_NOOP(
            "member_reasons",
            "make the PDF smaller (fewer pages, a smaller logo), then press Retry failed",
        ),
    ),
    DiagnosisCategory.POLICY_REJECTED: (
        QT_TRANSLATE_NOOP(
            "member_reasons", "The provider refused the message to {flat} by its rules"
        ),
        QT_TRANSLATE_NOOP(
            "member_reasons",
            "send from the signed-in account's own address; if it keeps happening, ask the "
            "provider why, quoting its reply from the details",
        ),
    ),
    DiagnosisCategory.DOCUMENT_FAILED: (
        QT_TRANSLATE_NOOP("member_reasons", "{flat}'s document could not be made"),
        QT_TRANSLATE_NOOP(
            "member_reasons",
            "fix the member's details (for example a field too long for the page) and send "
            "again; the other members are not held up",
        ),
    ),
    DiagnosisCategory.DOCUMENT_WITHDRAWN: (
        QT_TRANSLATE_NOOP("member_reasons", "{flat}'s document is no longer in the register"),
        QT_TRANSLATE_NOOP("member_reasons", "import it again if it should still be sent"),
    ),
    DiagnosisCategory.DOCUMENT_MISSING: (
        QT_TRANSLATE_NOOP(
            "member_reasons", "{flat}'s imported PDF file is missing from the data folder"
        ),
        QT_TRANSLATE_NOOP(
            "member_reasons", "import the PDF folder again on the Members page, then send again"
        ),
    ),
    DiagnosisCategory.THROTTLED: (
        QT_TRANSLATE_NOOP("member_reasons", "The provider asked to try again later"),
        QT_TRANSLATE_NOOP("member_reasons", "press Retry failed later"),
    ),
    DiagnosisCategory.TIMEOUT: (
        QT_TRANSLATE_NOOP(
            "member_reasons", "The provider did not answer in time while sending to {flat}"
        ),
        _RETRY_LATER,
    ),
    DiagnosisCategory.DISCONNECTED: (
        QT_TRANSLATE_NOOP(
            "member_reasons", "The connection to the provider broke while sending to {flat}"
        ),
        _RETRY_LATER,
    ),
    DiagnosisCategory.UNKNOWN: (
        QT_TRANSLATE_NOOP(
            "member_reasons",
            "The provider refused the message to {flat} (the server's reply is in the details)",
        ),
        QT_TRANSLATE_NOOP(
            "member_reasons",
            "if the reply is unclear, send it to your provider; then press Retry failed",
        ),
    ),
}
_UNRECOGNISED = (  # "unknown" without a server reply: an error on this side of the connection
    QT_TRANSLATE_NOOP(
        "member_reasons",
        "Sending to {flat} failed for a reason SMTP Desk does not recognise (see the details)",
    ),
    QT_TRANSLATE_NOOP(
        "member_reasons",
        "press Retry failed; if it happens again, send the details to whoever looks after "
        "SMTP Desk",
    ),
)


def member_reason(
    diagnosis: Diagnosis, *, flat: str, address: str = "", attempts: int = 0, final: bool = True
) -> str:
    """The one sentence for a member whose message was not sent.

    ``final`` is False for a deferral (SMTP Desk will try again by itself); ``attempts`` is
    how many tries were made. A failure that stops the run (:data:`RUN_STOPPING`) or the
    daily sending limit reads the same either way: no automatic try follows. Where the
    diagnosis carries the provider's own advice, its action is the one given.
    """
    category = diagnosis.category
    if category in RUN_STOPPING:
        return translate(
            "member_reasons", "{flat} was not sent and the run stopped: {problem}; {action}."
        ).format(flat=flat, problem=_clause(diagnosis.title), action=_clause(diagnosis.action))
    if category is DiagnosisCategory.QUOTA_EXCEEDED:
        return translate(
            "member_reasons",
            "The provider's daily sending limit was reached before {flat} was sent: {action}.",
        ).format(flat=flat, action=_clause(diagnosis.action))
    if category not in _SENTENCES:
        return translate("member_reasons", "{flat} was not sent: {problem}; {action}.").format(
            flat=flat, problem=_clause(diagnosis.title), action=_clause(diagnosis.action)
        )
    happened, action = _SENTENCES[category]
    if category is DiagnosisCategory.UNKNOWN and diagnosis.smtp_code is None:
        happened, action = _UNRECOGNISED
    names_flat = "{flat}" in happened
    happened, action = translate("member_reasons", happened), translate("member_reasons", action)
    if not address:
        happened = happened.replace(" {address}", "")
    happened = happened.format(flat=flat, address=address)
    if not final:
        if names_flat:
            return translate(
                "member_reasons", "{happened}; SMTP Desk will try again automatically."
            ).format(happened=happened)
        return translate(
            "member_reasons", "{happened}; SMTP Desk will try {flat} again automatically."
        ).format(happened=happened, flat=flat)
    if category is DiagnosisCategory.THROTTLED:
        if attempts > 1:
            happened = translate(
                "member_reasons",
                "The provider kept asking to try again later ({attempts} tries), so {flat} "
                "was not sent",
            ).format(attempts=attempts, flat=flat)
        else:
            happened = translate(
                "member_reasons", "The provider asked to try again later, so {flat} was not sent"
            ).format(flat=flat)
    elif diagnosis.transient and attempts > 1:
        happened = translate("member_reasons", "{happened} ({attempts} tries)").format(
            happened=happened, attempts=attempts
        )
    if diagnosis.action != in_words(CATALOGUE[category].action):  # the provider's own words
        action = _clause(diagnosis.action)
    return translate("member_reasons", "{happened}: {action}.").format(
        happened=happened, action=action
    )


def _clause(sentence: str) -> str:
    """A catalogue sentence to follow a colon: no full stop, and a lower-case first word
    unless it is an abbreviation (SSL/TLS)."""
    text = sentence.strip().removesuffix(".").removesuffix("।")  # "।": a Hindi full stop
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return text
