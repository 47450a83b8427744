"""Reading the mailbox with Sign in with Microsoft or Google, end to end with no internet:
the real msal library (or SMTP Desk's Google client) signs in against the local identity
provider; a real Dovecot takes ``AUTHENTICATE XOAUTH2`` through its oauth2 passdb, asking the
provider about every token by introspection over verified HTTPS (active only while the
token is current and carries the IMAP scope); a real SMTP server takes the same sign-in's
SMTP tokens and files a copy of what it accepts in Sent, as Microsoft 365 and Gmail do.

One sign-in asks consent for sending and reading; sending then asks silently for the SMTP
scope only, the mailbox for the IMAP scope only. A sign-in from before (SMTP consent only)
keeps sending, and the mailbox says to sign in again; a refused token is answered, never
re-sent, and said in plain words; nothing that could not be checked is changed."""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.dsn import BounceReason
from smtp_desk.core.instants import now_utc
from smtp_desk.core.model import Period
from smtp_desk.core.oauth import OAuthSignIn
from smtp_desk.core.oauth_apps import oauth_app
from smtp_desk.core.oauth_microsoft import MicrosoftClient
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sent_check import check_sent, unconfirmed_items
from smtp_desk.core.store import Store
from smtp_desk.core.token_vault import TokenVault
from tests.support.browser import use_test_browser
from tests.support.commands import run_command
from tests.support.imapd import ImapServer, TokenCheck, imap_server
from tests.support.oauth_server import (
    GOOGLE_MAIL_SCOPE,
    IMAP_SCOPE,
    SMTP_SCOPE,
    OAuthServer,
)
from tests.support.oauth_world import CLIENT_ID, account_of, configure_sign_in, sign_in
from tests.support.smtpd import Behaviour, Certificates, MailServer, mail_server
from tests.support.society import QUICK, address, flat, make_society

NOV = Period.month(2026, 11)
LATER = timedelta(minutes=2)  # past SETTLE_AFTER: what is not in Sent was not sent
DSN = Path(__file__).resolve().parents[1] / "data" / "dsn"
SIGN_IN_AGAIN = (
    "Sign in again (System Tools > Email Credentials > Sign in) to let SMTP Desk read the "
    "Sent folder; if your IT admin approved only SMTP.Send, ask them to also approve "
    "IMAP.AccessAsUser.All"
)


@contextmanager
def office(
    tmp_path: Path,
    certs: Certificates,
    idp: OAuthServer,
    *,
    scope: str,
    lost: frozenset[int] = frozenset({1, 2}),
    filed: Callable[[bytes], bool] = lambda raw: address(2).encode() not in raw,
) -> Iterator[tuple[ImapServer, MailServer]]:
    """Dovecot taking ``idp``'s tokens for ``scope``, and an SMTP server taking its current
    tokens that files what it accepts in Sent (when ``filed``) and never answers the
    messages of members ``lost`` (left unconfirmed)."""
    check = TokenCheck(idp.introspection_endpoint, certs.ca_file, scope=scope)
    with imap_server(tmp_path, certs, user=idp.user, oauth2=check) as imap:

        def keep(raw: bytes) -> None:
            if filed(raw):
                imap.keep_sent(raw)

        behaviour = Behaviour(
            xoauth2=idp.accepts,
            drop_expired_tokens=True,
            drop_after_data={address(n) for n in lost},
            keep_sent=keep,
        )
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as mail:
            yield imap, mail


def set_up(
    folder: DataFolder,
    imap: ImapServer,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    *,
    members: int = 4,
) -> None:
    """A society whose account signs in with Microsoft and whose mailbox is ``imap``."""
    make_society(folder, members=members, port=mail.port, user=idp.user)
    configure_sign_in(capsys, "microsoft", CLIENT_ID, idp.authority)
    mailbox = ["--imap-host", imap.host, "--imap-port", str(imap.port), "--imap-security", "ssl"]
    code, _, err = run_command(["configure", *mailbox], capsys)
    assert code == 0, err


def items(folder: DataFolder) -> dict[str, Item]:
    with Store.open(folder.register_file) as store:
        return {i.flat: i for i in Outbox(store, domain="").items()}


def xoauth2_logins(imap: ImapServer) -> int:
    return imap.log().count("method=XOAUTH2")


def old_sign_in(folder: DataFolder) -> None:
    """Signed in the way SMTP Desk did before it read the mailbox: the device code asked
    consent for SMTP.Send alone (the same msal client, as it was set up then)."""
    account = account_of(folder)
    app = replace(oauth_app(account), mailbox_scopes=())
    assert app.sign_in_scopes == (SMTP_SCOPE,)
    client = MicrosoftClient(app, TokenVault(SecretStore()), account.token_name)
    client.finish_device_flow(client.start_device_flow(), lambda: False)


def test_a_microsoft_sign_in_confirms_from_sent_and_reads_bounces_over_xoauth2(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with office(tmp_path, certs, idp, scope=IMAP_SCOPE) as (imap, mail):
        set_up(data_home, imap, mail, idp, capsys)
        idp.access_lifetime = 120  # under msal's margin: every token asked is a refresh
        assert sign_in(capsys)["signed_in"] is True
        assert idp.consented(idp.user, CLIENT_ID) == {SMTP_SCOPE, IMAP_SCOPE}, "one consent"

        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert {i.flat for i in unconfirmed_items(data_home)} == {flat(1), flat(2)}
        sent_before = len(mail.seen.messages)

        code, out, err = run_command(["resolve", "--check-sent", "--json"], capsys)
        assert code == 0, (out, err)
        report = json.loads(out)
        assert (report["ok"], report["folder"]) == (True, "Sent")
        assert report["confirmed"] == [flat(1)] and report["too_recent"] == [flat(2)]
        assert report["resend"] == []
        result = check_sent(data_home, account_of(data_home), now=now_utc() + LATER)
        assert result.resend == [flat(2)] and result.confirmed == []
        assert xoauth2_logins(imap) == 2, "both looks signed in to Dovecot with a token"
        assert idp.introspections == [True, True], "each token was checked, and was good"

        # a bounce for member 0 arrives in the inbox and is read over the same sign-in
        sent = items(data_home)
        bounce = (DSN / "gmail_5_1_1.eml").read_bytes()
        returned = sent[flat(0)].message_id.encode()
        bounce = bounce.replace(b"<20261130.A-101.bill@crystalheights.in>", returned)
        bounce = bounce.replace(b"a101.member@example.com", address(0).encode())
        imap.deliver("INBOX", bounce)
        code, out, err = run_command(["bounces", "--json"], capsys)
        assert code == 0, (out, err)
        assert [b["flat"] for b in json.loads(out)["bounced"]] == [flat(0)]
        assert items(data_home)[flat(0)].bounce == BounceReason.MAILBOX_UNKNOWN.value

    assert len(mail.seen.messages) == sent_before, "the mailbox's look sent nothing"
    assert items(data_home)[flat(1)].state is ItemState.SENT
    # sending asked silently for SMTP.Send alone, the mailbox for IMAP alone
    assert frozenset({SMTP_SCOPE}) in idp.refresh_scopes
    assert frozenset({IMAP_SCOPE}) in idp.refresh_scopes
    assert set(idp.refresh_scopes) <= {frozenset({SMTP_SCOPE}), frozenset({IMAP_SCOPE})}
    assert all(ok for _, ok in mail.seen.xoauth2_logins) and mail.seen.logins == []


def test_an_old_sign_in_keeps_sending_and_the_mailbox_says_to_sign_in_again(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with office(tmp_path, certs, idp, scope=IMAP_SCOPE, lost=frozenset({1})) as (imap, mail):
        set_up(data_home, imap, mail, idp, capsys, members=3)
        idp.access_lifetime = 120  # every token asked is a refresh
        old_sign_in(data_home)
        assert idp.consented(idp.user, CLIENT_ID) == {SMTP_SCOPE}

        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert len(mail.seen.messages) == 3, "the old sign-in sends"
        assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)]

        code, out, err = run_command(["resolve", "--check-sent"], capsys)
        assert code == 1
        assert SIGN_IN_AGAIN in err and "Nothing was changed" in err
        for word in ("OAuthProblem", "Traceback", "Error:", "invalid_grant"):
            assert word not in out + err
        code, out, _ = run_command(["resolve", "--check-sent", "--json"], capsys)
        assert code == 1 and SIGN_IN_AGAIN in json.loads(out)["error"]
        assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)], "nothing changed"
        assert xoauth2_logins(imap) == 0 and idp.introspections == [], "no token to show"
        assert frozenset({IMAP_SCOPE}) in idp.refresh_scopes, "asked, and refused (65001)"

        # the refresh token survived the refusal: sending still gets its SMTP token
        grants = idp.refresh_grants
        account = account_of(data_home)
        token = OAuthSignIn(account, SecretStore()).credentials().secret
        assert idp.refresh_grants == grants + 1 and idp.scopes_of(token) == {SMTP_SCOPE}
        assert idp.accepts(idp.user, token)

        # signing in again (consent for both) lets the mailbox settle it
        sign_in(capsys)
        code, out, err = run_command(["resolve", "--check-sent", "--json"], capsys)
        assert code == 0, (out, err)
        assert json.loads(out)["confirmed"] == [flat(1)]
    assert len(mail.seen.messages) == 3, "nobody got a second copy"


@pytest.mark.parametrize("trouble", ["revoked", "expired", "sign-in withdrawn"])
def test_a_refused_or_ended_token_on_imap_says_so_and_changes_nothing(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    trouble: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    with office(tmp_path, certs, idp, scope=IMAP_SCOPE, lost=frozenset({1})) as (imap, mail):
        set_up(data_home, imap, mail, idp, capsys, members=3)
        if trouble == "sign-in withdrawn":
            idp.access_lifetime = 120  # the mailbox's token must come from a refresh
        sign_in(capsys)
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        sent_before = len(mail.seen.messages)
        if trouble == "revoked":
            idp.revoke_access_tokens()  # msal's cache still holds it as good
        elif trouble == "expired":
            idp.expire_access_tokens()
        else:
            idp.revoke_refresh_tokens()  # "revoke sessions": AADSTS70008

        started = time.monotonic()
        code, out, err = run_command(["resolve", "--check-sent"], capsys)
        took = time.monotonic() - started
        json_code, json_out, _ = run_command(["resolve", "--check-sent", "--json"], capsys)
        dovecot_log = imap.log()

    assert code == 1 and json_code == 1
    assert took < 10, "the refusal was answered, nothing hung"
    if trouble == "sign-in withdrawn":
        assert "Microsoft sign-in: the sign-in has expired or was withdrawn: sign in again" in err
        assert idp.introspections == [], "no token reached the mailbox"
    else:
        assert "the mailbox refused the Microsoft sign-in: sign in again" in err
        assert idp.introspections == [False, False], "the token went once each time"
    assert "Nothing was changed" in err and "Traceback" not in out + err
    assert json.loads(json_out)["ok"] is False
    assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)], "never taken as lost"
    assert len(mail.seen.messages) == sent_before, "nothing was sent again"
    secrets = set(idp.issued) | idp.refresh_tokens_issued()
    files = [p for p in data_home.root.rglob("*") if p.is_file()]
    texts = [out, err, json_out, caplog.text, dovecot_log]
    texts += [p.read_bytes().decode("latin-1") for p in files]
    assert not any(secret in text for secret in secrets for text in texts), "a token leaked"


def test_a_google_sign_in_confirms_from_sent_over_xoauth2(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with office(tmp_path, certs, idp, scope=GOOGLE_MAIL_SCOPE) as (imap, mail):
        make_society(data_home, members=4, port=mail.port, user=idp.user)
        client = "123456-desktop.apps.googleusercontent.com"
        configure_sign_in(capsys, "google", client, idp.authority)
        monkeypatch.setattr("sys.stdin", io.StringIO("GOCSPX-example-only\n"))
        mailbox = ["--imap-host", imap.host, "--imap-port", str(imap.port)]
        code, _, err = run_command(
            ["configure", "--oauth-client-secret-stdin", *mailbox, "--imap-security", "ssl"],
            capsys,
        )
        assert code == 0, err
        with use_test_browser():
            code, out, err = run_command(["signin", "--json"], capsys)
        assert code == 0, (out, err)
        assert idp.consented(idp.user, client) == {GOOGLE_MAIL_SCOPE}

        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert {i.flat for i in unconfirmed_items(data_home)} == {flat(1), flat(2)}
        result = check_sent(data_home, account_of(data_home), now=now_utc() + LATER)
        assert xoauth2_logins(imap) == 1 and idp.introspections == [True]
    assert result.confirmed == [flat(1)] and result.resend == [flat(2)]
    assert unconfirmed_items(data_home) == []


# ----- a tenant whose admin approved only SMTP.Send (users may not consent) -------------
SENDING_WORKS = "sending works once you sign in again"
TECHNICAL = ("OAuthProblem", "ScopesRefused", "SendingOnlyNext", "Traceback", "AADSTS")


def signin_lines(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, object]]]:
    """``smtp-desk signin --json``: its exit code and its JSON lines."""
    code, out, err = run_command(["signin", "--json"], capsys)
    assert "Traceback" not in out + err
    return code, [json.loads(line) for line in out.strip().splitlines()]


def no_token_in(idp: OAuthServer, folder: DataFolder, *texts: str) -> None:
    secrets = set(idp.issued) | idp.refresh_tokens_issued()
    assert secrets, "tokens were issued"
    files = [p for p in folder.root.rglob("*") if p.is_file()]
    every = [*texts, *(p.read_bytes().decode("latin-1") for p in files)]
    assert not any(secret in text for secret in secrets for text in every), "a token leaked"


@pytest.mark.parametrize("refusal", [90094, 65001])
def test_a_code_refused_for_the_mailbox_signs_in_to_send_next_and_both_once_approved(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    refusal: int,
) -> None:
    caplog.set_level(logging.DEBUG)
    idp.admin_approved = {SMTP_SCOPE}  # users may not consent; the admin approved sending
    idp.policy_error = refusal
    with office(tmp_path, certs, idp, scope=IMAP_SCOPE, lost=frozenset({1})) as (imap, mail):
        set_up(data_home, imap, mail, idp, capsys, members=3)
        idp.access_lifetime = 120  # every token asked is a refresh

        # the code asked for both: refused, and said in one plain sentence
        code, lines = signin_lines(capsys)
        assert code == 1 and lines[0]["sending_only"] is False
        diagnosis = lines[-1]["diagnosis"]
        assert diagnosis["category"] == "sign_in_needed" and SENDING_WORKS in diagnosis["cause"]
        assert "IMAP.AccessAsUser.All" in diagnosis["action"]
        words = f"{diagnosis['summary']} {diagnosis['cause']} {diagnosis['action']}"
        assert not any(word in words for word in TECHNICAL)
        assert f"AADSTS{refusal}" in diagnosis["detail"], "the service's words, for support"
        assert idp.policy_refusals == 1
        assert not OAuthSignIn(account_of(data_home), SecretStore()).signed_in()

        # the next code asks only to send, and the office sends
        code, lines = signin_lines(capsys)
        assert code == 0, lines
        assert lines[0]["sending_only"] is True
        assert lines[-1]["signed_in"] is True and lines[-1]["mailbox"] is False
        assert idp.policy_refusals == 1, "asked only for what was approved"
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert len(mail.seen.messages) == 3, "every bill went"
        assert all(ok for _, ok in mail.seen.xoauth2_logins) and mail.seen.logins == []
        assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)]

        # the mailbox says the plain sentence and changes nothing
        code, out, err = run_command(["resolve", "--check-sent"], capsys)
        assert code == 1 and SIGN_IN_AGAIN in err and "Nothing was changed" in err
        assert not any(word in out + err for word in TECHNICAL)
        assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)], "nothing changed"
        assert xoauth2_logins(imap) == 0 and idp.introspections == []

        # the admin approves reading the mailbox: signing in again gives both
        idp.admin_approved = {SMTP_SCOPE, IMAP_SCOPE}
        code, lines = signin_lines(capsys)
        assert code == 0 and lines[0]["sending_only"] is True, "the note still stood"
        assert lines[-1]["mailbox"] is True, "the mailbox's token came: the note goes"
        code, lines = signin_lines(capsys)
        assert code == 0 and lines[0]["sending_only"] is False, "asks for both again"
        assert lines[-1]["mailbox"] is True
        code, out, err = run_command(["resolve", "--check-sent", "--json"], capsys)
        assert code == 0, (out, err)
        assert json.loads(out)["confirmed"] == [flat(1)]
        dovecot_log = imap.log()
    assert len(mail.seen.messages) == 3, "nobody got a second copy"
    no_token_in(idp, data_home, out, err, caplog.text, dovecot_log)


def test_a_code_refused_when_even_sending_is_not_approved_asks_for_the_admin(
    data_home: DataFolder,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    idp.admin_approved = set()  # nothing approved, and users may not consent
    make_society(data_home, members=1, port=9, user=idp.user)
    configure_sign_in(capsys, "microsoft", CLIENT_ID, idp.authority)
    code, out, err = run_command(["signin"], capsys)  # in words, for a person
    assert code == 1 and "Sign in again." in err and SENDING_WORKS in err
    assert "To sign in, open https://microsoft.com/devicelogin" in out
    assert not any(word in out + err.split("  (")[0] for word in TECHNICAL)
    code, lines = signin_lines(capsys)
    assert code == 1 and lines[0]["sending_only"] is True
    diagnosis = lines[-1]["diagnosis"]
    assert diagnosis["category"] == "oauth_consent_needed"
    assert diagnosis["summary"] == "An administrator must approve SMTP Desk first"
    assert idp.policy_refusals == 2

    # signing out forgets the note: the next code asks for both again
    assert run_command(["signin", "--sign-out"], capsys)[0] == 0
    idp.admin_approved = None  # users may consent after all
    code, lines = signin_lines(capsys)
    assert code == 0 and lines[0]["sending_only"] is False and lines[-1]["mailbox"] is True
    assert idp.consented(idp.user, CLIENT_ID) == {SMTP_SCOPE, IMAP_SCOPE}


def test_the_browser_refused_for_the_mailbox_signs_in_to_send_at_once(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    idp.admin_approved = {SMTP_SCOPE}
    with office(tmp_path, certs, idp, scope=IMAP_SCOPE, lost=frozenset({1})) as (imap, mail):
        set_up(data_home, imap, mail, idp, capsys, members=3)
        account = account_of(data_home)
        with use_test_browser() as browser:
            done = OAuthSignIn(account, SecretStore()).sign_in_with_browser(timeout=30)
            assert browser.wait() == [0, 0]
        first, second = idp.authorize_requests
        assert set(first["scope"].split()) >= {SMTP_SCOPE, IMAP_SCOPE}, "asked for both first"
        assert first["prompt"] == "select_account"
        assert SMTP_SCOPE in second["scope"] and IMAP_SCOPE not in second["scope"]
        assert "prompt" not in second, "the same browser session: no account to pick again"
        assert (done.mailbox, idp.code_grants, idp.policy_refusals) == (False, 1, 1)
        assert "Signed in for sending only" in str(done)
        assert "IMAP.AccessAsUser.All" in str(done)

        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert len(mail.seen.messages) == 3
        code, _, err = run_command(["resolve", "--check-sent"], capsys)
        assert code == 1 and SIGN_IN_AGAIN in err
        assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)]
        assert OAuthSignIn(account, SecretStore()).sending_only_next, "a code would ask less"

        # approved: the browser asks for both first, and gets them
        idp.admin_approved = {SMTP_SCOPE, IMAP_SCOPE}
        with use_test_browser() as browser:
            again = OAuthSignIn(account, SecretStore()).sign_in_with_browser(timeout=30)
            assert browser.wait() == [0]
        assert again.mailbox and "read the Sent folder" in str(again)
        assert not OAuthSignIn(account, SecretStore()).sending_only_next
        code, out, err = run_command(["resolve", "--check-sent", "--json"], capsys)
        assert code == 0, (out, err)
        assert json.loads(out)["confirmed"] == [flat(1)]
    assert len(mail.seen.messages) == 3
