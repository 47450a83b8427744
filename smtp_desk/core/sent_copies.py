"""The copies of a run's messages kept for the society: filed in the mailbox's Sent folder
(for servers that keep none), and the blind archive copy the server was asked for.

:class:`SentCopies` is called after each message the server accepted, with the exact
bytes it was given. With ``copy_to_sent`` on it files those bytes in the Sent folder over
IMAP (``APPEND``), through one connection kept for the run and opened when first needed.
A copy that cannot be filed never touches the member's delivery (the message has gone):
it is counted, the connection is dropped and opened again for the next message, and after
:data:`GIVE_UP_AFTER` failures in a row no more are tried this run. The run's result says
how many copies were not filed and why, and which archive copies the server refused.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from datetime import datetime

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.imap import MailboxFiler, open_mailbox_for_filing
from smtp_desk.core.mailbox import mailbox_for, mailbox_sign_in
from smtp_desk.core.outbox_records import Item
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.session import Delivery

__all__ = ["GIVE_UP_AFTER", "CopiesReport", "SentCopies"]

log = logging.getLogger(__name__)

GIVE_UP_AFTER = 3  # copies in a row that could not be filed: stop trying for this run
FILING_TIMEOUT = 20.0
_LOST = QT_TRANSLATE_NOOP("sent_copies", "the connection to the mailbox was lost")


@dataclass
class CopiesReport:
    """What became of the run's copies: flats whose Sent copy was not filed (and the first
    reason), flats whose archive copy the server refused (and its reply)."""

    filed: int = 0
    not_filed: list[str] = field(default_factory=list)
    filing_problem: str = ""
    archive_refused: list[str] = field(default_factory=list)
    archive_problem: str = ""

    @property
    def troubled(self) -> bool:
        return bool(self.not_filed or self.archive_refused)

    def lines(self) -> list[str]:
        """Plain sentences for the end of the run (empty when all went well)."""
        out = []
        if self.not_filed:
            out.append(
                translate(
                    "sent_copies",
                    "{count} sent message(s) could not be filed in the Sent folder ({flats}): "
                    "{reason}. The members did get them; the register records each one.",
                ).format(
                    count=len(self.not_filed),
                    flats=_flats(self.not_filed),
                    reason=self.filing_problem,
                )
            )
        if self.archive_refused:
            out.append(
                translate(
                    "sent_copies",
                    "The server refused the archive copy of {count} message(s) ({flats}): "
                    "{reason}. The members did get them; check the archive address.",
                ).format(
                    count=len(self.archive_refused),
                    flats=_flats(self.archive_refused),
                    reason=self.archive_problem,
                )
            )
        return out

    def as_json(self) -> dict[str, object]:
        return {
            "filed_in_sent": self.filed,
            "not_filed_in_sent": list(self.not_filed),
            "filing_problem": self.filing_problem,
            "archive_refused": list(self.archive_refused),
            "archive_problem": self.archive_problem,
        }


class SentCopies:
    """Called after each accepted message; :meth:`close` at the end of the run."""

    def __init__(
        self,
        account: AccountSettings,
        secrets: SecretStore | None = None,
        *,
        clock: Callable[[], datetime],
        timeout: float = FILING_TIMEOUT,
        canceller: Canceller | None = None,
    ) -> None:
        self._account = account
        self._canceller = canceller  # Stop/Cancel also cuts a filing under way
        self._secrets = secrets
        self._clock = clock
        self._timeout = timeout
        self._stack: ExitStack | None = None
        self._filer: MailboxFiler | None = None
        self._folder = ""
        self._failures_in_a_row = 0
        self.report = CopiesReport()

    def __call__(self, item: Item, content: bytes, delivery: Delivery) -> None:
        if delivery.archive_refused:
            self.report.archive_refused.append(item.flat)
            self.report.archive_problem = self.report.archive_problem or (delivery.archive_refused)
        if self._account.copy_to_sent:
            self._file(item, content)

    def _file(self, item: Item, content: bytes) -> None:
        if self._failures_in_a_row >= GIVE_UP_AFTER or self._stopping():
            self.report.not_filed.append(item.flat)
            return
        try:
            filer = self._open()
            filer.append(self._folder, content, self._clock())
        except Exception as exc:  # a copy never stops the run: the member has the bill
            reason = str(exc) if isinstance(exc, SmtpDeskError) else translate("sent_copies", _LOST)
            if not isinstance(exc, SmtpDeskError | OSError | imaplib.IMAP4.error):
                log.debug("Filing the copy failed unexpectedly", exc_info=True)
            self._drop(broken=exc)
            self._failures_in_a_row += 1
            self.report.not_filed.append(item.flat)
            self.report.filing_problem = self.report.filing_problem or reason
            log.warning("Flat %s: sent, but its copy was not filed in Sent: %s", item.flat, reason)
            if self._failures_in_a_row == GIVE_UP_AFTER:
                log.warning(
                    "No more copies are filed in Sent this run (%d failed in a row).",
                    GIVE_UP_AFTER,
                )
            return
        self._failures_in_a_row = 0
        self.report.filed += 1

    def _stopping(self) -> bool:
        return self._canceller is not None and self._canceller.cancelled

    def _open(self) -> MailboxFiler:
        if self._filer is not None:
            return self._filer
        stack = ExitStack()
        try:
            settings = mailbox_for(self._account)
            sign_in = mailbox_sign_in(self._account, self._secrets)
            filer = stack.enter_context(
                open_mailbox_for_filing(settings, sign_in, timeout=self._timeout)
            )
            if self._canceller is not None:
                self._canceller.watch(filer.socket)
            self._folder = self._folder or filer.sent_folder()
        except BaseException as exc:
            _close(stack, broken=exc)
            raise
        self._stack, self._filer = stack, filer
        return filer

    def _drop(self, *, broken: BaseException | None = None) -> None:
        stack, self._stack, self._filer = self._stack, None, None
        if stack is not None:
            _close(stack, broken=broken)

    def close(self) -> None:
        self._drop()


def _close(stack: ExitStack, *, broken: BaseException | None) -> None:
    """End the session: after a failure as broken (shut, not logged out of: a server that
    just failed to answer would keep the run waiting once more)."""
    with suppress(Exception):  # the connection is gone either way
        if broken is None:
            stack.close()
        else:
            stack.__exit__(type(broken), broken, broken.__traceback__)


def _flats(flats: list[str]) -> str:
    shown = ", ".join(flats[:10])
    if len(flats) <= 10:
        return shown
    return shown + translate("sent_copies", " and {more} more").format(more=len(flats) - 10)
