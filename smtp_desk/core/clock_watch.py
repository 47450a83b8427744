"""The wall clock watched against the monotonic one during a run: a move of more than 10
minutes either way is logged in plain words, and a move of more than an hour stops the run
(see :mod:`smtp_desk.core.sender`)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from smtp_desk.core.i18n import translate

__all__ = ["ClockWatch", "clock_moved_text"]

log = logging.getLogger("smtp_desk.core.sender")
_CLOCK_SAID = timedelta(minutes=10)  # a move of the wall clock worth a warning
_CLOCK_STOP = timedelta(hours=1)  # a move that stops the run


class ClockWatch:
    """How far the wall clock moved against the monotonic one since the run began."""

    def __init__(self, wall: datetime, monotonic: float) -> None:
        self._wall, self._monotonic = wall, monotonic
        self._said = timedelta()  # the move already logged

    def moved(self, wall: datetime, monotonic: float) -> timedelta | None:
        """Log a new move of more than 10 minutes; the move when it stops the run."""
        moved = (wall - self._wall) - timedelta(seconds=monotonic - self._monotonic)
        if abs(moved) > _CLOCK_STOP:
            return moved  # the stop says it
        if abs(moved - self._said) > _CLOCK_SAID:
            log.warning(
                "%s; the daily limit is counted by the register's times, check the date and time.",
                clock_moved_text(moved - self._said),
            )
            self._said = moved
        return None


def clock_moved_text(moved: timedelta) -> str:
    """``The PC's clock moved forward by 3 h during the run``."""
    span = _span(abs(moved))
    if moved > timedelta():
        forward = translate("clock_watch", "The PC's clock moved forward by {span} during the run")
        return forward.format(span=span)
    return translate("clock_watch", "The PC's clock moved back by {span} during the run").format(
        span=span
    )


def _span(span: timedelta) -> str:
    """``25 min``, ``3 h``, ``1 h 20 min``, ``8 days``."""
    minutes = round(span.total_seconds() / 60)
    if minutes < 60:
        return translate("clock_watch", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours >= 48:
        return translate("clock_watch", "{days} days").format(days=round(hours / 24))
    if minutes:
        return translate("clock_watch", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    return translate("clock_watch", "{hours} h").format(hours=hours)
