"""The OAuth2 stand-ins themselves: the real msal library signs in against the local identity
provider over HTTPS (device code, browser with the test browser, refresh), and a real
smtplib client signs in to the aiosmtpd server with XOAUTH2. If these fail, the product's
OAuth2 tests would prove nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import smtplib
import ssl
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import msal  # type: ignore[import-untyped,unused-ignore]
import pytest

from tests.support.browser import Page, use_test_browser, visit
from tests.support.oauth_server import (
    SMTP_SCOPE,
    VERIFICATION_URI,
    OAuthServer,
    aad_error,
    oauth_server,
)
from tests.support.smtpd import Behaviour, Certificates, MailServer, mail_server

CLIENT_ID = "9f3c2a71-5b8e-4d2a-a1c3-6e0f4b7d8c21"  # made up
SCOPES = [SMTP_SCOPE]


@pytest.fixture
def idp(certs: Certificates, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthServer]:
    # msal talks through requests, which trusts certifi unless told otherwise
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certs.ca_file)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    with oauth_server(certs) as server:
        server.poll_interval = 0  # msal sleeps this many seconds between polls
        yield server


def new_app(idp: OAuthServer) -> Any:
    return msal.PublicClientApplication(
        CLIENT_ID,
        authority=idp.authority,
        instance_discovery=False,
        token_cache=msal.SerializableTokenCache(),
    )


def device_sign_in(app: Any) -> dict[str, Any]:
    flow = app.initiate_device_flow(scopes=SCOPES)
    result: dict[str, Any] = app.acquire_token_by_device_flow(flow)
    assert "access_token" in result, result
    return result


def refresh_tokens(app: Any) -> list[str]:
    items = app.token_cache.search(msal.TokenCache.CredentialType.REFRESH_TOKEN)
    return [item["secret"] for item in items]


# ----- device code -----------------------------------------------------------------------
def test_device_flow_signs_in_after_pending_polls(idp: OAuthServer) -> None:
    idp.pending_polls = 2
    app = new_app(idp)
    flow = app.initiate_device_flow(scopes=SCOPES)
    assert re.fullmatch(r"[A-Z]{4}-[A-Z]{4}", flow["user_code"])
    assert flow["verification_uri"] == VERIFICATION_URI
    assert flow["message"] == (
        f"To sign in, use a web browser to open the page {VERIFICATION_URI} "
        f"and enter the code {flow['user_code']} to authenticate."
    )

    result = app.acquire_token_by_device_flow(flow)

    assert "access_token" in result, result
    assert idp.device_polls == 3, "two pending answers, then the token"
    assert idp.token_valid(result["access_token"])
    assert idp.who(result["access_token"]) == idp.user
    assert result["scope"] == SMTP_SCOPE
    assert result["id_token_claims"]["preferred_username"] == idp.user
    assert [a["username"] for a in app.get_accounts()] == [idp.user]
    assert (f"/{idp.tenant}/v2.0/.well-known/openid-configuration", None) in idp.requests
    assert (f"/{idp.tenant}/oauth2/v2.0/devicecode", None) in idp.requests


@pytest.mark.parametrize("outcome", ["expired_token", "access_denied"])
def test_device_flow_ends_with_the_configured_refusal(idp: OAuthServer, outcome: str) -> None:
    idp.device_outcome = outcome
    app = new_app(idp)

    result = app.acquire_token_by_device_flow(app.initiate_device_flow(scopes=SCOPES))

    assert result["error"] == outcome and "access_token" not in result
    assert app.get_accounts() == []


def test_consent_error_reaches_msal_as_its_result(idp: OAuthServer) -> None:
    idp.token_error = aad_error(65001, client_id=CLIENT_ID)
    app = new_app(idp)

    result = app.acquire_token_by_device_flow(app.initiate_device_flow(scopes=SCOPES))

    assert result["error"] == "invalid_grant" and result["error_codes"] == [65001]
    assert result["error_description"].startswith("AADSTS65001: ")
    assert result["suberror"] == "consent_required"
    idp.token_error = None  # the administrator consents
    assert "access_token" in app.acquire_token_by_device_flow(
        app.initiate_device_flow(scopes=SCOPES)
    )


def test_service_down_is_an_exception_and_recovers(idp: OAuthServer) -> None:
    app = new_app(idp)
    flow = app.initiate_device_flow(scopes=SCOPES)
    idp.down = True
    with pytest.raises(msal.exceptions.MsalServiceError, match="503"):
        app.acquire_token_by_device_flow(flow)
    idp.down = False
    assert "access_token" in app.acquire_token_by_device_flow(flow)


# ----- refresh ---------------------------------------------------------------------------
def test_silent_refresh_rolls_the_refresh_token(idp: OAuthServer) -> None:
    idp.access_lifetime = 120  # under msal's 5 minutes: expired as far as msal is concerned
    app = new_app(idp)
    first = device_sign_in(app)
    [old_refresh] = refresh_tokens(app)
    [account] = app.get_accounts()

    again = app.acquire_token_silent(SCOPES, account=account)

    assert again is not None and again["access_token"] != first["access_token"]
    assert idp.refresh_grants == 1
    assert idp.token_valid(again["access_token"])
    assert refresh_tokens(app) != [old_refresh], "msal keeps the new refresh token"
    stale = app.acquire_token_by_refresh_token(old_refresh, SCOPES)
    assert stale["error"] == "invalid_grant" and 70008 in stale["error_codes"]


def test_expired_access_token_is_refused_by_the_server_until_refreshed(idp: OAuthServer) -> None:
    app = new_app(idp)
    first = device_sign_in(app)
    [account] = app.get_accounts()
    idp.expire_access_tokens()

    cached = app.acquire_token_silent(SCOPES, account=account)
    assert cached["access_token"] == first["access_token"], "msal trusts its own clock"
    assert not idp.token_valid(first["access_token"])
    fresh = app.acquire_token_silent(SCOPES, account=account, force_refresh=True)

    assert idp.refresh_grants == 1 and idp.token_valid(fresh["access_token"])


def test_revoked_refresh_token_means_signing_in_again(idp: OAuthServer) -> None:
    app = new_app(idp)
    device_sign_in(app)
    [account] = app.get_accounts()
    idp.revoke_refresh_tokens()

    result = app.acquire_token_silent_with_error(SCOPES, account=account, force_refresh=True)

    assert result["error"] == "invalid_grant" and 70008 in result["error_codes"]
    assert result["error_description"].startswith("AADSTS70008: ")


def test_clock_offset_moves_the_id_token_times(idp: OAuthServer) -> None:
    idp.clock_offset = -2 * 3600  # the PC is two hours ahead of the real time
    claims = device_sign_in(new_app(idp))["id_token_claims"]
    assert claims["iat"] == pytest.approx(idp.now(), abs=5)
    assert claims["exp"] - claims["iat"] == 3600 and claims["iss"] == idp.issuer


# ----- browser (loopback) ----------------------------------------------------------------
def test_interactive_sign_in_through_the_test_browser(idp: OAuthServer) -> None:
    app = new_app(idp)
    with use_test_browser() as browser:
        result = app.acquire_token_interactive(SCOPES, login_hint=idp.user, timeout=30)
        assert browser.wait() == [0], "the browser brought the code back"

    assert "access_token" in result, result
    assert idp.code_grants == 1 and idp.token_valid(result["access_token"])
    [asked] = idp.authorize_requests
    assert asked["login_hint"] == idp.user and asked["code_challenge_method"] == "S256"
    assert asked["response_mode"] == "form_post"
    assert browser.opened[0].startswith(idp.authorization_endpoint)
    assert [a["username"] for a in app.get_accounts()] == [idp.user]


def test_refused_consent_in_the_browser_is_msal_result(idp: OAuthServer) -> None:
    idp.authorize_error = aad_error(65001, client_id=CLIENT_ID) | {"error": "consent_required"}
    app = new_app(idp)
    with use_test_browser() as browser:
        result = app.acquire_token_interactive(SCOPES, timeout=30)
        assert browser.wait() == [0]

    assert result["error"] == "consent_required"
    assert result["error_description"].startswith("AADSTS65001: ")
    assert idp.code_grants == 0


def test_no_browser_times_out(idp: OAuthServer) -> None:
    app = new_app(idp)
    with (
        use_test_browser(refuse=True) as browser,
        pytest.raises(msal.BrowserInteractionTimeoutError),
    ):
        app.acquire_token_interactive(SCOPES, timeout=1)
    assert len(browser.opened) == 1 and browser.processes == []
    assert idp.code_grants == 0


def test_no_browser_but_the_user_opens_the_address(idp: OAuthServer) -> None:
    app = new_app(idp)
    pages: list[Page] = []

    def by_hand(address: str) -> None:  # on msal's listener thread: must not wait here
        threading.Thread(target=lambda: pages.append(visit(address)), daemon=True).start()

    with use_test_browser(refuse=True):
        result = app.acquire_token_interactive(SCOPES, timeout=30, auth_uri_callback=by_hand)

    assert "access_token" in result, result
    assert [page.status for page in pages] == [200]


def test_a_program_started_inside_uses_the_test_browser(idp: OAuthServer) -> None:
    program = (
        "import json, sys, msal\n"
        "app = msal.PublicClientApplication(\n"
        "    sys.argv[1], authority=sys.argv[2], instance_discovery=False)\n"
        "print(json.dumps(sorted(app.acquire_token_interactive([sys.argv[3]], timeout=30))))"
    )
    command = [sys.executable, "-c", program, CLIENT_ID, idp.authority, SMTP_SCOPE]
    with use_test_browser() as browser:  # BROWSER now names the launcher
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)

    assert "access_token" in json.loads(done.stdout or "[]"), done.stderr
    assert browser.opened == [], "the program's own webbrowser module used the launcher"
    assert idp.code_grants == 1


def _post(url: str, form: dict[str, str], context: ssl.SSLContext) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=urlencode(form).encode(), method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=5, context=context) as response:  # noqa: S310
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_google_style_client_query_redirect_and_pkce(idp: OAuthServer, certs: Certificates) -> None:
    context = ssl.create_default_context(cafile=certs.ca_file)
    discovery_url = f"{idp.authority}/.well-known/openid-configuration"
    with urllib.request.urlopen(discovery_url, timeout=5, context=context) as response:  # noqa: S310
        discovery = json.load(response)
    assert discovery["issuer"] == idp.issuer
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    redirect = "http://127.0.0.1:8765/"

    def code() -> str:
        query = {
            "client_id": CLIENT_ID,
            "response_type": "code",
            "redirect_uri": redirect,
            "scope": "https://mail.google.com/",
            "state": "s1",
            "code_challenge": challenge.rstrip(b"=").decode(),
            "code_challenge_method": "S256",
        }
        opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=context), _NoRedirect()
        )
        url = f"{discovery['authorization_endpoint']}?{urlencode(query)}"
        with pytest.raises(urllib.error.HTTPError) as answer:
            opener.open(url, timeout=5)
        assert answer.value.code == 302
        location = urlsplit(answer.value.headers["Location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == redirect
        back = parse_qs(location.query)
        assert back["state"] == ["s1"]
        return back["code"][0]

    form = {"grant_type": "authorization_code", "client_id": CLIENT_ID, "redirect_uri": redirect}
    status, wrong = _post(discovery["token_endpoint"], form | {"code": code()}, context)
    assert status == 400 and wrong["error_description"].startswith("AADSTS501481")
    good = form | {"code": code(), "code_verifier": verifier}
    status, body = _post(discovery["token_endpoint"], good, context)
    assert status == 200 and body["scope"] == "https://mail.google.com/"
    assert "id_token" not in body, "no openid scope, no id_token"
    assert idp.token_valid(body["access_token"])


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


# ----- XOAUTH2 against aiosmtpd ----------------------------------------------------------
def sasl(user: str, token: str) -> str:
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


class Answers:
    """smtplib's authobject for XOAUTH2: the SASL string first (as the initial response, or
    for the server's empty 334), then an empty line for the 334 JSON challenge of a refusal
    (which it keeps)."""

    def __init__(self, user: str, token: str) -> None:
        self.initial = sasl(user, token)
        self.sent = False
        self.challenges: list[dict[str, str]] = []

    def __call__(self, challenge: bytes | None = None) -> str:
        if not self.sent:
            assert not challenge
            self.sent = True
            return self.initial
        assert challenge is not None
        self.challenges.append(json.loads(challenge))
        return ""


def connect(server: MailServer) -> smtplib.SMTP:
    smtp = smtplib.SMTP(server.host, server.port, timeout=5)
    smtp.starttls(context=ssl.create_default_context())
    smtp.ehlo()
    return smtp


def test_xoauth2_accepts_a_valid_token(idp: OAuthServer, certs: Certificates) -> None:
    token = device_sign_in(new_app(idp))["access_token"]
    behaviour = Behaviour(xoauth2=idp.accepts)
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        smtp = connect(server)
        try:
            assert smtp.esmtp_features["auth"].split() == ["LOGIN", "PLAIN", "XOAUTH2"]
            code, _ = smtp.auth("XOAUTH2", Answers(idp.user, token), initial_response_ok=True)
            message = EmailMessage()
            message["From"], message["To"], message["Subject"] = idp.user, "a@b.example", "Bill"
            message.set_content("Maintenance bill")
            smtp.send_message(message)
        finally:
            smtp.quit()
    assert code == 235
    assert server.seen.xoauth2_logins == [(idp.user, True)]
    assert server.seen.logins == [] and server.seen.refused_logins == 0
    assert len(server.seen.messages) == 1


def test_xoauth2_refusal_after_the_json_challenge(idp: OAuthServer, certs: Certificates) -> None:
    refusal = (
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        "for the Mailbox"
    )
    behaviour = Behaviour(xoauth2=idp.accepts, xoauth2_refusal=refusal)
    answers = Answers(idp.user, "not-a-token-we-issued")
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        smtp = connect(server)
        try:
            with pytest.raises(smtplib.SMTPAuthenticationError) as refused:
                smtp.auth("XOAUTH2", answers, initial_response_ok=True)
            assert smtp.noop()[0] == 250, "the session goes on after the refusal"
        finally:
            smtp.quit()
    assert refused.value.smtp_code == 535 and refused.value.smtp_error == refusal[4:].encode()
    assert answers.challenges == [
        {"status": "401", "schemes": "bearer", "scope": "https://outlook.office.com/SMTP.Send"}
    ]
    assert server.seen.xoauth2_logins == [(idp.user, False)]
    assert server.seen.refused_logins == 1


def test_xoauth2_session_dropped_when_its_token_expires(
    idp: OAuthServer, certs: Certificates
) -> None:
    token = device_sign_in(new_app(idp))["access_token"]
    behaviour = Behaviour(xoauth2=idp.accepts, drop_expired_tokens=True)
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        smtp = connect(server)
        try:
            smtp.auth("XOAUTH2", Answers(idp.user, token), initial_response_ok=True)
            assert smtp.mail(idp.user)[0] == 250
            smtp.rset()
            idp.expire_access_tokens()
            code, text = smtp.mail(idp.user)
            assert (code, text) == (421, b"4.7.0 Token expired, closing connection")
            with pytest.raises(smtplib.SMTPServerDisconnected):
                smtp.noop()
        finally:
            smtp.close()


def test_xoauth2_only_server_over_implicit_tls(idp: OAuthServer, certs: Certificates) -> None:
    token = device_sign_in(new_app(idp))["access_token"]
    behaviour = Behaviour(xoauth2=idp.accepts)
    tls = certs.server_context()
    with mail_server(tls=tls, implicit_tls=True, auth=False, behaviour=behaviour) as server:
        context = ssl.create_default_context()
        with smtplib.SMTP_SSL(server.host, server.port, timeout=5, context=context) as smtp:
            smtp.ehlo()
            assert smtp.esmtp_features["auth"].split() == ["XOAUTH2"]
            answers = Answers(idp.user, token)
            code, _ = smtp.auth("XOAUTH2", answers, initial_response_ok=False)
    assert code == 235 and answers.challenges == []
    assert server.seen.xoauth2_logins == [(idp.user, True)]


def test_servers_without_xoauth2_do_not_offer_it(certs: Certificates) -> None:
    with mail_server(tls=certs.server_context()) as server:
        smtp = connect(server)
        try:
            assert smtp.esmtp_features["auth"].split() == ["LOGIN", "PLAIN"]
        finally:
            smtp.quit()
