"""Test connection: each step to the server, live, and a diagnosis of the first failure.

resolve → connect → TLS → greeting → EHLO → sign in → MAIL FROM → RCPT TO → (the test
member statement, when asked) → QUIT, then, for an account whose mailbox is read, the
mailbox (:mod:`smtp_desk.core.mailbox_step`: a warning, never the test's failure).

When the failure is at connect, TLS or greeting level, the other security mode on the same
port and the usual pairs (465 SSL/TLS, 587 STARTTLS) are tried briefly and side by side,
without any password, and a combination that works is proposed. A server that stays silent
after the connection opens is probed the same way while the test waits, so a mismatch is
found in seconds. ``timeout`` bounds the whole test, probes included (the mailbox step has
its own, shorter one).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from smtp_desk.core.account import AccountSettings, Security
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.connection_bounds import StopReason, TestStopper
from smtp_desk.core.diagnosis import Diagnosis, diagnose, make
from smtp_desk.core.errors import Cancelled
from smtp_desk.core.i18n import translate
from smtp_desk.core.mailbox_step import MAILBOX_TIMEOUT, mailbox_step
from smtp_desk.core.message import Attachment, build_message
from smtp_desk.core.session import DEFAULT_TIMEOUT, Session, open_session
from smtp_desk.core.signin import SignIn
from smtp_desk.core.steps import StepReport, Steps
from smtp_desk.core.transcript import Transcript
from smtp_desk.core.wording import WordingKind, texts
from smtp_desk.core.wording_store import DEFAULTS, Wording, sample_values

__all__ = ["PROBE_TIMEOUT", "ConnectionReport", "Suggestion", "probe", "run_test"]

log = logging.getLogger(__name__)
PROBE_TIMEOUT = 3.0
_PROBE_AFTER = {
    DiagnosisCategory.CONNECTION_REFUSED,
    DiagnosisCategory.TIMEOUT,
    DiagnosisCategory.TLS_FAILED,
    DiagnosisCategory.DISCONNECTED,
    DiagnosisCategory.STARTTLS_UNAVAILABLE,
}
_PROBE_STAGES = {"connect", "tls", "greeting", "ehlo"}


@dataclass(frozen=True)
class Suggestion:
    port: int
    security: Security

    def __str__(self) -> str:
        return translate("connection_test", "{security} on port {port}").format(
            security=translate("account", self.security.label), port=self.port
        )


@dataclass
class ConnectionReport:
    steps: list[StepReport] = field(default_factory=list)
    diagnosis: Diagnosis | None = None
    suggestion: Suggestion | None = None
    sent_message_id: str = ""

    @property
    def ok(self) -> bool:
        """Sending works: no diagnosis, and every step passed but an optional one (the
        mailbox's, whose failure is a warning)."""
        return self.diagnosis is None and all(step.ok or step.optional for step in self.steps)

    @property
    def warnings(self) -> list[StepReport]:
        """The optional steps that failed (the mailbox could not be read)."""
        return [step for step in self.steps if step.optional and not step.ok]

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "steps": [
                {
                    "name": s.name,
                    "label": s.label,
                    "ok": s.ok,
                    "ms": s.ms,
                    "detail": s.warning or s.detail,
                }
                for s in self.steps
            ],
            "diagnosis": None if self.diagnosis is None else self.diagnosis.as_json(),
            "suggestion": None
            if self.suggestion is None
            else {"port": self.suggestion.port, "security": self.suggestion.security.value},
        }


def probe(
    account: AccountSettings,
    *,
    port: int,
    security: Security,
    timeout: float = PROBE_TIMEOUT,
    canceller: Canceller | None = None,
) -> bool:
    """Whether the server speaks ``security`` on ``port`` with a valid certificate. Never
    signs in."""
    candidate = replace(account, port=port, security=security)
    try:
        session = open_session(candidate, sign_in=None, timeout=timeout, canceller=canceller)
    except Cancelled:
        raise
    except Exception as exc:  # any failure means "not this combination"
        log.debug("Probe of %s port %d: %s", security.label, port, type(exc).__name__)
        return False
    session.quit()
    return security is Security.NONE or session.tls is not None


def _candidates(account: AccountSettings) -> list[tuple[int, Security]]:
    """The other security mode on this port, then the usual pairs (465 SSL, 587 STARTTLS)."""
    others = [s for s in (Security.SSL, Security.STARTTLS) if s is not account.security]
    found = [(account.port, s) for s in others] + [(465, Security.SSL), (587, Security.STARTTLS)]
    unique: list[tuple[int, Security]] = []
    for candidate in found:
        if candidate != (account.port, account.security) and candidate not in unique:
            unique.append(candidate)
    return unique


def _suggest(
    account: AccountSettings, canceller: Canceller | None, timeout: float
) -> Suggestion | None:
    """The first candidate (in order) that works; the probes run side by side, and the
    answer comes as soon as it is known (slower probes end on their own timeouts)."""
    candidates = _candidates(account)
    if timeout <= 0 or not candidates:
        return None
    pool = ThreadPoolExecutor(len(candidates), thread_name_prefix="probe")
    try:
        works = [
            pool.submit(
                probe, account, port=port, security=security, timeout=timeout, canceller=canceller
            )
            for port, security in candidates
        ]
        for (port, security), future in zip(candidates, works, strict=True):
            if future.result():
                return Suggestion(port, security)
        return None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def run_test(
    account: AccountSettings,
    *,
    sign_in: SignIn,
    send_to: str = "",
    attachment: Callable[[], Attachment] | None = None,
    society_name: str = "",
    wording: Wording | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    on_step: Callable[[StepReport], None] | None = None,
    transcript: Transcript | None = None,
    canceller: Canceller | None = None,
    probe_timeout: float = PROBE_TIMEOUT,
) -> ConnectionReport:
    """Run the test; never raises for a server problem (it is in the report's diagnosis).

    ``sign_in`` gives the credentials when the session signs in (a password just typed,
    or the saved one). ``send_to`` empty: stop after RCPT TO (to the From address) and
    send nothing. With ``send_to`` the test statement (``attachment``) is sent there, in
    the office's ``wording`` for it, or the standard one.
    """
    report = ConnectionReport()
    stopper = TestStopper(canceller, timeout)
    early = _EarlyProbe(account, stopper, min(probe_timeout, timeout))

    def step(result: StepReport) -> None:
        report.steps.append(result)
        early.seen(result)
        if on_step is not None:
            on_step(result)

    session = None
    try:
        session = open_session(
            account,
            sign_in=sign_in,
            timeout=timeout,
            transcript=transcript,
            on_step=step,
            canceller=stopper,
        )
        test = _Envelope(session, Steps(step, stopper), report)
        test.run(send_to, attachment, society_name, wording or DEFAULTS[WordingKind.TEST])
    except Cancelled:
        _stopped(report, account, stopper, early, timeout)
        if session is not None:
            session.close()
    except Exception as exc:
        stage = report.steps[-1].name if report.steps else "resolve"
        report.diagnosis = diagnose(exc, stage=stage, preset=account.preset)
        log.info("Connection test failed at %s: %s", stage, report.diagnosis.detail)
        if stage in _PROBE_STAGES and report.diagnosis.category in _PROBE_AFTER:
            left = min(probe_timeout, stopper.left())
            _probe_for_mismatch(report, account, canceller, left)
        if session is not None:
            session.close()
    finally:
        stopper.finish()
        early.finish()
    if report.diagnosis is None:  # sending works: then whether the mailbox can be read
        _mailbox(report, account, sign_in, step, canceller, min(MAILBOX_TIMEOUT, timeout))
    return report


def _mailbox(
    report: ConnectionReport,
    account: AccountSettings,
    sign_in: SignIn,
    step: Callable[[StepReport], None],
    canceller: Canceller | None,
    timeout: float,
) -> None:
    """The mailbox step, when the account has a mailbox; only a Cancel ends the test."""
    try:
        found = mailbox_step(account, sign_in=sign_in, timeout=timeout, canceller=canceller)
    except Cancelled:
        report.diagnosis = make(DiagnosisCategory.CANCELLED, preset=account.preset)
        return
    if found is not None:
        step(found)


def _stopped(
    report: ConnectionReport,
    account: AccountSettings,
    stopper: TestStopper,
    early: _EarlyProbe,
    timeout: float,
) -> None:
    """The session was cut: by the person, by the deadline, or by a probe's finding."""
    if stopper.reason is StopReason.MISMATCH and early.suggestion is not None:
        report.diagnosis = make(
            DiagnosisCategory.TIMEOUT, preset=account.preset, detail="no greeting"
        )
        report.suggestion = early.suggestion
        _as_mismatch(report, account)
    elif stopper.reason is StopReason.DEADLINE:
        report.diagnosis = make(
            DiagnosisCategory.TIMEOUT,
            preset=account.preset,
            detail=f"no answer within the test's {timeout:g} s",
        )
    else:
        report.diagnosis = make(DiagnosisCategory.CANCELLED, preset=account.preset)


class _EarlyProbe:
    """While the server keeps silent after the connection opened (the usual sign of
    STARTTLS chosen on an SSL/TLS port), the other modes are probed side by side; one that
    works stops the test at once with the suggestion, instead of after the greeting's
    full timeout."""

    AFTER = 1.5  # seconds of silence before probing

    def __init__(self, account: AccountSettings, stopper: TestStopper, timeout: float) -> None:
        self._account, self._stopper, self._timeout = account, stopper, timeout
        self.suggestion: Suggestion | None = None
        self._answered = threading.Event()
        self._timer: threading.Timer | None = None

    def seen(self, step: StepReport) -> None:
        if step.name == "connect" and step.ok and self._account.security is Security.STARTTLS:
            self._timer = threading.Timer(self.AFTER, self._probe)
            self._timer.daemon = True
            self._timer.start()
        elif step.name in ("greeting", "tls") or not step.ok:
            self._answered.set()

    def finish(self) -> None:
        self._answered.set()
        if self._timer is not None:
            self._timer.cancel()

    def _probe(self) -> None:
        if self._answered.is_set():
            return
        try:
            found = _suggest(self._account, None, min(self._timeout, self._stopper.left()))
        except Cancelled:
            return
        if found is not None and not self._answered.is_set():
            self.suggestion = found
            self._stopper.stop(StopReason.MISMATCH)


@dataclass
class _Envelope:
    """The test's steps after sign-in, each one of the session's own, timed by ``steps``."""

    session: Session
    steps: Steps
    report: ConnectionReport

    def run(
        self,
        send_to: str,
        attachment: Callable[[], Attachment] | None,
        society_name: str,
        wording: Wording,
    ) -> None:
        """MAIL FROM, RCPT TO (``send_to`` or the From address), the test statement when
        there is a ``send_to``, QUIT."""
        session, step = self.session, self.steps.step
        sender = session.account.from_email
        recipient = send_to or sender
        accepted = translate("connection_test", "{address} accepted")
        with step("mail", lambda: (accepted.format(address=sender), "")):
            session.mail(sender)
        with step("rcpt", lambda: (accepted.format(address=recipient), "")):
            session.rcpt(recipient)
        if send_to:
            sent = translate("connection_test", "sent to {address}").format(address=send_to)
            with step("data", lambda: (sent, "")):
                session.data(self._statement(send_to, attachment, society_name, wording))
        else:
            session.reset()
        reply = ""
        with step("quit", lambda: (reply, "")):
            reply = session.goodbye()

    def _statement(
        self,
        send_to: str,
        attachment: Callable[[], Attachment] | None,
        society_name: str,
        wording: Wording,
    ) -> bytes:
        values = sample_values(society_name, wording.language)
        words = texts(wording.subject, wording.body, values, language=wording.language)
        message = build_message(
            self.session.account,
            to=[send_to],
            subject=words.subject,
            text=words.plain,
            html=words.html,
            attachments=[attachment()] if attachment else None,
        )
        self.report.sent_message_id = str(message["Message-ID"])
        return message.as_bytes()


def _probe_for_mismatch(
    report: ConnectionReport, account: AccountSettings, canceller: Canceller | None, timeout: float
) -> None:
    """Try the other security modes (no password); a working one turns the diagnosis into
    ``tls_mode_mismatch`` with a suggestion."""
    assert report.diagnosis is not None
    try:
        report.suggestion = _suggest(account, canceller, timeout)
    except Cancelled:
        report.diagnosis = make(DiagnosisCategory.CANCELLED, preset=account.preset)
        return
    if report.suggestion is not None:
        _as_mismatch(report, account)


def _as_mismatch(report: ConnectionReport, account: AccountSettings) -> None:
    assert report.diagnosis is not None and report.suggestion is not None
    mismatch = make(
        DiagnosisCategory.TLS_MODE_MISMATCH, preset=account.preset, detail=report.diagnosis.detail
    )
    report.diagnosis = replace(
        mismatch,
        action=translate(
            "connection_test",
            "This server speaks {suggestion}, not {security} on port {port}. Use those "
            "settings and test again.",
        ).format(
            suggestion=report.suggestion,
            security=translate("account", account.security.label),
            port=account.port,
        ),
    )
