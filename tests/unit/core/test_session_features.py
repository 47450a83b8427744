"""The EHLO step's words for what the server offers, and its message size limit."""

from __future__ import annotations

import smtplib

import pytest

from smtp_desk.core.session import _features


def features(offered: dict[str, str]) -> str:
    smtp = smtplib.SMTP()  # not connected: only what EHLO would have filled in
    smtp.esmtp_features = offered
    return _features(smtp)


@pytest.mark.parametrize(
    ("size", "words"),
    [
        ("35882577", "messages up to 36 MB"),
        ("10485760", "messages up to 10 MB"),
        ("1500000", "messages up to 1.5 MB"),
        ("1000000", "messages up to 1 MB"),
        ("30000", "messages up to 30 KB"),
        ("2500", "messages up to 2.5 KB"),
        ("512", "messages up to 512 bytes"),
    ],
)
def test_the_size_limit_is_said_in_a_sensible_unit(size: str, words: str) -> None:
    assert features({"starttls": "", "size": size}) == f"STARTTLS; {words}"


@pytest.mark.parametrize("size", ["", "0", "unlimited"])
def test_no_usable_size_says_nothing_about_size(size: str) -> None:
    assert features({"auth": "PLAIN LOGIN", "size": size}) == "AUTH (PLAIN LOGIN)"
