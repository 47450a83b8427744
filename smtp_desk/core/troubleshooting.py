"""Troubleshooting: the problems a society's office meets, each a :class:`Topic` in plain
words (Markdown), and which topic helps with each diagnosis category (:func:`topic_for`).

The window shows them under Help > Troubleshooting and beside every diagnosis; the text is
written for the clerk, or to be copied into an email to the society's IT person.
"""

from __future__ import annotations

from dataclasses import dataclass

from smtp_desk.core.advice import FAMILIES
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["CHECKLIST", "GENERAL", "TOPICS", "Topic", "matching", "topic", "topic_for"]

CHECKLIST = "docs/microsoft-365-sign-in.md"  # the IT person's Microsoft sign-in checklist
GENERAL = "asking-for-help"  # the topic for a problem no other topic is about


@dataclass(frozen=True)
class Topic:
    """One problem: a stable ``id`` (links and tests use it), a title, the text (Markdown);
    both in English, marked for translation (:meth:`shown_title`, :meth:`markdown`)."""

    id: str
    title: str
    text: str

    def __str__(self) -> str:
        return self.title

    def shown_title(self) -> str:
        """The title in the window's language."""
        return translate("troubleshooting", self.title)

    def markdown(self) -> str:
        """The topic with its title as a heading, in the window's language: to show, or to
        paste into an email."""
        text = translate("troubleshooting", self.text)
        return f"## {self.shown_title()}\n\n{text.strip()}\n"


_EXPIRED = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
SMTP Desk signs in to the society's mailbox with the password saved in **Email
Credentials**. When the provider says *the user ID or password was not accepted*, the
password usually changed since it was saved:

- someone changed it on a phone, in webmail or at the provider's request;
- the organisation makes passwords **expire** (every 90 days, say) and it has just expired;
- for Gmail, Yahoo and Zoho with two-step sign-in, the saved one is an App Password and it
  was **revoked** (Google revokes every App Password when the account's password changes).

**What to do**

1. Sign in to the mailbox's webmail in a browser with the same address and password. If
   that fails too, the password is wrong or expired: change or reset it there first.
2. Open **Email Credentials**, type the password again, press **Save**, then **Test**.
3. The user ID is the **full address** (`billing@yoursociety.in`), not only the name.
4. Webmail works but SMTP Desk is refused? The provider wants an App Password
   ([App Password](#app-password)) or Sign in with Microsoft ([Microsoft](#microsoft)).

*No password saved* means this computer's password store (Windows Credential Manager) has
none for the account: it was never saved, or Windows was reinstalled or another Windows user
is signed in. Type it again in Email Credentials and press Save. SMTP Desk never writes the
password into a file or the log.
""",
)

_APP_SPECIFIC = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
Gmail, Yahoo and Zoho (with two-step sign-in) do not let programs use the account's
normal password. They want an **App Password**: a separate 16-letter password made for one
program, which can be withdrawn without changing the real one.

**Gmail and Google Workspace**

1. Turn on **2-Step Verification**: <https://myaccount.google.com/security>.
2. Open <https://myaccount.google.com/apppasswords>, name it `SMTP Desk`, press Create.
3. Copy the 16 letters (shown as `abcd efgh ijkl mnop`; the spaces do not matter) into
   **Email Credentials > Password**, press **Save**, then **Test**.

For Workspace the administrator must allow 2-Step Verification. App Passwords are not
offered to accounts with only security keys or Advanced Protection: use Sign in with Google.

**Yahoo**: Account Info > **Account Security** > *Generate app password*.

**Zoho**: <https://accounts.zoho.in> > **Security** > *App Passwords* > *Generate New
Password* (accounts.zoho.com outside India).

Changing the account's real password later withdraws the App Password: make a new one.
""",
)

_MICROSOFT = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
Microsoft stops accepting a password from programs: Outlook.com and Hotmail already did
(September 2024); Microsoft 365 switches it off by default from the end of December 2026,
and new organisations or ones with *Security Defaults* have it off already. SMTP Desk then
**signs in with Microsoft**: a person signs in once in the browser, and SMTP Desk keeps and
renews the sign-in itself.

- **Sign in again**: the sign-in ends when the mailbox's password changes, after 90 days
  without sending, or when the IT person withdraws it. Click *Sign in* in Email Credentials.
- **An administrator must approve SMTP Desk**: the IT person grants admin consent for the
  app's `SMTP.Send` permission (Entra admin centre > App registrations > API permissions).
- **Authenticated SMTP is switched off for this mailbox** (5.7.139): even signed in, the
  mailbox must allow it. Microsoft 365 admin centre > Users > the mailbox > Mail > *Manage
  email apps* > tick **Authenticated SMTP**, or in PowerShell
  `Set-CASMailbox -Identity billing@yoursociety.in -SmtpClientAuthenticationDisabled $false`.
  It can take an hour to reach the mail servers.
- **The app registration is missing**: the society registers SMTP Desk once in Microsoft
  Entra (about ten minutes). The steps are in the checklist for your IT person:
  [microsoft-365-sign-in.md](docs/microsoft-365-sign-in.md).
- **A different account was used**: sign in as the mailbox shown in User ID.

**Sign in with Google** works the same way for Gmail and Workspace, with an OAuth client the
IT person creates in the Google Cloud console (Email Credentials shows the steps).
""",
)

_CONNECTION = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
The **port** and the **security** go together; a mismatch looks like a server that hangs
up or never answers:

| Port | Security | Used by |
|---|---|---|
| 587 | STARTTLS | almost every provider; the only one for Microsoft 365 |
| 465 | SSL/TLS | Gmail, Yahoo, Zoho and most hosting companies |
| 25 | — | servers among themselves; blocked by most internet providers |

Choose the provider in **Email Credentials** and SMTP Desk fills both in; **Test** tries the
other pairings and offers the one that works (*Use these settings*).

*The server does not offer encryption* or *does not offer sign-in*: the host or port is not
the provider's submission server. For Microsoft, see [Microsoft](#microsoft).
An antivirus that scans mail can break the secure connection too: see
[Firewall](#firewall).
""",
)

_FIREWALL = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
When the server **refuses the connection** or **does not answer in time**, something between
this computer and the provider stops the mail:

- **Port 25 is blocked** by almost every internet provider (Jio, Airtel, BSNL …). Use
  587 with STARTTLS or 465 with SSL/TLS.
- An **antivirus** with "email protection" or "scan outgoing mail" (Quick Heal, Kaspersky,
  ESET, Avast …) stands in the way: allow SMTP Desk, or turn off scanning of outgoing mail.
- The **office network's firewall** allows web pages only: ask whoever manages it to allow
  outgoing connections to the provider's SMTP host on ports 587 and 465.

**For the IT person**: in PowerShell, `Test-NetConnection smtp.gmail.com -Port 587` must say
`TcpTestSucceeded : True`. A quick check: connect the PC to a phone's hotspot and press
Test again; if it works there, the office network blocks it.
""",
)

_NO_INTERNET = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
*The mail server's name was not found* means this computer could not look up the SMTP
host: there is no internet, or the host is misspelt.

1. Open any website. If none opens, fix the internet connection (cable, Wi-Fi, router).
2. Check the host in **Email Credentials** letter by letter (`smtp.gmail.com`, not
   `smtp.gmail.con` or `gmail.com`).
3. Still not found? The IT person can try `nslookup smtp.gmail.com` in a Command Prompt;
   a failing answer points at the network's DNS settings.

**Sign in with Microsoft or Google** also needs their sign-in services:
`login.microsoftonline.com`, or `accounts.google.com` and `oauth2.googleapis.com`. A
network that blocks them stops the sign-in; ask for them to be allowed.
""",
)

_CERTIFICATE = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
SMTP Desk checks the mail server's **certificate** before it sends the password, and
refuses a connection it cannot trust. Usual reasons:

- **The computer's clock is wrong.** Certificates and sign-ins are checked against today's
  date. Windows: Settings > Time & language > *Set time automatically*, and the right time
  zone (India: UTC+05:30).
- **An antivirus replaces the certificate** to look inside mail ("SSL scanning", "HTTPS
  scanning", "email scanning"). Turn that off for mail, or allow SMTP Desk.
- **The host is an IP address or the website's name.** Use the provider's exact SMTP host
  (`smtp.gmail.com`, `smtp.office365.com`).
- **The society's own mail server** has a self-signed or expired certificate: its
  administrator installs a proper one (Let's Encrypt is free).
""",
)

_DAILY_LIMIT = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
Every provider limits how many emails an account sends in a day, counted over the
**last 24 hours**:

| Account | About |
|---|---|
| Gmail (free) | 500 a day |
| Google Workspace | 2,000 a day (500 during the trial) |
| Microsoft 365 | 10,000 recipients a day, 30 a minute |
| Zoho | 50–500 an hour, by plan |
| Brevo (free) | 300 a day |

**What SMTP Desk does**

- **Prepare** shows the plan: how many go now and how many later, counting what the
  register shows was sent in the last 24 hours.
- During the run it stops at the limit; the rest **wait**. The notice says from when they
  can go. With *Continue automatically when allowed* ticked and SMTP Desk left open, it
  goes on by itself; or press **Start** later. **Nobody gets a second copy.**
- When the provider refuses earlier (its count includes mail sent from webmail or a
  phone), SMTP Desk learns the real limit from the reply and plans with it next time.
- *The server asked to try again later* is the provider slowing down a busy account:
  SMTP Desk waits and tries again by itself.

Your own limit: **Email Credentials > Limits** (messages a day and a minute). A society
larger than the account allows can use Google Workspace or a sending service (Amazon SES,
SendGrid, Mailgun, Brevo, Postmark, Zoho's paid plans).
""",
)

_FROM_REFUSED = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
Providers send only **as the mailbox that signed in**, or as an address that mailbox is
allowed to use. When **From email** is another address the server refuses it
(*SendAsDenied*, *sender address rejected*).

- Simplest: set **From email** in Email Credentials to the mailbox you sign in with.
- **Gmail**: add the other address under Settings > Accounts and Import > *Send mail as*,
  and confirm it.
- **Microsoft 365**: the administrator grants *Send As* for the From mailbox (Exchange
  admin centre > Recipients > Mailboxes > Delegation > Send as), or adds it as an alias of
  the mailbox and allows sending from aliases (`Set-OrganizationConfig
  -SendFromAliasEnabled $true`).
- **Zoho**: the From must be the account or one of its aliases (Settings > *Send mail as*).
""",
)

_SPAM = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
Members' mail services decide whether a bill is genuine by three DNS records of the
**From address's domain**. With a `@gmail.com` or `@outlook.com` From there is nothing to
set up. With the society's own domain (`accounts@yoursociety.in`) the society's IT person
(or whoever registered the domain) adds them where the domain's DNS is managed (GoDaddy,
BigRock, Hostinger, Cloudflare …):

- **SPF**: which servers may send mail for the domain. **One** TXT record on the domain
  itself; list every service that sends for it.
- **DKIM**: a signature the sending service adds to each message; its public key is
  published in DNS. The provider's admin console generates it.
- **DMARC**: what receivers do when SPF and DKIM fail, and where to send reports.
  Start with `p=none`, move to `quarantine` once reports are clean.

Since **February 2024 Gmail and Yahoo require** every sender to have SPF or DKIM, and bulk
senders (about 5,000 messages a day) all three, aligned with the From domain; Microsoft's
Outlook.com followed in May 2025. Without them bills go to spam or are refused (550 5.7.26).

Example for `yoursociety.in` sending with **Google Workspace** (in the DNS panel, host `@`
is the domain itself):

```
Host               Type  Value
@                  TXT   v=spf1 include:_spf.google.com ~all
google._domainkey  TXT   v=DKIM1; k=rsa; p=MIIBIjANBgkq…
_dmarc             TXT   v=DMARC1; p=none; rua=mailto:it@yoursociety.in
```

The DKIM value is generated in the Google Admin console (Apps, Google Workspace, Gmail,
*Authenticate email*); copy it whole.

- **Microsoft 365**: SPF `v=spf1 include:spf.protection.outlook.com -all`; DKIM as the two
  CNAME records (`selector1._domainkey`, `selector2._domainkey`) that Microsoft Defender
  shows under Email authentication settings, DKIM; then *Enable*.
- **Zoho (India)**: SPF `v=spf1 include:zoho.in ~all`; DKIM from Zoho Mail Admin, Domains,
  Email Configuration, DKIM.
- Two services send for the domain? Still **one** SPF record:
  `v=spf1 include:_spf.google.com include:zoho.in ~all`.

**Check**: send a bill to a Gmail address, open it, choose *Show original*: SPF, DKIM and
DMARC should each say **PASS**. Also ask members to add the From address to their contacts
and to press *Not spam* once.
""",
)

_MEMBER_ADDRESS = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
The provider refused **one member's address**; the other members were sent as usual.
Usual reasons: a typing mistake (`gmial.com`, a missing dot, a space), a mailbox that was
closed, a **full** mailbox, or letters outside plain English that the provider cannot take.

1. **Members** page > *Show: Address refused by the provider* lists them; the provider's
   words are in **History** and in the Send page's tooltip.
2. Correct the address in the society's members file and import it again (a full mailbox:
   ask the member to make room).
3. **Send** page > **Retry failed** sends to them only.

Meanwhile the member can get a printed copy.
""",
)

_DOCUMENTS = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
- **Could not be made**: something in the member's details does not fit the bill (a very
  long name or address). Correct it in the file, import again, then Retry failed.
- **The PDF file is missing**: an imported PDF was moved out of SMTP Desk's data folder.
  Import the PDF folder again on the Members page.
- **No longer in the register**: the bills were imported again without this member's bill
  after the run began. Import it again if it should still go.
- **Too large**: most providers take 20–25 MB a message. Use a smaller logo or fewer pages.
""",
)

_ASKING = QT_TRANSLATE_NOOP(
    "troubleshooting",
    """
When the notice's words do not help, send these to whoever looks after the society's
email (the **Copy** button here copies a topic for an email):

- the words of the notice, or the result of **Test** in Email Credentials;
- the **log**: Help > Log shows it; the file is `logs/smtp-desk.log` in the data folder
  (File > Open Data Folder). It holds the server's replies, never the password.

*The mail server reported a problem* means the server answered in words SMTP Desk does not
know: its reply is in the log, and the provider's support can read it.
""",
)

TOPICS: tuple[Topic, ...] = (
    Topic(
        "password",
        QT_TRANSLATE_NOOP("troubleshooting", "The password was changed or has expired"),
        _EXPIRED,
    ),
    Topic(
        "app-password",
        QT_TRANSLATE_NOOP("troubleshooting", "An App Password is needed (Gmail, Yahoo, Zoho)"),
        _APP_SPECIFIC,
    ),
    Topic(
        "microsoft",
        QT_TRANSLATE_NOOP("troubleshooting", "Sign in with Microsoft (or Google)"),
        _MICROSOFT,
    ),
    Topic(
        "connection",
        QT_TRANSLATE_NOOP("troubleshooting", "Port and security (SSL/TLS or STARTTLS)"),
        _CONNECTION,
    ),
    Topic(
        "firewall",
        QT_TRANSLATE_NOOP("troubleshooting", "Firewall, antivirus or a blocked port"),
        _FIREWALL,
    ),
    Topic(
        "no-internet",
        QT_TRANSLATE_NOOP("troubleshooting", "No internet, or the server's name is not found"),
        _NO_INTERNET,
    ),
    Topic(
        "certificate",
        QT_TRANSLATE_NOOP("troubleshooting", "Certificate warnings and a wrong clock"),
        _CERTIFICATE,
    ),
    Topic(
        "daily-limit", QT_TRANSLATE_NOOP("troubleshooting", "The daily sending limit"), _DAILY_LIMIT
    ),
    Topic(
        "from-refused",
        QT_TRANSLATE_NOOP("troubleshooting", "The From address is refused"),
        _FROM_REFUSED,
    ),
    Topic(
        "spam",
        QT_TRANSLATE_NOOP("troubleshooting", "Bills land in spam: SPF, DKIM and DMARC"),
        _SPAM,
    ),
    Topic(
        "member-address",
        QT_TRANSLATE_NOOP("troubleshooting", "A member's address is refused"),
        _MEMBER_ADDRESS,
    ),
    Topic(
        "documents",
        QT_TRANSLATE_NOOP("troubleshooting", "A bill could not be made, or is too large"),
        _DOCUMENTS,
    ),
    Topic(
        GENERAL, QT_TRANSLATE_NOOP("troubleshooting", "Something else: asking for help"), _ASKING
    ),
)

_BY_ID = {t.id: t for t in TOPICS}
_C = DiagnosisCategory
_FOR_CATEGORY: dict[DiagnosisCategory, str] = {
    _C.DNS_NOT_FOUND: "no-internet",
    _C.CONNECTION_REFUSED: "firewall",
    _C.TIMEOUT: "firewall",
    _C.TLS_MODE_MISMATCH: "connection",
    _C.TLS_FAILED: "connection",
    _C.CERTIFICATE_UNTRUSTED: "certificate",
    _C.CERTIFICATE_NAME_MISMATCH: "certificate",
    _C.STARTTLS_UNAVAILABLE: "connection",
    _C.AUTH_FAILED: "password",
    _C.APP_PASSWORD_REQUIRED: "app-password",
    _C.AUTH_DISABLED_BY_PROVIDER: "microsoft",
    _C.ENCRYPTION_REQUIRED: "connection",
    _C.AUTH_NOT_OFFERED: "connection",
    _C.SENDER_REJECTED: "from-refused",
    _C.RECIPIENT_REJECTED: "member-address",
    _C.ADDRESS_INVALID: "member-address",
    _C.ADDRESS_MALFORMED: "member-address",
    _C.MAILBOX_UNAVAILABLE: "member-address",
    _C.MAILBOX_FULL: "member-address",
    _C.ADDRESS_UNSUPPORTED: "member-address",
    _C.DOCUMENT_FAILED: "documents",
    _C.DOCUMENT_MISSING: "documents",
    _C.DOCUMENT_WITHDRAWN: "documents",
    _C.PASSWORD_MISSING: "password",
    _C.QUOTA_EXCEEDED: "daily-limit",
    _C.MESSAGE_TOO_LARGE: "documents",
    _C.THROTTLED: "daily-limit",
    _C.POLICY_REJECTED: "spam",
    _C.DISCONNECTED: "connection",
    _C.OAUTH_NOT_SET_UP: "microsoft",
    _C.SIGN_IN_NEEDED: "microsoft",
    _C.OAUTH_CONSENT_NEEDED: "microsoft",
    _C.OAUTH_WRONG_ACCOUNT: "microsoft",
    _C.SIGN_IN_DECLINED: "microsoft",
    _C.OAUTH_UNREACHABLE: "no-internet",
    _C.OAUTH_SERVICE_TROUBLE: "microsoft",
    _C.CLOCK_WRONG: "certificate",
    _C.TOKEN_REFUSED: "microsoft",
    _C.MAILBOX_SMTP_AUTH_DISABLED: "microsoft",
    _C.CANCELLED: GENERAL,
    _C.UNKNOWN: GENERAL,
}
# Where the provider wants an App Password, a refused password usually means that.
_APP_PASSWORD_FAMILIES = frozenset({"google", "yahoo", "zoho"})


def topic(topic_id: str) -> Topic:
    """The topic ``topic_id``; the general one for an id not (or no longer) known."""
    return _BY_ID.get(topic_id, _BY_ID[GENERAL])


def topic_for(category: str, *, preset: str = "") -> str:
    """The id of the topic that helps most with a diagnosis ``category`` (its text, as in
    the register and in JSON); ``preset``: the account's provider, where it is known (a
    refused Gmail password points at App Passwords). An unknown category gets the general
    topic."""
    try:
        known = DiagnosisCategory(category)
    except ValueError:
        return GENERAL
    if (
        known is DiagnosisCategory.AUTH_FAILED
        and FAMILIES.get(preset, preset) in _APP_PASSWORD_FAMILIES
    ):
        return "app-password"
    return _FOR_CATEGORY.get(known, GENERAL)


def matching(words: str) -> list[Topic]:
    """The topics whose title or text (in English or the window's language) holds every one
    of ``words`` (any case), in order."""
    wanted = words.casefold().split()
    return [t for t in TOPICS if all(w in _searched(t) for w in wanted)]


def _searched(t: Topic) -> str:
    shown = f"{t.shown_title()}\n{translate('troubleshooting', t.text)}"
    english = f"{t.title}\n{t.text}"
    return (english if shown == english else f"{english}\n{shown}").casefold()
