"""The work behind the "Set up email" step, run off the GUI thread as one
:class:`~smtp_desk.gui.worker.Operation`: find the settings from the address, sign in
(the password typed, or Sign in with Microsoft in the browser), run the connection test,
and only when it passes save the account and keep the day it passed.

Everything here is the core's: :func:`~smtp_desk.core.detect.detect`,
:func:`~smtp_desk.core.connection_test.run_test`,
:func:`~smtp_desk.core.account_store.save_account` and
:func:`~smtp_desk.core.checklist.record_passed_test`. Progress reaches the page as
:class:`~smtp_desk.core.detect.Detected` (what was found), :class:`Note` (a wait the person
must act on) and :class:`~smtp_desk.core.steps.StepReport` (each step of the test).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from smtp_desk.core.account import AccountDraft, SignInMethod
from smtp_desk.core.account_store import SaveResult, save_account
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.checklist import record_passed_test
from smtp_desk.core.connection_test import ConnectionReport, run_test
from smtp_desk.core.detect import Detected, detect
from smtp_desk.core.diagnosis import Diagnosis, make
from smtp_desk.core.errors import Cancelled, SettingsError
from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth import OAuthSignIn
from smtp_desk.core.oauth_apps import built_in_client
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.signin import SignIn, TypedPassword
from smtp_desk.core.validation import InvalidAccount, checked_account
from smtp_desk.gui.signin_work import abandonable, sign_in_diagnosis
from smtp_desk.gui.worker import Task

__all__ = ["Note", "Outcome", "Setup", "draft_for", "microsoft_offered", "setup_work"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setup:
    """One click of Set up: the address, the password (or Microsoft), and what was found
    while the address was typed (None: find it now)."""

    address: str
    password: str = field(repr=False)
    microsoft: bool = False
    found: Detected | None = None


@dataclass(frozen=True)
class Note:
    """A line for the steps that is not a step of the test ("Sign in in the browser…")."""

    text: str


@dataclass(frozen=True)
class Outcome:
    """How the setup ended. ``saved`` set: tested and saved. Otherwise ``diagnosis`` says
    what went wrong (with ``report``, the test's own), or ``problem`` why it could not be
    tested (nothing found, settings not usable, not saved)."""

    found: Detected
    report: ConnectionReport | None = None
    diagnosis: Diagnosis | None = None
    saved: SaveResult | None = None
    problem: str = ""


def microsoft_offered(found: Detected) -> bool:
    """Whether to offer Sign in with Microsoft: the provider wants it and this installation
    carries an app registration for it."""
    wanted = found.sign_in is SignInMethod.MICROSOFT
    return wanted and bool(built_in_client(SignInMethod.MICROSOFT))


def draft_for(found: Detected, address: str, *, microsoft: bool) -> AccountDraft:
    """The account for ``address`` with the settings found: the address as user ID and From
    email; Microsoft's sign-in only when asked for (else the password)."""
    method = SignInMethod.MICROSOFT if microsoft else SignInMethod.PASSWORD
    return found.applied_to(AccountDraft(), address, method)


def setup_work(
    setup: Setup,
    *,
    folder: DataFolder,
    store: SecretStore,
    timeout: float,
    canceller: Canceller,
    today: Callable[[], date] = date.today,
) -> Callable[[Task], Outcome]:
    """The operation's work for ``setup``. Never raises for a problem a person can fix."""

    def work(task: Task) -> Outcome:
        found = setup.found or detect(setup.address)
        task.report(found)
        if not found.found:
            problem = translate("first_run_work", "Nothing was found: {detail}.")
            return Outcome(found, problem=problem.format(detail=found.detail))
        draft = draft_for(found, setup.address, microsoft=setup.microsoft)
        password = "" if setup.microsoft else setup.password
        try:
            account = checked_account(draft, password=password, password_stored=False)
        except InvalidAccount as exc:
            return Outcome(found, problem=" ".join(p.message for p in exc.problems))
        sign_in: SignIn
        if setup.microsoft:
            oauth = OAuthSignIn(account, store)
            waiting = translate(
                "first_run_work", "Sign in with Microsoft in the browser window that opened…"
            )
            task.report(Note(waiting))
            try:
                abandonable(oauth.sign_in_with_browser, task)
            except Cancelled:
                return Outcome(found, diagnosis=make(DiagnosisCategory.CANCELLED))
            except Exception as exc:  # the service's refusal or msal's own timeout
                return Outcome(found, diagnosis=sign_in_diagnosis(exc, account))
            sign_in = oauth
        else:
            sign_in = TypedPassword(account.user, password)
        report = run_test(
            account, sign_in=sign_in, timeout=timeout, on_step=task.report, canceller=canceller
        )
        if not report.ok:
            return Outcome(found, report=report, diagnosis=report.diagnosis)
        try:
            saved = save_account(draft, password=password, folder=folder.ensure(), store=store)
        except (InvalidAccount, SettingsError, OSError) as exc:
            log.error("The settings could not be saved: %s", exc)
            problem = translate("first_run_work", "The test passed, but: {problem}")
            return Outcome(found, report=report, problem=problem.format(problem=exc))
        try:
            record_passed_test(folder, saved.account, on=today())
        except (SettingsError, OSError) as exc:  # only the home page's "tested on" misses it
            log.warning("The day of the test was not kept: %s", exc)
        return Outcome(found, report=report, saved=saved)

    return work
