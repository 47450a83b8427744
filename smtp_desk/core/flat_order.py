"""The order a society lists its flats in: wing by wing, numbers by their value, so B-9
comes before B-10 and A-101 before A-1001 (plain text order puts them the other way).

Used by every table that lists members, bills or messages, and by anything that prints
them in order.
"""

from __future__ import annotations

import re

__all__ = ["FlatKey", "flat_sort_key"]

_NUMBERS = re.compile(r"(\d+)")

# The parts of a flat number: its text and its numbers, alternating (text first, text last),
# so two keys compare part by part without ever comparing text with a number.
FlatKey = tuple[tuple[str | int, ...], str]


def flat_sort_key(flat: str) -> FlatKey:
    """The key that sorts flats naturally: text parts without case or punctuation
    (``A-101``, ``a 101`` and ``A/101`` side by side), number parts by value; the flat as
    written breaks a tie (``B-09`` and ``B-9``), so the order is always the same."""
    parts: list[str | int] = []
    for index, part in enumerate(_NUMBERS.split(flat.strip().casefold())):
        if index % 2:
            parts.append(int(part))
        else:
            parts.append("".join(ch for ch in part if ch.isalnum()))
    return tuple(parts), flat
