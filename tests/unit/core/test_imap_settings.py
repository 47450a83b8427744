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


CUSTOM = AccountDraft(
    preset="custom",
    host="mail.crystalheights.in",
    port="587",
    security="starttls",
    user="billing@crystalheights.in",
    from_email="billing@crystalheights.in",
)


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (GMAIL.with_changes(copy_to_sent="yes"), "copy_to_sent", "twice"),
        (CUSTOM.with_changes(copy_to_sent="yes"), "imap_host", "IMAP server"),
        (CUSTOM.with_changes(copy_to_sent="maybe"), "copy_to_sent", "'yes' or 'no'"),
        (CUSTOM.with_changes(archive_bcc="archive@"), "archive_bcc", "archive copy address"),
        (CUSTOM.with_changes(archive_bcc="a@b.in\nBcc: x@y.in"), "archive_bcc", "line break"),
    ],
)
def test_copies_that_would_go_wrong_are_refused_with_the_field_named(
    draft: AccountDraft, field: str, words: str
) -> None:
    from smtp_desk.core.validation import InvalidAccount

    with pytest.raises(InvalidAccount) as caught:
        checked_account(draft, password_stored=True)
    assert [(p.field, words in p.message) for p in caught.value.problems] == [(field, True)]


def test_copies_are_typed_into_the_account_and_left_out_of_the_file_when_off() -> None:
    draft = CUSTOM.with_changes(
        imap_host="imap.crystalheights.in", copy_to_sent=" Yes ", archive_bcc=" a@b.in "
    )
    account = checked_account(draft, password_stored=True)
    assert account.copy_to_sent is True and account.archive_bcc == "a@b.in"
    assert account.draft().as_dict()["copy_to_sent"] == "yes"
    off = checked_account(CUSTOM.with_changes(copy_to_sent="no"), password_stored=True)
    assert off.copy_to_sent is False
    assert "copy_to_sent" not in off.draft().as_dict()
    assert "archive_bcc" not in off.draft().as_dict()


def test_configure_sets_shows_and_clears_the_copies(
    data_home: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from tests.support.commands import run_command

    monkeypatch.setattr("sys.stdin", io.StringIO("the-relay-password\n"))
    base = ["configure", "--preset", "custom", "--host", "mail.crystalheights.in"]
    base += ["--port", "587", "--user", "billing@crystalheights.in", "--password-stdin"]
    base += ["--from-email", "billing@crystalheights.in"]
    code, _out, err = run_command([*base, "--copy-to-sent", "yes"], capsys)
    assert code == 2 and "--imap-host: Enter the mailbox's IMAP server" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("the-relay-password\n"))
    command = [*base, "--imap-host", "imap.crystalheights.in", "--copy-to-sent", "yes"]
    code, _out, err = run_command([*command, "--archive-bcc", "records@crystalheights.in"], capsys)
    assert code == 0, err
    code, out, _err = run_command(["configure", "--show"], capsys)
    assert "Copy in Sent   filed by SMTP Desk after each message" in out
    assert "Archive copy   records@crystalheights.in" in out
    code, _out, err = run_command(
        ["configure", "--copy-to-sent", "no", "--archive-bcc", ""], capsys
    )
    assert code == 0, err
    code, out, _err = run_command(["configure", "--show"], capsys)
    assert "Copy in Sent   none (--copy-to-sent yes files one)" in out
    assert "Archive copy   none (--archive-bcc)" in out
    code, _out, err = run_command(
        ["configure", "--preset", "gmail", "--copy-to-sent", "yes"], capsys
    )
    assert code == 2 and "already keeps a copy" in err


def test_an_archive_copy_halves_the_providers_daily_limit_but_not_ones_own() -> None:
    from smtp_desk.core.limits import limits_for

    gmail = checked_account(GMAIL, password_stored=True)
    archived = checked_account(GMAIL.with_changes(archive_bcc="a@b.in"), password_stored=True)
    own = checked_account(
        GMAIL.with_changes(archive_bcc="a@b.in", daily_limit="300"), password_stored=True
    )
    provider = limits_for(gmail).daily
    assert provider and limits_for(archived).daily == provider // 2
    assert limits_for(own).daily == 300


@pytest.mark.parametrize("service", ["sendgrid", "ses", "postmark"])
def test_a_sending_service_signing_in_with_a_key_gets_no_mailbox(service: str) -> None:
    """Its sign-in is a key for sending: a mailbox given would be sent that key."""
    from smtp_desk.core.presets import apply_preset, preset
    from smtp_desk.core.validation import InvalidAccount

    draft = apply_preset(CUSTOM, preset(service), region="ap-south-1").with_changes(
        imap_host="imap.crystalheights.in", copy_to_sent="yes"
    )
    with pytest.raises(InvalidAccount) as caught:
        checked_account(draft, password_stored=True)
    fields = {p.field: p.message for p in caught.value.problems}
    assert "no mailbox takes" in fields["imap_host"] and "archive address" in fields["imap_host"]
    archived = draft.with_changes(imap_host="", copy_to_sent="", archive_bcc="records@c.in")
    assert checked_account(archived, password_stored=True).archive_bcc == "records@c.in"
