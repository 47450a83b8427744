"""The account's mailbox: which IMAP server it is, and how SMTP Desk signs in to it.

One policy for every reader of the mailbox (settling unconfirmed messages, bounces, the
connection test, the copy filed in Sent): the server given with the account, else the
provider's own (Gmail, Microsoft 365, Zoho, Yahoo), signed in the same way as sending
(the same password, or the same Sign in with Microsoft/Google asking for the IMAP scope).
"""

from __future__ import annotations

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.i18n import translate
from smtp_desk.core.imap import MailboxError
from smtp_desk.core.imap_settings import ImapSecurity, ImapSettings, imap_defaults
from smtp_desk.core.oauth import OAuthSignIn, sign_in_for
from smtp_desk.core.oauth_apps import TokenPurpose
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.signin import SignIn
from smtp_desk.core.validation import InvalidAccount, checked_account

__all__ = [
    "MailboxUnavailable",
    "mailbox_for",
    "mailbox_of",
    "mailbox_sign_in",
    "saved_mailbox_account",
]


def mailbox_of(account: AccountSettings) -> ImapSettings | None:
    """The account's IMAP server: the one given, else the provider's (Gmail, Microsoft 365,
    Zoho, Yahoo: their presets know it), else None."""
    if account.imap_host:
        security = ImapSecurity(account.imap_security or ImapSecurity.SSL.value)
        return ImapSettings(account.imap_host, account.imap_port or 993, security)
    return imap_defaults(account.preset)


def mailbox_for(account: AccountSettings) -> ImapSettings:
    """:func:`mailbox_of`, or :class:`MailboxUnavailable` saying how to set it up."""
    settings = mailbox_of(account)
    if settings is None:
        raise MailboxUnavailable(
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


class MailboxUnavailable(MailboxError):
    """No mailbox can be read with the saved settings (none saved, unusable, or no IMAP
    server): nothing was tried; the text says what to set up."""


def saved_mailbox_account(folder: DataFolder) -> AccountSettings:
    """The saved account, checked, when its mailbox can be read — for every reader of the
    mailbox that starts from the data folder (the window's bounce reads, ``smtp-desk
    bounces``); :class:`MailboxUnavailable` saying what to set up otherwise."""
    try:
        draft = load_settings(folder.settings_file).account
    except SettingsError as exc:
        raise MailboxUnavailable(str(exc)) from None
    if draft is None:
        raise MailboxUnavailable(
            translate(
                "mailbox",
                "no email account is saved yet: set it up in Email Credentials (or with "
                "smtp-desk configure)",
            )
        )
    try:
        account = checked_account(draft, password_stored=True)
    except InvalidAccount as exc:
        raise MailboxUnavailable(
            translate(
                "mailbox",
                "the saved email settings need correcting in Email Credentials first ({problems})",
            ).format(problems="; ".join(p.message for p in exc.problems))
        ) from None
    mailbox_for(account)  # MailboxError (plain words) without an IMAP server
    return account
