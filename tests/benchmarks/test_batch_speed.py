"""1,000 bills rendered and sent over STARTTLS to a local sink in another process (run
with `make bench`), beside two baselines measured in the same run:

(a) a plain sequential script: render, build, send over one smtplib connection;
(b) the floor pipeline: two render processes feeding one TCP_NODELAY connection, with
    no bookkeeping at all.

SMTP Desk (c) does what (b) does plus a durable outbox (a committed state change before and
after every message). Aim: within 1.25× of (b), at least 1.8× faster than (a). Also the
peak memory of a run for 5,000 members.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import smtplib
import socket
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path

import trustme

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.dispatch import jobs_for
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.render_pool import MessageRecipe, compose
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.store import Store
from smtp_desk.core.tls import tls_context
from tests.support.smtpd import free_port
from tests.support.society import FROM, make_society

BILLS = int(os.environ.get("BENCH_BILLS", "1000"))
MEMBERS_FOR_MEMORY = int(os.environ.get("BENCH_MEMBERS", "5000"))
NOV = Period.month(2026, 11)


def _sink(tmp: Path) -> tuple[subprocess.Popen[str], int, str]:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert.private_key_pem.write_to_path(str(tmp / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(tmp / "cert.pem"))
    ca.cert_pem.write_to_path(str(tmp / "ca.pem"))
    port = free_port()
    sink = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.sink",
            str(tmp / "cert.pem"),
            str(tmp / "key.pem"),
            str(port),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert sink.stdout is not None and sink.stdout.readline().strip() == "ready"
    return sink, port, str(tmp / "ca.pem")


def _connect(port: int, *, nodelay: bool) -> smtplib.SMTP:
    smtp = smtplib.SMTP("127.0.0.1", port, timeout=30)
    if nodelay:
        assert smtp.sock is not None
        smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    smtp.starttls(context=tls_context())
    smtp.ehlo()
    return smtp


def test_thousand_bills(tmp_path: Path) -> None:
    sink, port, ca = _sink(tmp_path)
    os.environ["SSL_CERT_FILE"] = ca
    try:
        folder = DataFolder(tmp_path / "home")
        make_society(folder, members=BILLS, port=port)
        batch = prepare_batch(folder, "bill", NOV)
        recipe = MessageRecipe(batch.account, batch.run.subject, batch.run.body)
        with Store.open(folder.register_file) as store:
            jobs = jobs_for(store, folder.root, "bill", NOV)
        args = [
            (recipe, j, f"<bench{n}@x>", j.spec.recipients, batch.profile, batch.logo, folder.root)
            for n, j in enumerate(jobs)
        ]

        start = time.perf_counter()  # (a)
        smtp = _connect(port, nodelay=False)
        for a in args:
            smtp.sendmail(FROM, list(a[3]), compose(*a))
        smtp.quit()
        plain = time.perf_counter() - start

        start = time.perf_counter()  # (b)
        smtp = _connect(port, nodelay=True)
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(2, mp_context=context) as pool:
            for a, content in zip(
                args, pool.map(compose, *zip(*args, strict=True), chunksize=4), strict=True
            ):
                smtp.sendmail(FROM, list(a[3]), content)
        smtp.quit()
        floor = time.perf_counter() - start

        start = time.perf_counter()  # (c)
        result = run_batch(
            batch, options=SendOptions(render_workers=2, retry_base=timedelta(seconds=1))
        )
        ours = time.perf_counter() - start
        assert result.counts["sent"] == BILLS
    finally:
        sink.terminate()
        sink.wait(10)
    print(
        f"\n{BILLS} bills: (a) plain sequential {plain:.1f} s, (b) floor pipeline "
        f"{floor:.1f} s, SMTP Desk {ours:.1f} s — {ours / floor:.2f}× the floor, "
        f"{plain / ours:.2f}× faster than the plain script"
    )


def test_peak_memory_for_5000_members(tmp_path: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    folder = DataFolder(tmp_path / "home")
    make_society(folder, members=MEMBERS_FOR_MEMORY, port=free_port())
    batch = prepare_batch(folder, "bill", NOV)
    with Store.open(folder.register_file) as store:
        jobs = jobs_for(store, folder.root, "bill", NOV)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"\n{MEMBERS_FOR_MEMORY} members: {len(jobs)} jobs planned, run {batch.run.id}; "
        f"peak memory {peak / 1024:.0f} MB (was {before / 1024:.0f} MB before)"
    )
    assert len(jobs) == MEMBERS_FOR_MEMORY
