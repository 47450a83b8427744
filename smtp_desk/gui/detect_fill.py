"""How settings found from the address fill the Email Credentials form, without Qt.

The rule the page follows: what was found fills the provider, host, port, security and
sign-in only while the clerk has not set them by hand since they were last *placed* (by a
provider picked in the list, by the previous finding, or when the form was loaded). A
server typed by hand is never overwritten; the finding is offered instead. The mailbox
(IMAP) a domain's settings file names fills the mailbox fields the same way: only while
they are as placed, and a finding without one leaves them alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from smtp_desk.core.account import AccountDraft, SignInMethod
from smtp_desk.core.detect import Detected
from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth_apps import built_in_client
from smtp_desk.core.validation_signin import methods_for

__all__ = ["Placed", "address_domain", "filled", "found_sentence", "with_found"]


def address_domain(text: str) -> str:
    """The domain of a whole address ("accounts@greenpark.in" → "greenpark.in"), or ""
    while the text is not one yet (no "@", or no dot after it)."""
    local, at, domain = text.strip().rpartition("@")
    domain = domain.rstrip(".").lower()
    if not at or not local or "." not in domain or " " in domain:
        return ""
    first, _, last = domain.rpartition(".")
    return domain if first and len(last) >= 2 else ""


@dataclass(frozen=True)
class Placed:
    """The server settings and the sign-in as they were last placed in the form (not by
    the clerk's hands)."""

    host: str
    port: str
    security: str
    sign_in: str
    mailbox: tuple[str, str, str] = ("", "", "")  # the IMAP host, port and security

    @classmethod
    def of(cls, draft: AccountDraft) -> Placed:
        d = draft.normalized()
        return cls(
            d.host, d.port, d.security, d.sign_in, (d.imap_host, d.imap_port, d.imap_security)
        )

    def server_kept(self, draft: AccountDraft) -> bool:
        """Host, port and security are still as they were placed."""
        now = Placed.of(draft)
        return (now.host, now.port, now.security) == (self.host, self.port, self.security)

    def sign_in_kept(self, draft: AccountDraft) -> bool:
        return Placed.of(draft).sign_in == self.sign_in

    def mailbox_kept(self, draft: AccountDraft) -> bool:
        """The mailbox's fields are still as they were placed."""
        return Placed.of(draft).mailbox == self.mailbox


def with_found(
    draft: AccountDraft, found: Detected, *, keep_sign_in: bool, mailbox: bool = True
) -> AccountDraft:
    """The draft with what was found. Sign in with Microsoft is taken only when a client ID
    is at hand (built in, or typed); otherwise the password stays (the switch-off notice
    then says why it should not). A sign-in the clerk chose stays when the provider
    offers it (``keep_sign_in``). A mailbox found goes in with ``mailbox``."""
    wanted = found.sign_in
    if wanted is SignInMethod.MICROSOFT and not (
        built_in_client(SignInMethod.MICROSOFT) or draft.oauth_client_id.strip()
    ):
        wanted = SignInMethod.PASSWORD
    offered = {m.value for m in methods_for(found.preset)}
    current = draft.normalized().sign_in
    if keep_sign_in and current in offered:
        sign_in = current
    else:
        sign_in = wanted.value if wanted.value in offered else SignInMethod.PASSWORD.value
    filled = draft.with_changes(
        preset=found.preset,
        host=found.host,
        port=str(found.port),
        security=found.security.value,
        sign_in=sign_in,
    )
    # the mailbox found, or none (the provider's own then): a server found for an earlier
    # address must never stay, or this address's password would be sent to it
    return filled.with_changes(**found.mailbox()) if mailbox else filled


def filled(draft: AccountDraft, found: Detected, *, placed: Placed | None) -> AccountDraft | None:
    """The draft filled with what was found, or None: nothing was found, or the clerk set
    the server by hand since it was ``placed``."""
    if not found.found or placed is None or not placed.server_kept(draft):
        return None
    return with_found(
        draft,
        found,
        keep_sign_in=not placed.sign_in_kept(draft),
        mailbox=placed.mailbox_kept(draft),
    )


def found_sentence(found: Detected, *, applied: bool) -> str:
    """The line under the address: where the settings came from, or why none were found."""
    if not found.found:
        return _capitalised(found.detail) + "."
    if applied:
        return translate("detect_fill", "Found: {detail}.").format(detail=found.detail)
    server = translate("detect_fill", "{host}, port {port}, {security}").format(
        host=found.host, port=found.port, security=translate("account", found.security.label)
    )
    return translate(
        "detect_fill", "Found: {detail} ({server}). Not filled in, as you set the server yourself."
    ).format(detail=found.detail, server=server)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
