"""The steps of talking to a mail server, each timed and reported as it ends.

Opening a session (resolve, connect, TLS, greeting, EHLO, sign-in) and the connection
test's envelope (MAIL, RCPT, DATA, QUIT) are timed the same way: :meth:`Steps.step` wraps
one step, hands a :class:`StepReport` to the hook when it ends, and turns a failure that
comes from a Cancel into :class:`~smtp_desk.core.errors.Cancelled`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from smtp_desk.core.canceller import Canceller
from smtp_desk.core.errors import Cancelled
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["STEP_LABELS", "StepHook", "StepReport", "Steps"]

STEP_LABELS = {  # English; translate("steps", label) where shown
    "resolve": QT_TRANSLATE_NOOP("steps", "Find the server"),
    "connect": QT_TRANSLATE_NOOP("steps", "Connect"),
    "tls": QT_TRANSLATE_NOOP("steps", "Secure connection"),
    "greeting": QT_TRANSLATE_NOOP("steps", "Server greeting"),
    "ehlo": QT_TRANSLATE_NOOP("steps", "Introduce (EHLO)"),
    "auth": QT_TRANSLATE_NOOP("steps", "Sign in"),
    "mail": QT_TRANSLATE_NOOP("steps", "Sender (MAIL FROM)"),
    "rcpt": QT_TRANSLATE_NOOP("steps", "Recipient (RCPT TO)"),
    "data": QT_TRANSLATE_NOOP("steps", "Send test statement"),
    "quit": QT_TRANSLATE_NOOP("steps", "Close (QUIT)"),
    "mailbox": QT_TRANSLATE_NOOP("steps", "Mailbox (IMAP)"),
}


@dataclass(frozen=True)
class StepReport:
    """One step of talking to the server: what, whether it worked, how long, details."""

    name: str  # resolve, connect, tls, greeting, ehlo, auth, mail, rcpt, data, quit, mailbox
    ok: bool
    ms: int
    detail: str = ""
    warning: str = ""
    qualifier: str = ""  # e.g. "Microsoft" for a sign-in with a Microsoft token
    # a step whose failure is a warning, not the test's: the mailbox (sending still works)
    optional: bool = False

    @property
    def label(self) -> str:
        """The step's name as a person reads it (in the window's language)."""
        label = translate("steps", STEP_LABELS.get(self.name, self.name))
        return f"{label} ({self.qualifier})" if self.qualifier else label

    def __str__(self) -> str:
        mark = "✓" if self.ok else "⚠" if self.optional else "✗"
        text = f"{mark} {self.label}"
        if self.detail:
            text += f": {self.detail}"
        return f"{text} ({self.ms} ms)"


StepHook = Callable[[StepReport], None]
Describe = Callable[[], tuple[str, str]]


@dataclass(frozen=True)
class Steps:
    """Where step reports go (``on_step``) and what may cancel them (``canceller``)."""

    on_step: StepHook | None = None
    canceller: Canceller | None = None

    @contextmanager
    def step(
        self,
        name: str,
        describe: Describe | None = None,
        qualifier: Callable[[], str] | None = None,
    ) -> Iterator[None]:
        """Time the block as step ``name``. On success ``describe()`` gives its (detail,
        warning); a failure is reported without details and raised again, as
        :class:`~smtp_desk.core.errors.Cancelled` when a Cancel caused it. ``qualifier()``
        names the way the step was done, success or not ("Microsoft")."""
        start = time.perf_counter()
        try:
            yield
        except BaseException:
            self._report(StepReport(name, False, _ms(start), qualifier=_call(qualifier)))
            if self.canceller is not None and self.canceller.cancelled:
                raise Cancelled("cancelled") from None
            raise
        detail, warning = describe() if describe else ("", "")
        self._report(StepReport(name, True, _ms(start), detail, warning, _call(qualifier)))

    def _report(self, report: StepReport) -> None:
        if self.on_step is not None:
            self.on_step(report)


def _call(qualifier: Callable[[], str] | None) -> str:
    return qualifier() if qualifier is not None else ""


def _ms(start: float) -> int:
    return round((time.perf_counter() - start) * 1000)
