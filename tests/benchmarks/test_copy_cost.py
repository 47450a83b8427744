"""What the society's own copies cost a run (run with `make bench`): 300 bills sent over
STARTTLS to a local SMTP server, (a) plainly, (b) each also filed in a real Dovecot's Sent
folder over IMAP (APPEND), (c) each also sent to an archive address (BCC). Alternating
rounds; the medians and the ratios against (a) measured in the same run."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from tests.support.imapd import imap_server, with_mailbox
from tests.support.smtpd import USER, Certificates, mail_server
from tests.support.society import make_society

BILLS = int(os.environ.get("BENCH_COPY_BILLS", "300"))
ROUNDS = int(os.environ.get("BENCH_COPY_ROUNDS", "3"))
NOV = Period.month(2026, 11)
WAYS = {
    "plain": {},
    "copy in Sent": {"copy_to_sent": "yes"},
    "archive BCC": {"archive_bcc": "archive@crystalheights.in"},
}


def test_the_cost_of_filing_copies(certs: Certificates, tmp_path: Path) -> None:
    seconds: dict[str, list[float]] = {way: [] for way in WAYS}
    with (
        imap_server(tmp_path, certs, user=USER) as imap,
        mail_server(tls=certs.server_context()) as server,
    ):
        for round_number in range(ROUNDS):
            for way, changes in WAYS.items():
                folder = DataFolder(tmp_path / f"{way}-{round_number}")
                make_society(folder, members=BILLS, port=server.port, user=USER)
                with_mailbox(folder, imap)
                draft = load_settings(folder.settings_file).account
                assert draft is not None
                save_settings(folder.settings_file, Settings(account=draft.with_changes(**changes)))
                batch = prepare_batch(folder, "bill", NOV)
                start = time.perf_counter()
                result = run_batch(batch, options=SendOptions(render_workers=2))
                seconds[way].append(time.perf_counter() - start)
                assert result.counts["sent"] == BILLS and not result.copies.troubled
    base = statistics.median(seconds["plain"])
    for way, runs in seconds.items():
        median = statistics.median(runs)
        print(
            f"{way:>13}: median {median:.2f} s for {BILLS} bills "
            f"({BILLS / median:.0f}/s), {median / base:.2f}× plain; rounds "
            + ", ".join(f"{s:.2f}" for s in runs)
        )
    filed = len(imap.raw_messages("Sent"))
    assert filed == BILLS * ROUNDS
