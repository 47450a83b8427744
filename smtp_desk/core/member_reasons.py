"""One member's failure or deferral as one sentence, for the Send page's table, the History
page and the command line.

The sentence names the flat (and the member's address where the address is the trouble),
says what happened in plain words and what to do. The server's reply is not part of it: it
stays in :attr:`Diagnosis.detail`, for the tooltip and the log.
"""

from __future__ import annotations

from smtp_desk.core.advice import CATALOGUE, RUN_STOPPING
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import Diagnosis

__all__ = ["member_reason"]

_RETRY_LATER = (
    "press Retry failed later; if it keeps happening, run Test connection on the Email "
    "Credentials page"
)

# category → (what happened, what to do). ``{flat}`` and ``{address}`` are filled in; without
# an address, `` {address}`` is left out. Categories of the whole account are worded from the
# catalogue instead (see member_reason).
_SENTENCES: dict[str, tuple[str, str]] = {
    DiagnosisCategory.ADDRESS_INVALID: (
        "The provider refused {flat}'s address {address} as invalid",
        "correct the member's email and send again",
    ),
    DiagnosisCategory.ADDRESS_MALFORMED: (
        "{flat}'s address {address} is not a valid email address, so SMTP Desk did not send to it",
        "correct the member's email and send again",
    ),
    DiagnosisCategory.MAILBOX_UNAVAILABLE: (
        "The mailbox {address} of flat {flat} does not exist or is closed",
        "check the address with the member, correct it and send again",
    ),
    DiagnosisCategory.MAILBOX_FULL: (
        "{flat}'s mailbox {address} is full",
        "ask the member to make room, then press Retry failed",
    ),
    DiagnosisCategory.RECIPIENT_REJECTED: (
        "The provider refused {flat}'s address {address}",
        "check the address with the member, correct it and send again",
    ),
    DiagnosisCategory.ADDRESS_UNSUPPORTED: (
        "{flat}'s address {address} has letters outside plain English, which the provider's "
        "server does not accept",
        "ask the member for another address",
    ),
    DiagnosisCategory.MESSAGE_TOO_LARGE: (
        "{flat}'s message is larger than the provider accepts",
        "make the PDF smaller (fewer pages, a smaller logo), then press Retry failed",
    ),
    DiagnosisCategory.POLICY_REJECTED: (
        "The provider refused the message to {flat} by its rules",
        "send from the signed-in account's own address; if it keeps happening, ask the "
        "provider why, quoting its reply from the details",
    ),
    DiagnosisCategory.DOCUMENT_FAILED: (
        "{flat}'s document could not be made",
        "fix the member's details (for example a field too long for the page) and send "
        "again; the other members are not held up",
    ),
    DiagnosisCategory.DOCUMENT_WITHDRAWN: (
        "{flat}'s document is no longer in the register",
        "import it again if it should still be sent",
    ),
    DiagnosisCategory.DOCUMENT_MISSING: (
        "{flat}'s imported PDF file is missing from the data folder",
        "import the PDF folder again on the Members page, then send again",
    ),
    DiagnosisCategory.THROTTLED: (
        "The provider asked to try again later",
        "press Retry failed later",
    ),
    DiagnosisCategory.TIMEOUT: (
        "The provider did not answer in time while sending to {flat}",
        _RETRY_LATER,
    ),
    DiagnosisCategory.DISCONNECTED: (
        "The connection to the provider broke while sending to {flat}",
        _RETRY_LATER,
    ),
    DiagnosisCategory.UNKNOWN: (
        "The provider refused the message to {flat} (the server's reply is in the details)",
        "if the reply is unclear, send it to your provider; then press Retry failed",
    ),
}
_UNRECOGNISED = (  # "unknown" without a server reply: an error on this side of the connection
    "Sending to {flat} failed for a reason SMTP Desk does not recognise (see the details)",
    "press Retry failed; if it happens again, send the details to whoever looks after SMTP Desk",
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
        return (
            f"{flat} was not sent and the run stopped: {_clause(diagnosis.title)}; "
            f"{_clause(diagnosis.action)}."
        )
    if category is DiagnosisCategory.QUOTA_EXCEEDED:
        return (
            f"The provider's daily sending limit was reached before {flat} was sent: "
            f"{_clause(diagnosis.action)}."
        )
    if category not in _SENTENCES:
        return f"{flat} was not sent: {_clause(diagnosis.title)}; {_clause(diagnosis.action)}."
    happened, action = _SENTENCES[category]
    if category is DiagnosisCategory.UNKNOWN and diagnosis.smtp_code is None:
        happened, action = _UNRECOGNISED
    names_flat = "{flat}" in happened
    if not address:
        happened = happened.replace(" {address}", "")
    happened = happened.format(flat=flat, address=address)
    if not final:
        who = "" if names_flat else f" {flat}"
        return f"{happened}; SMTP Desk will try{who} again automatically."
    if category is DiagnosisCategory.THROTTLED:
        kept = f"kept asking to try again later ({attempts} tries)" if attempts > 1 else ""
        happened = f"The provider {kept or 'asked to try again later'}, so {flat} was not sent"
    elif diagnosis.transient and attempts > 1:
        happened += f" ({attempts} tries)"
    if diagnosis.action != CATALOGUE[category].action:  # the provider's own words
        action = _clause(diagnosis.action)
    return f"{happened}: {action}."


def _clause(sentence: str) -> str:
    """A catalogue sentence to follow a colon: no full stop, and a lower-case first word
    unless it is an abbreviation (SSL/TLS)."""
    text = sentence.strip().removesuffix(".")
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return text
