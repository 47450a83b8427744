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

A step's title, state and button words are for the person, in the window's language where
one is installed; its ``key`` and ``page`` are names the window uses, never translated.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from smtp_desk.core.account import AccountDraft, AccountSettings
from smtp_desk.core.dsn_words import BounceReason
from smtp_desk.core.errors import SettingsError, SmtpDeskError
from smtp_desk.core.flat_order import flat_sort_key
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, month_name, translate
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
_MEMBERS_ACTION = QT_TRANSLATE_NOOP("checklist", "Open Members & Documents")
_SEND_ACTION = QT_TRANSLATE_NOOP("checklist", "Open Send")


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
    attention: str = ""  # done, but something to look at (bills that came back)

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

    @property
    def attention(self) -> str:
        """What still wants a look in a month that is done ("" when nothing)."""
        return " ".join(step.attention for step in self.steps if step.attention)


def checklist(folder: DataFolder, *, now: datetime) -> Checklist:
    """Read the checklist from ``folder`` (off the GUI thread: it reads the register)."""
    period = ""
    try:
        period, register = _register_steps(folder, now)
    except SmtpDeskError as exc:
        log.warning("The home page could not read the register: %s", exc)
        trouble = translate("checklist", "The register cannot be read: {problem}").format(
            problem=exc
        )
        register = (
            Step(
                "members",
                translate("checklist", "Members"),
                trouble,
                False,
                "members",
                translate("checklist", _MEMBERS_ACTION),
            ),
        )
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
    credentials = translate("checklist", "Open Email Credentials")
    title = translate("checklist", "Email")
    try:
        draft = load_settings(folder.settings_file).account
    except SettingsError as exc:
        return Step("email", title, str(exc), False, "credentials", credentials)
    if draft is None:
        text = translate("checklist", "Not set up yet.")
        return Step(
            "email", title, text, False, "first_run", translate("checklist", "Set up email")
        )
    try:
        account = checked_account(draft, password_stored=True)
    except InvalidAccount:
        text = translate("checklist", "The saved settings need correcting.")
        return Step("email", title, text, False, "credentials", credentials)
    tested = passed_test_on(folder, account)
    if tested is None:
        text = translate("checklist", "Saved for {email}; not tested yet.").format(
            email=account.from_email
        )
        action = translate("checklist", "Test in Email Credentials")
        return Step("email", title, text, False, "credentials", action)
    text = translate("checklist", "Tested on {day} ({email}).").format(
        day=_day(tested), email=account.from_email
    )
    return Step("email", title, text, True, "credentials", credentials)


def _society_step(folder: DataFolder) -> Step:
    action = translate("checklist", "Open Society Profile")
    title = translate("checklist", "Society Profile")
    try:
        profile = load_profile(folder.root)
    except SettingsError as exc:
        return Step("society", title, str(exc), False, "society", action)
    errors = errors_in(check_profile(profile))
    if not profile.name.strip() and not profile.address.strip():
        return Step("society", title, translate("checklist", "Missing."), False, "society", action)
    if errors:
        text = translate("checklist", "Incomplete: {problem}").format(problem=errors[0].message)
        return Step("society", title, text, False, "society", action)
    return Step("society", title, translate("checklist", "Complete."), True, "society", action)


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
    action = translate("checklist", _MEMBERS_ACTION)
    if not members:
        text = translate("checklist", "None imported yet.")
        return Step("members", translate("checklist", "Members"), text, False, "members", action)
    without = sum(1 for m in members if not m.has_email)
    if without:
        text = translate(
            "checklist", "{count} members, {without} without an email address (printed copy)."
        )
    else:
        text = translate("checklist", "{count} members.")
    text = text.format(count=len(members), without=without)
    return Step("members", translate("checklist", "Members"), text, True, "members", action)


def _bills_step(folder: DataFolder, period: str, members: int, now: datetime) -> Step:
    action = translate("checklist", _MEMBERS_ACTION)
    if not period:
        title = translate("checklist", "Bills for {month}").format(month=_month(f"{now:%Y-%m}"))
        return Step(
            "bills", title, translate("checklist", "None imported yet."), False, "members", action
        )
    count = len(bills(folder, period))
    if members:
        text = translate("checklist", "{count} of {members} imported.").format(
            count=count, members=members
        )
    else:
        text = translate("checklist", "{count} imported.").format(count=count)
    title = translate("checklist", "Bills for {month}").format(month=_month(period))
    return Step("bills", title, text, count >= members, "members", action)


def _send_step(folder: DataFolder, period: str, now: datetime) -> Step:
    title = translate("checklist", "Send")
    if not period:
        text = translate("checklist", "Import the bills first.")
        return Step("send", title, text, False, "members", translate("checklist", _MEMBERS_ACTION))
    action = translate("checklist", _SEND_ACTION)
    key = ("bill", period)
    runs = [r for r in status(folder, now=now).runs if (r.run.kind, r.run.period) == key]
    if not runs:
        return Step("send", title, translate("checklist", "Not sent yet."), False, "send", action)
    latest = max(runs, key=lambda r: r.run.id)
    counts = {state: latest.counts.get(state.value, 0) for state in ItemState}
    waiting = sum(counts[s] for s in _WAITING)
    failed, unconfirmed = counts[ItemState.FAILED], counts[ItemState.UNCONFIRMED]
    parts = [
        translate("checklist", "{count} waiting").format(count=waiting) if waiting else "",
        translate("checklist", "{count} failed").format(count=failed) if failed else "",
        translate("checklist", "{count} to check").format(count=unconfirmed) if unconfirmed else "",
    ]
    sent = counts[ItemState.SENT]
    if any(parts) or not sent:
        parts += [translate("checklist", "{count} sent").format(count=sent)] if sent else []
        text = ", ".join(p for p in parts if p)
        text = f"{text}." if text else translate("checklist", "Prepared; nothing sent yet.")
        return Step("send", title, text, False, "send", action)
    items, _members = run_items(folder, latest.run.id)
    last = max((i.sent_at for i in items if i.sent_at is not None), default=None)
    if last is not None:
        text = translate("checklist", "Sent on {day} to {count} members.").format(
            day=_day(last.astimezone().date()), count=sent
        )
    else:
        text = translate("checklist", "Sent to {count} members.").format(count=sent)
    bounced = sorted(
        (i.flat for i in items if i.bounced and i.bounce != BounceReason.DELAYED),
        key=flat_sort_key,
    )
    if not bounced:
        return Step("send", title, text, True, "send", action)
    attention = translate(
        "checklist",
        "{count} bill(s) came back undelivered ({flats}): see the Members page.",
    ).format(count=len(bounced), flats=", ".join(bounced[:6]) + (" …" if len(bounced) > 6 else ""))
    return Step("send", title, f"{text} {attention}", True, "send", action, attention)


def _day(day: date) -> str:
    return f"{day.day} {_month_name(day.month)} {day.year}"


def _month(period: str) -> str:
    try:
        month = datetime.strptime(period, "%Y-%m")
    except ValueError:
        return period
    return f"{_month_name(month.month)} {month.year}"


def _month_name(number: int) -> str:
    """The month's name in the window's language (English: as ``%B`` gives it)."""
    return month_name(number)
