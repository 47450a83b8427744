"""The password in a real Secret Service keyring (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends.SecretService import Keyring as SecretServiceKeyring
from pytestqt.qtbot import QtBot

from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SERVICE, SecretStore, Where
from smtp_desk.gui.credentials_page import CredentialsPage
from tests.gui.conftest import fill_gmail

pytestmark = pytest.mark.real_keyring

PASSWORD = "wxyz abcd efgh ijkl"
NAME = "billing@crystalheights.in@smtp.gmail.com"


def test_round_trip_through_the_secret_service(secret_service: dict[str, str]) -> None:
    store = SecretStore(backend=SecretServiceKeyring())
    assert store.status.usable
    assert "desktop keyring (Secret Service)" in str(store.status)
    assert store.put(NAME, PASSWORD) is Where.CREDENTIAL_STORE
    assert SecretStore(backend=SecretServiceKeyring()).get(NAME) == PASSWORD
    store.delete(NAME)
    assert SecretStore(backend=SecretServiceKeyring()).get(NAME) is None


def test_the_installed_command_stores_the_password_in_the_keyring(
    secret_service: dict[str, str], data_home: DataFolder
) -> None:
    command = shutil.which("smtp-desk", path=str(Path(sys.executable).parent))
    assert command
    configure = [command, "configure", "--preset", "gmail", "--user", "billing@crystalheights.in"]
    configure += ["--from-email", "billing@crystalheights.in", "--password-stdin"]
    done = subprocess.run(
        configure, input=PASSWORD, env=secret_service, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "desktop keyring (Secret Service)" in done.stdout
    assert SecretServiceKeyring().get_password(SERVICE, NAME) == PASSWORD
    shown = subprocess.run(
        [command, "configure", "--show", "--json"],
        env=secret_service,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(shown.stdout)["password_stored"] is True
    assert PASSWORD not in shown.stdout + done.stdout + done.stderr
    for path in data_home.root.rglob("*"):
        if path.is_file():
            assert PASSWORD not in path.read_text(encoding="utf-8")


def test_the_window_saves_into_the_keyring(
    secret_service: dict[str, str], qtbot: QtBot, data_home: DataFolder
) -> None:
    page = CredentialsPage(folder=data_home, store=SecretStore(backend=SecretServiceKeyring()))
    qtbot.addWidget(page)
    page.show()
    fill_gmail(qtbot, page, password=PASSWORD)
    assert page.save()
    assert SecretServiceKeyring().get_password(SERVICE, NAME) == PASSWORD
    assert page.password_edit.placeholderText().startswith("Saved")


def test_a_microsoft_sign_in_is_kept_in_the_secret_service_in_parts(
    secret_service: dict[str, str],
) -> None:
    from smtp_desk.core.token_vault import TokenVault
    from tests.unit.core.test_oauth_parts import msal_like_cache

    vault = TokenVault(SecretStore(backend=SecretServiceKeyring()))
    cache = msal_like_cache(refresh_tokens=2)
    name = "microsoft-sign-in:billing@crystalheights.in"
    assert vault.save(name, cache) is Where.CREDENTIAL_STORE
    fresh = TokenVault(SecretStore(backend=SecretServiceKeyring()))
    assert fresh.load(name) == cache
    assert SecretServiceKeyring().get_password(SERVICE, f"{name} #2"), "split into parts"
    fresh.delete(name)
    assert TokenVault(SecretStore(backend=SecretServiceKeyring())).load(name) is None
    assert SecretServiceKeyring().get_password(SERVICE, f"{name} #2") is None
