"""Month-end batches against real local mail servers: complete, never twice, never lost."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.model import Period
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_result import Progress
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.store import Store
from tests.support.pdf_files import real_pdf
from tests.support.smtpd import Behaviour, Certificates, MailServer, mail_server
from tests.support.society import QUICK, address, flat, make_society, member_of

NOV = Period.month(2026, 11)


def outbox_items(folder: DataFolder) -> dict[str, object]:
    with Store.open(folder.register_file) as store:
        return {i.flat: i for i in Outbox(store, domain="").items()}


def per_member(server: MailServer) -> Counter[int]:
    return Counter(member_of(str(m["To"])) for m in server.seen.messages)


def test_a_200_member_run_arrives_complete_once_each_with_the_right_pdf(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=200, port=server.port, no_email=(7, 50))
        batch = prepare_batch(data_home, "bill", NOV)
        assert str(batch.plan) == "198 to send; no daily limit is set: all now."
        progress: list[Progress] = []
        result = run_batch(batch, options=QUICK, on_progress=progress.append)
    assert result.stopped == "done"
    assert result.counts["sent"] == 198 and result.counts["skipped"] == 2
    assert result.complete, "two members without email are skipped, not failures"
    counts = per_member(server)
    assert set(counts.values()) == {1} and len(counts) == 198
    ids = [m["Message-ID"] for m in server.seen.messages]
    assert len(set(ids)) == 198
    stored = {i.message_id for i in outbox_items(data_home).values()}  # type: ignore[attr-defined]
    assert set(ids) <= stored
    for message in server.seen.messages[::40]:
        number = member_of(str(message["To"]))
        [pdf] = list(message.iter_attachments())
        assert pdf.get_filename() == f"bill-{flat(number)}-2026-11.pdf"
        text = PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text()
        assert flat(number) in text and f"B-{number:04d}" in text
    assert progress[-1].done == 200


def test_transient_replies_are_retried_and_permanent_ones_fail_alone(
    certs: Certificates, data_home: DataFolder
) -> None:
    script = {
        address(3): ["451 4.7.0 Try again later"],
        address(5): ["421 4.7.0 Busy"],
        address(8): ["550 5.1.1 No such user"],
    }
    behaviour = Behaviour(rcpt_script=script)
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=12, port=server.port)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.counts["sent"] == 11 and result.counts["failed"] == 1
    items = outbox_items(data_home)
    failed = items[flat(8)]
    assert failed.state is ItemState.FAILED and failed.category == "mailbox_unavailable"  # type: ignore[attr-defined]
    assert items[flat(3)].attempts == 2 and items[flat(3)].state is ItemState.SENT  # type: ignore[attr-defined]
    assert per_member(server)[3] == 1 and per_member(server)[8] == 0


def test_a_disconnect_after_data_is_unconfirmed_and_never_resent(
    certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(drop_after_data={address(4)})
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=10, port=server.port)
        first = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert first.counts["unconfirmed"] == 1 and first.counts["sent"] == 9
        assert not first.complete
        second = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert second.counts["unconfirmed"] == 1
    assert per_member(server)[4] == 1, "delivered once, and not sent again"
    assert [i.flat for i in second.failures] == [flat(4)]


def test_a_quota_reply_stops_the_run_and_plans_the_rest(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(
        tls=certs.server_context(), auth=False, behaviour=Behaviour(quota_after=6)
    ) as server:
        make_society(data_home, members=15, port=server.port)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stopped == "quota"
    assert result.counts["sent"] == 6 and result.counts["pending"] == 9
    assert result.plan is not None and "0 now, 6 from" in str(result.plan)
    assert str(result.plan).endswith(", the other 3 over the day after."), "six a day"
    assert len(server.seen.messages) == 6


def test_the_daily_limit_counts_earlier_runs(certs: Certificates, data_home: DataFolder) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=8, port=server.port, daily_limit="5")
        batch = prepare_batch(data_home, "bill", NOV)
        assert "5 now, 3 from" in str(batch.plan)
        result = run_batch(batch, options=QUICK)
        assert result.stopped == "daily_limit" and result.counts["sent"] == 5
        again = prepare_batch(data_home, "bill", NOV)
        assert "allows 5 a day and 5 were sent in the last 24 h: 0 now, 3 from" in str(again.plan)
    assert len(server.seen.messages) == 5


def test_the_per_minute_limit_is_respected(certs: Certificates, data_home: DataFolder) -> None:
    window = timedelta(seconds=1.5)
    options = SendOptions(timeout=5, minute_window=window, jitter=lambda: 0.0)
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=7, port=server.port, minute_limit="3")
        run_batch(prepare_batch(data_home, "bill", NOV), options=options)
    times = server.seen.times
    assert len(times) == 7
    worst = max(
        sum(1 for t in times if start <= t < start + window.total_seconds()) for start in times
    )
    assert worst <= 3, f"{worst} messages in one window"


def test_cancel_stops_within_a_second_and_leaves_nothing_sending(
    certs: Certificates, data_home: DataFolder
) -> None:
    canceller = Canceller()
    with mail_server(
        tls=certs.server_context(), auth=False, behaviour=Behaviour(delay=0.3)
    ) as server:
        make_society(data_home, members=30, port=server.port)
        batch = prepare_batch(data_home, "bill", NOV)
        results: list[object] = []
        worker = threading.Thread(
            target=lambda: results.append(run_batch(batch, options=QUICK, canceller=canceller))
        )
        worker.start()
        while len(server.seen.messages) < 3:
            time.sleep(0.05)
        start = time.monotonic()
        canceller.cancel()
        worker.join(5)
        elapsed = time.monotonic() - start
    assert not worker.is_alive() and elapsed < 1.0
    states = Counter(i.state for i in outbox_items(data_home).values())  # type: ignore[attr-defined]
    assert states[ItemState.SENDING] == 0
    assert results[0].stopped == "cancelled"  # type: ignore[attr-defined]


@pytest.mark.parametrize("kill_after", [2, 15, 31])
def test_a_killed_send_resumes_without_duplicates(
    certs: Certificates, data_home: DataFolder, kill_after: int
) -> None:
    behaviour = Behaviour(delay=0.02)
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=40, port=server.port)
        env = dict(os.environ)
        command = [
            sys.executable,
            "-m",
            "smtp_desk",
            "send",
            "--kind",
            "bill",
            "--period",
            "2026-11",
            "--json",
        ]
        victim = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while len(server.seen.messages) < kill_after and victim.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.005)
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        finish = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert finish.returncode in (0, 1), finish.stderr
    counts = per_member(server)
    items = outbox_items(data_home)
    unconfirmed = {
        member_of(i.recipients[0])
        for i in items.values()  # type: ignore[attr-defined]
        if i.state is ItemState.UNCONFIRMED
    }  # type: ignore[attr-defined]
    assert max(counts.values()) == 1, "nobody received two copies"
    for number in range(40):
        if number not in unconfirmed:
            assert counts[number] == 1, f"member {number} got {counts[number]}"
    assert all(
        i.state in (ItemState.SENT, ItemState.UNCONFIRMED)  # type: ignore[attr-defined]
        for i in items.values()
    )


def test_an_imported_erp_pdf_is_attached_instead_of_rendering(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    from smtp_desk.core.importing.pdfs import import_pdfs

    erp = tmp_path / "erp"
    erp.mkdir()
    erp_bill = real_pdf("the ERP's own bill for 1")
    (erp / f"Bill_{flat(1)}_Nov2026.pdf").write_bytes(erp_bill)
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=3, port=server.port)
        with Store.open(data_home.register_file) as store:
            assert import_pdfs(store, data_home.root, erp, kind="bill", period=NOV).ok
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    attachments = {
        member_of(str(m["To"])): next(m.iter_attachments()).get_content()
        for m in server.seen.messages
    }
    assert attachments[1] == erp_bill
    assert attachments[0].startswith(b"%PDF-") and attachments[0] != erp_bill


def test_receipts_of_the_period_and_statements_for_a_range(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    from smtp_desk.core.importing.register import Kind, import_file

    receipts = tmp_path / "receipts.csv"
    receipts.write_text(
        "Receipt No,Date,Flat,Amount,Mode\n"
        f"R-1,05/11/2026,{flat(0)},3350.00,UPI\n"
        f"R-2,28/10/2026,{flat(1)},100.00,cash\n"
        f"R-3,06/11/2026,{flat(0)},10.00,cash\n",
        encoding="utf-8",
    )
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=2, port=server.port)
        with Store.open(data_home.register_file) as store:
            assert import_file(store, Kind.RECEIPTS, receipts).ok
        sent = run_batch(prepare_batch(data_home, "receipt", NOV), options=QUICK)
        assert sent.counts["sent"] == 2, "two receipts are dated in November"
        statements = run_batch(
            prepare_batch(data_home, "statement", Period.parse("2026-10..2026-11")), options=QUICK
        )
        assert statements.counts["sent"] == 2
    subjects = sorted(str(m["Subject"]) for m in server.seen.messages)
    assert subjects[:2] == [
        f"Member statement October–November 2026 – flat {flat(0)}",
        f"Member statement October–November 2026 – flat {flat(1)}",
    ]
    assert subjects[2:] == [
        f"Payment receipt R-1 – flat {flat(0)}",
        f"Payment receipt R-3 – flat {flat(0)}",
    ]
