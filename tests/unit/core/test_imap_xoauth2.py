"""The answers SMTP Desk gives to an IMAP server's XOAUTH2 continuations: the token once,
an empty answer to the server's error challenge (so it says NO instead of waiting), and a
cancel ("*") for anything after. Against a real server in
tests/integration/test_mailbox_oauth.py."""

from __future__ import annotations

import base64
import imaplib

from smtp_desk.core.imap_connection import _XOAuth2Answers

SASL = b"user=society@crystalheights.in\x01auth=Bearer tok-123\x01\x01"
REFUSAL = b'{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}'


def test_the_token_goes_once_the_refusal_gets_an_empty_answer_then_the_exchange_ends() -> None:
    answers = _XOAuth2Answers(SASL)
    assert answers(b"") == SASL
    assert answers(REFUSAL) == b"", "the error continuation is answered, empty"
    assert answers.refusal == REFUSAL
    assert answers(b"again?") is None, "never the token again: imaplib then cancels"
    assert answers(b"") is None


def test_imaplib_sends_an_empty_line_for_the_empty_answer_and_a_star_for_none() -> None:
    """What goes on the wire for each answer, through imaplib's own encoder."""
    answers = _XOAuth2Answers(SASL)
    wire = imaplib._Authenticator(answers).process  # type: ignore[attr-defined]
    assert base64.b64decode(wire(b"")) == SASL
    assert wire(base64.b64encode(REFUSAL)) == b""
    assert wire(b"") == b"*"
