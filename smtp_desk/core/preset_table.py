"""The provider presets' table: hosts, ports, limits and help for each mail provider.

Every number about a provider lives in :data:`PRESETS`, so a fact that changes is
corrected in one place. Sources: the providers' own documentation, collected in the
project's provider reference; limits marked there as third-party are shown to the office
as approximate ("about 500 a day"), never as promises. :mod:`smtp_desk.core.presets` finds
a preset and applies it to an account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smtp_desk.core.account import Security
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "PRESETS",
    "SES_DEFAULT_REGION",
    "SES_REGIONS",
    "AppPasswordShape",
    "Preset",
    "ses_region",
]

SSL, STARTTLS = Security.SSL, Security.STARTTLS

SES_REGIONS: tuple[str, ...] = (
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "me-south-1",
    "me-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-south-1",
    "eu-north-1",
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "sa-east-1",
    "af-south-1",
    "il-central-1",
)
SES_DEFAULT_REGION = "ap-south-1"  # Mumbai: nearest to most societies using this program
_SES_HOST = re.compile(r"^email-smtp\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com$")


@dataclass(frozen=True)
class AppPasswordShape:
    """What the provider's generated app password looks like, for a friendly warning."""

    length: int
    alphabet: str  # "letters" or "letters and digits" (marked where given, shown translated)

    def fits(self, password: str) -> bool:
        compact = "".join(password.split())
        if len(compact) != self.length or not compact.isascii():
            return False
        return compact.isalpha() if self.alphabet == "letters" else compact.isalnum()


@dataclass(frozen=True, kw_only=True)
class Preset:
    """One provider's connection facts, limits and help. ``endpoints[0]`` is the default."""

    id: str
    name: str
    host: str
    endpoints: tuple[tuple[int, Security], ...]
    other_hosts: tuple[str, ...] = ()
    user_hint: str = QT_TRANSLATE_NOOP("preset_table", "your full email address")
    user_fixed: str = ""  # the user ID the provider requires literally (SendGrid: apikey)
    user_is_address: bool = True
    password_kind: str = QT_TRANSLATE_NOOP("preset_table", "password")
    app_password: AppPasswordShape | None = None
    from_rule: str = ""  # what happens when From is not the login address
    daily_limit: int | None = None
    minute_limit: int | None = None
    per_connection: int | None = None  # messages before the connection should be renewed
    max_message_mb: int | None = None
    limit_text: str = ""
    help: str = ""
    caution: str = ""  # shown as a warning whenever this preset is chosen
    learn_url: str = ""

    @property
    def is_custom(self) -> bool:
        return self.id == "custom"

    @property
    def port(self) -> int:
        return self.endpoints[0][0]

    @property
    def security(self) -> Security:
        return self.endpoints[0][1]

    def matches(self, host: str, port: int | None, security: Security | None) -> bool:
        """True when host, port and security are ones this provider documents."""
        if self.is_custom:
            return True
        name = host.strip().rstrip(".").lower()
        if self.id == "practice":  # the embedded server: loopback, a port chosen at start
            return name in ("127.0.0.1", "localhost") and security is Security.STARTTLS
        if self.id == "ses":
            host_ok = _SES_HOST.match(name) is not None
        else:
            host_ok = name == self.host or name in self.other_hosts
        return host_ok and (port, security) in self.endpoints


# The texts a person reads (names in prose, hints, rules, limits, help, cautions) are marked
# for translation here and shown through translate("preset_table", ...) where they are shown;
# each is one whole literal, so a text shared by two presets is written out in both.
_ZOHO_LIMITS = QT_TRANSLATE_NOOP(
    "preset_table",
    "Zoho limits external mail to roughly 50–500 messages an hour, by plan (approximate).",
)
_ZOHO_FROM = QT_TRANSLATE_NOOP(
    "preset_table", "Zoho accepts only the account address or one of its aliases as From."
)
_ZOHO_PASSWORD = AppPasswordShape(12, QT_TRANSLATE_NOOP("preset_table", "letters and digits"))
_LETTERS = QT_TRANSLATE_NOOP("preset_table", "letters")


def _zoho(preset_id: str, name: str, tld: str, *, help: str) -> Preset:
    """Zoho Mail: the same service on its Indian (.in) and worldwide (.com) hosts."""
    return Preset(
        id=preset_id,
        name=name,
        host=f"smtp.zoho.{tld}",
        other_hosts=(f"smtppro.zoho.{tld}",),
        endpoints=((465, SSL), (587, STARTTLS)),
        password_kind=QT_TRANSLATE_NOOP("preset_table", "application-specific password"),
        app_password=_ZOHO_PASSWORD,
        from_rule=_ZOHO_FROM,
        limit_text=_ZOHO_LIMITS,
        help=help,
        learn_url=f"https://accounts.zoho.{tld}/home#security/app_password",
    )


def _mailgun(preset_id: str, name: str, region: str, *, help: str) -> Preset:
    """Mailgun: the same service in its US and EU (``eu.``) regions."""
    return Preset(
        id=preset_id,
        name=name,
        host=f"smtp.{region}mailgun.org",
        endpoints=((587, STARTTLS), (465, SSL), (2525, STARTTLS), (25, STARTTLS)),
        user_hint=QT_TRANSLATE_NOOP(
            "preset_table", "the domain's SMTP login, e.g. postmaster@mg.yoursociety.in"
        ),
        password_kind=QT_TRANSLATE_NOOP(
            "preset_table", "SMTP credential password (not the dashboard password)"
        ),
        limit_text=QT_TRANSLATE_NOOP("preset_table", "Mailgun's limit depends on the plan."),
        help=help,
        learn_url=f"https://app.{region}mailgun.com/",
    )


PRESETS: tuple[Preset, ...] = (
    Preset(
        id="gmail",
        name="Gmail",
        host="smtp.gmail.com",
        endpoints=((587, STARTTLS), (465, SSL)),
        password_kind=QT_TRANSLATE_NOOP("preset_table", "16-letter App Password"),
        app_password=AppPasswordShape(16, _LETTERS),
        from_rule=QT_TRANSLATE_NOOP(
            "preset_table",
            "Gmail replaces a From address that is not this account "
            "(or one of its verified 'Send mail as' addresses) with the account address.",
        ),
        daily_limit=500,
        max_message_mb=25,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table", "A free Gmail account sends about 500 emails a day."
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Gmail accepts only an App Password here, not your normal Gmail password. "
            "Turn on 2-Step Verification for the account, then create an App Password "
            "(16 letters, shown as four groups of four) and paste it below.",
        ),
        learn_url="https://myaccount.google.com/apppasswords",
    ),
    Preset(
        id="workspace",
        name="Google Workspace",
        host="smtp.gmail.com",
        endpoints=((587, STARTTLS), (465, SSL)),
        user_hint=QT_TRANSLATE_NOOP("preset_table", "your full Workspace address"),
        password_kind=QT_TRANSLATE_NOOP("preset_table", "16-letter App Password"),
        app_password=AppPasswordShape(16, _LETTERS),
        from_rule=QT_TRANSLATE_NOOP(
            "preset_table",
            "Google replaces a From address that is not this account "
            "(or one of its verified 'Send mail as' addresses) with the account address.",
        ),
        daily_limit=2000,
        max_message_mb=25,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table",
            "Google Workspace allows 2,000 emails a day (500 during the trial), "
            "counted over a rolling 24 hours; going over blocks sending for up to a day.",
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Gmail accepts only an App Password here, not your normal Gmail password. "
            "Turn on 2-Step Verification for the account, then create an App Password "
            "(16 letters, shown as four groups of four) and paste it below. "
            "Your Workspace administrator must allow App Passwords.",
        ),
        learn_url="https://myaccount.google.com/apppasswords",
    ),
    Preset(
        id="office365",
        name="Microsoft 365",
        host="smtp.office365.com",
        endpoints=((587, STARTTLS),),
        user_hint=QT_TRANSLATE_NOOP("preset_table", "the full mailbox address"),
        from_rule=QT_TRANSLATE_NOOP(
            "preset_table",
            "Microsoft 365 refuses a From address other than the mailbox unless the "
            "mailbox has 'Send As' permission for it (554 5.2.0 SendAsDenied).",
        ),
        daily_limit=10000,
        minute_limit=30,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table",
            "Microsoft 365 allows 30 emails a minute and 10,000 recipients a day; "
            "port 587 with STARTTLS only (465 is not offered).",
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Sign in with Microsoft (the society's IT person registers SMTP Desk once in "
            "Microsoft Entra) and ask the IT administrator to turn on 'Authenticated SMTP' for "
            "this mailbox; it is off in new tenants and under Security Defaults.",
        ),
        learn_url="https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/"
        "authenticated-client-smtp-submission",
    ),
    Preset(
        id="outlook",
        name="Outlook.com / Hotmail",
        host="smtp-mail.outlook.com",
        endpoints=((587, STARTTLS),),
        max_message_mb=25,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table",
            "5,000 recipients a day for Microsoft 365 subscribers; less for free accounts.",
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Outlook.com and Hotmail addresses, with Sign in with Microsoft (a personal "
            "Microsoft account: tenant 'consumers').",
        ),
    ),
    _zoho(
        "zoho-in",
        "Zoho Mail India",
        "in",
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Use the full Zoho address as user ID. If two-factor sign-in is on, create an "
            "application-specific password (12 letters and digits) in Zoho Accounts > Security "
            "and use it here. From must be this account or one of its aliases. "
            "Paid organisation accounts use smtppro.zoho.in.",
        ),
    ),
    _zoho(
        "zoho",
        "Zoho Mail",
        "com",
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Use the full Zoho address as user ID. If two-factor sign-in is on, create an "
            "application-specific password (12 letters and digits) in Zoho Accounts > Security "
            "and use it here. From must be this account or one of its aliases. "
            "Paid organisation accounts use smtppro.zoho.com.",
        ),
    ),
    Preset(
        id="yahoo",
        name="Yahoo Mail",
        host="smtp.mail.yahoo.com",
        endpoints=((465, SSL), (587, STARTTLS)),
        password_kind=QT_TRANSLATE_NOOP("preset_table", "16-letter app password"),
        app_password=AppPasswordShape(16, _LETTERS),
        from_rule=QT_TRANSLATE_NOOP("preset_table", "Yahoo sends only as this account."),
        limit_text=QT_TRANSLATE_NOOP("preset_table", "Yahoo does not publish its sending limits."),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Yahoo needs an app password: Account Security > Generate app password "
            "(16 letters). Your normal Yahoo password will be refused.",
        ),
        learn_url="https://login.yahoo.com/account/security",
    ),
    Preset(
        id="ses",
        name="Amazon SES",
        host="email-smtp.{region}.amazonaws.com",
        endpoints=((587, STARTTLS), (465, SSL), (2587, STARTTLS), (2465, SSL), (25, STARTTLS)),
        user_hint=QT_TRANSLATE_NOOP("preset_table", "the SES SMTP user name for this region"),
        user_is_address=False,
        password_kind=QT_TRANSLATE_NOOP(
            "preset_table", "SES SMTP password (not the AWS secret key)"
        ),
        daily_limit=200,
        minute_limit=60,
        max_message_mb=40,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table",
            "A new SES account (sandbox) sends 200 emails a day, 1 a second, only "
            "to verified addresses; raise these limits here once AWS grants production access.",
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Create SMTP credentials in the SES console of the chosen region; they differ "
            "per region. The From address or its domain must be verified in SES.",
        ),
        learn_url="https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html",
    ),
    Preset(
        id="sendgrid",
        name="SendGrid",
        host="smtp.sendgrid.net",
        endpoints=((587, STARTTLS), (465, SSL), (2525, STARTTLS), (25, STARTTLS)),
        user_hint="apikey",  # the literal user ID: not translated
        user_fixed="apikey",
        user_is_address=False,
        password_kind=QT_TRANSLATE_NOOP(
            "preset_table", "SendGrid API key with Mail Send permission"
        ),
        per_connection=5000,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table",
            "SendGrid's limit depends on the plan; at most 5,000 messages per connection.",
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "The user ID is literally the word 'apikey'. Paste an API key with "
            "'Mail Send' permission as the password. The From address must be a verified "
            "sender.",
        ),
        learn_url="https://app.sendgrid.com/settings/api_keys",
    ),
    _mailgun(
        "mailgun",
        "Mailgun (US)",
        "",
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Use the SMTP credentials of your sending domain (Sending > Domain settings).",
        ),
    ),
    _mailgun(
        "mailgun-eu",
        "Mailgun (EU)",
        "eu.",
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "For domains created in Mailgun's EU region. "
            "Use the SMTP credentials of your sending domain (Sending > Domain settings).",
        ),
    ),
    Preset(
        id="brevo",
        name="Brevo",
        host="smtp-relay.brevo.com",
        endpoints=((587, STARTTLS), (465, SSL), (2525, STARTTLS)),
        user_hint=QT_TRANSLATE_NOOP(
            "preset_table", "the SMTP login shown in Brevo's SMTP & API settings"
        ),
        password_kind=QT_TRANSLATE_NOOP("preset_table", "SMTP key (not the API key)"),
        daily_limit=300,
        limit_text=QT_TRANSLATE_NOOP("preset_table", "Brevo's free plan sends 300 emails a day."),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "In Brevo open SMTP & API > SMTP, copy the login and generate an SMTP key.",
        ),
        learn_url="https://app.brevo.com/settings/keys/smtp",
    ),
    Preset(
        id="postmark",
        name="Postmark",
        host="smtp.postmarkapp.com",
        endpoints=((587, STARTTLS), (2525, STARTTLS), (25, STARTTLS)),
        user_hint=QT_TRANSLATE_NOOP("preset_table", "the server API token"),
        user_is_address=False,
        password_kind=QT_TRANSLATE_NOOP("preset_table", "the same server API token"),
        max_message_mb=10,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table", "Postmark allows 10 MB per message; volume depends on the plan."
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Paste the server API token as both user ID and password. Port 465 is not offered.",
        ),
        learn_url="https://account.postmarkapp.com/servers",
    ),
    Preset(
        id="practice",
        name=QT_TRANSLATE_NOOP("preset_table", "Practice (no real email leaves this PC)"),
        host="127.0.0.1",
        endpoints=((587, STARTTLS),),
        user_hint="practice",  # the literal user ID: not translated
        user_fixed="practice",
        user_is_address=False,
        password_kind=QT_TRANSLATE_NOOP("preset_table", "password made for this practice session"),
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table", "No limits: messages stay in the test inbox on this PC."
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "SMTP Desk's own mail server: every message is kept in the test inbox "
            "(Send > Test Inbox) and nothing leaves this PC. Use it to learn the month-end "
            "routine; File > Practice Mode switches between practice and real work.",
        ),
        caution=QT_TRANSLATE_NOOP(
            "preset_table",
            "Practice only: no member receives anything. It works in practice mode "
            "(File > Practice Mode); for real work choose your provider.",
        ),
    ),
    Preset(
        id="custom",
        name=QT_TRANSLATE_NOOP("preset_table", "Custom (society's own server)"),
        host="",
        endpoints=((587, STARTTLS), (465, SSL)),
        user_hint=QT_TRANSLATE_NOOP("preset_table", "as given by whoever runs the mail server"),
        user_is_address=False,
        limit_text=QT_TRANSLATE_NOOP(
            "preset_table", "No limits are assumed; set them if your provider has any."
        ),
        help=QT_TRANSLATE_NOOP(
            "preset_table",
            "Enter the server your provider or web host gave you, e.g. mail.yoursociety.in. "
            "Port 587 uses STARTTLS and 465 uses SSL/TLS; port 25 is often blocked by "
            "internet providers.",
        ),
    ),
)


def ses_region(host: str) -> str | None:
    """The AWS region named in an SES SMTP host, or None."""
    found = _SES_HOST.match(host.strip().rstrip(".").lower())
    return found.group(1) if found else None
