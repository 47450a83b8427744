"""Sending limits and the plan they make: how many now, how many when.

The daily window is the 24 hours up to now, counted from the register's sent times (UTC
instants). A sent time later than now cannot count: the PC's clock was ahead when it was
recorded, or is behind now. It is left out of the limit (else one fast clock blocks
sending for days) and the plan says so, so the person checks the date and time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.i18n import shown_date, translate
from smtp_desk.core.instants import as_utc
from smtp_desk.core.preset_table import Preset
from smtp_desk.core.presets import CUSTOM, preset

__all__ = [
    "DAY",
    "TOLERANCE",
    "Limits",
    "Plan",
    "in_window",
    "limits_for",
    "make_plan",
    "plan_after_quota",
    "providers_daily_limit",
]

DAY = timedelta(hours=24)
# A sent time this little after now still counts as now: a clock set right by a few
# seconds (or another PC's) must not free places in the window.
TOLERANCE = timedelta(minutes=2)
_DEFAULT_PER_CONNECTION = 100


@dataclass(frozen=True)
class Limits:
    daily: int | None  # messages per rolling 24 hours; None: no limit
    minute: int | None  # messages per minute; None: no limit
    per_connection: int  # messages before the connection is renewed
    learned: str = ""  # YYYY-MM-DD when the daily limit was learned from a quota reply


def providers_daily_limit(chosen: Preset, *, archive: bool) -> int | None:
    """The provider's documented daily limit in messages; the providers count recipients,
    so with an archive copy (two recipients a message) it is half."""
    daily = chosen.daily_limit
    return max(daily // 2, 1) if archive and daily else daily


def limits_for(account: AccountSettings) -> Limits:
    """The account's own limits where set, else the provider's (Custom has none); the
    provider's daily limit is halved when every message also goes to an archive address."""
    try:
        chosen = preset(account.preset)
    except KeyError:
        chosen = CUSTOM
    daily = (
        account.daily_limit
        if account.daily_limit is not None  # set by hand or learned: already in messages
        else providers_daily_limit(chosen, archive=bool(account.archive_bcc))
    )
    minute = account.minute_limit if account.minute_limit is not None else chosen.minute_limit
    return Limits(
        daily=daily or None,
        minute=minute or None,
        per_connection=chosen.per_connection or _DEFAULT_PER_CONNECTION,
        learned=account.daily_limit_learned if account.daily_limit else "",
    )


@dataclass(frozen=True)
class Plan:
    to_send: int
    now: int
    later: int
    sent_last_day: int
    daily: int | None
    later_from: datetime | None
    learned: str = ""  # the day the daily limit was learned from the provider's reply
    quota_reached: bool = False  # the provider refused more, with no limit known
    ahead: int = 0  # messages recorded as sent later than now: not counted, reported

    @property
    def next_batch(self) -> int:
        """How many of the later ones can go at :attr:`later_from` (a day's worth)."""
        return min(self.later, self.daily) if self.daily else self.later

    @property
    def more_days(self) -> int:
        """The days after :attr:`later_from` that the rest needs under the daily limit."""
        rest = self.later - self.next_batch
        return -(-rest // self.daily) if self.daily and rest > 0 else 0

    def later_text(self) -> str:
        """``10 from 01 Dec 07:38`` (and ``, the other 20 over the 2 days after``)."""
        assert self.later_from is not None
        text = translate("limits", "{count} from {when}").format(
            count=self.next_batch, when=_local(self.later_from)
        )
        if self.more_days:
            rest = self.later - self.next_batch
            if self.more_days == 1:
                text += translate("limits", ", the other {rest} over the day after").format(
                    rest=rest
                )
            else:
                text += translate("limits", ", the other {rest} over the {days} days after").format(
                    rest=rest, days=self.more_days
                )
        return text

    @property
    def blocked_until(self) -> datetime | None:
        """When something waits and nothing may go now: the time it may go."""
        return self.later_from if self.later and not self.now else None

    @property
    def clock_warning(self) -> str:
        """The sentence about sent times later than now ("" when there are none)."""
        if not self.ahead:
            return ""
        if self.ahead == 1:
            return translate(
                "limits",
                "1 message is recorded as sent later than now (not counted in the last 24 h) — "
                "the PC's clock was ahead when they were sent, or is behind now; check the date "
                "and time.",
            )
        return translate(
            "limits",
            "{count} messages are recorded as sent later than now (not counted in the last "
            "24 h) — the PC's clock was ahead when they were sent, or is behind now; check the "
            "date and time.",
        ).format(count=f"{self.ahead:,}")

    def __str__(self) -> str:
        warning = f" {self.clock_warning}" if self.ahead else ""
        return self._limit_text() + warning

    def _limit_text(self) -> str:
        if self.quota_reached:
            assert self.later_from is not None
            return translate(
                "limits",
                "{count} to send; the provider says its daily limit is reached: "
                "they can go from {when}.",
            ).format(count=self.to_send, when=_local(self.later_from))
        if self.daily is None:
            return translate("limits", "{count} to send; no daily limit is set: all now.").format(
                count=self.to_send
            )
        if self.learned:
            allows = translate(
                "limits", "the provider allows {daily} a day (learned from its reply on {day})"
            ).format(daily=f"{self.daily:,}", day=_day(self.learned))
        else:
            allows = translate("limits", "your account allows {daily} a day").format(
                daily=f"{self.daily:,}"
            )
        text = translate(
            "limits", "{count} to send; {allows} and {sent} were sent in the last 24 h"
        ).format(count=self.to_send, allows=allows, sent=self.sent_last_day)
        if not self.later:
            return translate("limits", "{plan}: all {now} now.").format(plan=text, now=self.now)
        return translate("limits", "{plan}: {now} now, {later}.").format(
            plan=text, now=self.now, later=self.later_text()
        )


def _local(moment: datetime) -> str:
    """``01 Dec 08:10`` in the PC's local time."""
    return shown_date(moment.astimezone(), year=False, clock=True)


def _day(iso: str) -> str:
    try:
        return shown_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def in_window(
    sent_times: list[datetime], now: datetime, *, window: timedelta = DAY
) -> list[datetime]:
    """The sent times that count against a limit at ``now``, oldest first: those in the
    ``window`` up to now (a time up to :data:`TOLERANCE` later counts as now)."""
    now = as_utc(now)
    return sorted(t for t in map(as_utc, sent_times) if now - window < t <= now + TOLERANCE)


def _ahead(sent_times: list[datetime], now: datetime) -> int:
    """How many sent times are later than now (beyond the tolerance)."""
    return sum(1 for t in sent_times if as_utc(t) > as_utc(now) + TOLERANCE)


def make_plan(to_send: int, sent_times: list[datetime], limits: Limits, now: datetime) -> Plan:
    """Split ``to_send`` into now and later under the rolling daily limit; ``later_from``
    is never more than 24 hours after ``now``."""
    now = as_utc(now)
    recent, ahead = in_window(sent_times, now), _ahead(sent_times, now)
    if limits.daily is None:
        return Plan(to_send, to_send, 0, len(recent), None, None, ahead=ahead)
    room = max(limits.daily - len(recent), 0)
    now_count = min(room, to_send)
    later = to_send - now_count
    later_from: datetime | None
    if not later:
        later_from = None
    elif len(recent) >= limits.daily:  # the window frees a place when its oldest ages out
        later_from = min(recent[len(recent) - limits.daily] + DAY, now + DAY)
    else:
        later_from = min(recent[0] + DAY, now + DAY) if recent else now + DAY
    return Plan(
        to_send,
        now_count,
        later,
        len(recent),
        limits.daily,
        later_from,
        limits.learned,
        ahead=ahead,
    )


def plan_after_quota(waiting: int, sent_times: list[datetime], now: datetime) -> Plan:
    """The provider said its limit is reached though nothing was sent from here in the
    last 24 hours (another program used the account): everything waits a day."""
    now = as_utc(now)
    recent, ahead = in_window(sent_times, now), _ahead(sent_times, now)
    return Plan(waiting, 0, waiting, len(recent), None, now + DAY, quota_reached=True, ahead=ahead)
