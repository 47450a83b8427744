"""``smtp-desk backups`` and ``backups restore``; a backup before every ``import``; and the
command line's one place for trouble: a sentence on stderr, never a traceback."""

from __future__ import annotations

import errno
import json
import logging

import pytest

from smtp_desk.cli import backups as backups_command
from smtp_desk.cli import main
from smtp_desk.core import backup_copies
from smtp_desk.core.backups import backup_register, list_backups
from smtp_desk.core.model import Member
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock
from smtp_desk.core.store import Store
from tests.support.commands import run_command
from tests.unit.core.register_trouble import damage_page, limit_growth, rows
from tests.unit.importing.conftest import DATA

run = run_command


def add_member(folder: DataFolder, flat: str) -> None:
    with Store.open(folder.register_file) as store, store.transaction() as db:
        Store.put_members(db, [Member(flat, f"Member {flat}", (f"{flat}@example.in",))])


def imported(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["import", "members", str(DATA / "members_ok.csv")], capsys)[0] == 0


def test_each_import_is_preceded_by_a_backup_and_the_list_shows_them(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder
) -> None:
    assert run(["backups"], capsys)[1] == (
        "No backups yet: a copy of the register is made before each import and each run.\n"
    )
    imported(capsys)  # the first import: no register yet, nothing to copy
    assert list_backups(data_home) == []
    assert run(["import", "bills", str(DATA / "bills_ok.csv")], capsys)[0] == 0
    [backup] = list_backups(data_home)
    assert backup.reason == "before-import"
    copy = rows(backup.path)
    assert len(copy["members"]) == 3 and copy["bills"] == [], "the copy is of before"
    code, out, _ = run(["backups"], capsys)
    assert code == 0
    assert out.splitlines() == [
        f"Backups in {data_home.root / 'backups'} (newest first; the newest 10 are kept):",
        f"  {backup.name}  {backup.when}  before an import  {backup.size / 1e6:.1f} MB",
        "Restore one with 'smtp-desk backups restore NAME' (or --latest).",
    ]
    code, out, _ = run(["backups", "--json"], capsys)
    assert json.loads(out) == {
        "folder": str(data_home.root / "backups"),
        "keep": 10,
        "backups": [
            {
                "name": backup.name,
                "made": backup.made.isoformat(),
                "reason": "before-import",
                "size": backup.size,
            }
        ],
    }


def test_an_import_goes_on_when_no_backup_can_be_made(
    capsys: pytest.CaptureFixture[str],
    data_home: DataFolder,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    imported(capsys)
    monkeypatch.setattr(backup_copies, "_free_bytes", lambda _directory: 1_000)
    with caplog.at_level(logging.WARNING):
        code, out, _ = run(["import", "bills", str(DATA / "bills_ok.csv")], capsys)
    assert code == 0 and "Imported bills_ok.csv" in out
    assert "No backup of the register was made before an import: There is not enough" in (
        caplog.text
    )
    assert list_backups(data_home) == []


def test_a_full_disk_during_an_import_is_one_sentence_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(capsys)
    members = data_home.root / "many.csv"
    lines = [f"F-{n:04d},Member number {n},m{n}@example.in" for n in range(2000)]
    members.write_text("Flat,Name,Email\n" + "\n".join(lines) + "\n", encoding="utf-8")
    before = rows(data_home.register_file)
    limit_growth(monkeypatch)
    code, out, err = run(["import", "members", str(members)], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"error: The disk is full: free some space on the drive of {data_home.root}, then "
        "try again; nothing was lost.\n"
    )
    assert rows(data_home.register_file) == before
    assert len(list_backups(data_home)) == 1, "the copy before it was made (another file)"


def test_restore_by_name_and_latest(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder
) -> None:
    imported(capsys)
    first = backup_register(data_home, "before-import")
    add_member(data_home, "Z-900")
    second = backup_register(data_home, "before-run")
    assert first is not None and second is not None
    add_member(data_home, "Z-901")
    code, out, err = run(["backups", "restore", first.name], capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"The register is back as it was on {first.when} (before an import).")
    assert "Z-900" not in {m for m in _flats(data_home)}
    damage_page(list_backups(data_home)[0].path)  # the before-restore copy, say
    code, out, err = run(["backups", "restore", "--latest"], capsys)
    assert code == 0 and err.startswith("Skipped: the backup of ")
    assert "is damaged or unreadable" in err
    assert out.startswith(f"The register is back as it was on {second.when} (before sending).")
    assert _flats(data_home) >= {"Z-900"} and "Z-901" not in _flats(data_home)


def _flats(folder: DataFolder) -> set[str]:
    with Store.open(folder.register_file) as store:
        return set(store.members())


def test_restore_refusals(capsys: pytest.CaptureFixture[str], data_home: DataFolder) -> None:
    code, _, err = run(["backups", "restore", "--latest"], capsys)
    assert (code, err) == (1, "error: there is no backup to restore (or every one is damaged).\n")
    code, _, err = run(["backups", "restore", "register-nothing.db"], capsys)
    assert code == 2 and err == (
        f"error: There is no backup called 'register-nothing.db' in "
        f"{data_home.root / 'backups'}; 'smtp-desk backups' lists them.\n"
    )
    imported(capsys)
    backup = backup_register(data_home, "before-import")
    assert backup is not None
    with RunLock(data_home.root, who="command", what="maintenance bills for Nov 2026"):
        code, _, err = run(["backups", "restore", backup.name], capsys)
    assert code == 1 and err.startswith(
        "error: A backup cannot be restored while a run is sending from this data folder"
    )
    with pytest.raises(SystemExit):
        main(["backups", "restore"])  # a name or --latest


def test_restore_asks_for_yes_when_messages_sent_since_would_be_forgotten(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(capsys)
    backup = backup_register(data_home, "before-run")
    assert backup is not None
    monkeypatch.setattr(backups_command, "forgotten_messages", lambda _folder, _backup: 3)
    before = rows(data_home.register_file)
    code, _, err = run(["backups", "restore", backup.name], capsys)
    assert code == 1 and err == (
        f"error: 3 message(s) were sent after {backup} was made: restoring it makes SMTP "
        "Desk forget them, and sending the same documents again would mail those members "
        "twice. Run again with --yes to restore it anyway.\n"
    )
    assert rows(data_home.register_file) == before
    assert run(["backups", "restore", backup.name, "--yes"], capsys)[0] == 0


def test_an_unexpected_fault_is_a_short_sentence_and_the_traceback_goes_to_the_log(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_folder: DataFolder) -> list[object]:
        raise RuntimeError("a fault of SMTP Desk's own")

    monkeypatch.setattr(backups_command, "list_backups", broken)
    code, out, err = run(["backups"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "error: SMTP Desk stopped because of an unexpected problem (RuntimeError); the "
        f"details are in the log file {data_home.log_file}. Send it to whoever supports "
        "SMTP Desk.\n"
    )
    assert "Traceback" not in err
    log = data_home.log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "a fault of SMTP Desk's own" in log


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/office/data/backups/x.db"),
            "The disk is full: free some space on the drive of /office/data/backups, then "
            "try again; nothing was lost.",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "/office/data/backups"),
            "/office/data/backups may not be read or written (Permission denied): the file "
            "or its folder is read-only or belongs to another user. Allow it, then try again.",
        ),
    ],
)
def test_a_file_problem_is_a_sentence(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    sentence: str,
) -> None:
    def failing(_folder: DataFolder) -> list[object]:
        raise error

    monkeypatch.setattr(backups_command, "list_backups", failing)
    assert run(["backups"], capsys) == (2, "", f"error: {sentence}\n")
