"""Sign in with Microsoft, end to end with no internet: the real msal library against a
local identity provider over verified HTTPS, and a real aiosmtpd server that takes only
current XOAUTH2 tokens. The account is set up and signed in through the commands a
scheduled job would use (``configure``, ``signin --json``), then tested and sent."""

from __future__ import annotations

import io
import json
import re
from collections import Counter

import pytest

from smtp_desk.core.account import SignInMethod
from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.connection_test import run_test
from smtp_desk.core.model import Period
from smtp_desk.core.oauth import OAuthSignIn
from smtp_desk.core.oauth_google import client_secret_entry
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_result import StopReason
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.token_vault import TokenVault
from smtp_desk.core.transcript import Transcript
from tests.support.browser import use_test_browser
from tests.support.commands import run_command
from tests.support.keyrings import MemoryKeyring
from tests.support.oauth_server import OAuthServer, aad_error
from tests.support.oauth_world import CLIENT_ID, account_of, configure_sign_in, sign_in
from tests.support.smtpd import PASSWORD, USER, MailServer
from tests.support.society import QUICK, make_society, member_of

NOV = Period.month(2026, 11)


cli = run_command


def set_up(
    folder: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    *,
    members: int = 3,
) -> None:
    """A society whose account signs in with Microsoft (configured from the command line)."""
    make_society(folder, members=members, port=mail.port, user=idp.user)
    out = configure_sign_in(capsys, "microsoft", CLIENT_ID, idp.authority)
    assert "Not signed in to Microsoft yet: run 'smtp-desk signin'" in out


def test_signin_with_a_device_code_then_test_and_send_use_it_without_asking(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys, members=3)
    idp.pending_polls = 2
    result = sign_in(capsys)
    assert result == {
        "signed_in": True,
        "user": idp.user,
        "service": "Microsoft",
        "valid_for": result["valid_for"],
        "mailbox": True,
    }
    assert idp.device_polls == 3, "two 'authorization_pending' answers, then the token"

    code, out, _ = cli(["test", "--json"], capsys)
    report = json.loads(out)
    assert code == 0 and report["ok"], report
    auth = next(s for s in report["steps"] if s["name"] == "auth")
    assert auth["label"] == "Sign in (Microsoft)"
    assert f"signed in as {idp.user} — token valid for 5" in auth["detail"]  # 59 or 60 min

    done = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert done.stopped is StopReason.DONE and done.complete
    assert len(mail.seen.messages) == 3
    assert mail.seen.xoauth2_logins == [(idp.user, True), (idp.user, True)]
    assert mail.seen.logins == [], "no password was ever sent"

    # the sign-in lives in the credential store only, never in the settings file
    settings_text = data_home.settings_file.read_text("utf-8")
    assert '"sign_in": "microsoft"' in settings_text
    assert "refresh" not in settings_text.lower()
    kept = [name for (service, name) in memory_keyring.entries if service == "SMTP Desk"]
    assert f"microsoft-sign-in:{idp.user}" in kept


def test_a_run_outliving_its_token_refreshes_and_every_member_gets_one_copy(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys, members=200)
    idp.access_lifetime = 120  # under msal's 5-minute margin: every new connection renews
    sign_in(capsys)
    refreshes_before = idp.refresh_grants
    expired: list[int] = []

    def expire_after_some(user: str, token: str) -> bool:
        if len(mail.seen.messages) >= 40 and not expired:
            expired.append(len(mail.seen.messages))
            idp.expire_access_tokens()  # the token runs out in the middle of the run
        return idp.accepts(user, token)

    mail.behaviour.xoauth2 = expire_after_some
    done = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert done.stopped is StopReason.DONE and done.complete, done
    counts = Counter(member_of(str(m["To"])) for m in mail.seen.messages)
    assert len(counts) == 200 and set(counts.values()) == {1}, "everyone exactly once"
    assert expired, "the token did run out mid-run"
    assert idp.refresh_grants >= refreshes_before + 2, "renewed silently, also after the drop"
    assert all(ok for _, ok in mail.seen.xoauth2_logins), "no token was ever refused"
    assert len(mail.seen.xoauth2_logins) >= 2, "a new connection signed in again"


def test_a_revoked_sign_in_stops_the_run_with_sign_in_again_and_sends_nothing(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys, members=5)
    idp.access_lifetime = 120  # every use needs a refresh
    sign_in(capsys)
    idp.revoke_refresh_tokens()

    code, out, _ = cli(["send", "--kind", "bill", "--period", "2026-11", "--json"], capsys)
    result = json.loads(out)
    assert code == 1
    assert result["stopped"] == "sign_in_needed"
    assert result["diagnosis"]["summary"] == "Sign in again"
    assert "AADSTS70008" in result["diagnosis"]["detail"]
    assert result["counts"]["pending"] == 5 and result["counts"]["sent"] == 0
    assert mail.seen.messages == [] and mail.seen.xoauth2_logins == []

    # signing in again lets the same members go, each once
    sign_in(capsys)
    done = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert done.complete and len(mail.seen.messages) == 5


def test_a_refused_token_is_answered_and_explained_after_one_attempt(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys)
    sign_in(capsys)
    mail.behaviour.xoauth2_refusal = (
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
        "the Mailbox"
    )
    idp.revoke_access_tokens()  # the server will refuse the (still cached) token

    code, out, _ = cli(["test", "--json", "--timeout", "5"], capsys)
    report = json.loads(out)
    assert code == 1
    assert report["diagnosis"]["category"] == "mailbox_smtp_auth_disabled"
    assert "Authenticated SMTP" in report["diagnosis"]["title"]
    assert "status=401" in report["diagnosis"]["detail"], "the 334 challenge was read"
    assert mail.seen.refused_logins == 1

    done = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert done.stopped is StopReason.PROBLEM
    assert done.diagnosis is not None
    assert done.diagnosis.category == "mailbox_smtp_auth_disabled"
    assert mail.seen.refused_logins == 2, "one refused sign-in per Start, no more"


@pytest.mark.parametrize(
    ("error", "category"),
    [
        (aad_error(50020), "oauth_wrong_account"),
        (aad_error(700016), "oauth_not_set_up"),
        (aad_error(7000218), "oauth_not_set_up"),
    ],
)
def test_signin_refusals_are_explained_with_the_fix(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    error: dict[str, object],
    category: str,
) -> None:
    set_up(data_home, mail, idp, capsys)
    idp.token_error = error
    code, out, _ = cli(["signin", "--json"], capsys)
    last = json.loads(out.splitlines()[-1])
    assert code == 1
    assert last["signed_in"] is False
    assert last["diagnosis"]["category"] == category
    assert "AADSTS" in last["diagnosis"]["detail"]
    assert "Traceback" not in out


@pytest.mark.parametrize(
    ("outcome", "category"),
    [("expired_token", "sign_in_declined"), ("access_denied", "sign_in_declined")],
)
def test_a_code_not_entered_in_time_or_declined(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    outcome: str,
    category: str,
) -> None:
    set_up(data_home, mail, idp, capsys)
    idp.device_outcome = outcome
    code, out, _ = cli(["signin", "--json"], capsys)
    assert code == 1
    assert json.loads(out.splitlines()[-1])["diagnosis"]["category"] == category


def test_the_sign_in_service_down_or_unreachable_is_said_in_plain_words(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys)
    idp.access_lifetime = 120
    sign_in(capsys)
    idp.down = True  # Microsoft answers 503
    code, out, _ = cli(["test", "--json", "--timeout", "5"], capsys)
    diagnosis = json.loads(out)["diagnosis"]
    assert code == 1 and diagnosis["category"] == "oauth_service_trouble"
    assert "having trouble" in diagnosis["title"] and "nothing is wrong" in diagnosis["cause"]
    assert "Traceback" not in out

    idp.down = False
    nobody = "https://127.0.0.1:9/organizations"  # nothing listens on port 9
    assert cli(["configure", "--oauth-authority", nobody], capsys)[0] == 0
    code, out, _ = cli(["test", "--json", "--timeout", "5"], capsys)
    diagnosis = json.loads(out)["diagnosis"]
    assert code == 1 and diagnosis["category"] == "oauth_unreachable"
    assert "could not be reached" in diagnosis["title"]


def test_an_untrusted_sign_in_service_certificate_is_refused(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_up(data_home, mail, idp, capsys)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")
    monkeypatch.delenv("SSL_CERT_FILE")
    code, out, _ = cli(["signin", "--json"], capsys)
    assert code == 1
    assert json.loads(out.splitlines()[-1])["diagnosis"]["category"] == "oauth_unreachable"


def test_signing_in_as_another_mailbox_is_refused_and_not_kept(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys)
    idp.user = "someone.else@greenpark.example"
    code, out, _ = cli(["signin", "--json"], capsys)
    result = json.loads(out.splitlines()[-1])
    assert code == 1 and result["diagnosis"]["category"] == "oauth_wrong_account"
    assert not OAuthSignIn(account_of(data_home), SecretStore()).signed_in()


def test_the_connection_test_names_microsoft_and_hides_the_token(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys)
    sign_in(capsys)
    account = account_of(data_home)
    assert account.sign_in is SignInMethod.MICROSOFT
    lines: list[str] = []
    token = OAuthSignIn(account, SecretStore()).credentials().secret
    report = run_test(
        account,
        sign_in=OAuthSignIn(account, SecretStore()),
        transcript=Transcript(lines.append),
        timeout=5,
    )
    assert report.ok
    assert any(line.startswith("C: AUTH XOAUTH2") for line in lines)
    assert not any(token in line for line in lines), "the token never reaches the transcript"


def test_sign_in_with_microsoft_in_the_browser(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys)
    sign_in_ = OAuthSignIn(account_of(data_home), SecretStore())
    with use_test_browser() as browser:
        done = sign_in_.sign_in_with_browser(timeout=30)
    assert done.user == idp.user and done.service == "Microsoft"
    assert browser.opened and idp.code_grants == 1
    assert sign_in_.signed_in()
    run = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert run.complete and len(mail.seen.messages) == 3


def test_sign_in_with_google_through_the_browser_then_send(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_society(data_home, members=3, port=mail.port, user=idp.user)
    client = "123456-desktop.apps.googleusercontent.com"
    configure_sign_in(capsys, "google", client, idp.authority)
    monkeypatch.setattr("sys.stdin", io.StringIO("GOCSPX-example-only\n"))
    code, out, err = cli(["configure", "--oauth-client-secret-stdin"], capsys)
    assert code == 0, err
    assert SecretStore().get(client_secret_entry(client)) == "GOCSPX-example-only"
    assert "GOCSPX" not in data_home.settings_file.read_text("utf-8")
    with use_test_browser() as browser:
        code, out, err = cli(["signin", "--json"], capsys)
    assert code == 0, (out, err)
    assert json.loads(out.splitlines()[-1])["service"] == "Google"
    opened = browser.opened[0]
    assert "code_challenge_method=S256" in opened and "access_type=offline" in opened

    code, out, _ = cli(["test", "--json"], capsys)
    assert code == 0, out
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert steps["auth"]["label"] == "Sign in (Google)" and steps["auth"]["ok"]
    run = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert run.complete and len(mail.seen.messages) == 3

    idp.revoke_refresh_tokens()
    idp.expire_access_tokens()
    idp.access_lifetime = 60
    # the kept access token is still good in SMTP Desk's eyes; make it due for renewal
    account = account_of(data_home)
    vault = TokenVault(SecretStore())
    kept = json.loads(vault.load(account.token_name) or "{}")
    kept["expires_at"] = 0
    vault.save(account.token_name, json.dumps(kept))
    code, out, _ = cli(["test", "--json"], capsys)
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "sign_in_needed"


def test_no_token_reaches_a_file_log_or_json(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    set_up(data_home, mail, idp, capsys)
    idp.access_lifetime = 120  # renewals too
    outputs = [json.dumps(sign_in(capsys))]
    for args in (["test", "--json", "--transcript"], ["configure", "--show", "--json"]):
        _, out, err = cli(args, capsys)
        outputs += [out, err]
    run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    _, out, err = cli(["send", "--kind", "bill", "--period", "2026-11", "--json"], capsys)
    outputs += [out, err]
    secrets_seen = set(idp.issued) | idp.refresh_tokens_issued()
    assert len(secrets_seen) >= 3
    files = [p for p in data_home.root.rglob("*") if p.is_file()]
    texts = outputs + [p.read_bytes().decode("latin-1") for p in files]
    for secret in secrets_seen:
        assert not any(secret in text for text in texts), "a token leaked"
    kept = "".join(memory_keyring.entries.values())
    assert not any(secret in kept for secret in secrets_seen), "kept compressed, not readable"


def test_switching_a_password_account_keeps_from_limits_and_history(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_society(data_home, members=3, port=mail.port, user=USER, daily_limit="300")
    SecretStore().put(f"{USER}@127.0.0.1", PASSWORD)
    first = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert first.complete and mail.seen.logins == [(USER, PASSWORD)]
    before = load_settings(data_home.settings_file).account
    assert before is not None

    idp.user = USER
    configure_sign_in(capsys, "microsoft", CLIENT_ID, idp.authority)
    after = load_settings(data_home.settings_file).account
    assert after is not None
    assert (
        after.with_changes(sign_in="password", oauth_client_id="", oauth_authority="") == before
    ), "From, limits and everything else kept"
    sign_in(capsys)
    code, out, _ = cli(["test", "--json"], capsys)
    assert code == 0, out
    code, out, _ = cli(["register", "--period", "2026-11"], capsys)
    assert code == 0 and out.count("sent") >= 3, "the history is still there"
    again = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert again.complete and len(mail.seen.messages) == 3, "nobody sent twice"


def test_a_token_refused_while_the_pc_clock_is_wrong_says_so(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up(data_home, mail, idp, capsys)
    idp.access_lifetime = 120  # each connection renews, and reads the service's clock
    sign_in(capsys)
    idp.clock_offset = 15 * 60  # the PC is a quarter of an hour behind Microsoft
    mail.behaviour.xoauth2 = lambda user, token: False  # its tokens are refused
    code, out, _ = cli(["test", "--json", "--timeout", "5"], capsys)
    diagnosis = json.loads(out)["diagnosis"]
    assert code == 1 and diagnosis["category"] == "clock_wrong"
    assert "clock" in diagnosis["title"]
    found = re.search(r"differs from the sign-in service's by \+(\d+) s", diagnosis["detail"])
    assert found and 880 <= int(found.group(1)) <= 920


def test_the_sign_in_is_kept_when_host_or_port_change(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(
        [
            "configure",
            "--preset",
            "office365",
            "--user",
            "billing@greenpark.in",
            "--from-email",
            "billing@greenpark.in",
            "--sign-in",
            "microsoft",
            "--oauth-client-id",
            CLIENT_ID,
        ],
        capsys,
    )
    assert code == 0, err
    assert "end of December 2026" not in err, "no switch-off warning once on Microsoft"
    for change in (["--port", "25"], ["--host", "relay.greenpark.in"]):
        code, _, err = cli(["configure", *change], capsys)
        assert code == 0, err
    saved = account_of(data_home)
    assert saved.sign_in is SignInMethod.MICROSOFT and saved.preset == "custom"
    assert saved.oauth_client_id == CLIENT_ID
    code, _, err = cli(["configure", "--preset", "gmail"], capsys)
    assert code == 2 and "--sign-in: Sign in with Microsoft works only with" in err
    code, _, err = cli(["configure", "--password-stdin"], capsys)
    assert code == 2 and "uses no password" in err


def test_microsoft_365_with_a_password_is_told_of_the_switch_off(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Password-1234\n"))
    code, out, err = cli(
        [
            "configure",
            "--preset",
            "office365",
            "--user",
            "billing@greenpark.in",
            "--from-email",
            "billing@greenpark.in",
            "--password-stdin",
        ],
        capsys,
    )
    assert code == 0, err
    assert "warning: --sign-in: Microsoft turns password sign-in off by default" in err
    code, out, _ = cli(["configure", "--show", "--json"], capsys)
    shown = json.loads(out)
    assert any(p["field"] == "sign_in" for p in shown["problems"])


def test_send_refuses_a_password_for_an_account_that_signs_in_with_microsoft(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail, idp, capsys)
    code, _, err = cli(
        ["send", "--kind", "bill", "--period", "2026-11", "--password-stdin"], capsys
    )
    assert code == 2 and "uses no password" in err and mail.seen.messages == []
