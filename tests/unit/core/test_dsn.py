"""Bounces read from the inbox: the common providers' shapes give the bill's Message-ID, the
member's address and the reason; other mail gives None; no input makes the reader raise or
work without bound."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smtp_desk.core.dsn import (
    MAX_BYTES,
    Bounce,
    BouncedRecipient,
    BounceReason,
    in_words,
    read_bounce,
    reason_for,
)

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "dsn"
_R = BounceReason


@pytest.fixture(autouse=True)
def _nothing_is_swallowed(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """read_bounce's last-resort catch is for the unforeseen: every input here, hostile ones
    included, is handled by design, so none reaches it."""
    caplog.set_level(logging.DEBUG, logger="smtp_desk.core.dsn")
    yield
    assert "not readable as a bounce" not in caplog.text


def _sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def _bill(flat: str) -> str:
    return f"<20261130.{flat}.bill@crystalheights.in>"


# file → (Message-IDs, address, action, status, reason, reporter)
BOUNCES = {
    "gmail_5_1_1.eml": (
        (_bill("A-101"),),
        "a101.member@example.com",
        "failed",
        "5.1.1",
        _R.MAILBOX_UNKNOWN,
        "googlemail.com",
    ),
    "gmail_5_3_4_too_large.eml": (
        (_bill("L-1202"),),
        "l-1202.member@example.com",
        "failed",
        "5.3.4",
        _R.MESSAGE_TOO_LARGE,
        "googlemail.com",
    ),
    "outlook_5_1_10.eml": (
        (_bill("B-204"),),
        "b204.member@example.net",
        "failed",
        "5.1.10",
        _R.MAILBOX_UNKNOWN,
        "bm1p287mb0123.indp287.prod.outlook.com",
    ),
    "outlook_5_2_2_full.eml": (
        (_bill("C-303"),),
        "c303.member@example.com",
        "failed",
        "5.2.2",
        _R.MAILBOX_FULL,
        "bm1p287mb0123.indp287.prod.outlook.com",
    ),
    "postfix_5_1_1.eml": (
        (_bill("D-401"),),
        "d-401.member@example.org",
        "failed",
        "5.1.1",
        _R.MAILBOX_UNKNOWN,
        "mail.crystalheights.in",
    ),
    "postfix_4_4_1_delayed.eml": (
        (_bill("E-502"),),
        "e-502.member@example.net",
        "delayed",
        "4.4.1",
        _R.DELAYED,
        "mail.crystalheights.in",
    ),
    "postfix_5_4_4_domain.eml": (
        (_bill("K-1101"),),
        "k-1101.member@gmial.example",
        "failed",
        "5.4.4",
        _R.DOMAIN_UNKNOWN,
        "mail.crystalheights.in",
    ),
    "exim_550_text.eml": (
        (_bill("F-603"),),
        "f-603.member@example.com",
        "failed",
        "5.0.0",
        _R.MAILBOX_UNKNOWN,
        "mail.example.com",
    ),
    "qmail_5_1_1_text.eml": (
        (_bill("J-1004"),),
        "j-1004.member@example.net",
        "failed",
        "5.1.1",
        _R.MAILBOX_UNKNOWN,
        "mail.example.net",
    ),
    "yahoo_5_7_9_policy_text.eml": (
        (_bill("H-801"),),
        "h-801.member@yahoo.com",
        "failed",
        "5.7.9",
        _R.REJECTED_AS_SPAM,
        "yahoo.com",
    ),
    "zoho_5_7_1_spam.eml": (
        (_bill("G-702"),),
        "g-702.member@example.org",
        "failed",
        "5.7.1",
        _R.REJECTED_AS_SPAM,
        "mx.zoho.in",
    ),
}

NOT_BOUNCES = [
    "not_out_of_office.eml",  # Auto-Submitted: auto-replied, Return-Path <>, In-Reply-To ours
    "not_member_reply.eml",  # "Re: Maintenance bill…" with our Message-ID in In-Reply-To
    "not_forwarded.eml",  # our bill attached as message/rfc822 to a tenant's mail
    "not_read_receipt.eml",  # multipart/report; report-type=disposition-notification
    "not_newsletter.eml",  # bounce words and our Message-ID in a bulk mail's HTML
]


def test_every_sample_is_in_a_table() -> None:
    assert {p.name for p in SAMPLES.glob("*.eml")} == set(BOUNCES) | set(NOT_BOUNCES)


@pytest.mark.parametrize("name", sorted(BOUNCES))
def test_a_bounce_names_the_bill_the_member_and_the_reason(name: str) -> None:
    ids, address, action, status, reason, reporter = BOUNCES[name]
    bounce = read_bounce(_sample(name))
    assert bounce is not None
    assert bounce.original_message_ids == ids
    assert [(r.address, r.action, r.status, r.reason) for r in bounce.recipients] == [
        (address, action, status, reason)
    ]
    assert bounce.reporter == reporter
    assert bounce.received is not None
    assert bounce.received.tzinfo is UTC
    diagnostic = bounce.recipients[0].diagnostic
    assert diagnostic
    assert len(diagnostic) <= 201
    assert "\n" not in diagnostic
    assert "smtp;" not in diagnostic.lower()
    assert bounce.failed is (reason is not _R.DELAYED)


@pytest.mark.parametrize("name", NOT_BOUNCES)
def test_other_mail_is_not_a_bounce(name: str) -> None:
    assert read_bounce(_sample(name)) is None


def test_the_received_time_is_the_reports_date_in_utc() -> None:
    bounce = read_bounce(_sample("gmail_5_1_1.eml"))
    assert bounce is not None
    assert bounce.received == datetime(2026, 11, 30, 18, 12, 5, tzinfo=UTC)


def test_a_multi_line_reply_reads_as_one_sentence_without_its_repeated_codes() -> None:
    bounce = read_bounce(_sample("gmail_5_1_1.eml"))
    assert bounce is not None
    diagnostic = bounce.recipients[0].diagnostic
    assert diagnostic.startswith(
        "550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address"
    )
    assert "550-" not in diagnostic
    assert diagnostic.count("5.1.1") == 1


def test_a_long_reply_is_shortened() -> None:
    bounce = read_bounce(_sample("outlook_5_2_2_full.eml"))
    assert bounce is not None
    diagnostic = bounce.recipients[0].diagnostic
    assert diagnostic.startswith("554 5.2.2 mailbox full;")
    assert diagnostic.endswith("…")
    assert "EndDiagnosticData" not in diagnostic


def test_the_text_bounces_diagnostic_is_the_remote_servers_reply() -> None:
    exim = read_bounce(_sample("exim_550_text.eml"))
    qmail = read_bounce(_sample("qmail_5_1_1_text.eml"))
    assert exim is not None
    assert qmail is not None
    assert exim.recipients[0].diagnostic == "550 No such user here"
    assert qmail.recipients[0].diagnostic == "550 5.1.1 <j-1004.member@example.net>... User unknown"


def test_ids_are_found_in_each_place_a_report_can_keep_them() -> None:
    headers_only = _sample("postfix_5_1_1.eml")  # text/rfc822-headers, folded Message-ID
    bounce = read_bounce(headers_only)
    assert bounce is not None
    assert bounce.original_message_ids == (_bill("D-401"),)
    # Only the delivery-status part's Original-Message-ID is left.
    zoho = _sample("zoho_5_7_1_spam.eml")
    cut = zoho[: zoho.index(b"Content-Type: text/rfc822-headers")]
    bounce = read_bounce(cut)
    assert bounce is not None
    assert bounce.original_message_ids == (_bill("G-702"),)
    # Only In-Reply-To: the bounce's own Message-ID is never taken for the bill's.
    outlook = _sample("outlook_5_1_10.eml")
    bounce = read_bounce(outlook[: outlook.index(b"Content-Type: text/rfc822-headers")])
    assert bounce is not None
    assert bounce.original_message_ids == (_bill("B-204"),)


def test_a_bare_message_id_is_normalised_to_angle_brackets() -> None:
    raw = _sample("zoho_5_7_1_spam.eml").replace(
        b"Original-Message-ID: <20261130.G-702.bill@crystalheights.in>",
        b"Original-Message-ID: 20261130.X-1.bill@crystalheights.in",
    )
    bounce = read_bounce(raw)
    assert bounce is not None
    assert "<20261130.X-1.bill@crystalheights.in>" in bounce.original_message_ids


def test_a_report_of_delivery_only_is_not_a_bounce() -> None:
    raw = (
        _sample("postfix_5_1_1.eml")
        .replace(b"Action: failed", b"Action: delivered")
        .replace(b"Status: 5.1.1", b"Status: 2.0.0")
        .replace(b"Undelivered Mail Returned to Sender", b"Successful Mail Delivery Report")
    )
    assert read_bounce(raw) is None


@pytest.mark.parametrize(
    ("action", "status", "diagnostic", "reason"),
    [
        ("failed", "5.1.1", "", _R.MAILBOX_UNKNOWN),
        ("failed", "5.1.10", "", _R.MAILBOX_UNKNOWN),
        ("failed", "5.2.2", "", _R.MAILBOX_FULL),
        ("failed", "4.2.2", "", _R.MAILBOX_FULL),
        ("failed", "5.2.1", "mailbox disabled", _R.MAILBOX_UNKNOWN),
        ("failed", "5.2.1", "552 5.2.1 mailbox full", _R.MAILBOX_FULL),
        ("failed", "5.7.1", "550 5.7.1 blocked by Spamhaus", _R.REJECTED_AS_SPAM),
        ("failed", "5.7.1", "550 5.7.1 relay access denied", _R.OTHER),
        ("failed", "5.1.2", "", _R.DOMAIN_UNKNOWN),
        ("failed", "4.4.4", "", _R.DOMAIN_UNKNOWN),
        ("failed", "5.3.4", "", _R.MESSAGE_TOO_LARGE),
        ("failed", "5.2.3", "", _R.MESSAGE_TOO_LARGE),
        ("delayed", "4.4.1", "connection timed out", _R.DELAYED),
        ("delayed", "4.2.2", "over quota", _R.DELAYED),
        (
            "failed",
            "5.0.0",
            "550 Requested action not taken: mailbox unavailable",
            _R.MAILBOX_UNKNOWN,
        ),
        ("failed", "5.0.0", "552 Message size exceeds fixed maximum", _R.MESSAGE_TOO_LARGE),
        ("failed", "5.0.0", "552 over quota", _R.MAILBOX_FULL),
        ("failed", "5.0.0", "554 rejected as spam", _R.REJECTED_AS_SPAM),
        ("failed", "5.0.0", "Host or domain name not found", _R.DOMAIN_UNKNOWN),
        ("failed", "5.0.0", "554 transaction failed", _R.OTHER),
    ],
)
def test_reasons_by_status_code_then_by_words(
    action: str, status: str, diagnostic: str, reason: BounceReason
) -> None:
    assert reason_for(action=action, status=status, diagnostic=diagnostic) is reason


@pytest.mark.parametrize("reason", list(BounceReason))
def test_every_reason_has_a_sentence_for_the_clerk(reason: BounceReason) -> None:
    sentence = in_words(reason)
    assert sentence
    assert sentence != reason.value
    assert "{" not in sentence
    recipient = BouncedRecipient("a@example.com", "failed", "5.0.0", "", reason)
    assert str(recipient) == f"a@example.com: {sentence}"


# -- hostile and damaged input ---------------------------------------------------------------


def _in_time(raw: bytes, seconds: float = 5.0) -> Bounce | None:
    started = time.perf_counter()
    bounce = read_bounce(raw)
    assert time.perf_counter() - started < seconds
    return bounce


@pytest.mark.parametrize("name", sorted(BOUNCES) + NOT_BOUNCES)
def test_every_truncation_of_a_sample_is_read_without_raising(name: str) -> None:
    raw = _sample(name)
    for end in range(0, len(raw), max(1, len(raw) // 60)):
        bounce = read_bounce(raw[:end])
        assert bounce is None or isinstance(bounce, Bounce)


def test_binary_noise_is_not_a_bounce() -> None:
    noise = bytes(range(256)) * 64 + os.urandom(100_000)
    assert _in_time(noise) is None
    assert read_bounce(b"") is None
    assert read_bounce(b"\x00" * 1000) is None


def test_a_20_mb_bounce_is_read_from_its_first_part_in_bounded_time() -> None:
    raw = _sample("postfix_5_4_4_domain.eml")
    raw = raw.replace(b"Dear Member,", b"Dear Member,\n" + b"A" * 76 + b"\n") + (
        b"B" * 75 + b"\n"
    ) * (20 * 1024 * 1024 // 76)
    assert len(raw) > 20 * 1024 * 1024 > MAX_BYTES
    bounce = _in_time(raw)
    assert bounce is not None
    assert bounce.recipients[0].reason is _R.DOMAIN_UNKNOWN


@pytest.mark.parametrize(
    "raw",
    [
        b"Subject: x\n\n" + b"X" * (20 * 1024 * 1024),
        b"X-Long: " + b"a " * (10 * 1024 * 1024),
        b"From: MAILER-DAEMON@x.example\nSubject: failure notice\n\n" + b"5.1.1." * 300_000,
        b"From: MAILER-DAEMON@x.example\nSubject: failure notice\n\n"
        + b"a" * 63
        + b"@"
        + b"b." * 900_000,
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
        + b"--b\nContent-Type: text/plain\n\nx\n" * 200_000,
        b"".join(
            b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i)
            for i in range(40_000)
        ),
    ],
    ids=["one-long-line", "one-long-header", "status-codes", "address-flood", "parts", "multipart"],
)
def test_floods_are_read_in_bounded_time(raw: bytes) -> None:
    bounce = _in_time(raw)
    assert bounce is None or isinstance(bounce, Bounce)


def test_a_nested_message_bomb_inside_a_bounce_does_not_hide_the_report() -> None:
    raw = _sample("postfix_5_4_4_domain.eml")
    bomb = b"Content-Type: message/rfc822\n\n" * 50_000
    raw = raw.replace(b"From: Crystal Heights CHS", bomb + b"From: Crystal Heights CHS", 1)
    bounce = _in_time(raw)
    assert bounce is not None
    assert bounce.recipients[0].address == "k-1101.member@gmial.example"
    assert bounce.recipients[0].reason is _R.DOMAIN_UNKNOWN


def test_a_nested_bomb_alone_is_not_a_bounce() -> None:
    bomb = b"Content-Type: message/rfc822\n\n" * 100_000
    assert _in_time(b"From: someone@example.com\n" + bomb) is None


def test_many_recipients_are_capped() -> None:
    raw = (
        b"From: MAILER-DAEMON@x.example\nContent-Type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; x.example\n\n"
        + b"Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n\n"
        * 100_000
    )
    bounce = _in_time(raw)
    assert bounce is not None
    assert 0 < len(bounce.recipients) <= 50


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'boundary="000000000000c2b1a0060a1e0f3d"; ', b""),  # no boundary
        (b'boundary="000000000000c2b1a0060a1e0f3d"', b'boundary="wrong"'),
        (b'charset="UTF-8"', b'charset="rot13"'),
        (b'charset="UTF-8"', b'charset="no-such-charset"'),
        (b"Date: Mon, 30 Nov 2026 10:12:05 -0800 (PST)", b"Date: Mon, 99 Foo 2026 99:99"),
    ],
    ids=["no-boundary", "wrong-boundary", "codec-not-text", "unknown-charset", "bad-date"],
)
def test_a_damaged_gmail_bounce_still_names_the_bill(old: bytes, new: bytes) -> None:
    raw = _sample("gmail_5_1_1.eml").replace(old, new)
    bounce = read_bounce(raw)
    assert bounce is not None
    assert _bill("A-101") in bounce.original_message_ids
    assert bounce.recipients[0].address == "a101.member@example.com"


def test_control_and_bidi_characters_do_not_reach_the_diagnostic() -> None:
    raw = (
        b"From: MAILER-DAEMON@x.example\nSubject: failure notice\n"
        b"X-Failed-Recipients: a@example.com\n\n<a@example.com>:\n"
        b"550 5.1.1 \xe2\x80\xae evil \x00\x1b[31m text\n"
    )
    bounce = read_bounce(raw)
    assert bounce is not None
    diagnostic = bounce.recipients[0].diagnostic
    assert not any(c in diagnostic for c in "\u202e\x00\x1b")
    assert bounce.recipients[0].reason is _R.MAILBOX_UNKNOWN


def test_eight_bit_headers_and_hostile_ids_are_harmless() -> None:
    raw = (
        b"From: \xff\xfe MAILER-DAEMON@x.example\nSubject: failure notice \xe9\n"
        b"In-Reply-To: <evil\x00id@x> <" + b"a" * 400 + b"@x> <ok@crystalheights.in>\n"
        b"X-Failed-Recipients: \xff@b.example, a@example.com\n\n<a@example.com>:\n550 bad\n"
    )
    bounce = read_bounce(raw)
    assert bounce is not None
    assert bounce.original_message_ids == ("<ok@crystalheights.in>",)
