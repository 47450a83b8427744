"""The pieces of Sign in with Microsoft/Google that need no server: the token vault in the
credential store, what each identity-service error means, the checks of the form, and the
settings file."""

from __future__ import annotations

import json
import secrets
import smtplib

import pytest

from smtp_desk.core.account import AccountDraft, SignInMethod
from smtp_desk.core.diagnosis import diagnose
from smtp_desk.core.errors import OAuthProblem, TokenRefused
from smtp_desk.core.oauth_apps import TokenPurpose, oauth_app
from smtp_desk.core.oauth_problems import ScopesRefused, problem_from_reply
from smtp_desk.core.secret_store import SERVICE, SecretStore, Where
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from smtp_desk.core.token_vault import PART_CHARS, TokenVault
from smtp_desk.core.validation import check, checked_account
from tests.support.keyrings import MemoryKeyring

CLIENT_ID = "1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d"
M365 = AccountDraft(
    preset="office365",
    host="smtp.office365.com",
    port="587",
    security="starttls",
    user="billing@greenpark.in",
    from_email="billing@greenpark.in",
)


def msal_like_cache(refresh_tokens: int = 1) -> str:
    """A token cache the size msal writes for a work account (random, incompressible
    tokens: real ones are signed JWTs of 1.5–2.5 KB)."""
    token = secrets.token_urlsafe(1800)
    return json.dumps(
        {
            "AccessToken": {"k": {"secret": token, "expires_on": "1"}},
            "RefreshToken": {
                f"r{n}": {"secret": secrets.token_urlsafe(900)} for n in range(refresh_tokens)
            },
            "IdToken": {"i": {"secret": secrets.token_urlsafe(1200)}},
            "Account": {"a": {"username": "billing@greenpark.in"}},
        },
        indent=4,
    )


def test_a_sign_in_larger_than_one_windows_entry_is_split_and_read_back() -> None:
    backend = MemoryKeyring()
    vault = TokenVault(SecretStore(backend))
    text = msal_like_cache()
    assert vault.save("microsoft-sign-in:billing@greenpark.in", text) is Where.CREDENTIAL_STORE
    assert vault.load("microsoft-sign-in:billing@greenpark.in") == text
    values = [v for (service, _), v in backend.entries.items() if service == SERVICE]
    assert len(values) >= 2, "a real-sized cache needs more than one entry"
    # Windows Credential Manager keeps at most 2,560 bytes (1,280 UTF-16 characters)
    assert max(len(v) for v in values) <= PART_CHARS + 40 < 1280
    print(f"\n{len(text):,} characters of cache in {len(values)} entries")


def test_a_smaller_sign_in_leaves_no_stale_parts_and_sign_out_removes_all() -> None:
    backend = MemoryKeyring()
    vault = TokenVault(SecretStore(backend))
    vault.save("x", msal_like_cache(refresh_tokens=4))
    many = len(backend.entries)
    vault.save("x", "{}")
    assert len(backend.entries) == 1 < many
    assert vault.load("x") == "{}"
    vault.delete("x")
    assert backend.entries == {}
    assert vault.load("x") is None


def test_a_damaged_or_half_written_sign_in_reads_as_none() -> None:
    backend = MemoryKeyring()
    vault = TokenVault(SecretStore(backend))
    vault.save("x", msal_like_cache())
    backend.entries.pop((SERVICE, "x #2"))
    assert vault.load("x") is None
    backend.entries[(SERVICE, "y")] = "not ours"
    assert vault.load("y") is None


def test_without_a_credential_store_the_sign_in_lasts_only_this_session() -> None:
    from tests.support.keyrings import LockedKeyring

    store = SecretStore(LockedKeyring())
    vault = TokenVault(store)
    assert vault.save("x", "{}") is Where.SESSION
    assert vault.load("x") == "{}"


@pytest.mark.parametrize(
    ("reply", "category"),
    [
        ({"error": "invalid_grant", "error_codes": [70008]}, "sign_in_needed"),
        (
            {"error": "invalid_grant", "error_description": "AADSTS65001: consent"},
            "oauth_consent_needed",
        ),
        (
            {"error": "invalid_request", "error_description": "AADSTS90094: admin"},
            "oauth_consent_needed",
        ),
        ({"error": "invalid_request", "error_codes": [50020]}, "oauth_wrong_account"),
        ({"error": "unauthorized_client", "error_codes": [700016]}, "oauth_not_set_up"),
        ({"error": "invalid_client", "error_codes": [7000218]}, "oauth_not_set_up"),
        ({"error": "interaction_required", "error_codes": [50076]}, "sign_in_needed"),
        ({"error": "expired_token"}, "sign_in_declined"),
        ({"error": "access_denied"}, "sign_in_declined"),
        ({"error": "invalid_grant"}, "sign_in_needed"),  # Google: revoked or expired
        ({"error": "temporarily_unavailable"}, "oauth_service_trouble"),
    ],
)
def test_each_identity_service_error_has_its_own_advice(
    reply: dict[str, object], category: str
) -> None:
    problem = problem_from_reply(reply, service="Microsoft")
    assert problem.category == category
    diagnosis = diagnose(problem, stage="auth", preset="office365")
    assert diagnosis.category == category
    assert diagnosis.action and "Error" not in diagnosis.title
    assert "OAuthProblem" not in str(diagnosis) + diagnosis.detail


def test_a_refused_token_is_told_apart_from_a_mailbox_with_smtp_auth_off_and_a_bad_clock() -> None:
    off = TokenRefused(535, b"5.7.139 Authentication unsuccessful", challenge="status=401")
    assert diagnose(off, stage="auth").category == "mailbox_smtp_auth_disabled"
    plain = TokenRefused(535, b"5.7.3 Authentication unsuccessful", clock_skew=20.0)
    assert diagnose(plain, stage="auth").category == "token_refused"
    skewed = TokenRefused(535, b"5.7.3 Authentication unsuccessful", clock_skew=-900.0)
    d = diagnose(skewed, stage="auth")
    assert d.category == "clock_wrong" and "-900 s" in d.detail
    assert isinstance(off, smtplib.SMTPAuthenticationError)


def test_a_password_refused_by_microsoft_points_to_sign_in_with_microsoft() -> None:
    refusal = smtplib.SMTPAuthenticationError(
        535, b"5.7.139 Authentication unsuccessful, basic authentication is disabled"
    )
    d = diagnose(refusal, stage="auth", preset="office365")
    assert d.category == "auth_disabled_by_provider"
    assert "Sign in with Microsoft" in d.action


def test_a_missing_sign_in_says_sign_in_again() -> None:
    d = diagnose(OAuthProblem("sign_in_needed", "not signed in"), stage="auth")
    assert d.title == "Sign in again" and "smtp-desk signin" in d.action


def problems(draft: AccountDraft) -> dict[str, str]:
    return {p.field: p.message for p in check(draft) if p.is_error}


def test_microsoft_365_with_a_password_is_warned_of_the_switch_off() -> None:
    found = {p.field: p for p in check(M365, password="x" * 12)}
    assert found["sign_in"].severity == "warning"
    assert "end of December 2026" in found["sign_in"].message


def test_sign_in_with_microsoft_needs_a_client_id_and_no_password() -> None:
    draft = M365.with_changes(sign_in="microsoft")
    assert set(problems(draft)) == {"oauth_client_id"}
    ok = draft.with_changes(oauth_client_id=CLIENT_ID)
    assert problems(ok) == {}
    account = checked_account(ok)
    assert account.sign_in is SignInMethod.MICROSOFT
    app = oauth_app(account)
    assert app.authority == "https://login.microsoftonline.com/organizations"
    smtp, imap = (
        "https://outlook.office.com/SMTP.Send",
        "https://outlook.office.com/IMAP.AccessAsUser.All",
    )
    assert app.sign_in_scopes == (smtp, imap), "one sign-in asks consent for both"
    assert app.scopes_for(TokenPurpose.SEND) == (smtp,), "sending asks for SMTP alone"
    assert app.scopes_for(TokenPurpose.MAILBOX) == (imap,), "the mailbox for IMAP alone"
    outlook = ok.with_changes(preset="outlook", host="smtp-mail.outlook.com")
    assert oauth_app(checked_account(outlook)).authority.endswith("/consumers")


def test_google_asks_for_its_one_mail_scope_for_sending_and_the_mailbox() -> None:
    draft = M365.with_changes(
        preset="gmail",
        host="smtp.gmail.com",
        sign_in="google",
        oauth_client_id="123-abc.apps.googleusercontent.com",
    )
    app = oauth_app(checked_account(draft))
    mail = ("https://mail.google.com/",)
    assert app.sign_in_scopes == mail
    assert app.scopes_for(TokenPurpose.SEND) == app.scopes_for(TokenPurpose.MAILBOX) == mail


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"oauth_client_id": "not-a-guid"}, "oauth_client_id"),
        ({"oauth_tenant": "my tenant!"}, "oauth_tenant"),
        ({"oauth_authority": "http://login.example/x"}, "oauth_authority"),
        ({"sign_in": "kerberos"}, "sign_in"),
        (
            {"preset": "yahoo", "host": "smtp.mail.yahoo.com", "port": "465", "security": "ssl"},
            "sign_in",
        ),
        ({"security": "none", "port": "25"}, "security"),
    ],
)
def test_wrong_sign_in_settings_are_named_by_field(changes: dict[str, str], field: str) -> None:
    draft = M365.with_changes(**({"sign_in": "microsoft", "oauth_client_id": CLIENT_ID} | changes))
    assert field in problems(draft)


def test_tenants_that_are_accepted() -> None:
    for tenant in ("organizations", "consumers", "common", "greenpark.in", CLIENT_ID):
        draft = M365.with_changes(
            sign_in="microsoft", oauth_client_id=CLIENT_ID, oauth_tenant=tenant
        )
        assert problems(draft) == {}, tenant


def test_the_settings_file_keeps_the_sign_in_and_an_old_file_reads_as_password(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    draft = M365.with_changes(
        sign_in="microsoft", oauth_client_id=CLIENT_ID, oauth_tenant="greenpark.in"
    )
    save_settings(path, Settings(account=draft))
    text = path.read_text("utf-8")
    assert '"sign_in": "microsoft"' in text and "oauth_authority" not in text
    assert load_settings(path).account == draft
    save_settings(path, Settings(account=M365))
    assert "sign_in" not in path.read_text("utf-8"), "a password account's file is as before"
    loaded = load_settings(path).account
    assert loaded is not None and loaded.sign_in == "password"


@pytest.mark.parametrize(
    ("reply", "refuses_scopes"),
    [
        ({"error": "invalid_grant", "error_codes": [65001], "suberror": "consent_required"}, True),
        ({"error": "invalid_grant", "error_description": "AADSTS90094: admin approval"}, True),
        ({"error": "access_denied", "error_description": "AADSTS65004: User declined"}, True),
        ({"error": "consent_required"}, True),
        ({"error": "invalid_scope", "error_description": "AADSTS70011: bad scope"}, True),
        ({"error": "invalid_grant", "error_codes": [53003]}, False),  # conditional access
        ({"error": "invalid_grant", "error_codes": [70008]}, False),
        ({"error": "invalid_request", "error_codes": [50020]}, False),
        ({"error": "access_denied"}, False),  # the person said no to signing in at all
    ],
)
def test_a_refusal_of_the_permissions_asked_is_told_apart(
    reply: dict[str, object], refuses_scopes: bool
) -> None:
    problem = problem_from_reply(reply, service="Microsoft")
    assert isinstance(problem, ScopesRefused) is refuses_scopes
    assert isinstance(problem, OAuthProblem)


def test_the_mailbox_refused_note_is_kept_apart_from_the_tokens_and_goes_at_sign_out() -> None:
    keyring = MemoryKeyring()
    vault = TokenVault(SecretStore(backend=keyring))
    name = "microsoft-sign-in:billing@greenpark.in"
    vault.save(name, msal_like_cache())
    assert not vault.sending_only(name)
    vault.set_sending_only(name, True)
    assert vault.sending_only(name) and vault.load(name) is not None
    assert keyring.entries[(SERVICE, f"{name} sending-only")] == "mailbox refused"
    vault.save(name, msal_like_cache())  # a renewed sign-in keeps the note
    assert vault.sending_only(name)
    vault.set_sending_only(name, False)
    assert not vault.sending_only(name) and (SERVICE, f"{name} sending-only") not in keyring.entries
    vault.set_sending_only(name, True)
    vault.delete(name)  # sign out
    assert keyring.entries == {}
