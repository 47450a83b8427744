"""The mailbox's IMAP settings: checked like the rest of the account, optional, never
unencrypted, the provider's server known for the big providers."""

from __future__ import annotations

import pytest

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.imap_settings import ImapSecurity, imap_defaults, imap_problems
from smtp_desk.core.validation import checked_account

GMAIL = AccountDraft(
    preset="gmail",
    host="smtp.gmail.com",
    port="587",
    security="starttls",
    user="billing@crystalheights.in",
    from_email="billing@crystalheights.in",
)


@pytest.mark.parametrize(
    ("host", "port", "security", "field"),
    [
        ("", "993", "", "imap_host"),
        ("imaps://imap.gmail.com", "", "", "imap_host"),
        ("imap.gmail.com", "99999", "", "imap_port"),
        ("imap.gmail.com", "", "none", "imap_security"),
    ],
)
def test_each_mistake_is_named_by_its_field(
    host: str, port: str, security: str, field: str
) -> None:
    assert [p.field for p in imap_problems(host, port, security)] == [field]


def test_no_mailbox_is_fine_and_leaves_the_settings_file_as_it_was() -> None:
    assert imap_problems("", "", "") == []
    assert "imap_host" not in GMAIL.as_dict()
    assert checked_account(GMAIL, password_stored=True).imap_host == ""


def test_a_mailbox_is_typed_into_the_account() -> None:
    draft = GMAIL.with_changes(imap_host=" IMAP.Example.IN. ", imap_security="starttls")
    account = checked_account(draft, password_stored=True)
    assert (account.imap_host, account.imap_port, account.imap_security) == (
        "imap.example.in",
        143,
        "starttls",
    )
    assert account.draft().as_dict()["imap_port"] == 143


def test_the_big_providers_mailboxes_are_known() -> None:
    found = imap_defaults("gmail")
    assert found is not None and found.host == "imap.gmail.com" and found.port == 993
    assert found.security is ImapSecurity.SSL
    assert imap_defaults("office365") is not None
    assert imap_defaults("sendgrid") is None and imap_defaults("custom") is None


def test_configure_sets_shows_and_clears_the_mailbox(
    data_home: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from tests.support.commands import run_command

    monkeypatch.setattr("sys.stdin", io.StringIO("abcd efgh ijkl mnop\n"))
    base = ["configure", "--preset", "gmail", "--user", "billing@crystalheights.in"]
    base += ["--from-email", "billing@crystalheights.in"]
    command = [*base, "--password-stdin", "--imap-host", "imap.example.in"]
    code, _out, err = run_command(command, capsys)
    assert code == 0, err
    code, out, _err = run_command(["configure", "--show"], capsys)
    assert "Mailbox (IMAP) imap.example.in port 993, ssl" in out
    code, _out, err = run_command(["configure", "--imap-port", "99999"], capsys)
    assert code == 2 and "--imap-port: The IMAP port is a number from 1 to 65535." in err
    code, _out, _err = run_command(["configure", "--imap-host", ""], capsys)
    code, out, _err = run_command(["configure", "--show"], capsys)
    assert code == 0 and "Mailbox (IMAP) imap.gmail.com port 993 (the provider's)" in out
