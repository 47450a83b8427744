"""Fixtures shared by every test: an isolated data folder and an in-memory keyring.

No test may touch the developer's own settings or credential store: SMTP_DESK_HOME points
into the test's temporary folder, keyring's default back end is an in-memory one, and
subprocesses are told to use keyring's null back end unless a test says otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from smtp_desk.core.logs import redactor
from smtp_desk.core.paths import DataFolder
from tests.support.keyrings import MemoryKeyring
from tests.support.smtpd import Certificates, MailServer, mail_server

pytest_plugins = ["tests.support.oauth_world"]  # idp, mail: the sign-in services' stage

REQUIRE_REAL = os.environ.get("SMTP_DESK_REQUIRE_REAL") == "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # widgets are tested headless


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataFolder:
    home = tmp_path / "smtp-desk-home"
    monkeypatch.setenv("SMTP_DESK_HOME", str(home))
    monkeypatch.setenv("SMTP_DESK_CONFIG", str(tmp_path / "smtp-desk-config"))  # recent societies
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    return DataFolder(home)


@pytest.fixture(autouse=True)
def redactor_as_it_was() -> Iterator[None]:
    """The log redactor learns every secret a test signs in with; a test's password (a
    plain word, perhaps) must not blank later tests' log lines."""
    known = set(redactor._secrets)
    yield
    redactor._secrets = known


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def unavailable(reason: str) -> None:
    """Skip, or fail when the run demands the real parts (SMTP_DESK_REQUIRE_REAL=1)."""
    if REQUIRE_REAL:
        pytest.fail(f"required by SMTP_DESK_REQUIRE_REAL=1 but unavailable: {reason}")
    pytest.skip(reason)


@pytest.fixture
def certs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Certificates:
    """A test CA that the client trusts, through SSL_CERT_FILE as create_default_context reads."""
    authority = Certificates(str(tmp_path / "test-ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", authority.ca_file)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return authority


@pytest.fixture
def server(certs: Certificates) -> Iterator[MailServer]:
    """A well-behaved STARTTLS mail server with AUTH on loopback."""
    with mail_server(tls=certs.server_context()) as running:
        yield running
