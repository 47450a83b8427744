"""Clock trouble against a real register and a real local mail server: a send recorded in
the future does not block the daily limit and is reported; a clock that jumps during a run
is noticed, and a jump of more than an hour stops it before the next message."""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from smtp_desk.cli import main
from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.limits import DAY
from smtp_desk.core.model import Period
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemSpec, ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_result import Progress, StopReason
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.store import Store
from tests.support.smtpd import Certificates, MailServer, mail_server
from tests.support.society import QUICK, address, flat, make_society, member_of

NOV = Period.month(2026, 11)
CLOCK_WORDS = "the daily limit is counted by the register's times, check the date and time"


def register(folder: DataFolder) -> list[Item]:
    with Store.open(folder.register_file) as store:
        return Outbox(store, domain="").items()


def per_member(server: MailServer) -> Counter[int]:
    return Counter(member_of(str(m["To"])) for m in server.seen.messages)


def sent_in_the_future(folder: DataFolder, count: int, *, ahead: timedelta) -> None:
    """``count`` receipts of October recorded as sent ``ahead`` of now (a PC whose clock
    was that far ahead when it sent them)."""
    now = datetime.now(UTC)
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="x.in")
        specs = [ItemSpec(flat(n), f"R-{n}", (address(n),), f"h{n}") for n in range(count)]
        run = outbox.prepare("receipt", "2026-10", specs, subject="S", body="B", now=now).run
        for item in outbox.items(run.id):
            assert outbox.mark_sending(item, now + ahead)
            outbox.mark_sent(item, now + ahead, "250 OK")


class Jump:
    """A wall clock (or a monotonic one) that moves by ``by`` once ``after`` messages were
    sent (the run reports each one)."""

    def __init__(self, by: timedelta, *, after: int = 3) -> None:
        self.by, self.after, self.moved = by, after, False

    def on_progress(self, progress: Progress) -> None:
        if progress.counts.get("sent", 0) >= self.after:
            self.moved = True

    def wall(self) -> datetime:
        return datetime.now(UTC) + (self.by if self.moved else timedelta())

    def monotonic(self) -> float:
        return time.monotonic() + (self.by.total_seconds() if self.moved else 0)


# ----- a send recorded in the future -------------------------------------------------------


@pytest.mark.parametrize("ahead", [1, 5])
def test_sends_recorded_days_ahead_do_not_block_the_limit_and_are_reported(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str], ahead: int
) -> None:
    """The shipped bug: the plan said "50 from 08 Dec", 8 days away."""
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=8, port=server.port, daily_limit="5")
        sent_in_the_future(data_home, ahead, ahead=timedelta(days=8))
        before = datetime.now(UTC)
        batch = prepare_batch(data_home, "bill", NOV)
        after = datetime.now(UTC)
        plan = batch.plan
        assert (plan.sent_last_day, plan.now, plan.later, plan.ahead) == (0, 5, 3, ahead)
        assert plan.later_from is not None and before + DAY <= plan.later_from <= after + DAY
        many = "1 message is" if ahead == 1 else f"{ahead} messages are"
        sentence = (
            f"{many} recorded as sent later than now (not counted in the last 24 h) — the PC's "
            "clock was ahead when they were sent, or is behind now; check the date and time."
        )
        assert str(plan).endswith(f"5 now, {plan.later_text()}. {sentence}")

        result = run_batch(batch, options=QUICK)
        assert result.stopped is StopReason.DAILY_LIMIT and result.counts["sent"] == 5
        assert result.plan is not None and result.plan.ahead == ahead
        later_from = result.plan.later_from
        assert later_from is not None
        assert datetime.now(UTC) < later_from <= datetime.now(UTC) + DAY, "within a day"
        assert sentence in str(result.plan)

        assert main(["status", "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert status["plan"].endswith(sentence), "status says it too"
    assert len(server.seen.messages) == 5 and set(per_member(server).values()) == {1}


# ----- a clock that jumps during a run -----------------------------------------------------


def run_with(
    folder: DataFolder,
    jump: Jump,
    *,
    clock: Callable[[], datetime] | None = None,
    options: SendOptions = QUICK,
) -> tuple[StopReason, dict[str, int]]:
    result = run_batch(
        prepare_batch(folder, "bill", NOV),
        options=options,
        on_progress=jump.on_progress,
        clock=clock or jump.wall,
    )
    return result.stopped, result.counts


def test_a_clock_jumping_forward_two_hours_stops_the_run_before_the_next_message(
    certs: Certificates, data_home: DataFolder, caplog: pytest.LogCaptureFixture
) -> None:
    jump = Jump(timedelta(hours=2))
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=10, port=server.port)
        with caplog.at_level(logging.WARNING):
            result = run_batch(
                prepare_batch(data_home, "bill", NOV),
                options=QUICK,
                on_progress=jump.on_progress,
                clock=jump.wall,
            )
        assert result.stopped is StopReason.CLOCK and result.stop_word == "clock_changed"
        assert result.clock_moved is not None
        assert abs(result.clock_moved - timedelta(hours=2)) < timedelta(seconds=5)
        assert (result.counts["sent"], result.counts["pending"]) == (3, 7)
        assert not result.complete
        assert len(server.seen.messages) == 3, "stopped before the next message"
        waiting = [i for i in register(data_home) if i.state is ItemState.PENDING]
        assert len(waiting) == 7 and {i.attempts for i in waiting} == {0}, "nobody charged"
        assert "The PC's clock moved forward by 2 h during the run, so it stopped" in caplog.text

        again = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK, clock=jump.wall)
        assert again.stopped is StopReason.DONE and again.counts["sent"] == 10
    assert sorted(per_member(server)) == list(range(10))
    assert set(per_member(server).values()) == {1}, "nobody was sent twice"


def test_a_clock_jumping_back_two_hours_stops_the_run_too(
    certs: Certificates, data_home: DataFolder
) -> None:
    """Seen from the monotonic clock (injected): back, the messages this run just sent
    would look later than now and stop counting against the daily limit."""
    jump = Jump(timedelta(hours=2))
    options = replace(QUICK, monotonic=jump.monotonic)
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=6, port=server.port)
        stopped, counts = run_with(
            data_home, jump, clock=lambda: datetime.now(UTC), options=options
        )
    assert stopped is StopReason.CLOCK and (counts["sent"], counts["pending"]) == (3, 3)
    assert len(server.seen.messages) == 3


def test_a_five_minute_jump_is_neither_a_stop_nor_a_warning(
    certs: Certificates, data_home: DataFolder, caplog: pytest.LogCaptureFixture
) -> None:
    jump = Jump(timedelta(minutes=5))
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=6, port=server.port)
        with caplog.at_level(logging.WARNING):
            stopped, counts = run_with(data_home, jump)
    assert stopped is StopReason.DONE and counts["sent"] == 6
    assert "clock moved" not in caplog.text
    assert set(per_member(server).values()) == {1}


def test_a_twenty_minute_jump_back_is_said_and_the_run_goes_on(
    certs: Certificates, data_home: DataFolder, caplog: pytest.LogCaptureFixture
) -> None:
    jump = Jump(-timedelta(minutes=20))
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=6, port=server.port)
        with caplog.at_level(logging.WARNING):
            stopped, counts = run_with(data_home, jump)
    assert stopped is StopReason.DONE and counts["sent"] == 6
    warnings = [r.getMessage() for r in caplog.records if "clock moved" in r.getMessage()]
    assert warnings == [f"The PC's clock moved back by 20 min during the run; {CLOCK_WORDS}."]


def test_a_long_run_whose_clock_keeps_pace_is_no_jump(
    certs: Certificates, data_home: DataFolder, caplog: pytest.LogCaptureFixture
) -> None:
    """Both clocks injected, an hour passing per message: ten hours, no move, no sleeping."""
    elapsed = [0.0]
    start = datetime.now(UTC)

    def on_progress(progress: Progress) -> None:
        if progress.last is not None:
            elapsed[0] += 3600

    options = SendOptions(timeout=5, jitter=lambda: 0.0, monotonic=lambda: elapsed[0])
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=10, port=server.port)
        with caplog.at_level(logging.WARNING):
            result = run_batch(
                prepare_batch(data_home, "bill", NOV),
                options=options,
                on_progress=on_progress,
                clock=lambda: start + timedelta(seconds=elapsed[0]),
            )
    assert result.stopped is StopReason.DONE and result.counts["sent"] == 10
    assert "clock moved" not in caplog.text
    assert len(server.seen.messages) == 10


def test_send_json_says_clock_changed_and_the_text_says_what_to_do(
    certs: Certificates,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=6, port=server.port)

        def clock() -> datetime:
            ahead = timedelta(hours=3) if len(server.seen.messages) >= 2 else timedelta()
            return datetime.now(UTC) + ahead

        monkeypatch.setattr("smtp_desk.cli.sending._clock", clock)
        code = main(["send", "--kind", "bill", "--period", "2026-11", "--json"])
        out = json.loads(capsys.readouterr().out)
        assert code == 1 and out["ok"] is False and out["stopped"] == "clock_changed"
        assert (out["counts"]["sent"], out["counts"]["pending"]) == (2, 4)

        server.seen.messages.clear()  # and in words, on a clock that moves again
        code = main(["send", "--kind", "bill", "--period", "2026-11"])
        said = capsys.readouterr().out
    assert code == 1, said
    assert "Stopped: The PC's clock moved forward by 3 h during the run. 2 pending, 4 sent." in said
    assert "Check the PC's date and time, then run the same" in said
    assert "1 message is recorded as sent later than now" in said, (
        "the message sent just after the jump carries the jumped time: the plan says so"
    )
