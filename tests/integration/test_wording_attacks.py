"""The message wording attacked: by a register whose names carry mail syntax, by a careless
or hostile template, by a hand-edited wording file and by a huge body file. Each run goes to
a real mail server on loopback; what it receives is compared with the preview."""

from __future__ import annotations

import json
import re
import time
from email.header import decode_header, make_header
from email.message import EmailMessage
from pathlib import Path

import pytest

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.batch import BatchError, prepare_batch, run_batch
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from smtp_desk.core.wording import MAX_SUBJECT, Part, WordingKind, check
from smtp_desk.core.wording_preview import PreviewError, preview_wording
from smtp_desk.core.wording_store import (
    DEFAULT_BODY,
    InvalidWording,
    load_wording,
    save_wording,
    wording_file,
)
from tests.support.commands import run_command
from tests.support.smtpd import Certificates, mail_server
from tests.support.society import QUICK, flat, make_society, member_of, save_full_profile

NOV = Period.month(2026, 11)


def _plain(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def _html(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def _hand_edit(folder: DataFolder, kind: str, **entry: object) -> None:
    path = wording_file(folder.root)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["kinds"][kind] = entry
    path.write_text(json.dumps(data), encoding="utf-8")


# An RFC 2047 "encoded word" whose text is a line break and a header: no control
# character, short enough for the register; a mail library that decodes it when the
# subject is set and writes it out again would send the header for real.
REPLY_TO = "Shri =?utf-8?q?Rao=0D=0AReply-To:_pay@evil.example?="
BCC = "Shri =?utf-8?b?UmFvDQpCY2M6IGxlYWtAZXZpbC5leGFtcGxl?="  # "Rao\r\nBcc: leak@…"


def test_an_encoded_word_in_a_name_adds_no_header_and_arrives_as_previewed(
    certs: Certificates, data_home: DataFolder
) -> None:
    subject = "Bill {period} – {member_name} – flat {flat}"
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=3, port=server.port, names={1: REPLY_TO, 2: BCC})
        save_full_profile(data_home, upi_id="crystal.heights@okaxis")
        save_wording(data_home.root, WordingKind.BILL, subject, DEFAULT_BODY)
        previews = {
            n: preview_wording(data_home, WordingKind.BILL, subject, DEFAULT_BODY, flat(n))
            for n in (1, 2)
        }
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.counts["sent"] == 3
    assert sorted(server.seen.recipients) == [[f"member{n}@example.in"] for n in range(3)]
    sent = {member_of(str(m["To"])): m for m in server.seen.messages}
    for number, preview in previews.items():
        message = sent[number]
        assert message["Reply-To"] is None and message["Bcc"] is None
        assert str(message["Subject"]) == preview.subject
        assert "\r" not in preview.subject and "\n" not in preview.subject
    assert "Reply-To:_pay@evil.example" in str(sent[1]["Subject"])  # shown, as written


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_subject_broken_by_a_unicode_line_separator_is_refused(
    data_home: DataFolder, separator: str
) -> None:
    subject = f"Bill {{flat}}{separator}Bcc: leak@evil.example"
    [problem] = check(subject, Part.SUBJECT, WordingKind.BILL)
    assert problem.message == "a subject is one line" and problem.column == 12
    data_home.ensure()
    with pytest.raises(InvalidWording, match="one line"):
        save_wording(data_home.root, WordingKind.BILL, subject, DEFAULT_BODY)


def test_a_hand_edited_subject_with_a_line_separator_stops_the_run_before_sending(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=2, port=server.port)
        save_full_profile(data_home, upi_id="crystal.heights@okaxis")
        save_wording(data_home.root, WordingKind.BILL, "Bill {flat}", DEFAULT_BODY)
        _hand_edit(data_home, "bill", subject="Bill {flat}\u2028Bcc: x@evil.example", body="Hi")
        with pytest.raises(BatchError, match="one line"):
            prepare_batch(data_home, "bill", NOV)
    assert server.seen.messages == []


def test_a_wording_entry_that_is_not_a_subject_and_text_is_damage_not_the_standard(
    data_home: DataFolder,
) -> None:
    data_home.ensure()
    save_wording(data_home.root, WordingKind.BILL, "Bill {flat}", DEFAULT_BODY)
    data = json.loads(wording_file(data_home.root).read_text(encoding="utf-8"))
    data["kinds"]["bill"] = "Dear {member_name}, your bill"  # not a subject and a text
    wording_file(data_home.root).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError, match="damaged"):
        load_wording(data_home.root, WordingKind.BILL)


def test_a_huge_binary_body_file_is_refused_quickly_with_a_short_answer(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data_home.ensure()
    body = tmp_path / "body.bin"
    body.write_bytes(b"\x00\x01{x}" * 200_000)  # valid UTF-8, 1 MB of controls and braces
    started = time.monotonic()
    code, out, _err = run_command(["wording", "bill", "--body-file", str(body), "--json"], capsys)
    assert time.monotonic() - started < 10
    data = json.loads(out)
    assert code == 1 and not data["ok"] and not data["saved"]
    assert 1 < len(data["problems"]) <= 60  # the first ones, not a million
    assert not wording_file(data_home.root).exists()


def test_a_link_in_the_html_ends_where_the_sentence_does(
    certs: Certificates, data_home: DataFolder
) -> None:
    body = (
        "Dear {member_name},\n\nPay by UPI: {upi_link}.\n"
        "Or tap here ({upi_link}), or see https://crystalheights.in/pay.\n"
    )
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=1, port=server.port)
        save_full_profile(data_home, upi_id="crystal.heights@okaxis")
        save_wording(data_home.root, WordingKind.BILL, "Bill {flat}", body)
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    [message] = server.seen.messages
    links = re.findall(r"(?:upi|https)://\S+?cu=INR|https://\S+?/pay", _plain(message))
    hrefs = re.findall(r'href="([^"]*)"', _html(message))
    assert len(hrefs) == 3
    assert [h.replace("&amp;", "&") for h in hrefs] == links
    assert all(h.endswith(("cu=INR", "/pay")) for h in hrefs)


def test_the_preview_of_a_flat_without_email_says_nothing_is_sent_to_it(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    make_society(data_home, members=3, port=2525, no_email=(1,))
    save_full_profile(data_home, upi_id="crystal.heights@okaxis")
    with pytest.raises(PreviewError, match="no email address"):
        preview_wording(data_home, WordingKind.BILL, "Bill {flat}", DEFAULT_BODY, flat(1))
    code, out, _err = run_command(["wording", "bill", "--preview", flat(1), "--json"], capsys)
    data = json.loads(out)
    assert code == 1 and not data["ok"] and "preview" not in data
    assert "no email address" in data["preview_error"]


def test_a_long_name_keeps_the_filled_subject_within_the_limit_and_the_flat_in_it(
    certs: Certificates, data_home: DataFolder
) -> None:
    name = "Shrikant " + "Kshirsagar " * 12 + "Rao"  # the register allows 150 characters
    subject = "{member_name}: maintenance bill {number} for {period}, flat {flat}"
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=2, port=server.port, names={1: name})
        save_full_profile(data_home, upi_id="crystal.heights@okaxis")
        save_wording(data_home.root, WordingKind.BILL, subject, DEFAULT_BODY)
        preview = preview_wording(data_home, WordingKind.BILL, subject, DEFAULT_BODY, flat(1))
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    sent = {member_of(str(m["To"])): m for m in server.seen.messages}
    shown = str(sent[1]["Subject"])
    assert shown == preview.subject
    assert len(shown) <= MAX_SUBJECT
    assert shown.startswith("Shrikant Kshirsagar") and "…" in shown
    assert shown.endswith(f"maintenance bill B-0001 for November 2026, flat {flat(1)}")
    assert str(sent[0]["Subject"]).startswith("Member 0: maintenance bill B-0000")
    assert f"Dear {name}," in _plain(sent[1])  # the text keeps the whole name


def test_a_from_name_in_devanagari_with_quotes_and_a_comma_stays_one_address(
    certs: Certificates, data_home: DataFolder
) -> None:
    name = 'क्रिस्टल "Heights", CHS'
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=1, port=server.port)
        save_full_profile(data_home, upi_id="crystal.heights@okaxis")
        saved = load_settings(data_home.settings_file).account
        assert isinstance(saved, AccountDraft)
        save_settings(data_home.settings_file, Settings(account=saved.with_changes(from_name=name)))
        preview = preview_wording(data_home, WordingKind.BILL, "Bill {flat}", "Hi\n", flat(0))
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    [message] = server.seen.messages
    [sender] = message["From"].addresses  # one address, not two split at the comma
    assert sender.addr_spec == "accounts@crystalheights.in"
    [raw] = [value for key, value in message.raw_items() if key == "From"]
    words, _at, address = raw.rpartition("<")
    assert address.strip() == "accounts@crystalheights.in>"
    assert str(make_header(decode_header(words))) == name  # RFC 2047: exactly the name
    assert str(message["From"]) == str(preview.message["From"])


def test_a_devanagari_and_gujarati_subject_is_encoded_and_read_back_exactly(
    certs: Certificates, data_home: DataFolder
) -> None:
    subject = "देखभाल बिल {period} – फ्लैट {flat} · જાળવણી બિલ {member_name}"
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=1, port=server.port, names={0: "શ્રીકાંત ક્ષીરસાગર"})
        save_full_profile(data_home, upi_id="crystal.heights@okaxis")
        save_wording(data_home.root, WordingKind.BILL, subject, DEFAULT_BODY)
        preview = preview_wording(data_home, WordingKind.BILL, subject, DEFAULT_BODY, flat(0))
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    [message] = server.seen.messages
    expected = f"देखभाल बिल November 2026 – फ्लैट {flat(0)} · જાળવણી બિલ શ્રીકાંત ક્ષીરસાગર"
    assert str(message["Subject"]) == preview.subject == expected
    assert _plain(message) == preview.part("plain")
    assert _html(message) == preview.part("html")
