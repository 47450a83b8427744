"""The mail errors: one base, the standard type a caller would catch, and the advice that
:func:`~smtp_desk.core.diagnosis.diagnose` gives for each."""

from __future__ import annotations

import concurrent.futures
import smtplib
import socket

import pytest

from smtp_desk.core.diagnosis import diagnose, make
from smtp_desk.core.errors import (
    AddressUnsupported,
    Cancelled,
    PlaintextPasswordRefused,
    SignInUnavailable,
    SmtpDeskError,
    StartTlsUnavailable,
    Unconfirmed,
)
from smtp_desk.core.sender_connection import ConnectFailed


@pytest.mark.parametrize(
    ("error", "standard"),
    [
        (StartTlsUnavailable("no STARTTLS"), ConnectionError),
        (PlaintextPasswordRefused("not over plain text"), PermissionError),
        (SignInUnavailable("no password is saved"), PermissionError),
        (AddressUnsupported("no usable address"), ValueError),
        (Cancelled("cancelled"), concurrent.futures.CancelledError),
        (ConnectFailed(make("timeout")), ConnectionError),
    ],
)
def test_each_error_is_also_the_standard_type_and_keeps_its_sentence(
    error: SmtpDeskError, standard: type[BaseException]
) -> None:
    assert isinstance(error, SmtpDeskError) and isinstance(error, standard)
    assert str(error) == error.args[0]


@pytest.mark.parametrize("error", [Cancelled("cancelled"), Unconfirmed("no answer")])
def test_a_cancel_and_an_unconfirmed_message_are_never_taken_for_trouble_on_the_wire(
    error: SmtpDeskError,
) -> None:
    """An ``except OSError`` (retry, reconnect, defer) must not catch them: a cancel would
    be retried, an unconfirmed message sent twice."""
    assert not isinstance(error, OSError)


def test_an_unconfirmed_message_is_explained_by_what_broke_underneath() -> None:
    try:
        try:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        except smtplib.SMTPServerDisconnected as cause:
            raise Unconfirmed("no answer after the message was sent") from cause
    except Unconfirmed as error:
        unconfirmed = diagnose(error, stage="data")
    assert unconfirmed == diagnose(
        smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), stage="data"
    )
    assert unconfirmed.category == "disconnected"


def test_nothing_to_sign_in_with_is_a_missing_password() -> None:
    diagnosis = diagnose(SignInUnavailable("no password is saved for x"), stage="auth")
    assert (diagnosis.category, diagnosis.detail) == (
        "password_missing",
        "no password is saved for x",
    )


def test_a_missing_starttls_is_not_mistaken_for_a_dropped_connection() -> None:
    """StartTlsUnavailable is a ConnectionError, and diagnose still names it first."""
    assert diagnose(StartTlsUnavailable("no"), stage="tls").category == "starttls_unavailable"
    assert diagnose(ConnectionResetError(), stage="tls").category == "tls_failed"
    assert diagnose(socket.gaierror("no such host"), stage="resolve").category == "dns_not_found"
