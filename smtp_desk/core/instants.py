"""Instants: aware UTC datetimes, and how the register stores them.

Every time the register keeps is stored as ISO 8601 in UTC with its offset
(``2026-11-30T04:40:00+00:00``), so stored times sort and compare as text and the PC's time
zone or summer time never shifts them. A time given without a zone (naive), or a naive one
read back from a register the migration to schema 4 missed, is the PC's local time
(:func:`as_utc`). People see local time: format ``moment.astimezone()``.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["as_utc", "instant", "now_utc", "optional_instant", "stamp"]


def now_utc() -> datetime:
    """The clock the core uses by default: now, as an aware UTC instant."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC instant; a naive one is taken as the PC's local time."""
    return moment.astimezone(UTC)


def stamp(moment: datetime) -> str:
    """How an instant is stored: ISO 8601 in UTC with the offset."""
    return as_utc(moment).isoformat()


def instant(text: str) -> datetime:
    """A stored instant read back."""
    return as_utc(datetime.fromisoformat(text))


def optional_instant(text: str | None) -> datetime | None:
    """A stored instant read back, or None where none is stored."""
    return instant(text) if text else None
