from __future__ import annotations

import json
import logging

import pytest

from smtp_desk.core.account_store import save_account
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SERVICE, SecretStore, Where
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.validation import InvalidAccount
from tests.support.accounts import GMAIL_DRAFT
from tests.support.keyrings import LockedKeyring, MemoryKeyring

PASSWORD = "qwer tyui asdf ghjk"
DRAFT = GMAIL_DRAFT


def test_save_writes_settings_and_keeps_the_password_in_the_store(
    data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    result = save_account(DRAFT, password=PASSWORD, folder=data_home, store=SecretStore())
    assert result.password is Where.CREDENTIAL_STORE
    assert "password store" in str(result)
    assert load_settings(data_home.settings_file).account == DRAFT
    assert memory_keyring.entries == {
        (SERVICE, "billing@crystalheights.in@smtp.gmail.com"): PASSWORD
    }


def test_the_password_is_in_no_file_of_the_data_folder(
    data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    setup_logging(data_home.ensure().log_file, level=logging.DEBUG)
    save_account(DRAFT, password=PASSWORD, folder=data_home, store=SecretStore())
    logging.getLogger("smtp_desk.test").info("the clerk typed %s", PASSWORD)  # careless code
    files = [p for p in data_home.root.rglob("*") if p.is_file()]
    assert data_home.settings_file in files and data_home.log_file in files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert PASSWORD not in text, path
        assert "qwertyuiasdfghjk" not in text.replace(" ", ""), path
    assert "Email credentials saved" in data_home.log_file.read_text(encoding="utf-8")


def test_saving_again_without_a_password_keeps_the_stored_one(
    data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore()
    save_account(DRAFT, password=PASSWORD, folder=data_home, store=store)
    result = save_account(
        DRAFT.with_changes(from_name="Accounts"), password="", folder=data_home, store=store
    )
    assert result.password is None and str(result) == "Email credentials saved."
    assert list(memory_keyring.entries.values()) == [PASSWORD]


def test_a_new_login_needs_its_password_and_replaces_the_old_entry(
    data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore()
    save_account(DRAFT, password=PASSWORD, folder=data_home, store=store)
    moved = DRAFT.with_changes(user="accounts@crystalheights.in")
    with pytest.raises(InvalidAccount) as raised:
        save_account(moved, password="", folder=data_home, store=store)
    assert [p.field for p in raised.value.problems] == ["password"]
    save_account(moved, password="zxcv bnma sdfg hjkl", folder=data_home, store=store)
    assert list(memory_keyring.entries) == [(SERVICE, "accounts@crystalheights.in@smtp.gmail.com")]


def test_invalid_input_changes_nothing(
    data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(InvalidAccount):
        save_account(
            DRAFT.with_changes(port="0"), password=PASSWORD, folder=data_home, store=SecretStore()
        )
    assert not data_home.settings_file.exists()
    assert memory_keyring.entries == {}


def test_a_newer_settings_file_is_not_replaced_and_the_password_not_stored(
    data_home: DataFolder, memory_keyring: MemoryKeyring
) -> None:
    data_home.ensure()
    newer = json.dumps({"format": "smtp-desk-settings", "version": 9})
    data_home.settings_file.write_text(newer, encoding="utf-8")
    with pytest.raises(SettingsError):
        save_account(DRAFT, password=PASSWORD, folder=data_home, store=SecretStore())
    assert data_home.settings_file.read_text(encoding="utf-8") == newer
    assert memory_keyring.entries == {}


def test_a_locked_store_keeps_the_password_for_the_session(data_home: DataFolder) -> None:
    store = SecretStore(backend=LockedKeyring())
    result = save_account(DRAFT, password=PASSWORD, folder=data_home, store=store)
    assert result.password is Where.SESSION
    assert "kept only until SMTP Desk closes" in str(result)
    assert store.get(DRAFT.secret_name) == PASSWORD
    assert PASSWORD not in data_home.settings_file.read_text(encoding="utf-8")
