"""Storage trouble with the register: real SQLite failures, said in sentences; every
transaction ends, and the store stays usable after a failed write or COMMIT."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.model import Member
from smtp_desk.core.store import Store
from smtp_desk.core.store_errors import (
    DiskFull,
    RegisterBusy,
    RegisterDamaged,
    RegisterReadOnly,
    StoreError,
    storage_error,
)
from tests.unit.core.register_trouble import damage_page, rows

RESTORE = (
    "Restore the latest backup: File > Restore a backup… in the window, or "
    "'smtp-desk backups restore --latest'."
)


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.db"
    with Store.open(path) as store, store.transaction() as db:
        Store.put_members(db, [Member("A-101", "Asha Rao", ("asha@example.in",))])
    return path


def _members(count: int, start: int = 0) -> list[Member]:
    return [
        Member(f"F-{n:04d}", f"Member number {n} " + "x" * 200, (f"m{n}@example.in",))
        for n in range(start, start + count)
    ]


def _fill_up(store: Store) -> None:
    """Make the register's disk full: no page beyond those it has."""
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")


def _add_on_a_full_disk(register: Path) -> None:
    with Store.open(register) as store:
        _fill_up(store)
        with store.transaction() as db:
            Store.put_members(db, _members(200))


def _import_on_a_full_disk(register: Path, members: Path) -> None:
    with Store.open(register) as store:
        _fill_up(store)
        import_file(store, Kind.MEMBERS, members)


def _commit_a_dangling_address(store: Store) -> None:
    """A COMMIT that really fails: a foreign key checked only at COMMIT time."""
    with store.transaction() as db:
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute("INSERT INTO member_emails (flat, position, email) VALUES ('Z-9', 0, 'z@x')")


def test_a_damaged_page_is_said_when_read_and_by_the_check(register: Path) -> None:
    damage_page(register)
    with pytest.raises(RegisterDamaged) as raised, Store.open(register) as store:
        store.members()
    assert str(raised.value) == (
        f"The register {register} is damaged and cannot be used (database disk image is "
        f"malformed). {RESTORE}"
    )
    with Store.open(register) as store, pytest.raises(RegisterDamaged, match="is damaged"):
        store.check()


def test_a_file_that_is_no_database_cannot_be_opened(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(RegisterDamaged) as raised:
        Store.open(path)
    assert str(raised.value) == (
        f"The register {path} is damaged and cannot be opened (file is not a database). {RESTORE}"
    )


def test_a_healthy_register_passes_the_check(register: Path) -> None:
    with Store.open(register) as store:
        store.check()


def test_a_full_disk_rolls_the_change_back_and_the_store_goes_on(register: Path) -> None:
    before = rows(register)
    store = Store.open(register)
    _fill_up(store)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"), store.transaction() as db:
        Store.put_members(db, _members(200))  # never "cannot rollback": the real error
    assert not store.connection.in_transaction
    assert rows(register) == before, "nothing of the failed change is kept"
    store.connection.execute("PRAGMA max_page_count = 100000")  # space was freed
    with store.transaction() as db:
        Store.put_members(db, _members(3))
    assert len(store.members()) == 4
    store.close()


def test_a_full_disk_leaving_the_block_is_one_sentence(register: Path) -> None:
    before = rows(register)
    with pytest.raises(DiskFull) as raised:
        _add_on_a_full_disk(register)
    assert str(raised.value) == (
        f"The disk is full: free some space on the drive of {register.parent}, then try "
        "again; nothing was lost."
    )
    assert rows(register) == before


def test_an_import_on_a_full_disk_keeps_the_register_as_it_was(
    register: Path, tmp_path: Path
) -> None:
    members = tmp_path / "members.csv"
    lines = [f"F-{n:04d},Member number {n},m{n}@example.in" for n in range(2000)]
    members.write_text("Flat,Name,Email\n" + "\n".join(lines) + "\n", encoding="utf-8")
    before = rows(register)
    with pytest.raises(DiskFull):
        _import_on_a_full_disk(register, members)
    assert rows(register) == before
    with Store.open(register) as store:  # space freed: the same import goes through
        assert import_file(store, Kind.MEMBERS, members).ok
        assert len(store.members()) == 2001


def test_a_failed_commit_is_rolled_back_and_the_connection_stays_usable(
    register: Path,
) -> None:
    # SQLite keeps the transaction open after a failed COMMIT; before, the window's next
    # change failed with "cannot start a transaction within a transaction".
    before = rows(register)
    store = Store.open(register)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        _commit_a_dangling_address(store)
    assert not store.connection.in_transaction
    assert rows(register) == before
    with store.transaction() as db:
        Store.put_members(db, _members(1))
    assert set(store.members()) == {"A-101", "F-0000"}
    store.close()


class _RefusesRollback(sqlite3.Connection):
    """A connection whose ROLLBACK fails, as it may on a failing drive."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "ROLLBACK":
            raise sqlite3.OperationalError("disk I/O error")
        return super().execute(sql, *args)


def test_a_connection_that_cannot_roll_back_is_opened_again(register: Path) -> None:
    before = rows(register)
    connection = sqlite3.connect(register, isolation_level=None, factory=_RefusesRollback)
    connection.execute("PRAGMA foreign_keys = ON")
    store = Store(connection, register)
    with pytest.raises(sqlite3.IntegrityError):
        _commit_a_dangling_address(store)
    assert store.connection is not connection and not store.connection.in_transaction
    assert rows(register) == before, "closing the old connection rolled it back"
    with store.transaction() as db:
        Store.put_members(db, _members(1))
    assert len(store.members()) == 2
    store.close()


def test_a_register_another_program_keeps_locked(register: Path) -> None:
    other = sqlite3.connect(register, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    mine = sqlite3.connect(register, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError) as raised:
        mine.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    error = storage_error(raised.value, register)
    assert isinstance(error, RegisterBusy)
    assert str(error).startswith(f"Another program is using the register {register} ")
    assert str(error).endswith("then try again; nothing was changed.")


def test_a_read_only_register(register: Path) -> None:
    db = sqlite3.connect(f"{register.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as raised:
        db.execute("DELETE FROM members")
    db.close()
    error = storage_error(raised.value, register)
    assert isinstance(error, RegisterReadOnly)
    assert str(error) == (
        f"The register {register} cannot be written: the file or its folder is read-only, "
        "or belongs to another user. Allow changes to the folder (or choose another data "
        "folder with SMTP_DESK_HOME), then try again; nothing was changed."
    )


def test_a_full_disk_from_the_os_is_the_same_sentence(register: Path) -> None:
    error = storage_error(OSError(errno.ENOSPC, "No space left on device"), register)
    assert isinstance(error, DiskFull) and str(error).startswith("The disk is full: ")


def test_faults_of_the_program_keep_their_type(register: Path) -> None:
    with pytest.raises(sqlite3.IntegrityError), Store.open(register) as store:
        store.connection.execute(
            "INSERT INTO member_emails (flat, position, email) VALUES ('Z-9', 0, 'z@x')"
        )
    assert storage_error(ValueError("x"), register) is None
    assert storage_error(OSError(errno.ENOENT, "gone"), register) is None
    assert isinstance(storage_error(sqlite3.OperationalError("weird"), register), StoreError)
