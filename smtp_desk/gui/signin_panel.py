"""The Email Credentials page's Sign-in box: whether the saved account is signed in with
Microsoft or Google, and the buttons that sign it in (the browser, or a code typed on any
device) or forget the sign-in (after asking).

Every sign-in runs off the GUI thread as an :class:`~smtp_desk.gui.worker.Operation`
(the work is :mod:`smtp_desk.gui.signin_work`); the window stays usable and Cancel stops
the waiting at once. Sign-ins still running when the box goes, or the program quits, are
cancelled.

The box never contradicts itself: a new sign-in clears the last outcome, and a failure
while an older sign-in is still kept says so ("Still signed in as … (from before)"). Focus
is moved on purpose before a focused button hides or is disabled (to Cancel, the code's
Copy, or the button to press next), so the page never scrolls to whatever came next.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smtp_desk.core.account import AccountSettings, SignInMethod
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.errors import Cancelled
from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth import BROWSER_TIMEOUT, DeviceCode, OAuthSignIn, SignedIn
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.device_code_box import DeviceCodeBox
from smtp_desk.gui.signin_work import (
    OK_COLOUR,
    ask_to_sign_out,
    browser_work,
    cancel_all,
    code_work,
    sign_in_diagnosis,
    status_html,
)
from smtp_desk.gui.worker import Operation, Task

__all__ = ["AccountSource", "Confirm", "SignInPanel"]

log = logging.getLogger(__name__)

# The page saves the form first (when it is valid) and hands over the saved account, or
# says why it cannot.
AccountSource = Callable[[], "AccountSettings | str"]
# Asks the person (parent, question) whether to go ahead; True: Sign out.
Confirm = Callable[[QWidget, str], bool]
_BAD, _QUIET = "#cf222e", "#57606a"


class SignInPanel(QGroupBox):
    """Status, Sign in / Use a code instead / Sign out, the code, and the outcome.

    Signals:
        sign_in_changed(str): a sign-in finished or was forgotten; the sentence for the
            status bar.
        running_changed(bool): the box started or stopped waiting for a sign-in.
    """

    sign_in_changed = Signal(str)
    running_changed = Signal(bool)

    def __init__(
        self, source: AccountSource, *, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("signin_panel", "Sign-in"), parent)
        self.setObjectName("sign_in_panel")
        self._source = source
        self._store = store
        self._method = SignInMethod.MICROSOFT
        self._signed_in_as = ""
        self._saved: AccountSettings | None = None
        self._browser = False  # the current sign-in is the browser's
        self._current: Operation[Any] | None = None  # the one the box is waiting for
        self._live: list[Operation[Any]] = []  # every one not delivered yet, current or not
        self._code_shown = False  # a code sign-in has its code on screen
        self._sending_only = False  # the code shown asks only to send
        self._failed = False  # the outcome shown is a failure
        self._since = 0.0
        self._user = ""  # the mailbox being signed in
        self.confirm_sign_out: Confirm = ask_to_sign_out
        self.browser_timeout = BROWSER_TIMEOUT
        self._build()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._on_ticker_timeout)
        stop_all = partial(cancel_all, self._live)  # holds the list, never the widget
        self.destroyed.connect(stop_all)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all)
        self._idle()

    def _build(self) -> None:
        self.status = QLabel(self, wordWrap=True)
        self.status.setObjectName("sign_in_status")
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("sign_in_browser")
        self.code_button = QPushButton(translate("signin_panel", "Use a code instead"), self)
        self.code_button.setObjectName("sign_in_code")
        self.code_button.setToolTip(
            translate("signin_panel", "Sign in on any phone or computer with a short code")
        )
        self.sign_out_button = QPushButton(translate("signin_panel", "Sign out"), self)
        self.sign_out_button.setObjectName("sign_out")
        self.cancel_button = QPushButton(translate("signin_panel", "Cancel"), self)
        self.cancel_button.setObjectName("sign_in_cancel")
        self.waiting = QLabel(self, wordWrap=True)
        self.waiting.setObjectName("sign_in_waiting")

        self.code_box = DeviceCodeBox(self)
        self.result = QLabel(self, wordWrap=True)
        self.result.setObjectName("sign_in_result")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()

        buttons = QHBoxLayout()
        for button in (self.sign_in_button, self.code_button, self.sign_out_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addLayout(buttons)
        column.addLayout(waiting_row)
        column.addWidget(self.code_box)
        column.addWidget(self.result)

        self.sign_in_button.clicked.connect(self.sign_in_with_browser)
        self.code_button.clicked.connect(self.sign_in_with_code)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.cancel_button.clicked.connect(self.cancel)

    # ----- what the page tells ------------------------------------------------------------

    def set_method(self, method: SignInMethod) -> None:
        """The service the form has chosen (Microsoft or Google)."""
        self._method = method
        self.setTitle(
            translate("signin_panel", "Sign in with {service}").format(service=method.label)
        )
        self.sign_in_button.setText(
            translate("signin_panel", "Sign in &with {service}").format(service=method.label)
        )
        self.code_button.setVisible(method is SignInMethod.MICROSOFT)

    def show_account(self, saved: AccountSettings | None) -> None:
        """Whether ``saved`` (the account in the settings file) is signed in; asks the
        credential store, so it is called on load, save and sign-in, never per keystroke."""
        self._saved = saved
        signed_in = (
            saved is not None
            and saved.sign_in is self._method
            and OAuthSignIn(saved, self._store).signed_in()
        )
        self._signed_in_as = saved.user if saved is not None and signed_in else ""
        self._show_status()
        self.sign_out_button.setEnabled(bool(self._signed_in_as) and self._current is None)

    def forget_failure(self) -> None:
        """Clear a failure shown under the status (a Test has since passed)."""
        if self._failed and self._current is None:
            self._clear_outcome()

    @property
    def is_signed_in(self) -> bool:
        return bool(self._signed_in_as)

    @property
    def running(self) -> bool:
        """Waiting for a sign-in (an abandoned one finishing in the background is not)."""
        return self._current is not None

    @property
    def working(self) -> bool:
        """Any sign-in's work still running, a cancelled one that is still ending included."""
        return bool(self._live)

    # ----- actions ------------------------------------------------------------------------

    def sign_in_with_browser(self) -> bool:
        """Open the browser on the service's sign-in page and wait for it to come back."""
        return self._start(partial(browser_work, timeout=self.browser_timeout), browser=True)

    def sign_in_with_code(self) -> bool:
        """Show a code to type at the service's page on any device; wait until it is."""
        if self._current is not None:
            self.cancel(quiet=True)  # the browser wait gives way to the code
        return self._start(code_work, browser=False)

    def sign_out(self) -> bool:
        """Forget the kept sign-in of the saved account, once the person confirms."""
        saved = self._saved
        if saved is None or not saved.sign_in.is_oauth or self._current is not None:
            return False
        question = translate(
            "signin_panel",
            "Sign out of {service} for {user}? SMTP Desk will not be able "
            "to send until someone signs in again.",
        ).format(service=saved.sign_in.label, user=saved.user)
        if not self.confirm_sign_out(self, question):
            return False
        self._hand_focus(self.sign_in_button, self.sign_out_button)  # it is disabled next
        OAuthSignIn(saved, self._store).sign_out()
        log.info("Signed out of %s (%s).", saved.user, saved.sign_in.label)
        self.show_account(saved)
        self._say(translate("signin_panel", "Signed out. Sign in again before sending."), _QUIET)
        self.sign_in_changed.emit(
            translate("signin_panel", "Signed out of {service}.").format(service=self._method.label)
        )
        return True

    def cancel(self, *, quiet: bool = False) -> None:
        """Stop waiting now; a code sign-in also stops asking the service."""
        current = self._current
        if current is None:
            return
        self._current = None
        current.cancel()
        self._idle(self.sign_in_button)  # Cancel hides: the focus stays in the box
        if not quiet:
            self._say(translate("signin_panel", "Sign-in cancelled."), _QUIET)
            log.info("Sign-in cancelled.")

    def wait(self, ms: int = 5000) -> None:
        """Block until every sign-in's work has returned (for closing the window)."""
        deadline = time.monotonic() + ms / 1000
        for operation in list(self._live):
            operation.wait(max(int((deadline - time.monotonic()) * 1000), 0))

    # ----- running ------------------------------------------------------------------------

    def _start(
        self, work: Callable[[OAuthSignIn], Callable[[Task], SignedIn]], *, browser: bool
    ) -> bool:
        if self._current is not None:
            return False
        self._clear_outcome()  # what the last one said is over
        source = self._source()
        if isinstance(source, str):
            self._say_problem_text(source)
            return False
        account = source
        sign_in = OAuthSignIn(account, self._store)
        holder: list[Operation[SignedIn]] = []
        operation: Operation[SignedIn] = Operation(
            work(sign_in),
            on_done=lambda result: self._on_operation_done(holder[0], result),
            on_failed=lambda error: self._on_operation_failed(holder[0], account, error),
            on_progress=lambda value: self._on_operation_progress(holder[0], value),
        )
        holder.append(operation)
        self._current = operation
        self._browser = browser
        self._live.append(operation)
        self._user = account.user
        self._since = time.monotonic()
        self._waiting(browser=browser)
        log.info(
            "Signing in to %s as %s (%s)…",
            self._method.label,
            account.user,
            "browser" if browser else "code",
        )
        operation.start()
        return True

    def _on_operation_progress(self, operation: Operation[Any], value: object) -> None:
        if not shiboken6.isValid(self) or operation is not self._current:
            return
        assert isinstance(value, DeviceCode)
        self.code_box.show_code(value)
        self._hand_focus(self.code_box.copy_button, self.cancel_button, self.code_button, None)
        self._code_shown = True
        self._sending_only = value.sending_only
        self._on_ticker_timeout()

    def _on_operation_done(self, operation: Operation[Any], result: SignedIn) -> None:
        _discard(self._live, operation)  # a plain list: also when the box is gone
        if not shiboken6.isValid(self):
            return
        log.info("%s", result)
        if operation is self._current:
            self._current = None
            self._idle(self.sign_in_button)
            self._say(f"✓ {escape(str(result))}", OK_COLOUR)
        self.show_account(self._saved)  # an abandoned wait that ended well counts too
        self.sign_in_changed.emit(str(result))

    def _on_operation_failed(
        self, operation: Operation[Any], account: AccountSettings, error: Exception
    ) -> None:
        _discard(self._live, operation)
        if not shiboken6.isValid(self):
            return
        if operation is not self._current:
            # Cancel already said so; an abandoned wait that ended otherwise is only logged.
            level = logging.DEBUG if isinstance(error, Cancelled) else logging.INFO
            log.log(level, "An abandoned sign-in ended: %s", error)
            return
        self._current = None
        if isinstance(error, Cancelled):
            self._idle(self.sign_in_button)
            self._say(translate("signin_panel", "Sign-in cancelled."), _QUIET)
            return
        diagnosis = sign_in_diagnosis(error, account)
        log.warning(
            "Sign-in failed: %s. %s (%s)", diagnosis.title, diagnosis.action, diagnosis.detail
        )
        what_to_do = translate("signin_panel", "<b>What to do:</b> {action}")
        text = (
            f"✗ <b>{escape(diagnosis.title)}.</b><br>{escape(diagnosis.cause)}<br>"
            f"{what_to_do.format(action=escape(diagnosis.action))}"
        )
        # Only a browser that never came back is helped by a code: not a refusal (consent,
        # the app registration, another account), which the code would meet again.
        code_helps = (
            self._browser
            and self._method is SignInMethod.MICROSOFT
            and diagnosis.category is DiagnosisCategory.SIGN_IN_DECLINED
        )
        if code_helps:
            text += "<br>" + translate(
                "signin_panel",
                "No browser, or it did not work? Click <b>Use a code instead</b>.",
            )
        self._idle(self.code_button if code_helps else self.sign_in_button)
        self._say(text, _BAD, failed=True)
        self.show_account(self._saved)  # whether an older sign-in is still kept

    # ----- showing ------------------------------------------------------------------------

    def _idle(self, focus: QWidget | None = None) -> None:
        """Not waiting; the focus, if it was on what hides now, goes to ``focus``."""
        self._ticker.stop()
        self.sign_in_button.setEnabled(True)
        self.code_button.setEnabled(True)
        self.sign_out_button.setEnabled(bool(self._signed_in_as))
        if focus is not None:
            self._hand_focus(focus, self.cancel_button, self.code_box.copy_button)
        self.waiting.hide()
        self.cancel_button.hide()
        self.code_box.hide()
        self.running_changed.emit(False)

    def _waiting(self, *, browser: bool) -> None:
        self.cancel_button.show()
        self.cancel_button.setFocus()  # before the button pressed is disabled
        self.sign_in_button.setEnabled(False)
        self.code_button.setEnabled(browser)  # a browser that never opened: the code instead
        self.sign_out_button.setEnabled(False)
        self.waiting.show()
        self.code_box.hide()
        self._code_shown = False
        self._on_ticker_timeout()
        self._ticker.start()
        self.running_changed.emit(True)

    def _on_ticker_timeout(self) -> None:
        if self._code_shown:
            text = translate("signin_panel", "Waiting for the code to be entered…")
            if self._sending_only:
                text += "\n" + translate(
                    "signin_panel",
                    "This sign-in asks only to send: your organisation has not approved SMTP "
                    "Desk reading the mailbox.",
                )
            self.waiting.setText(text)
            self.code_box.tick()
            return
        waited = int(time.monotonic() - self._since)
        text = translate(
            "signin_panel", "Waiting for the browser: sign in there as {user} ({time})"
        ).format(user=self._user, time=f"{waited // 60}:{waited % 60:02d}")
        if self._method is SignInMethod.MICROSOFT:
            text += "\n" + translate("signin_panel", "No browser window? Click Use a code instead.")
        self.waiting.setText(text)

    def _show_status(self) -> None:
        self.status.setText(
            status_html(self._signed_in_as, self._method.label, failed=self._failed)
        )

    def _say(self, html: str, colour: str, *, failed: bool = False) -> None:
        self.result.setText(f'<span style="color:{colour}">{html}</span>')
        self.result.show()
        self._failed = failed
        self._show_status()

    def _clear_outcome(self) -> None:
        self.result.clear()
        self.result.hide()
        self._failed = False
        self._show_status()

    def _say_problem_text(self, why: str) -> None:
        text = translate("signin_panel", "<b>Cannot sign in yet:</b> {why}")
        self._say(text.format(why=escape(why)), _BAD, failed=True)

    def _hand_focus(self, to: QWidget, *leaving: QWidget | None) -> None:
        """Focus to ``to`` when it is on one of ``leaving`` (None: nowhere in the window),
        which is about to hide or be disabled."""
        if self.window().focusWidget() in leaving:
            to.setFocus()


def _discard(operations: list[Operation[Any]], operation: Operation[Any]) -> None:
    if operation in operations:
        operations.remove(operation)
