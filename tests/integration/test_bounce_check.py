"""Reading bounces by itself (what the window does): from which day, remembered per data
folder, and nothing at all without a mailbox or a bill sent lately — against a real Dovecot
and a run sent to a real test SMTP server."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from smtp_desk.core.bounce_check import check_bounces, keep_last_read, last_read, read_since
from smtp_desk.core.instants import now_utc, stamp
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from tests.integration.test_bounces import items, returned, sent_run
from tests.support.imapd import ImapServer, imap_server, with_mailbox
from tests.support.smtpd import USER, Certificates
from tests.support.society import address, flat


def sent_days_ago(folder: DataFolder, days: int) -> None:
    """As if the run had been sent ``days`` ago."""
    db = sqlite3.connect(folder.register_file)
    with db:
        db.execute("UPDATE items SET sent_at = ?", (stamp(now_utc() - timedelta(days=days)),))
    db.close()


def deliver_dated(imap: ImapServer, raw: bytes, when: datetime) -> None:
    """Into the inbox, arrived at ``when`` (the file's time is Dovecot's arrival date)."""
    path = imap.deliver("INBOX", raw)
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_each_read_looks_from_the_day_before_the_last_one(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=2)
        sent_days_ago(data_home, 20)
        now = now_utc()
        bounce = returned(
            "gmail_5_1_1.eml", message_id=items(data_home)[flat(0)].message_id, to=address(0)
        )
        deliver_dated(imap, bounce, now - timedelta(days=10))
        assert last_read(data_home) is None
        assert read_since(data_home, now=now) == (now - timedelta(days=20)).astimezone().date()

        keep_last_read(data_home, now - timedelta(hours=2))  # read two hours ago
        narrowed = check_bounces(data_home, now=now)
        assert narrowed.report is not None
        assert narrowed.report.since == (now - timedelta(hours=26)).astimezone().date()
        assert narrowed.report.new == [], "a bounce older than the last read is not looked at"
        assert last_read(data_home) == now, "this read is remembered"

        (data_home.root / "bounce-reading.json").unlink()  # never read: from the oldest bill
        first = check_bounces(data_home, now=now)
    assert first.report is not None
    assert first.report.since == (now - timedelta(days=20)).astimezone().date()
    assert [m.flat for m in first.report.new] == [flat(0)]
    assert items(data_home)[flat(0)].bounced


def test_nothing_is_read_without_a_mailbox_or_a_bill_sent_lately(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=1)
        sent_days_ago(data_home, 50)
        old = check_bounces(data_home, now=now_utc())
        assert old.report is None and "45 days" in str(old)

        sent_days_ago(data_home, 1)
        draft = load_settings(data_home.settings_file).account
        assert draft is not None
        no_mailbox = draft.with_changes(imap_host="", imap_port="", imap_security="")
        save_settings(data_home.settings_file, Settings(account=no_mailbox))
        skipped = check_bounces(data_home, now=now_utc())
        assert skipped.report is None and "IMAP" in str(skipped)
        assert last_read(data_home) is None, "nothing read, nothing remembered"
        unusable = draft.with_changes(preset="gmail", copy_to_sent="yes")  # saved by hand
        save_settings(data_home.settings_file, Settings(account=unusable))
        wrong = check_bounces(data_home, now=now_utc())
        assert wrong.report is None
        assert str(wrong).startswith("The saved email settings need correcting in Email")
        save_settings(data_home.settings_file, Settings(account=draft))

        with_mailbox(data_home, imap)
        read = check_bounces(data_home, now=now_utc())
    assert read.report is not None and read.report.new == []
    assert last_read(data_home) is not None


def test_two_copies_reading_at_once_record_each_bounce_once_and_announce_it_once(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    """Two windows open on one data folder both read at start-up: the register gets each
    bounce once, and only one of them announces it."""
    import threading

    from tests.integration.test_bounces import fill_inbox

    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=4)
        fill_inbox(imap, data_home)
        start = threading.Barrier(2)
        reports: list[object] = []

        def read() -> None:
            start.wait(10)
            reports.append(check_bounces(data_home, now=now_utc()))

        readers = [threading.Thread(target=read) for _ in range(2)]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join(60)
    announced = [m.flat for check in reports for m in check.report.new]  # type: ignore[attr-defined]
    assert len(reports) == 2
    assert sorted(announced) == sorted({flat(n) for n in range(4)}), "each once, in all"
    bounced = items(data_home)
    assert all(item.bounced for item in bounced.values())
    lines = [line for item in bounced.values() for line in item.bounce_detail.splitlines()]
    assert len(lines) == len(set(lines)) == len(bounced), "one line per address, not two"
    assert last_read(data_home) is not None
