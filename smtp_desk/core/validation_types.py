"""A problem with one field of the Email Credentials form (shared by the checks)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["FieldProblem", "Severity"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class FieldProblem:
    """One thing to fix or to know, tied to the field it is about."""

    field: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return self.message
