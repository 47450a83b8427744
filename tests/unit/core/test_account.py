from __future__ import annotations

import pytest

from smtp_desk.core.account import AccountDraft, Security, is_loopback_host, security_for_port


@pytest.mark.parametrize(
    ("port", "security"),
    [
        (465, Security.SSL),
        (2465, Security.SSL),
        (587, Security.STARTTLS),
        (25, Security.STARTTLS),
        (2525, Security.STARTTLS),
        (2587, Security.STARTTLS),
        (1025, None),
    ],
)
def test_security_follows_the_port(port: int, security: Security | None) -> None:
    assert security_for_port(port) is security


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("smtp.gmail.com", False),
        ("10.0.0.5", False),
        ("localhost.crystal.in", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_normalized_trims_and_lowercases_the_host() -> None:
    draft = AccountDraft(host="  SMTP.Gmail.COM. ", port=" 587 ", user=" a@b.in ")
    assert draft.normalized().host == "smtp.gmail.com"
    assert draft.normalized().port == "587"
    assert draft.secret_name == "a@b.in@smtp.gmail.com"


def test_as_dict_writes_a_numeric_port_as_a_number() -> None:
    assert AccountDraft(port="587").as_dict()["port"] == 587
    assert AccountDraft(port="58x").as_dict()["port"] == "58x"


def test_security_labels_are_what_the_form_shows() -> None:
    assert [s.label for s in Security] == ["SSL/TLS", "STARTTLS", "None — not recommended"]
