"""Sending limits and the plan they make: how many now, how many when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.presets import CUSTOM, preset

__all__ = ["DAY", "Limits", "Plan", "limits_for", "make_plan", "plan_after_quota"]

DAY = timedelta(hours=24)
_DEFAULT_PER_CONNECTION = 100


@dataclass(frozen=True)
class Limits:
    daily: int | None  # messages per rolling 24 hours; None: no limit
    minute: int | None  # messages per minute; None: no limit
    per_connection: int  # messages before the connection is renewed
    learned: str = ""  # YYYY-MM-DD when the daily limit was learned from a quota reply


def limits_for(account: AccountSettings) -> Limits:
    """The account's own limits where set, else the provider's (Custom has none)."""
    try:
        chosen = preset(account.preset)
    except KeyError:
        chosen = CUSTOM
    daily = account.daily_limit if account.daily_limit is not None else chosen.daily_limit
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
        text = f"{self.next_batch} from {self.later_from:%d %b %H:%M}"
        if self.more_days:
            rest = self.later - self.next_batch
            days = "day" if self.more_days == 1 else f"{self.more_days} days"
            text += f", the other {rest} over the {days} after"
        return text

    @property
    def blocked_until(self) -> datetime | None:
        """When something waits and nothing may go now: the time it may go."""
        return self.later_from if self.later and not self.now else None

    def __str__(self) -> str:
        if self.quota_reached:
            assert self.later_from is not None
            return (
                f"{self.to_send} to send; the provider says its daily limit is reached: "
                f"they can go from {self.later_from:%d %b %H:%M}."
            )
        if self.daily is None:
            return f"{self.to_send} to send; no daily limit is set: all now."
        if self.learned:
            allows = (
                f"the provider allows {self.daily:,} a day (learned from its reply on "
                f"{_day(self.learned)})"
            )
        else:
            allows = f"your account allows {self.daily:,} a day"
        text = (
            f"{self.to_send} to send; {allows} and {self.sent_last_day} were sent in the last 24 h"
        )
        if not self.later:
            return f"{text}: all {self.now} now."
        return f"{text}: {self.now} now, {self.later_text()}."


def _day(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%d %b %Y}"
    except ValueError:
        return iso


def make_plan(to_send: int, sent_times: list[datetime], limits: Limits, now: datetime) -> Plan:
    """Split ``to_send`` into now and later under the rolling daily limit."""
    recent = sorted(t for t in sent_times if now - t < DAY)
    if limits.daily is None:
        return Plan(to_send, to_send, 0, len(recent), None, None)
    room = max(limits.daily - len(recent), 0)
    now_count = min(room, to_send)
    later = to_send - now_count
    if not later:
        later_from = None
    elif len(recent) >= limits.daily:  # the window frees a place when its oldest ages out
        later_from = recent[len(recent) - limits.daily] + DAY
    else:
        later_from = (recent[0] + DAY) if recent else now + DAY
    return Plan(to_send, now_count, later, len(recent), limits.daily, later_from, limits.learned)


def plan_after_quota(waiting: int, sent_times: list[datetime], now: datetime) -> Plan:
    """The provider said its limit is reached though nothing was sent from here in the
    last 24 hours (another program used the account): everything waits a day."""
    recent = sorted(t for t in sent_times if now - t < DAY)
    return Plan(waiting, 0, waiting, len(recent), None, now + DAY, quota_reached=True)
