"""Backups of the register: made with SQLite's backup API, the newest ten kept, never a
reason to stop the work; restored only when no run is sending, after keeping the register
as it was."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smtp_desk.core import backup_copies
from smtp_desk.core.backups import (
    KEEP,
    BackupError,
    backup_or_warn,
    backup_register,
    forgotten_messages,
    list_backups,
    restore_backup,
)
from smtp_desk.core.model import Member
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock
from smtp_desk.core.store import Store
from tests.unit.core.register_trouble import damage_page, rows

T0 = datetime(2026, 11, 12, 4, 45, 30, 123456, tzinfo=UTC)


def add_member(folder: DataFolder, flat: str) -> None:
    with Store.open(folder.register_file) as store, store.transaction() as db:
        Store.put_members(db, [Member(flat, f"Member {flat}", (f"{flat}@example.in",))])


def flats(path: Path) -> set[str]:
    db = sqlite3.connect(path)
    try:
        return {row[0] for row in db.execute("SELECT flat FROM members")}
    finally:
        db.close()


@pytest.fixture
def folder(data_home: DataFolder) -> DataFolder:
    data_home.ensure()
    add_member(data_home, "A-101")
    return data_home


def test_a_backup_is_a_checked_self_contained_copy(folder: DataFolder) -> None:
    backup = backup_register(folder, "before-import", now=T0)
    assert backup is not None
    assert backup.name == "register-20261112T044530.123456Z-before-import.db"
    assert backup.path.parent == folder.root / "backups"
    assert (backup.made, backup.reason, backup.why) == (T0, "before-import", "before an import")
    assert rows(backup.path) == rows(folder.register_file)
    assert not backup.path.with_name(backup.name + "-wal").exists(), "no journal beside it"
    db = sqlite3.connect(backup.path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert list_backups(folder) == [backup]


def test_no_register_yet_means_no_backup(data_home: DataFolder) -> None:
    assert backup_register(data_home, "before-import") is None
    assert list_backups(data_home) == []


def test_the_newest_ten_are_kept(folder: DataFolder) -> None:
    for n in range(KEEP + 3):
        add_member(folder, f"B-{n}")  # each copy differs from the one before
        backup_register(folder, "before-run", now=T0 + timedelta(minutes=n))
    kept = list_backups(folder)
    assert len(kept) == KEEP == 10
    assert [b.made for b in kept] == [T0 + timedelta(minutes=n) for n in range(12, 2, -1)]
    assert sorted(p.name for p in (folder.root / "backups").iterdir()) == sorted(
        b.name for b in kept
    ), "nothing else is left in the folder"


def test_a_register_that_has_not_changed_is_not_copied_twice(folder: DataFolder) -> None:
    first = backup_register(folder, "before-import", now=T0)
    for n in range(1, 15):  # a file fixed and tried again, and again
        again = backup_register(folder, "before-import", now=T0 + timedelta(minutes=n))
        assert again == first
    assert list_backups(folder) == [first]


def test_a_damaged_register_is_not_copied_and_the_good_copies_stay(
    folder: DataFolder, caplog: pytest.LogCaptureFixture
) -> None:
    good = backup_register(folder, "before-import", now=T0)
    damage_page(folder.register_file)
    with pytest.raises(BackupError, match=r"The register is damaged .* no copy was made"):
        backup_register(folder, "before-run", now=T0 + timedelta(hours=1))
    assert list_backups(folder) == [good]
    assert not list((folder.root / "backups").glob(".*")), "the half-made copy is removed"
    with caplog.at_level(logging.WARNING):
        assert backup_or_warn(folder, "before-run") is None
    assert "No backup of the register was made before sending: The register is damaged" in (
        caplog.text
    )


def test_short_of_space_the_backup_is_a_warning_and_no_copy(
    folder: DataFolder, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(backup_copies, "_free_bytes", lambda _directory: 3_000_000)
    with caplog.at_level(logging.WARNING):
        assert backup_or_warn(folder, "before-import") is None
    [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert record.getMessage().startswith(
        "No backup of the register was made before an import: There is not enough free "
        f"space on the drive of {folder.root / 'backups'} for a copy (3.0 MB free;"
    )
    assert record.getMessage().endswith("Free some space. It goes on without one.")
    assert list_backups(folder) == []


def test_a_restore_brings_the_content_back_and_keeps_the_register_as_it_was(
    folder: DataFolder,
) -> None:
    chosen = backup_register(folder, "before-import", now=T0)
    assert chosen is not None
    add_member(folder, "C-303")
    now = rows(folder.register_file)
    restored = restore_backup(folder, chosen)
    assert flats(folder.register_file) == {"A-101"}
    assert restored.backup == chosen and restored.saved is not None
    assert restored.saved.reason == "before-restore"
    assert rows(restored.saved.path) == now, "the register as it was is a backup now"
    assert str(restored) == (
        f"The register is back as it was on {chosen.when} (before an import). The register "
        f"as it was is kept as {restored.saved.name}."
    )
    with Store.open(folder.register_file) as store:  # and the program goes on with it
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.check()
    add_member(folder, "D-404")
    assert flats(folder.register_file) == {"A-101", "D-404"}


def test_the_oldest_backup_can_be_restored_though_the_copy_before_makes_eleven(
    folder: DataFolder,
) -> None:
    for n in range(KEEP):
        add_member(folder, f"B-{n}")
        backup_register(folder, "before-run", now=T0 + timedelta(minutes=n))
    oldest = list_backups(folder)[-1]
    expected = rows(oldest.path)
    add_member(folder, "Z-999")
    restore_backup(folder, oldest)
    assert rows(folder.register_file) == expected
    assert len(list_backups(folder)) == KEEP


def test_a_damaged_register_is_restored_and_kept_as_it_was(folder: DataFolder) -> None:
    good = backup_register(folder, "before-run", now=T0)
    assert good is not None
    damage_page(folder.register_file)
    damaged = folder.register_file.read_bytes()
    restored = restore_backup(folder, good)
    assert flats(folder.register_file) == {"A-101"}
    assert (
        restored.saved is not None
        and restored.saved.path.read_bytes()[4096:8192] == (damaged[4096:8192])
    ), "even a damaged register is kept, page for page"


def test_a_file_sqlite_cannot_open_is_replaced(folder: DataFolder) -> None:
    good = backup_register(folder, "before-run", now=T0)
    assert good is not None
    folder.register_file.write_bytes(b"not a database at all " * 500)
    wal = folder.register_file.with_name("register.db-wal")
    wal.write_bytes(b"a stale journal that must not be replayed")
    restored = restore_backup(folder, good)
    assert flats(folder.register_file) == {"A-101"} and not wal.exists()
    assert restored.saved is not None
    assert restored.saved.path.read_bytes().startswith(b"not a database at all")


def test_a_damaged_backup_is_refused_and_nothing_changes(folder: DataFolder) -> None:
    chosen = backup_register(folder, "before-import", now=T0)
    assert chosen is not None
    damage_page(chosen.path)
    add_member(folder, "C-303")
    before = rows(folder.register_file)
    with pytest.raises(BackupError, match=r"is damaged or unreadable .* choose another one"):
        restore_backup(folder, chosen)
    assert rows(folder.register_file) == before
    assert len(list_backups(folder)) == 1, "no before-restore copy for a refused restore"


def test_a_restore_is_refused_while_a_run_holds_the_sending_lock(folder: DataFolder) -> None:
    chosen = backup_register(folder, "before-import", now=T0)
    assert chosen is not None
    add_member(folder, "C-303")
    before = rows(folder.register_file)
    with (
        RunLock(folder.root, who="window", what="maintenance bills for Nov 2026"),
        pytest.raises(BackupError) as raised,
    ):
        restore_backup(folder, chosen)
    assert str(raised.value).startswith(
        "A backup cannot be restored while a run is sending from this data folder (the "
        "SMTP Desk window (process "
    )
    assert str(raised.value).endswith(
        "Wait for it to finish, or pause it, then try again; nothing was changed."
    )
    assert rows(folder.register_file) == before
    assert list_backups(folder) == [chosen]


def test_messages_sent_after_a_backup_are_counted_before_restoring_it(
    folder: DataFolder,
) -> None:
    chosen = backup_register(folder, "before-run", now=T0)
    assert chosen is not None
    assert forgotten_messages(folder, chosen) == 0
    db = sqlite3.connect(folder.register_file)
    db.execute(
        "INSERT INTO runs (kind, period, created, subject, body) "
        "VALUES ('bill', '2026-11', 'x', 's', 'b')"
    )
    for n, state in enumerate(("sent", "unconfirmed", "failed", "pending")):
        db.execute(
            "INSERT INTO items (run, flat, document, recipients, message_id, content_hash, "
            "state, changed) VALUES (1, 'A-101', ?, '[]', ?, 'h', ?, 'x')",
            (f"B-{n}", f"<{n}@x>", state),
        )
    db.commit()
    db.close()
    assert forgotten_messages(folder, chosen) == 2, "sent, and perhaps arrived"


def test_a_restore_without_room_to_keep_the_register_first_is_refused(
    folder: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = backup_register(folder, "before-import", now=T0)
    assert chosen is not None
    add_member(folder, "C-303")
    before = rows(folder.register_file)
    monkeypatch.setattr(backup_copies, "_free_bytes", lambda _directory: 0)
    with pytest.raises(BackupError) as raised:
        restore_backup(folder, chosen)
    assert str(raised.value).startswith(
        "The register as it is could not be kept as a backup first, so nothing was "
        "restored: There is not enough free space on the drive of "
    )
    assert rows(folder.register_file) == before
    assert list_backups(folder) == [chosen]
