"""A password for ``--password-stdin``: typed unseen at a terminal, else one line of stdin."""

from __future__ import annotations

import getpass
import sys

__all__ = ["read_password"]


def read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password (not shown): ")
    return sys.stdin.readline().rstrip("\r\n")
