from __future__ import annotations

import keyring.backends.fail
import keyring.backends.null
import pytest

from smtp_desk.core.secret_store import SERVICE, SecretStore, Where
from tests.support.keyrings import BrokenKeyring, LockedKeyring, MemoryKeyring, PlaintextKeyring


def test_round_trip_through_the_credential_store() -> None:
    backend = MemoryKeyring()
    store = SecretStore(backend=backend)
    assert store.status.usable
    assert store.get("billing@x.in@smtp.gmail.com") is None
    assert store.put("billing@x.in@smtp.gmail.com", "abcd efgh ijkl mnop") is Where.CREDENTIAL_STORE
    assert backend.entries == {(SERVICE, "billing@x.in@smtp.gmail.com"): "abcd efgh ijkl mnop"}
    assert SecretStore(backend=backend).get("billing@x.in@smtp.gmail.com") == "abcd efgh ijkl mnop"
    store.delete("billing@x.in@smtp.gmail.com")
    assert backend.entries == {}
    store.delete("billing@x.in@smtp.gmail.com")  # absent: no error


def test_the_default_backend_is_keyrings_choice(memory_keyring: MemoryKeyring) -> None:
    SecretStore().put("a@b", "secret-1")
    assert memory_keyring.entries[(SERVICE, "a@b")] == "secret-1"


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextKeyring()],
    ids=["fail", "null", "plaintext"],
)
def test_without_a_real_store_the_password_lives_for_this_session_only(backend: object) -> None:
    store = SecretStore(backend=backend)  # type: ignore[arg-type]
    assert not store.status.usable
    assert "kept only until SMTP Desk closes" in str(store.status)
    assert store.put("a@b", "secret-2") is Where.SESSION
    assert store.get("a@b") == "secret-2"
    if isinstance(backend, PlaintextKeyring):
        assert backend.entries == {}, "never handed to a store that writes plain text"
    assert SecretStore(backend=backend).get("a@b") is None  # type: ignore[arg-type]


def test_a_store_that_refuses_to_save_falls_back_and_says_why() -> None:
    store = SecretStore(backend=LockedKeyring())
    assert store.status.usable
    assert store.put("a@b", "secret-3") is Where.SESSION
    assert store.get("a@b") == "secret-3"
    assert not store.status.usable
    assert "refused to save" in str(store.status)


def test_friendly_name_of_the_store_is_shown() -> None:
    status = SecretStore(backend=MemoryKeyring()).status
    assert "MemoryKeyring" in status.description


def test_a_store_that_fails_outright_does_not_take_the_program_down() -> None:
    store = SecretStore(backend=BrokenKeyring())
    assert store.get("a@b") is None
    assert not store.status.usable and "could not be read" in str(store.status)
    assert store.put("a@b", "secret-4") is Where.SESSION
    assert store.get("a@b") == "secret-4"
