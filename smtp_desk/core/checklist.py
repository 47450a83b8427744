"""The month-end routine at a glance, for the home page: Email, Society Profile, Members,
Bills for the month, Send, each with its state in a few words and the page that does it.

Everything is read through the façades the rest of the program uses: the settings file
(the account), the Society Profile, the register façade (:mod:`smtp_desk.core.register`).
A register that cannot be read is said on its steps; it never stops the others.

The last passing connection test is kept here, in ``email-test.json`` in the data folder:
the day and the server settings it passed with (host, port, security, user, sign-in; no
secret). "Tested on" then stands only for the settings saved now: change the server or the
user and the step asks for a test again. It is not in ``settings.json``, which is the
account as the form saves it, read and written by the Email Credentials page and
``configure``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from smtp_desk.core.account import AccountDraft, AccountSettings
from smtp_desk.core.errors import SettingsError, SmtpDeskError
from smtp_desk.core.json_file import VersionedJson
from smtp_desk.core.model import Member
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.register import bills, members_page, run_items, status
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.societies import society_name
from smtp_desk.core.society import check_profile, load_profile
from smtp_desk.core.validation import InvalidAccount, checked_account, errors_in

__all__ = ["Checklist", "Step", "checklist", "passed_test_on", "record_passed_test"]

log = logging.getLogger(__name__)

_FILE = VersionedJson("smtp-desk-email-test", 1, "email test record")
_TESTED_FIELDS = ("host", "port", "security", "user", "sign_in")
_WAITING = (ItemState.PENDING, ItemState.DEFERRED, ItemState.SENDING)
_MEMBERS_ACTION = "Open Members & Documents"
_SEND_ACTION = "Open Send"


@dataclass(frozen=True)
class Step:
    """One line of the checklist. ``page`` is the page that does it or fixes it (its name
    for the window's ``open_page``), ``action`` the words on the button that opens it."""

    key: str  # email, society, members, bills, send
    title: str
    state: str
    done: bool
    page: str
    action: str

    def __str__(self) -> str:
        return f"{'✓' if self.done else '○'} {self.title}: {self.state}"


@dataclass(frozen=True)
class Checklist:
    """The steps in their order, the society's name, and the month the bills are for."""

    society: str
    steps: tuple[Step, ...]
    period: str = ""  # YYYY-MM of the latest bills; "" when none are imported

    def step(self, key: str) -> Step:
        return next(step for step in self.steps if step.key == key)

    @property
    def next(self) -> Step | None:
        """The first step not done yet; None when the month's routine is done."""
        return next((step for step in self.steps if not step.done), None)


def checklist(folder: DataFolder, *, now: datetime) -> Checklist:
    """Read the checklist from ``folder`` (off the GUI thread: it reads the register)."""
    period = ""
    try:
        period, register = _register_steps(folder, now)
    except SmtpDeskError as exc:
        log.warning("The home page could not read the register: %s", exc)
        trouble = f"The register cannot be read: {exc}"
        register = (Step("members", "Members", trouble, False, "members", _MEMBERS_ACTION),)
    steps = (_email_step(folder), _society_step(folder), *register)
    return Checklist(society_name(folder), steps, period)


def record_passed_test(
    folder: DataFolder, account: AccountSettings | AccountDraft, *, on: date
) -> None:
    """Keep ``on`` as the day ``account``'s settings passed the connection test."""
    draft = account.draft() if isinstance(account, AccountSettings) else account
    content = {"passed": {"on": on.isoformat(), **_fingerprint(draft)}}
    _FILE.save(_record_file(folder), content)


def passed_test_on(folder: DataFolder, account: AccountSettings | AccountDraft) -> date | None:
    """The day ``account``'s settings last passed the test, or None (never, other settings,
    or a record that cannot be read)."""
    draft = account.draft() if isinstance(account, AccountSettings) else account
    try:
        data = _FILE.load(_record_file(folder))
        passed = None if data is None else _FILE.group(_record_file(folder), data, "passed")
    except SettingsError as exc:
        log.warning("%s", exc)
        return None
    if passed is None:
        return None
    if {name: str(passed.get(name, "")) for name in _TESTED_FIELDS} != _fingerprint(draft):
        return None
    try:
        return date.fromisoformat(str(passed.get("on", "")))
    except ValueError:
        return None


def _record_file(folder: DataFolder) -> Path:
    return folder.root / "email-test.json"


def _fingerprint(draft: AccountDraft) -> dict[str, str]:
    clean = draft.normalized()
    return {name: str(getattr(clean, name)) for name in _TESTED_FIELDS}


def _email_step(folder: DataFolder) -> Step:
    credentials = "Open Email Credentials"
    try:
        draft = load_settings(folder.settings_file).account
    except SettingsError as exc:
        return Step("email", "Email", str(exc), False, "credentials", credentials)
    if draft is None:
        return Step("email", "Email", "Not set up yet.", False, "first_run", "Set up email")
    try:
        account = checked_account(draft, password_stored=True)
    except InvalidAccount:
        text = "The saved settings need correcting."
        return Step("email", "Email", text, False, "credentials", credentials)
    tested = passed_test_on(folder, account)
    if tested is None:
        text = f"Saved for {account.from_email}; not tested yet."
        return Step("email", "Email", text, False, "credentials", "Test in Email Credentials")
    text = f"Tested on {_day(tested)} ({account.from_email})."
    return Step("email", "Email", text, True, "credentials", credentials)


def _society_step(folder: DataFolder) -> Step:
    action = "Open Society Profile"
    try:
        profile = load_profile(folder.root)
    except SettingsError as exc:
        return Step("society", "Society Profile", str(exc), False, "society", action)
    errors = errors_in(check_profile(profile))
    if not profile.name.strip() and not profile.address.strip():
        return Step("society", "Society Profile", "Missing.", False, "society", action)
    if errors:
        text = f"Incomplete: {errors[0].message}"
        return Step("society", "Society Profile", text, False, "society", action)
    return Step("society", "Society Profile", "Complete.", True, "society", action)


def _register_steps(folder: DataFolder, now: datetime) -> tuple[str, tuple[Step, ...]]:
    """The bills' month, and the Members, Bills and Send steps."""
    view = members_page(folder)
    members = [] if view is None else [m for m in view.members.values() if m.active]
    period = view.periods[0] if view is not None and view.periods else ""
    return period, (
        _members_step(members),
        _bills_step(folder, period, len(members), now),
        _send_step(folder, period, now),
    )


def _members_step(members: list[Member]) -> Step:
    if not members:
        text = "None imported yet."
        return Step("members", "Members", text, False, "members", _MEMBERS_ACTION)
    without = sum(1 for m in members if not m.has_email)
    text = f"{len(members)} members"
    text += f", {without} without an email address (printed copy)." if without else "."
    return Step("members", "Members", text, True, "members", _MEMBERS_ACTION)


def _bills_step(folder: DataFolder, period: str, members: int, now: datetime) -> Step:
    if not period:
        title = f"Bills for {_month(f'{now:%Y-%m}')}"
        return Step("bills", title, "None imported yet.", False, "members", _MEMBERS_ACTION)
    count = len(bills(folder, period))
    text = f"{count} of {members} imported." if members else f"{count} imported."
    title = f"Bills for {_month(period)}"
    return Step("bills", title, text, count >= members, "members", _MEMBERS_ACTION)


def _send_step(folder: DataFolder, period: str, now: datetime) -> Step:
    if not period:
        text = "Import the bills first."
        return Step("send", "Send", text, False, "members", _MEMBERS_ACTION)
    key = ("bill", period)
    runs = [r for r in status(folder, now=now).runs if (r.run.kind, r.run.period) == key]
    if not runs:
        return Step("send", "Send", "Not sent yet.", False, "send", _SEND_ACTION)
    latest = max(runs, key=lambda r: r.run.id)
    counts = {state: latest.counts.get(state.value, 0) for state in ItemState}
    waiting = sum(counts[s] for s in _WAITING)
    parts = [
        f"{waiting} waiting" if waiting else "",
        f"{counts[ItemState.FAILED]} failed" if counts[ItemState.FAILED] else "",
        f"{counts[ItemState.UNCONFIRMED]} to check" if counts[ItemState.UNCONFIRMED] else "",
    ]
    sent = counts[ItemState.SENT]
    if any(parts) or not sent:
        text = ", ".join([p for p in parts if p] + ([f"{sent} sent"] if sent else []))
        text = f"{text}." if text else "Prepared; nothing sent yet."
        return Step("send", "Send", text, False, "send", _SEND_ACTION)
    items, _members = run_items(folder, latest.run.id)
    last = max((i.sent_at for i in items if i.sent_at is not None), default=None)
    when = f" on {_day(last.astimezone().date())}" if last is not None else ""
    return Step("send", "Send", f"Sent{when} to {sent} members.", True, "send", _SEND_ACTION)


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _month(period: str) -> str:
    try:
        return f"{datetime.strptime(period, '%Y-%m'):%B %Y}"
    except ValueError:
        return period
