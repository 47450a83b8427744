"""The PC's time zone for a test, whatever the machine's own is (TZ and time.tzset)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["time_zone"]


@contextmanager
def time_zone(tz: str) -> Iterator[None]:
    """``tz`` in POSIX form, e.g. ``IST-05:30`` (India) or ``CET-1CEST,M3.5.0,M10.5.0/3``."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = tz
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
