"""The home page's checklist, read from real data folders: an empty one, a society with
members and some of the month's bills, a run part sent and one sent in full; and the day of
the last passing test, which stands only for the settings it passed with."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.checklist import checklist, passed_test_on, record_passed_test
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemSpec
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.store import Store
from tests.support.society import flat, make_society

NOW = datetime(2026, 11, 28, 6, 30, tzinfo=UTC)


def _states(folder: DataFolder) -> dict[str, tuple[str, str, bool, str]]:
    read = checklist(folder, now=NOW)
    return {s.key: (s.title, s.state, s.done, s.page) for s in read.steps}


def test_an_empty_folder_starts_every_step(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "Green Park CHS")
    read = checklist(folder, now=NOW)
    assert read.society == "Green Park CHS", "no profile yet: the folder's name"
    assert read.period == ""
    assert _states(folder) == {
        "email": ("Email", "Not set up yet.", False, "first_run"),
        "society": ("Society Profile", "Missing.", False, "society"),
        "members": ("Members", "None imported yet.", False, "members"),
        "bills": ("Bills for November 2026", "None imported yet.", False, "members"),
        "send": ("Send", "Import the bills first.", False, "members"),
    }
    assert read.next is not None and read.next.key == "email"
    assert str(read.steps[0]) == "○ Email: Not set up yet."
    assert read.step("send").action == "Open Members & Documents", "do X first links to X"


def test_a_society_with_members_and_some_bills(data_home: DataFolder) -> None:
    make_society(data_home, members=4, port=2525)
    more = data_home.root / "more-members.csv"
    rows = [f"{flat(n)},Member {n},member{n}@example.in" for n in range(6)]
    more.write_text("Flat,Name,Email\n" + "\n".join(rows) + "\n" + "C-1,No Mail,\n", "utf-8")
    with Store.open(data_home.register_file) as store:
        assert import_file(store, Kind.MEMBERS, more).ok
    read = checklist(data_home, now=NOW)
    assert read.society == "Crystal Heights CHS" and read.period == "2026-11"
    states = _states(data_home)
    assert states["email"] == (
        "Email",
        "Saved for accounts@crystalheights.in; not tested yet.",
        False,
        "credentials",
    )
    assert states["society"] == ("Society Profile", "Complete.", True, "society")
    assert states["members"] == (
        "Members",
        "7 members, 1 without an email address (printed copy).",
        True,
        "members",
    )
    assert states["bills"] == ("Bills for November 2026", "4 of 7 imported.", False, "members")
    assert states["send"] == ("Send", "Not sent yet.", False, "send")


def test_send_says_what_waits_then_the_day_it_was_sent(data_home: DataFolder) -> None:
    make_society(data_home, members=3, port=2525)
    with Store.open(data_home.register_file) as store:
        outbox = Outbox(store, domain="crystalheights.in")
        specs = [ItemSpec(flat(n), f"B-{n:04d}", (f"m{n}@example.in",), "h") for n in range(3)]
        run = outbox.prepare("bill", "2026-11", specs, subject="s", body="b", now=NOW).run
        first, *rest = outbox.items(run.id)
        assert outbox.mark_sending(first, NOW)
        outbox.mark_sent(first, NOW, "250 OK")
    assert _states(data_home)["send"] == ("Send", "2 waiting, 1 sent.", False, "send")

    with Store.open(data_home.register_file) as store:
        outbox = Outbox(store, domain="crystalheights.in")
        for item in rest:
            assert outbox.mark_sending(item, NOW)
            outbox.mark_sent(item, NOW, "250 OK")
    day = NOW.astimezone().date()
    sent = f"Sent on {day.day} {day:%B %Y} to 3 members."
    assert _states(data_home)["send"] == ("Send", sent, True, "send")
    assert checklist(data_home, now=NOW).attention == ""

    with Store.open(data_home.register_file) as store:  # then two bounces come in
        outbox = Outbox(store, domain="crystalheights.in")
        items = outbox.items(run.id)
        outbox.record_bounces(
            [
                (items[2].id, "m2@example.in", "mailbox_unknown", "m2@example.in: no such user"),
                (items[0].id, "m0@example.in", "mailbox_full", "m0@example.in: full"),
            ]
        )
    bounced = f"2 bill(s) came back undelivered ({flat(0)}, {flat(2)}): see the Members page."
    assert _states(data_home)["send"] == ("Send", f"{sent} {bounced}", True, "send")
    assert checklist(data_home, now=NOW).attention == bounced, "done, with something to see"


def test_an_incomplete_profile_says_what_is_missing(data_home: DataFolder) -> None:
    profile = {"name": "Crystal Heights CHS", "email": "not an address"}  # edited by hand
    text = json.dumps({"format": "smtp-desk-society", "version": 1, "society": profile})
    (data_home.ensure().root / "society.json").write_text(text, "utf-8")
    title, state, done, page = _states(data_home)["society"]
    assert (title, done, page) == ("Society Profile", False, "society")
    assert state == "Incomplete: Enter the society's address; it heads every bill."
    assert checklist(data_home, now=NOW).society == "Crystal Heights CHS"


def test_tested_on_stands_only_for_the_settings_tested(data_home: DataFolder) -> None:
    make_society(data_home, members=1, port=2525, user="accounts@crystalheights.in")
    saved = load_settings(data_home.settings_file).account
    assert saved is not None
    assert passed_test_on(data_home, saved) is None
    record_passed_test(data_home, saved, on=date(2026, 11, 3))
    assert passed_test_on(data_home, saved) == date(2026, 11, 3)
    assert passed_test_on(data_home, saved.with_changes(from_name="Other name")) == date(
        2026, 11, 3
    )
    assert passed_test_on(data_home, saved.with_changes(port="465")) is None
    assert passed_test_on(data_home, saved.with_changes(user="treasurer@x.in")) is None
    email = checklist(data_home, now=NOW).step("email")
    assert (email.state, email.done) == (
        "Tested on 3 November 2026 (accounts@crystalheights.in).",
        True,
    )
    record = json.loads((data_home.root / "email-test.json").read_text("utf-8"))
    assert set(record["passed"]) == {"on", "host", "port", "security", "user", "sign_in"}


def test_a_damaged_test_record_is_no_test(data_home: DataFolder) -> None:
    draft = AccountDraft(preset="custom", host="smtp.x.in", port="587", user="a@x.in")
    (data_home.ensure().root / "email-test.json").write_text("{not json", "utf-8")
    assert passed_test_on(data_home, draft) is None


def test_a_damaged_register_is_said_and_the_rest_still_read(data_home: DataFolder) -> None:
    data_home.ensure().register_file.write_bytes(b"this is not a database" * 100)
    read = checklist(data_home, now=NOW)
    assert [s.key for s in read.steps] == ["email", "society", "members"]
    assert read.step("members").state.startswith("The register cannot be read")
