"""The Email Credentials page's side of Test connection: what the last Test was run on,
when its result stops speaking for the form, and what a Test proved.

Any change to the settings (or a password typed) after a Test started marks its result out
of date, so a passing "Everything works" never stands beside settings it did not test. A
port and security the Test found working ("Use these settings") are not then warned about
as "will probably fail".
"""

from __future__ import annotations

from smtp_desk.core.account import AccountDraft, AccountSettings
from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth import sign_in_for
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.signin import SignIn, StoredPassword, TypedPassword
from smtp_desk.core.validation import FieldProblem
from smtp_desk.gui.connection_test_panel import ConnectionTestPanel
from smtp_desk.gui.credentials_signin import SETTINGS_CHANGED

__all__ = ["LastTest", "sign_in_for_test"]


class LastTest:
    """The settings of the last Test started, for ``panel``'s result."""

    def __init__(self, panel: ConnectionTestPanel) -> None:
        self._panel = panel
        self._tested: AccountDraft | None = None
        self._verified: tuple[str, str, str] | None = None  # host, port, security proven

    def started(self, draft: AccountDraft) -> None:
        """A Test starts on ``draft``."""
        self._tested = draft.normalized()

    def changed(self, draft: AccountDraft) -> None:
        """The form now holds ``draft``: a result for other settings goes out of date."""
        if self._tested is not None and draft.normalized() != self._tested:
            self._outdate()

    def password_typed(self, _text: str = "") -> None:
        if self._tested is not None:
            self._outdate()

    def verified(self, draft: AccountDraft) -> None:
        """The Test found ``draft``'s port and security working (its suggestion taken)."""
        self._verified = _server(draft)

    def without_contradiction(
        self, problems: list[FieldProblem], draft: AccountDraft
    ) -> list[FieldProblem]:
        """``problems`` without a warning about the security the Test proved working."""
        if self._verified is None or self._verified != _server(draft):
            return problems
        return [p for p in problems if p.is_error or p.field != "security"]

    def _outdate(self) -> None:
        self._tested = None
        self._panel.mark_outdated(translate("credentials_signin", SETTINGS_CHANGED))


def sign_in_for_test(account: AccountSettings, *, typed: str, store: SecretStore) -> SignIn:
    """How a Test signs in: with the kept Microsoft or Google sign-in, the password just
    typed, or the saved one (read from the store when the Test signs in)."""
    if account.sign_in.is_oauth:
        return sign_in_for(account, store)
    if typed:
        return TypedPassword(account.user, typed)
    return StoredPassword(account.user, account.secret_name, store)


def _server(draft: AccountDraft) -> tuple[str, str, str]:
    d = draft.normalized()
    return d.host, d.port, d.security
