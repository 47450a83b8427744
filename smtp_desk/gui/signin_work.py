"""The work of a sign-in, as the Sign-in box's operations run it off the GUI thread, and the
words for its failures.

The code sign-in stops asking the service through the ``cancelled`` callable the core takes.
The browser sign-in cannot be interrupted (msal waits for the browser, up to its timeout):
:func:`abandonable` runs it in a daemon thread and stops *waiting* when the operation is
cancelled, so Cancel takes effect at once and an abandoned wait never keeps the program
from closing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import Diagnosis, diagnose, make
from smtp_desk.core.errors import Cancelled, SmtpDeskError
from smtp_desk.core.oauth import OAuthSignIn, SignedIn
from smtp_desk.gui.worker import Operation, Task

__all__ = ["abandonable", "browser_work", "cancel_all", "code_work", "sign_in_diagnosis"]

log = logging.getLogger(__name__)

T = TypeVar("T")
_WATCH = 0.1  # seconds between looks at Cancel while the browser sign-in waits


def browser_work(sign_in: OAuthSignIn, *, timeout: float) -> Callable[[Task], SignedIn]:
    """Open the browser on the service's sign-in page; wait for it to come back."""

    def work(task: Task) -> SignedIn:
        return abandonable(lambda: sign_in.sign_in_with_browser(timeout), task)

    return work


def code_work(sign_in: OAuthSignIn) -> Callable[[Task], SignedIn]:
    """Ask for a code (reported as progress), then wait until it is entered."""

    def work(task: Task) -> SignedIn:
        code = sign_in.start_device_flow()
        if task.cancelled:
            raise Cancelled("the sign-in was cancelled")
        task.report(code)
        return sign_in.finish_device_flow(code, lambda: task.cancelled)

    return work


def abandonable(work: Callable[[], T], task: Task) -> T:
    """``work()`` in a daemon thread, waited for until it ends or ``task`` is cancelled
    (then :class:`Cancelled` is raised at once and the thread is left to end by itself)."""
    outcome: dict[str, Any] = {}
    ended = threading.Event()

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the waiting operation
            outcome["error"] = exc
        finally:
            ended.set()

    threading.Thread(target=run, name="browser sign-in", daemon=True).start()
    while not ended.wait(_WATCH):
        if task.cancelled:
            raise Cancelled("the sign-in was cancelled")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


def sign_in_diagnosis(error: Exception, account: AccountSettings) -> Diagnosis:
    """The words for a failed sign-in. The services' refusals come as the core's problems;
    anything else (msal's own browser timeout) is a sign-in that did not finish, its words
    kept for the log."""
    if isinstance(error, SmtpDeskError):
        return diagnose(error, stage="auth", preset=account.preset)
    log.debug("Sign-in ended unexpectedly", exc_info=error)
    return make(DiagnosisCategory.SIGN_IN_DECLINED, preset=account.preset, detail=str(error))


def cancel_all(operations: list[Operation[Any]], *_args: object) -> None:
    """Stop every sign-in in ``operations`` (the program is closing, or the box is gone)."""
    for operation in list(operations):
        operation.cancel()
