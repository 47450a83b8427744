"""One piece of advice: what a failure means and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Advice"]


@dataclass(frozen=True)
class Advice:
    title: str
    cause: str
    action: str
    transient: bool = False
