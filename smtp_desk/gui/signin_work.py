"""The work of a sign-in, as the Sign-in box's operations run it off the GUI thread, the
words for its failures and its status, and the question before signing out.

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
from html import escape
from typing import Any, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import Diagnosis, make
from smtp_desk.core.errors import Cancelled, SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth import OAuthSignIn, SignedIn
from smtp_desk.core.oauth import sign_in_diagnosis as core_diagnosis
from smtp_desk.gui.worker import Operation, Task

__all__ = [
    "OK_COLOUR",
    "abandonable",
    "ask_to_sign_out",
    "browser_work",
    "cancel_all",
    "code_work",
    "sign_in_diagnosis",
    "status_html",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
_WATCH = 0.1  # seconds between looks at Cancel while the browser sign-in waits
OK_COLOUR = "#1a7f37"


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
    """The words for a failed sign-in. The services' refusals come as the core's problems,
    worded as on the command line; anything else (msal's own browser timeout) is a sign-in
    that did not finish, its words kept for the log."""
    if isinstance(error, SmtpDeskError):
        return core_diagnosis(error, preset=account.preset)
    log.debug("Sign-in ended unexpectedly", exc_info=error)
    return make(DiagnosisCategory.SIGN_IN_DECLINED, preset=account.preset, detail=str(error))


def cancel_all(operations: list[Operation[Any]], *_args: object) -> None:
    """Stop every sign-in in ``operations`` (the program is closing, or the box is gone)."""
    for operation in list(operations):
        operation.cancel()


def status_html(signed_in_as: str, service: str, *, failed: bool) -> str:
    """The Sign-in box's status: who is signed in; with ``failed`` (a new attempt's failure
    is shown under it), worded so that the two do not contradict each other."""
    who = escape(signed_in_as)
    if who and failed:
        return translate(
            "signin_work",
            "<b>Still signed in as {who}</b> with {service} (from before): SMTP Desk keeps "
            "using that sign-in. The new sign-in did not work (see below).",
        ).format(who=who, service=service)
    if who:
        signed_in = translate("signin_work", "<b>Signed in as {who}</b> with {service}.")
        renews = translate("signin_work", "SMTP Desk renews the sign-in by itself.")
        return (
            f'<span style="color:{OK_COLOUR}">✓ {signed_in.format(who=who, service=service)}'
            f"</span> {renews}"
        )
    return translate(
        "signin_work",
        "<b>Not signed in.</b> Sign in once with the society's mailbox; the sign-in is kept "
        "in this computer's password store. (The settings are saved first.)",
    )


def ask_to_sign_out(parent: QWidget, question: str) -> bool:
    """Sign out / Cancel, Cancel the default (Enter or Esc keeps the sign-in)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("signin_work", "Sign out"), question, parent=parent
    )
    box.setObjectName("confirm_sign_out")
    sign_out = box.addButton(
        translate("signin_work", "&Sign out"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is sign_out
