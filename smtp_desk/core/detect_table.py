"""What an address's domain says about its mail provider: the bundled table of common
mailbox domains, and the mail (MX) hosts of the providers a society's own domain is
usually hosted with.

The big providers map to their presets (whose facts live in
:mod:`smtp_desk.core.preset_table`); the Indian web hosts that sell mail with a domain
(GoDaddy, Titan, Hostinger, BigRock, Rediffmail Pro, Net4) have no preset, so their
submission server is given here, to be confirmed by the connection test.
"""

from __future__ import annotations

from dataclasses import dataclass

from smtp_desk.core.account import Security, SignInMethod

__all__ = ["KNOWN_DOMAINS", "MX_PROVIDERS", "Hosted", "mx_provider"]

SSL, STARTTLS = Security.SSL, Security.STARTTLS


@dataclass(frozen=True)
class Hosted:
    """A provider found from a domain: a preset, or (``preset="custom"``) a server."""

    name: str  # for "your domain's mail is handled by …"
    preset: str
    host: str = ""  # only for custom: the provider's submission server
    port: int = 0
    security: Security = STARTTLS
    sign_in: SignInMethod = SignInMethod.PASSWORD


_GMAIL = Hosted("Gmail", "gmail")
_OUTLOOK = Hosted("Outlook.com", "outlook", sign_in=SignInMethod.MICROSOFT)
_YAHOO = Hosted("Yahoo Mail", "yahoo")
_ZOHO = Hosted("Zoho Mail", "zoho")
_ZOHO_IN = Hosted("Zoho Mail India", "zoho-in")

# Mailbox domains anyone can sign up for: the provider is known without asking DNS.
KNOWN_DOMAINS: dict[str, Hosted] = {
    "gmail.com": _GMAIL,
    "googlemail.com": _GMAIL,
    "outlook.com": _OUTLOOK,
    "outlook.in": _OUTLOOK,
    "hotmail.com": _OUTLOOK,
    "live.com": _OUTLOOK,
    "msn.com": _OUTLOOK,
    "yahoo.com": _YAHOO,
    "yahoo.co.in": _YAHOO,
    "yahoo.in": _YAHOO,
    "ymail.com": _YAHOO,
    "rocketmail.com": _YAHOO,
    "zoho.com": _ZOHO,
    "zohomail.com": _ZOHO,
    "zohomail.in": _ZOHO_IN,
    "rediffmail.com": Hosted("Rediffmail", "custom", "smtp.rediffmail.com", 465, SSL),
}

# (MX host suffix, provider) — the first suffix that ends an MX host wins.
MX_PROVIDERS: tuple[tuple[str, Hosted], ...] = (
    ("aspmx.l.google.com", Hosted("Google Workspace", "workspace")),
    (".google.com", Hosted("Google Workspace", "workspace")),
    (".googlemail.com", Hosted("Google Workspace", "workspace")),
    (
        ".mail.protection.outlook.com",
        Hosted("Microsoft 365", "office365", sign_in=SignInMethod.MICROSOFT),
    ),
    ("mx.zoho.in", _ZOHO_IN),
    (".zoho.in", _ZOHO_IN),
    ("mx.zoho.com", _ZOHO),
    (".zoho.com", _ZOHO),
    (
        ".titan.email",
        Hosted("Titan (GoDaddy Professional Email)", "custom", "smtp.titan.email", 465, SSL),
    ),
    (".secureserver.net", Hosted("GoDaddy", "custom", "smtpout.secureserver.net", 465, SSL)),
    (".hostinger.com", Hosted("Hostinger", "custom", "smtp.hostinger.com", 465, SSL)),
    (".hostinger.in", Hosted("Hostinger", "custom", "smtp.hostinger.com", 465, SSL)),
    (".mailhostbox.com", Hosted("BigRock", "custom", "smtp.mailhostbox.com", 587, STARTTLS)),
    (".rediffmailpro.com", Hosted("Rediffmail Pro", "custom", "smtp.rediffmailpro.com", 465, SSL)),
    (".net4india.com", Hosted("Net4", "custom", "smtp.net4india.com", 587, STARTTLS)),
    (".yahoodns.net", _YAHOO),
)


def mx_provider(mx_host: str) -> Hosted | None:
    """The provider whose mail servers ``mx_host`` belongs to, if it is one we know."""
    name = mx_host.strip().rstrip(".").lower()
    for suffix, hosted in MX_PROVIDERS:
        if name == suffix.lstrip(".") or name.endswith(suffix):
            return hosted
    return None
