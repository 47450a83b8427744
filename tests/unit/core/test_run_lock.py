"""The sending lock, with real processes: refused while held, free once its holder is gone."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from smtp_desk.core.run_lock import Holder, RunLock, RunLockHeld

GENERIC = "Another sending run is using this data folder. Wait for it to finish, then try again."

# Takes the lock as the command line and says what happened: "won" (then holds it for
# HOLD seconds) or "refused: <sentence>" (exit code 3). With a GO file, it first says
# "ready" and waits for that file, so that two of them can start at the same moment. With
# CHILD=1 it starts a long-lived child process of its own and prints "child <pid>".
SCRIPT = textwrap.dedent(
    """
    import os, subprocess, sys, time
    from pathlib import Path
    from smtp_desk.core.run_lock import RunLock, RunLockHeld

    root, what, hold = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    go = os.environ.get("GO")
    if go:
        print("ready", flush=True)
        while not os.path.exists(go):
            time.sleep(0.002)
    lock = RunLock(root, who="command", what=what)
    try:
        lock.acquire()
    except RunLockHeld as exc:
        print("refused:", exc, flush=True)
        sys.exit(3)
    print("won", flush=True)
    if os.environ.get("CHILD"):
        sleeper = [sys.executable, "-c", "import time; time.sleep(60)"]
        child = subprocess.Popen(sleeper, close_fds=False)
        print("child", child.pid, flush=True)
    time.sleep(hold)
    lock.release()
    """
)


def start(
    root: Path, *, what: str = "receipts", hold: float = 0.0, **env: str
) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", SCRIPT, str(root), what, str(hold)]
    environment = {**os.environ, **env}
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment)


def attempt(root: Path) -> tuple[int, str]:
    """Another process tries once and lets go at once: its exit code and what it printed."""
    process = start(root)
    out, _ = process.communicate(timeout=30)
    return process.returncode, out.strip()


@contextmanager
def killed_afterwards(*pids: int) -> Iterator[None]:
    try:
        yield
    finally:
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def test_acquire_release_and_acquire_again(tmp_path: Path) -> None:
    root = tmp_path / "not" / "yet" / "there"
    lock = RunLock(root, who="window", what="maintenance bills for Nov 2026")
    assert (lock.held, RunLock.holder(root)) == (False, None)

    lock.acquire()
    assert lock.held
    holder = RunLock.holder(root)
    assert holder is not None
    assert (holder.who, holder.pid, holder.what) == (
        "window",
        os.getpid(),
        "maintenance bills for Nov 2026",
    )
    assert abs(holder.since - datetime.now()) < timedelta(minutes=1)

    lock.release()
    lock.release()  # idempotent
    assert (lock.held, RunLock.holder(root)) == (False, None)
    assert not (root / "sending.lock.json").exists(), "the description goes with the lock"
    assert (root / "sending.lock").exists(), "the lock file itself is never deleted"
    lock.acquire()
    assert lock.held
    lock.release()


def test_a_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    first = RunLock(tmp_path, who="window", what="maintenance bills for Nov 2026")
    second = RunLock(tmp_path, who="command")
    with first:
        with pytest.raises(RunLockHeld) as refused:
            second.acquire()
        sentence = str(refused.value)
        assert sentence.startswith("Another sending run is using this data folder: the SMTP")
        assert f"the SMTP Desk window (process {os.getpid()})" in sentence
        assert "has been sending maintenance bills for Nov 2026 since" in sentence
        assert refused.value.holder == RunLock.holder(tmp_path)
        assert not second.held
        assert first.held, "the refused object must not disturb the holder"
        assert RunLock.holder(tmp_path) is not None
    second.acquire()
    now = RunLock.holder(tmp_path)
    assert now is not None
    assert (now.who, now.pid, now.what) == ("command", os.getpid(), "")
    second.release()


def test_the_sentences_a_clerk_reads() -> None:
    since = datetime(2026, 11, 30, 10, 2)
    window = Holder(who="window", pid=4121, since=since, what="maintenance bills for Nov 2026")
    assert str(RunLockHeld(window)) == (
        "Another sending run is using this data folder: the SMTP Desk window (process 4121) "
        "has been sending maintenance bills for Nov 2026 since 30 Nov 10:02. Wait for it to "
        "finish (or stop it there), then try again."
    )
    command = Holder(who="command", pid=77, since=datetime(2026, 12, 1, 9, 5), what="")
    assert str(command) == (
        "the command line (smtp-desk send, process 77) has been sending since 01 Dec 09:05"
    )
    assert str(RunLockHeld(None)) == GENERIC
    copy = pickle.loads(pickle.dumps(RunLockHeld(window)))  # noqa: S301 (our own bytes)
    assert (copy.holder, str(copy)) == (window, str(RunLockHeld(window)))
    with pytest.raises(ValueError, match="who must be one of"):
        RunLock(Path(), who="robot")


def test_another_process_is_refused_while_held_and_wins_after_release(tmp_path: Path) -> None:
    with RunLock(tmp_path, who="window", what="maintenance bills for Nov 2026"):
        code, out = attempt(tmp_path)
        assert code == 3
        assert out.startswith("refused: Another sending run is using this data folder: ")
        assert f"the SMTP Desk window (process {os.getpid()}) has been sending maintenance" in out
    assert attempt(tmp_path) == (0, "won")


def test_two_processes_racing_exactly_one_wins(tmp_path: Path) -> None:
    go = tmp_path / "go"
    racers = [start(tmp_path / "folder", hold=1.0, GO=str(go)) for _ in range(2)]
    for racer in racers:
        assert racer.stdout is not None
        assert racer.stdout.readline().strip() == "ready"
    go.touch()
    outcomes = {racer.pid: racer.communicate(timeout=30)[0].strip() for racer in racers}
    assert sorted(racer.returncode for racer in racers) == [0, 3]
    (winner,) = [pid for pid, out in outcomes.items() if out == "won"]
    (loser,) = [out for out in outcomes.values() if out != "won"]
    # The loser names the winner, or says it plainly if it came before the description.
    named = f"the command line (smtp-desk send, process {winner}) has been sending receipts"
    assert loser == f"refused: {GENERIC}" or named in loser


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holders_lock_is_taken_over(tmp_path: Path) -> None:
    sender = start(tmp_path, what="receipts for Nov 2026", hold=60)
    with killed_afterwards(sender.pid):
        assert sender.stdout is not None
        assert sender.stdout.readline().strip() == "won"
        with pytest.raises(RunLockHeld) as refused:
            RunLock(tmp_path, who="window").acquire()
        named = f"the command line (smtp-desk send, process {sender.pid}) has been sending"
        assert f"{named} receipts for Nov 2026 since " in str(refused.value)
        assert RunLock.holder(tmp_path) == refused.value.holder

        os.kill(sender.pid, signal.SIGKILL)
        sender.wait(timeout=30)
        assert (tmp_path / "sending.lock.json").exists(), "a dead run leaves its description"
        assert RunLock.holder(tmp_path) is None, "a dead run's description is not believed"
        with RunLock(tmp_path, who="window", what="bills") as taken_over:
            assert taken_over.held
            now = RunLock.holder(tmp_path)
            assert now is not None
            assert (now.who, now.pid, now.what) == ("window", os.getpid(), "bills")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_child_of_a_killed_holder_does_not_keep_its_lock(tmp_path: Path) -> None:
    sender = start(tmp_path, hold=60, CHILD="1")
    with killed_afterwards(sender.pid):
        assert sender.stdout is not None
        assert sender.stdout.readline().strip() == "won"
        child = int(sender.stdout.readline().split()[1])
        with killed_afterwards(child):
            os.kill(sender.pid, signal.SIGKILL)
            sender.wait(timeout=30)
            os.kill(child, 0)  # the child is still alive...
            with RunLock(tmp_path, who="command") as lock:  # ...and does not hold the lock
                assert lock.held


GOOD = {"format": "smtp-desk-sending-lock", "who": "window", "pid": 1, "what": ""}
GOOD["since"] = "2026-11-30T10:02:00"
DAMAGED = [b"", b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe\x00", b'{"format": "other"}']
DAMAGED += [json.dumps(GOOD | bad).encode() for bad in ({"who": "robot"}, {"pid": "1"})]
DAMAGED += [json.dumps(GOOD | {"since": "yesterday"}).encode(), json.dumps(GOOD)[:-1].encode()]


@pytest.mark.parametrize("damage", DAMAGED)
def test_a_damaged_description_gives_the_plain_sentence(tmp_path: Path, damage: bytes) -> None:
    with RunLock(tmp_path, who="window", what="bills"):
        (tmp_path / "sending.lock.json").write_text(json.dumps(GOOD), encoding="utf-8")
        with pytest.raises(RunLockHeld) as undamaged:
            RunLock(tmp_path, who="command").acquire()
        assert undamaged.value.holder is not None, "GOOD is what a holder writes"
        assert undamaged.value.holder.pid == 1
        (tmp_path / "sending.lock.json").write_bytes(damage)
        with pytest.raises(RunLockHeld) as refused:
            RunLock(tmp_path, who="command").acquire()
        assert refused.value.holder is None
        assert str(refused.value) == GENERIC


def test_a_damaged_description_in_another_process(tmp_path: Path) -> None:
    with RunLock(tmp_path, who="window", what="bills"):
        (tmp_path / "sending.lock.json").write_text("{not json", encoding="utf-8")
        assert attempt(tmp_path) == (3, f"refused: {GENERIC}")
        assert RunLock.holder(tmp_path) is None  # held, but nobody can say by whom


def test_a_with_block_releases_on_an_exception(tmp_path: Path) -> None:
    lock = RunLock(tmp_path, who="command")

    def send_and_fail() -> None:
        with lock:
            assert lock.held
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        send_and_fail()
    assert not lock.held
    assert RunLock.holder(tmp_path) is None
    with RunLock(tmp_path, who="window") as again:
        assert again.held
