"""The batch's one SMTP connection: opened lazily, renewed after the provider's count,
reopened after a drop, and signed in through the account's :class:`SignIn` each time it
opens (never with a password kept from an earlier run).

A failure to open it is reported as :class:`ConnectFailed` with its diagnosis: the sender
decides from that whether the run must stop (a refused sign-in, an untrusted certificate
…) or the connection may be tried again later (a timeout). :class:`ConnectFailed` lives
here rather than in :mod:`smtp_desk.core.errors` because it carries a
:class:`~smtp_desk.core.diagnosis.Diagnosis`, and the errors sit below the advice.
"""

from __future__ import annotations

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.diagnosis import Diagnosis, diagnose
from smtp_desk.core.errors import Cancelled, SmtpDeskError
from smtp_desk.core.session import Session, open_session
from smtp_desk.core.signin import SignIn
from smtp_desk.core.steps import StepReport

__all__ = ["ConnectFailed", "Connection"]


class ConnectFailed(SmtpDeskError, ConnectionError):
    """The connection could not be opened; :attr:`diagnosis` says why and what to do (and
    whether trying again may help: the type does not say that, the diagnosis does)."""

    def __init__(self, diagnosis: Diagnosis) -> None:
        super().__init__(diagnosis.title)
        self.diagnosis = diagnosis


class Connection:
    """Opens lazily, renews after ``per_connection`` messages, reopens after a drop."""

    def __init__(
        self,
        account: AccountSettings,
        sign_in: SignIn | None,
        *,
        per_connection: int,
        timeout: float,
        canceller: Canceller,
    ) -> None:
        self._account, self._sign_in = account, sign_in
        self._limit, self._timeout, self._canceller = per_connection, timeout, canceller
        self._session: Session | None = None
        self._sent = 0
        self.sign_ins = 0  # sign-ins attempted by this run (for the log and the tests)
        self.failed_at = ""  # the step the last failed opening stopped at ("auth" …)

    @property
    def fresh(self) -> bool:
        """True while the open session has not delivered anything yet."""
        return self._sent == 0

    @property
    def cancelled(self) -> bool:
        return self._canceller.cancelled

    def get(self) -> Session:
        """The open session, opening one if needed. Raises :class:`ConnectFailed` or
        :class:`~smtp_desk.core.errors.Cancelled`."""
        if self._session is not None and self._sent >= self._limit:
            self.close()
        if self._session is None:
            self._session = self._open()
            self._sent = 0
        return self._session

    def _open(self) -> Session:
        failed_at = ["connect"]
        self.failed_at = ""

        def on_step(step: StepReport) -> None:
            if step.name == "auth":
                self.sign_ins += 1
            if not step.ok:
                failed_at[0] = self.failed_at = step.name

        try:
            return open_session(
                self._account,
                sign_in=self._sign_in,
                timeout=self._timeout,
                canceller=self._canceller,
                on_step=on_step,
            )
        except Cancelled:
            raise
        except Exception as exc:  # every way of failing to connect has a diagnosis
            if self._canceller.cancelled:
                raise Cancelled("cancelled") from None
            raise ConnectFailed(
                diagnose(exc, stage=failed_at[0], preset=self._account.preset)
            ) from None

    def count(self) -> None:
        self._sent += 1

    def drop(self) -> None:
        """Forget a broken session without a goodbye."""
        if self._session is not None:
            self._session.close()
        self._session = None

    def close(self) -> None:
        """End the session politely (QUIT)."""
        if self._session is not None:
            self._session.quit()
        self._session = None
