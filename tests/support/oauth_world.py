"""The stage for Sign in with Microsoft/Google tests: a local identity provider, a mail
server that takes its tokens, and the commands that set an account up to use them.

Registered as a pytest plugin (``tests/conftest.py``), so a test asks for ``idp`` and
``mail`` like any fixture.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.validation import checked_account
from tests.support.commands import run_command
from tests.support.oauth_server import OAuthServer, oauth_server
from tests.support.smtpd import Behaviour, Certificates, MailServer, mail_server

CLIENT_ID = "1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d"  # an example, nobody's registration


@pytest.fixture
def idp(certs: Certificates, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthServer]:
    """The identity provider, approving device codes at the first poll (a pending poll
    costs a second: the shortest interval SMTP Desk polls at)."""
    with oauth_server(certs) as running:
        running.poll_interval = 0
        running.pending_polls = 0
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", certs.ca_file)  # requests' own bundle
        yield running


@pytest.fixture
def mail(certs: Certificates, idp: OAuthServer) -> Iterator[MailServer]:
    """A STARTTLS mail server that takes only ``idp``'s current tokens."""
    behaviour = Behaviour(xoauth2=idp.accepts, drop_expired_tokens=True)
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as running:
        yield running


def configure_sign_in(
    capsys: pytest.CaptureFixture[str], method: str, client: str, authority: str
) -> str:
    """``smtp-desk configure --sign-in …`` for the saved account; its output."""
    options = {"--sign-in": method, "--oauth-client-id": client, "--oauth-authority": authority}
    words = [word for pair in options.items() for word in pair]
    code, out, err = run_command(["configure", *words], capsys)
    assert code == 0, err
    return out


def sign_in(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    """``smtp-desk signin --json``, which must succeed; its last line."""
    code, out, err = run_command(["signin", "--json"], capsys)
    assert code == 0, (out, err)
    return dict(json.loads(out.strip().splitlines()[-1]))


def account_of(folder: DataFolder) -> AccountSettings:
    draft = load_settings(folder.settings_file).account
    assert draft is not None
    return checked_account(draft, password_stored=True)
