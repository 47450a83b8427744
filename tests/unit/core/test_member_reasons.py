"""Server replies and errors → diagnosis category, whether the run stops, and the one
sentence shown for the member; every diagnosis built by the real ``diagnose()`` from real
smtplib, socket and ssl exception objects."""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from contextlib import suppress

import pytest
import trustme

from smtp_desk.core.advice import RUN_STOPPING
from smtp_desk.core.diagnosis import classify_reply, diagnose, make, stops_run
from smtp_desk.core.errors import PlaintextPasswordRefused, StartTlsUnavailable
from smtp_desk.core.member_reasons import member_reason

FLAT = "B-404"
ADDRESS = "imran@example.in"
FROM = "billing@crystalheights.in"
SERVER = "smtp.crystalheights.in"


def refused(reply: str, address: str = ADDRESS) -> smtplib.SMTPRecipientsRefused:
    code, _, text = reply.partition(" ")
    return smtplib.SMTPRecipientsRefused({address: (int(code), text.encode())})


def reply_of(reply: str) -> tuple[int, bytes]:
    code, _, text = reply.partition(" ")
    return int(code), text.encode()


# ----- the table --------------------------------------------------------------------------

TABLE = [
    # (error, stage, category, stops the run, final, a phrase of the member's sentence)
    (
        refused("553 5.1.3 The address imran.nair.at.example.in is not valid"),
        "rcpt",
        "address_invalid",
        False,
        True,
        f"refused {FLAT}'s address {ADDRESS} as invalid: correct the member's email",
    ),
    (
        refused("501 Bad recipient address syntax"),
        "rcpt",
        "address_invalid",
        False,
        True,
        "as invalid",
    ),
    (
        refused("550 5.1.1 The email account that you tried to reach does not exist."),
        "rcpt",
        "mailbox_unavailable",
        False,
        True,
        f"The mailbox {ADDRESS} of flat {FLAT} does not exist or is closed",
    ),
    (
        refused("550 No such user here"),
        "rcpt",
        "mailbox_unavailable",
        False,
        True,
        "check the address with the member",
    ),
    (
        refused("552 5.2.2 The email account that you tried to reach is over quota."),
        "rcpt",
        "mailbox_full",
        False,
        True,
        f"{FLAT}'s mailbox {ADDRESS} is full: ask the member to make room",
    ),
    (
        smtplib.SMTPDataError(*reply_of("552 5.3.4 Message size exceeds fixed limit")),
        "data",
        "message_too_large",
        False,
        True,
        "larger than the provider accepts: make the PDF smaller",
    ),
    (
        smtplib.SMTPDataError(*reply_of("552 5.2.2 Mailbox full")),
        "data",
        "mailbox_full",
        False,
        True,
        "is full",
    ),
    (
        smtplib.SMTPDataError(*reply_of("554 5.7.1 Message rejected under policy")),
        "data",
        "policy_rejected",
        False,
        True,
        f"refused the message to {FLAT} by its rules",
    ),
    (
        refused("421 4.7.0 Try again later, closing connection."),
        "rcpt",
        "throttled",
        False,
        False,
        f"try again later; SMTP Desk will try {FLAT} again automatically.",
    ),
    (
        smtplib.SMTPDataError(*reply_of("451 4.3.0 Mail server temporarily rejected message.")),
        "data",
        "throttled",
        False,
        False,
        "will try B-404 again automatically",
    ),
    (
        refused("452 4.2.2 The email account that you tried to reach is over quota."),
        "rcpt",
        "mailbox_full",
        False,
        False,
        "is full; SMTP Desk will try again automatically",
    ),
    (
        smtplib.SMTPSenderRefused(*reply_of("550 5.4.5 Daily user sending quota exceeded."), FROM),
        "mail",
        "quota_exceeded",
        False,
        True,
        f"daily sending limit was reached before {FLAT} was sent",
    ),
    (
        smtplib.SMTPAuthenticationError(*reply_of("535 5.7.8 Username and Password not accepted.")),
        "auth",
        "auth_failed",
        True,
        True,
        "the run stopped: the user ID or password was not accepted",
    ),
    (
        smtplib.SMTPSenderRefused(*reply_of("530 5.7.0 Authentication required"), FROM),
        "mail",
        "auth_failed",
        True,
        True,
        "the run stopped",
    ),
    (
        smtplib.SMTPSenderRefused(*reply_of(f"553 5.7.1 <{FROM}>: Sender address rejected"), FROM),
        "mail",
        "sender_rejected",
        True,
        True,
        "the run stopped: the server refused the From address",
    ),
    (  # Postfix checks the From address at RCPT: the same for every member
        refused(f"553 5.7.1 <{FROM}>: Sender address rejected: not owned by user"),
        "rcpt",
        "sender_rejected",
        True,
        True,
        "the run stopped",
    ),
]


@pytest.mark.parametrize(
    ("error", "stage", "category", "stops", "final", "says"),
    TABLE,
    ids=[f"{row[2]}-{row[1]}-{i}" for i, row in enumerate(TABLE)],
)
def test_a_reply_gives_its_category_and_sentence(
    error: BaseException, stage: str, category: str, stops: bool, final: bool, says: str
) -> None:
    diagnosis = diagnose(error, stage=stage, preset="custom")
    sentence = member_reason(diagnosis, flat=FLAT, address=ADDRESS, final=final)
    assert diagnosis.category == category, diagnosis.detail
    assert stops_run(diagnosis) is stops
    assert says in sentence
    assert FLAT in sentence and sentence.endswith(".")
    assert diagnosis.detail not in sentence, "the server's reply stays in the details"


def test_the_detail_is_the_reply_as_received() -> None:
    reply = "553 5.1.3 The address imran.nair.at.example.in is not valid"
    diagnosis = diagnose(refused(reply), stage="rcpt")
    assert diagnosis.detail == reply
    assert (diagnosis.smtp_code, diagnosis.enhanced_code) == (553, "5.1.3")


def test_a_temporary_reply_is_transient_whatever_the_category() -> None:
    full_now = diagnose(refused("452 4.2.2 Mailbox full"), stage="rcpt")
    full_for_good = diagnose(refused("552 5.2.2 Mailbox full"), stage="rcpt")
    assert full_now.category == full_for_good.category == "mailbox_full"
    assert full_now.transient and not full_for_good.transient


def test_a_sending_limit_still_wins_over_the_stage() -> None:
    ses = smtplib.SMTPSenderRefused(454, b"Throttling failure: Daily message quota exceeded.", FROM)
    assert diagnose(ses, stage="mail").category == "quota_exceeded"
    at_data = smtplib.SMTPDataError(550, b"5.4.5 Daily user sending quota exceeded.")
    assert diagnose(at_data, stage="data").category == "quota_exceeded"


# ----- sentences ----------------------------------------------------------------------------


def test_after_the_last_try_the_sentence_counts_the_tries() -> None:
    busy = diagnose(refused("421 4.7.0 Try again later"), stage="rcpt")
    assert member_reason(busy, flat=FLAT, attempts=4) == (
        f"The provider kept asking to try again later (4 tries), so {FLAT} was not sent: "
        "press Retry failed later."
    )
    slow = diagnose(TimeoutError("timed out"), stage="data")
    assert "(3 tries): press Retry failed later" in member_reason(slow, flat=FLAT, attempts=3)


def test_without_an_address_the_sentence_still_reads() -> None:
    diagnosis = diagnose(refused("553 5.1.3 Bad address"), stage="rcpt")
    assert member_reason(diagnosis, flat=FLAT) == (
        f"The provider refused {FLAT}'s address as invalid: correct the member's email and "
        "send again."
    )
    gone = diagnose(refused("550 5.1.1 No such user"), stage="rcpt")
    assert member_reason(gone, flat=FLAT).startswith(f"The mailbox of flat {FLAT} does not")


def test_the_provider_s_own_advice_is_used() -> None:
    error = smtplib.SMTPAuthenticationError(535, b"5.7.8 Username and Password not accepted.")
    sentence = member_reason(diagnose(error, stage="auth", preset="gmail"), flat=FLAT)
    assert "myaccount.google.com/apppasswords" in sentence
    assert sentence.startswith(f"{FLAT} was not sent and the run stopped: the user ID")


@pytest.mark.parametrize(
    ("category", "says"),
    [
        ("document_failed", f"{FLAT}'s document could not be made: fix the member's details"),
        ("document_missing", "missing from the data folder: import the PDF folder again"),
        ("address_unsupported", "outside plain English, which the provider's server does not"),
    ],
)
def test_problems_on_this_side_have_their_own_words(category: str, says: str) -> None:
    sentence = member_reason(make(category, preset="gmail"), flat=FLAT, address="josé@example.in")
    assert says in sentence and sentence.endswith(".")
    assert category not in RUN_STOPPING


def test_an_unrecognised_reply_points_at_the_details() -> None:
    odd = diagnose(
        smtplib.SMTPDataError(550, b"5.6.1 Content conversion not supported"), stage="data"
    )
    assert odd.category == "unknown"
    assert member_reason(odd, flat=FLAT).startswith(
        f"The provider refused the message to {FLAT} (the server's reply is in the details): "
    )
    local = diagnose(Exception("boom"), stage="data")
    assert "does not recognise" in member_reason(local, flat=FLAT)


# ----- no Python class names in anything a clerk reads -----------------------------------


def _handshake_error(*, trusted: bool, hostname: str) -> ssl.SSLError:
    """A real failed TLS handshake between two in-memory ends (certificates from trustme)."""
    ca = trustme.CA()
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(SERVER).configure_cert(server_context)
    client_context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if trusted:
        ca.configure_trust(client_context)
    to_client, from_client, to_server, from_server = (ssl.MemoryBIO() for _ in range(4))
    client = client_context.wrap_bio(to_client, from_client, server_hostname=hostname)
    server = server_context.wrap_bio(to_server, from_server, server_side=True)
    try:
        for _ in range(5):
            with suppress(ssl.SSLWantReadError):
                client.do_handshake()
            to_server.write(from_client.read())
            with suppress(ssl.SSLWantReadError):
                server.do_handshake()
            to_client.write(from_server.read())
    except ssl.SSLError as error:
        return error
    raise AssertionError("the handshake succeeded")


def _plain_text_on_a_tls_port() -> ssl.SSLError:
    """SSL/TLS chosen, and the server greets in plain text (a STARTTLS port)."""
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    client = ssl.create_default_context().wrap_bio(incoming, outgoing, server_hostname=SERVER)
    with suppress(ssl.SSLWantReadError):
        client.do_handshake()
    incoming.write(b"220 smtp.crystalheights.in ESMTP ready\r\n")
    try:
        client.do_handshake()
    except ssl.SSLError as error:
        return error
    raise AssertionError("a plain-text greeting was taken for TLS")


def _timeout_as_smtplib_reports_it() -> smtplib.SMTPServerDisconnected:
    try:
        try:
            raise TimeoutError("timed out")
        except TimeoutError as exc:
            raise smtplib.SMTPServerDisconnected(f"Connection unexpectedly closed: {exc}") from exc
    except smtplib.SMTPServerDisconnected as error:
        return error


def _non_english_address() -> UnicodeEncodeError:
    try:
        "RCPT TO:<josé@example.in>".encode("ascii")
    except UnicodeEncodeError as error:
        return error
    raise AssertionError("encoded")


ERRORS: list[tuple[BaseException, str, str]] = [
    (refused("553 5.1.3 The address imran.nair.at.example.in is not valid"), "rcpt", ""),
    (smtplib.SMTPRecipientsRefused({}), "rcpt", "recipient_rejected"),
    (smtplib.SMTPSenderRefused(553, b"5.7.1 Sender address rejected", FROM), "mail", ""),
    (smtplib.SMTPDataError(554, b"5.7.1 Message rejected"), "data", ""),
    (
        smtplib.SMTPAuthenticationError(535, b"5.7.8 Username and Password not accepted."),
        "auth",
        "",
    ),
    (
        smtplib.SMTPAuthenticationError(534, b"5.7.9 Application-specific password\n5.7.9 see"),
        "auth",
        "",
    ),
    (smtplib.SMTPConnectError(421, b"4.7.0 Too many connections"), "greeting", "throttled"),
    (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), "rcpt", "disconnected"),
    (smtplib.SMTPServerDisconnected(), "tls", "tls_failed"),
    (_timeout_as_smtplib_reports_it(), "data", "timeout"),
    (
        smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server."),
        "auth",
        "auth_not_offered",
    ),
    (smtplib.SMTPException("No suitable authentication method found."), "auth", "auth_not_offered"),
    (
        smtplib.SMTPNotSupportedError("SMTPUTF8 not supported by server"),
        "mail",
        "address_unsupported",
    ),
    (_non_english_address(), "rcpt", "address_unsupported"),
    (socket.gaierror(-2, "Name or service not known"), "resolve", "dns_not_found"),
    (ConnectionRefusedError(111, "Connection refused"), "connect", "connection_refused"),
    (ConnectionResetError(104, "Connection reset by peer"), "data", "disconnected"),
    (TimeoutError(), "connect", "timeout"),
    (TimeoutError("timed out"), "greeting", "timeout"),
    (EOFError(), "ehlo", "disconnected"),
    (_handshake_error(trusted=False, hostname=SERVER), "tls", "certificate_untrusted"),
    (
        _handshake_error(trusted=True, hostname="mail.example.in"),
        "tls",
        "certificate_name_mismatch",
    ),
    (_plain_text_on_a_tls_port(), "tls", "tls_failed"),
    (StartTlsUnavailable("the server did not offer STARTTLS"), "tls", "starttls_unavailable"),
    (PlaintextPasswordRefused("no password over plain text"), "auth", "encryption_required"),
    (Exception("boom"), "data", "unknown"),
    (Exception(), "data", "unknown"),
]
# SMTP-looking class names (SMTPDataError) and anything named …Error or …Exception.
_CLASS_NAME = re.compile(r"\bSMTP[A-Z][a-z]\w*|\b\w*(?:Error|Exception)\b")


@pytest.mark.parametrize(
    ("error", "stage", "category"),
    ERRORS,
    ids=[f"{i}-{type(e[0]).__name__}" for i, e in enumerate(ERRORS)],
)
def test_no_python_class_name_reaches_a_clerk(
    error: BaseException, stage: str, category: str
) -> None:
    diagnosis = diagnose(error, stage=stage, preset="gmail")
    if category:
        assert diagnosis.category == category, diagnosis.detail
    sentence = member_reason(diagnosis, flat=FLAT, address=ADDRESS, attempts=2)
    words = {cls.__name__ for cls in type(error).__mro__} - {"object"}
    for text in (diagnosis.detail, str(diagnosis), sentence):
        assert text.strip(), diagnosis
        assert not any(name in text for name in words), text
        assert not _CLASS_NAME.search(text), text
    assert sentence.endswith(".") and FLAT in sentence


def test_a_certificate_problem_keeps_its_verify_message() -> None:
    error = _handshake_error(trusted=False, hostname=SERVER)
    assert isinstance(error, ssl.SSLCertVerificationError)
    assert error.verify_message in diagnose(error, stage="tls").detail


def test_run_stopping_categories_are_in_the_catalogue() -> None:
    for category in RUN_STOPPING:
        assert stops_run(make(category))
    assert not stops_run(make("mailbox_full")) and not stops_run(make("quota_exceeded"))


@pytest.mark.parametrize(
    ("stage", "code", "text", "category"),
    [
        ("rcpt", 452, "Mailbox quota exceeded for this recipient", "mailbox_full"),
        ("rcpt", 550, "5.7.1 Recipient mailbox quota exceeded", "mailbox_full"),
        ("rcpt", 550, "5.1.1 user over quota", "mailbox_full"),
        ("data", 552, "5.3.4 Message size limit exceeded", "message_too_large"),
        ("rcpt", 452, "4.5.3 Recipient limit exceeded", "throttled"),
        ("rcpt", 550, "5.4.5 Daily user sending quota exceeded", "quota_exceeded"),
        ("data", 554, "Daily sending limit exceeded for this account", "quota_exceeded"),
        ("mail", 550, "Daily user sending quota exceeded.", "quota_exceeded"),
        ("mail", 451, "4.7.1 Sending limit exceeded, try tomorrow", "quota_exceeded"),
    ],
)
def test_only_the_accounts_sending_limit_is_a_quota_stop(
    stage: str, code: int, text: str, category: str
) -> None:
    """One member's full mailbox or large message must not stop the whole run as a quota."""
    assert classify_reply(code, text, stage=stage) == category
