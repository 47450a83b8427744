"""The connection test's optional last step: the mailbox (IMAP) is read as the Sent-folder
check and the bounce reader read it — connect, sign in, find the Sent folder.

Only an account with a mailbox (:func:`~smtp_desk.core.mailbox.mailbox_of`) has the step. A
mailbox that cannot be read does not fail the test, since sending works without it: the
step is then a warning that says why (the :class:`~smtp_desk.core.imap.MailboxError`'s
sentence) and what to do. It has its own short deadline, and the person's Cancel ends it
within a fraction of a second (a connection left behind ends on its own timeout).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.errors import Cancelled, SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.imap import open_mailbox
from smtp_desk.core.imap_settings import ImapSettings
from smtp_desk.core.mailbox import mailbox_of, mailbox_sign_in
from smtp_desk.core.oauth import OAuthSignIn
from smtp_desk.core.oauth_apps import TokenPurpose
from smtp_desk.core.signin import SignIn
from smtp_desk.core.steps import StepReport

__all__ = ["MAILBOX_TIMEOUT", "mailbox_step"]

log = logging.getLogger(__name__)
MAILBOX_TIMEOUT = 10.0  # seconds for the whole step: the mailbox is not what is tested
_POLL = 0.1  # seconds between looks at Cancel

# What to do when the mailbox cannot be read, by provider (English; translated when shown).
_ADVICE = {
    "gmail": QT_TRANSLATE_NOOP(
        "mailbox_step",
        "For SMTP Desk to confirm sent bills and find bounces: turn on IMAP "
        "in Gmail (Settings > See all settings > Forwarding and POP/IMAP), sign in with the "
        "App Password, and check the mailbox's server and port.",
    ),
    "office365": QT_TRANSLATE_NOOP(
        "mailbox_step",
        "For SMTP Desk to confirm sent bills and find bounces: ask your IT "
        "person to allow IMAP for this mailbox (Microsoft 365 admin center > Users > Mail > "
        "Manage email apps), and check the mailbox's server and port.",
    ),
    "app-password": QT_TRANSLATE_NOOP(
        "mailbox_step",
        "For SMTP Desk to confirm sent bills and find bounces: turn on IMAP "
        "access in the mail settings, sign in with the App Password, and check the "
        "mailbox's server and port.",
    ),
    "custom": QT_TRANSLATE_NOOP(
        "mailbox_step",
        "For SMTP Desk to confirm sent bills and find bounces: check the "
        "mailbox's server, port and security in Email Credentials (your mail provider's "
        "help page lists them), and that IMAP is turned on for the account.",
    ),
    "oauth": QT_TRANSLATE_NOOP(
        "mailbox_step",
        "For SMTP Desk to confirm sent bills and find bounces: sign in again "
        "when asked (reading mail needs its own consent), make sure IMAP is allowed for the "
        "mailbox, and check the mailbox's server and port.",
    ),
}
_ADVICE_OF_PRESET = {
    "gmail": "gmail",
    "workspace": "gmail",
    "office365": "office365",
    "outlook": "office365",
    "yahoo": "app-password",
    "zoho": "app-password",
    "zoho-in": "app-password",
}


@dataclass
class _Outcome:
    """What the reading thread found: the Sent folder's name, or why not."""

    folder: str = ""
    problem: str = ""


def mailbox_step(
    account: AccountSettings,
    *,
    sign_in: SignIn,
    timeout: float = MAILBOX_TIMEOUT,
    canceller: Canceller | None = None,
) -> StepReport | None:
    """The mailbox step for ``account`` (None: it has no mailbox). A password account's
    mailbox is signed in to as the test signed in (``sign_in``: the password just typed,
    or the saved one); a Microsoft or Google sign-in as the mailbox's readers do
    (:func:`~smtp_desk.core.mailbox.mailbox_sign_in`, a token to read mail). Raises
    :class:`~smtp_desk.core.errors.Cancelled` when ``canceller`` is cancelled meanwhile."""
    settings = mailbox_of(account)
    if settings is None:
        return None
    start = time.perf_counter()
    outcome = _Outcome()
    done = threading.Event()
    try:
        reader_sign_in = (
            sign_in.for_purpose(TokenPurpose.MAILBOX)  # the test's own store
            if isinstance(sign_in, OAuthSignIn)
            else mailbox_sign_in(account)
            if account.sign_in.is_oauth
            else sign_in
        )
    except SmtpDeskError as exc:
        outcome.problem = str(exc)
    else:
        thread = threading.Thread(
            target=_read,
            args=(settings, reader_sign_in, timeout, outcome, done),
            name="mailbox-test",
            daemon=True,  # a server that drips ends on its own timeout; nobody waits for it
        )
        thread.start()
        deadline = time.monotonic() + timeout + 1.0  # the socket's own timeout says it first
        while not done.wait(_POLL):
            if canceller is not None and canceller.cancelled:
                raise Cancelled("cancelled")
            if time.monotonic() > deadline:
                outcome.problem = translate(
                    "mailbox_step", "the mailbox server {where} did not answer within {seconds} s"
                ).format(where=f"{settings.host}:{settings.port}", seconds=f"{timeout:g}")
                break
    ms = round((time.perf_counter() - start) * 1000)
    if outcome.folder and not outcome.problem:
        return StepReport("mailbox", True, ms, _found(settings, outcome.folder), optional=True)
    log.info("The mailbox %s:%d cannot be read: %s", settings.host, settings.port, outcome.problem)
    return StepReport(
        "mailbox",
        False,
        ms,
        translate("mailbox_step", "cannot be read"),
        warning=f"{_sentence(outcome.problem)} {_advice(account)}",
        optional=True,
    )


def _read(
    settings: ImapSettings,
    sign_in: SignIn,
    timeout: float,
    outcome: _Outcome,
    done: threading.Event,
) -> None:
    """Off the test's thread: sign in and find the Sent folder, into ``outcome``."""
    try:
        with open_mailbox(settings, sign_in, timeout=timeout) as reader:
            outcome.folder = reader.sent_folder()
    except SmtpDeskError as exc:  # MailboxError, or no password to sign in with
        outcome.problem = str(exc)
    except Exception as exc:  # a fault of the client library: plain words, name in the log
        log.warning("Reading the mailbox failed: %s", type(exc).__name__)
        outcome.problem = translate("mailbox_step", "the mailbox could not be read")
    finally:
        done.set()


def _found(settings: ImapSettings, folder: str) -> str:
    return translate("mailbox_step", "signed in to {host}; sent mail is kept in “{folder}”").format(
        host=settings.host, folder=folder
    )


def _advice(account: AccountSettings) -> str:
    if account.sign_in.is_oauth:
        return translate("mailbox_step", _ADVICE["oauth"])
    return translate("mailbox_step", _ADVICE[_ADVICE_OF_PRESET.get(account.preset, "custom")])


def _sentence(text: str) -> str:
    """ "the mailbox refused …" → "The mailbox refused ….", for a line of its own."""
    text = text.strip() or translate("mailbox_step", "the mailbox could not be read")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "\u0964")) else text + "."  # । ends Hindi
