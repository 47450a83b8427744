"""The office's wording, end to end: saved, previewed with a real member, sent by a run to a
real mail server exactly as previewed, kept by a run that started with it."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from smtp_desk.core.batch import BatchError, prepare_batch, run_batch
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.wording import WordingKind
from smtp_desk.core.wording_preview import preview_wording
from smtp_desk.core.wording_store import (
    InvalidWording,
    load_wording,
    reset_wording,
    save_wording,
    wording_file,
)
from tests.support.commands import run_command
from tests.support.smtpd import Certificates, mail_server
from tests.support.society import QUICK, flat, make_society, member_of, save_full_profile

NOV = Period.month(2026, 11)
SUBJECT = "{society_name}: bill {number} for {period}, flat {flat}"
BODY = """\
Dear {member_name},

Your maintenance bill for {period} is attached: {amount_due}, due by {due_date}.
Pay by UPI: {upi_link}
Questions? Call the office on {office_phone}.
"""


def _parts(message: EmailMessage) -> tuple[str, str, str, str]:
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain is not None and html is not None
    [pdf] = list(message.iter_attachments())
    return (  # the server's copy has the wire's CRLF line ends
        str(message["Subject"]),
        plain.get_content().replace("\r\n", "\n"),
        html.get_content().replace("\r\n", "\n"),
        pdf.get_filename() or "",
    )


def test_the_preview_is_exactly_what_the_run_sends(
    certs: Certificates, data_home: DataFolder
) -> None:
    names = {3: "श्रीकांत क्षीरसागर", 4: '<script>alert("x")</script> Rao'}
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=6, port=server.port, names=names)
        save_full_profile(data_home)
        save_wording(data_home.root, WordingKind.BILL, SUBJECT, BODY)
        previews = {
            n: preview_wording(data_home, WordingKind.BILL, SUBJECT, BODY, flat(n)) for n in (3, 4)
        }
        batch = prepare_batch(data_home, "bill", NOV)
        result = run_batch(batch, options=QUICK)
    assert result.counts["sent"] == 6
    sent = {member_of(str(m["To"])): m for m in server.seen.messages}
    for number, preview in previews.items():
        assert _parts(sent[number]) == _parts(preview.message)
    subject, plain, html, name = _parts(sent[3])
    assert subject == f"Crystal Heights CHS: bill B-0003 for November 2026, flat {flat(3)}"
    assert plain.startswith("Dear श्रीकांत क्षीरसागर,\n")
    assert "₹ 3,353.00, due by 15 Nov 2026" in plain
    assert "Pay by UPI: upi://pay?pa=crystalheights@okaxis&pn=Crystal%20Heights%20CHS" in plain
    assert "call the office on 020 2729 1234" in plain.lower()
    assert name == f"bill-{flat(3)}-2026-11.pdf"
    _subject, _plain, html, _name = _parts(sent[4])
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_run_keeps_the_wording_it_started_with(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=4, port=server.port)
        save_full_profile(data_home)
        save_wording(data_home.root, WordingKind.BILL, "First {flat}", BODY)
        batch = prepare_batch(data_home, "bill", NOV)
        first = run_batch(batch, options=QUICK, should_stop=lambda: len(server.seen.messages) >= 2)
        assert first.stopped != "done" and len(server.seen.messages) == 2
        save_wording(data_home.root, WordingKind.BILL, "Second {flat}", BODY)
        resumed = prepare_batch(data_home, "bill", NOV)
        run_batch(resumed, options=QUICK)
    subjects = {str(m["Subject"]).split()[0] for m in server.seen.messages}
    assert subjects == {"First"}, "a run started with a wording keeps it to the end"
    assert len(server.seen.messages) == 4


def test_a_hand_broken_wording_stops_the_run_before_anything_is_sent(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=2, port=server.port)
        save_full_profile(data_home)
        save_wording(data_home.root, WordingKind.BILL, "Bill {flat}", BODY)
        data = json.loads(wording_file(data_home.root).read_text(encoding="utf-8"))
        data["kinds"]["bill"]["subject"] = "Bill {flatt}"
        wording_file(data_home.root).write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(BatchError, match=r"did you mean \{flat\}"):
            prepare_batch(data_home, "bill", NOV)
    assert server.seen.messages == []


def test_nothing_wrong_is_ever_saved(data_home: DataFolder) -> None:
    data_home.ensure()
    with pytest.raises(InvalidWording, match="subject is empty"):
        save_wording(data_home.root, WordingKind.BILL, " ", BODY)
    with pytest.raises(InvalidWording, match="one line"):
        save_wording(data_home.root, WordingKind.BILL, "Bill\r\nBcc: x@example.in", BODY)
    assert not wording_file(data_home.root).exists()
    assert load_wording(data_home.root, WordingKind.BILL).standard


def test_the_command_shows_checks_saves_and_previews(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    make_society(data_home, members=3, port=2525, names={1: "श्रीकांत क्षीरसागर"})
    save_full_profile(data_home)
    code, out, _err = run_command(["wording", "bill", "--show"], capsys)
    assert code == 0 and "Subject: Maintenance bill {period} – flat {flat}" in out
    assert "{member_name}" in out and "{upi_link}" in out

    code, out, err = run_command(["wording", "bill", "--subject", "Bill {flta}"], capsys)
    assert code == 1
    assert "subject, column 6: {flta} is not a placeholder — did you mean {flat}?" in err
    assert "Nothing was saved." in err and not wording_file(data_home.root).exists()

    body = tmp_path / "body.txt"
    body.write_text(BODY, encoding="utf-8")
    args = ["wording", "bill", "--subject", SUBJECT, "--body-file", str(body)]
    code, out, err = run_command([*args, "--preview", flat(1)], capsys)
    assert code == 0, err
    assert "Saved: bill messages now use the society's own wording." in out
    assert f"Subject: Crystal Heights CHS: bill B-0001 for November 2026, flat {flat(1)}" in out
    assert "Dear श्रीकांत क्षीरसागर," in out and f"Attachment: bill-{flat(1)}-2026-11.pdf" in out

    code, out, _err = run_command(["wording", "bill", "--preview", flat(1), "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["ok"] and not data["standard"]
    assert data["preview"]["subject"].startswith("Crystal Heights CHS: bill B-0001")
    assert "&lt;" not in data["preview"]["html"] and "श्रीकांत" in data["preview"]["html"]

    code, out, _err = run_command(["wording", "bill", "--reset", "--json"], capsys)
    assert code == 0 and json.loads(out)["standard"]
    assert load_wording(data_home.root, WordingKind.BILL).standard


def test_the_test_statement_is_sent_in_the_offices_wording(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=1, port=server.port)
        save_full_profile(data_home)
        save_wording(
            data_home.root,
            WordingKind.TEST,
            "Trial mail from {society_name}",
            "Namaste from {society_name}. Office: {office_phone}\n",
        )
        code, _out, err = run_command(["test", "--send-to", "clerk@example.in"], capsys)
    assert code == 0, err
    [message] = server.seen.messages
    assert str(message["Subject"]) == "Trial mail from Crystal Heights CHS"
    plain = message.get_body(preferencelist=("plain",))
    assert plain is not None and "Namaste from Crystal Heights CHS." in plain.get_content()


def test_a_marathi_run_reads_in_marathi_and_keeps_its_language(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=3, port=server.port, names={1: "श्रीकांत क्षीरसागर"})
        save_full_profile(data_home)
        marathi = reset_wording(data_home.root, WordingKind.BILL, "mr")
        assert marathi.standard and marathi.language == "mr"
        batch = prepare_batch(data_home, "bill", NOV)
        first = run_batch(batch, options=QUICK, should_stop=lambda: len(server.seen.messages) >= 1)
        assert first.stopped != "done"
        reset_wording(data_home.root, WordingKind.BILL)  # English again, mid-month
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    sent = {member_of(str(m["To"])): m for m in server.seen.messages}
    assert len(sent) == 3
    subject, plain, html, _name = _parts(sent[1])
    assert subject == f"देखभाल बिल नोव्हेंबर 2026 – सदनिका {flat(1)}"
    assert plain.startswith("प्रिय श्रीकांत क्षीरसागर,\n\nनोव्हेंबर 2026 चे आपले देखभाल बिल")
    assert "; देय रक्कम ₹ 3,351.00." in plain
    assert '<html lang="mr">' in html
    assert all("नोव्हेंबर" in str(m["Subject"]) for m in sent.values()), "the run kept Marathi"


def test_the_command_switches_the_standard_wording_to_another_language(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    make_society(data_home, members=2, port=2525)
    save_full_profile(data_home)
    code, out, _err = run_command(["wording", "receipt", "--language", "hi", "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["saved"] and data["language"] == "hi" and data["standard"]
    assert data["subject"] == "भुगतान रसीद {number} – फ्लैट {flat}"
    code, out, _err = run_command(["wording", "receipt", "--show"], capsys)
    assert "Language: हिन्दी (Hindi)" in out
    code, out, _err = run_command(
        ["wording", "bill", "--language", "gu", "--preview", flat(1)], capsys
    )
    assert code == 0 and f"Subject: મેન્ટેનન્સ બિલ નવેમ્બર 2026 – ફ્લેટ {flat(1)}" in out
