"""The account's mailbox: which IMAP server it is, and how SMTP Desk signs in to it.

One policy for every reader of the mailbox (settling unconfirmed messages, bounces, the
connection test, the copy filed in Sent): the server given with the account, else the
provider's own (Gmail, Microsoft 365, Zoho, Yahoo), signed in the same way as sending
(the same password, or the same Sign in with Microsoft/Google asking for the IMAP scope).
"""

from __future__ import annotations

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.i18n import translate
from smtp_desk.core.imap import MailboxError
from smtp_desk.core.imap_settings import ImapSecurity, ImapSettings, imap_defaults
from smtp_desk.core.oauth import OAuthSignIn, sign_in_for
from smtp_desk.core.oauth_apps import TokenPurpose
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.signin import SignIn

__all__ = ["mailbox_for", "mailbox_of", "mailbox_sign_in"]


def mailbox_of(account: AccountSettings) -> ImapSettings | None:
    """The account's IMAP server: the one given, else the provider's (Gmail, Microsoft 365,
    Zoho, Yahoo: their presets know it), else None."""
    if account.imap_host:
        security = ImapSecurity(account.imap_security or ImapSecurity.SSL.value)
        return ImapSettings(account.imap_host, account.imap_port or 993, security)
    return imap_defaults(account.preset)


def mailbox_for(account: AccountSettings) -> ImapSettings:
    """:func:`mailbox_of`, or :class:`MailboxError` saying how to set it up."""
    settings = mailbox_of(account)
    if settings is None:
        raise MailboxError(
            translate(
                "mailbox",
                "the mailbox (IMAP) is not set up, so it cannot be read: give its server "
                "in Email Credentials or with smtp-desk configure --imap-host",
            )
        )
    return settings


def mailbox_sign_in(account: AccountSettings, store: SecretStore | None = None) -> SignIn:
    """How the mailbox is signed in to: the account's password, or its Microsoft/Google
    sign-in asking for a token to read mail (IMAP), not to send. Nothing is read from the
    credential store until a connection asks; a sign-in that lacks consent to read the
    mailbox says then, in plain words, to sign in again."""
    secrets = store or SecretStore()
    if account.sign_in.is_oauth:
        return OAuthSignIn(account, secrets, purpose=TokenPurpose.MAILBOX)
    return sign_in_for(account, secrets)
