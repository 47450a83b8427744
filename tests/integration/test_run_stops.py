"""Runs a treasurer can trust, against real local mail servers: a sign-in is fetched when
a connection opens, a failure no member can get past stops the run at once (one refused
sign-in at most), and the members not sent yet stay waiting."""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import timedelta

import pytest

from smtp_desk.cli import main
from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.model import Period
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_result import StopReason
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.store import Store
from tests.support.smtpd import (
    NEW_PASSWORD,
    PASSWORD,
    USER,
    Behaviour,
    Certificates,
    MailServer,
    free_port,
    mail_server,
    raw_listener,
)
from tests.support.society import QUICK, make_society, member_of

NOV = Period.month(2026, 11)


def per_member(server: MailServer) -> Counter[int]:
    return Counter(member_of(str(m["To"])) for m in server.seen.messages)


def states(folder: DataFolder) -> Counter[ItemState]:
    with Store.open(folder.register_file) as store:
        return Counter(i.state for i in Outbox(store, domain="").items())


def keep_password(password: str) -> None:
    SecretStore().put(f"{USER}@127.0.0.1", password)


def test_a_sign_in_refused_mid_run_stops_at_once_and_the_fixed_password_sends_the_rest(
    certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(password_changes_after=5)
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        make_society(data_home, members=15, port=server.port, user=USER)
        keep_password(PASSWORD)
        started = time.monotonic()
        first = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        took = time.monotonic() - started
        assert first.stopped is StopReason.PROBLEM
        assert first.diagnosis is not None and first.diagnosis.category == "auth_failed"
        assert first.stop_word == "auth_failed" and not first.complete
        assert first.counts["sent"] == 5 and first.counts["pending"] == 10
        assert first.counts["deferred"] == first.counts["failed"] == 0, "nobody charged"
        assert server.seen.refused_logins == 1, "exactly one refused sign-in"
        print(f"\nstopped {took:.2f} s into the run, after 1 refused sign-in")

        again = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert again.stopped is StopReason.PROBLEM, "not fixed yet: stops again"
        assert server.seen.refused_logins == 2, "one more refused sign-in per Start, no more"

        keep_password(NEW_PASSWORD)  # the clerk saves the new password
        fixed = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert fixed.stopped is StopReason.DONE and fixed.complete
    assert server.seen.refused_logins == 2
    counts = per_member(server)
    assert len(counts) == 15 and set(counts.values()) == {1}, "everyone once"


def test_the_command_line_reports_the_stop_and_exits_1(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    behaviour = Behaviour(password_changes_after=3)
    args = ["send", "--kind", "bill", "--period", "2026-11", "--json"]
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        make_society(data_home, members=8, port=server.port, user=USER)
        keep_password(PASSWORD)
        assert main(args) == 1
        out = json.loads(capsys.readouterr().out)
        assert out["stopped"] == "auth_failed" and out["ok"] is False
        assert set(out["diagnosis"]) >= {"category", "summary", "action"}
        assert out["diagnosis"]["category"] == "auth_failed"
        assert "password" in out["diagnosis"]["action"].lower()
        assert out["counts"]["sent"] == 3 and out["counts"]["pending"] == 5
        assert PASSWORD not in json.dumps(out) and "SMTP" not in out["diagnosis"]["summary"]
        assert server.seen.refused_logins == 1

        keep_password(NEW_PASSWORD)
        assert main(args) == 0
        done = json.loads(capsys.readouterr().out)
    assert done["stopped"] == "done" and done["counts"]["sent"] == 8
    assert server.seen.refused_logins == 1
    assert set(per_member(server).values()) == {1}


def test_password_stdin_signs_in_without_a_credential_store(
    certs: Certificates,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    with mail_server(tls=certs.server_context()) as server:
        make_society(data_home, members=3, port=server.port, user=USER)
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code = main(["send", "--kind", "bill", "--period", "2026-11", "--password-stdin"])
        out = capsys.readouterr().out
    assert code == 0, out
    assert len(server.seen.messages) == 3 and server.seen.refused_logins == 0
    assert PASSWORD not in out
    assert SecretStore().get(f"{USER}@127.0.0.1") is None, "never saved"


def test_an_untrusted_certificate_stops_before_any_password_is_sent(
    certs: Certificates, data_home: DataFolder
) -> None:
    import trustme

    stranger = trustme.CA()  # a certificate nobody here trusts
    with mail_server(tls=certs.server_context(ca=stranger)) as server:
        make_society(data_home, members=6, port=server.port, user=USER)
        keep_password(PASSWORD)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stop_word == "certificate_untrusted"
    assert server.seen.logins == [] and server.seen.messages == []
    assert states(data_home) == Counter({ItemState.PENDING: 6}), "all still waiting"


def test_a_server_without_starttls_stops_the_run(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server() as server:  # plain: no STARTTLS offered
        make_society(data_home, members=4, port=server.port, user=USER)
        keep_password(PASSWORD)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stop_word == "starttls_unavailable"
    assert server.seen.logins == []
    assert states(data_home) == Counter({ItemState.PENDING: 4})


def test_nothing_listening_stops_at_once(certs: Certificates, data_home: DataFolder) -> None:
    make_society(data_home, members=5, port=free_port())
    started = time.monotonic()
    result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stop_word == "connection_refused"
    assert time.monotonic() - started < 3
    assert states(data_home) == Counter({ItemState.PENDING: 5})


def test_a_silent_server_is_tried_a_few_times_then_the_run_stops(
    certs: Certificates, data_home: DataFolder
) -> None:
    options = SendOptions(
        timeout=0.3, reconnect_attempts=2, reconnect_base=timedelta(milliseconds=50)
    )
    with raw_listener(None) as port:
        make_society(data_home, members=3, port=port)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=options)
    assert result.stop_word == "timeout"
    assert result.diagnosis is not None and result.diagnosis.transient
    assert states(data_home) == Counter({ItemState.PENDING: 3}), "nobody charged"


def test_a_refused_from_address_stops_instead_of_failing_everyone(
    certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(mail_reply="553 5.7.1 Sender address rejected: not owned by user")
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=6, port=server.port)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stop_word == "sender_rejected"
    assert states(data_home) == Counter({ItemState.PENDING: 6})
    assert server.seen.messages == []


def test_a_connection_closed_between_messages_is_reopened_without_charging_anyone(
    certs: Certificates, data_home: DataFolder
) -> None:
    """The server hangs up after message 4 (the password stays the same): the run goes on."""
    behaviour = Behaviour(password_changes_after=4)
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=9, port=server.port)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.complete
    with Store.open(data_home.register_file) as store:
        attempts = [i.attempts for i in Outbox(store, domain="").items()]
    assert attempts == [1] * 9, "the member after the hang-up was not charged a retry"
    assert set(per_member(server).values()) == {1}


@pytest.mark.parametrize(
    "reply",
    ["454 4.7.0 Too many login attempts, please try again later.", "421 4.7.0 Try again later"],
)
def test_a_temporary_sign_in_refusal_is_not_tried_again_in_the_same_start(
    certs: Certificates, data_home: DataFolder, reply: str
) -> None:
    """Retrying a sign-in the provider just pushed back is how accounts get locked."""
    behaviour = Behaviour(auth_reply=reply)
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        make_society(data_home, members=5, port=server.port, user=USER)
        keep_password(PASSWORD)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stopped is StopReason.PROBLEM and result.diagnosis is not None
    assert len(server.seen.logins) == 1, "one sign-in per Start"
    assert states(data_home) == Counter({ItemState.PENDING: 5})


def test_a_server_echoing_the_password_does_not_get_it_into_the_log_or_the_output(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    import base64

    plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    echo = f"535 5.7.8 Refused: {plain} / {PASSWORD}"
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(auth_reply=echo)) as server:
        make_society(data_home, members=2, port=server.port, user=USER)
        keep_password(PASSWORD)
        assert main(["send", "--kind", "bill", "--period", "2026-11", "--json"]) == 1
    out = capsys.readouterr()
    result = json.loads(out.out)
    assert result["stopped"] == "auth_failed" and "Refused" in result["diagnosis"]["detail"]
    log = data_home.log_file.read_text(encoding="utf-8")
    for text in (out.out, out.err, log):
        assert PASSWORD not in text and plain not in text
