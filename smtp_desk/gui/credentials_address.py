"""User ID and From email: the society's address, typed once.

For the providers most societies use, the User ID and the From email are the same address.
:class:`AddressLink` lets the one the clerk types fill the other, until the clerk edits the
other one separately (an empty one starts following again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

__all__ = ["AddressLink"]

USER, FROM = "user", "from_email"


class AddressLink:
    """Which of User ID and From email follows the other (:attr:`follower`), if either."""

    def __init__(
        self, user: QLineEdit, sender: QLineEdit, *, user_fixed: Callable[[], bool]
    ) -> None:
        self._edits = {USER: user, FROM: sender}
        self._user_fixed = user_fixed  # the provider's own user ID (SendGrid's "apikey")
        self.follower: str | None = None

    def reset(self) -> None:
        """The form was filled: the two follow each other while they are the same."""
        user, sender = (self._edits[name].text().strip().lower() for name in (USER, FROM))
        self.follower = FROM if user and user == sender else None

    def edited(self, field: str) -> str | None:
        """The clerk typed in ``field`` (User ID or From email); the other one follows it
        when it may. Returns the field that followed, if any."""
        other = FROM if field == USER else USER
        if self.follower == field:
            self.follower = None  # edited separately: from now on each is its own
            return None
        if self.follower is None:
            if self._edits[other].text().strip():
                return None
            self.follower = other  # an empty field follows the one being typed
        if other == USER and self._user_fixed():
            return None
        self._edits[other].setText(self._edits[field].text())
        return other
