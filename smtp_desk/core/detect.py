"""Settings found from the society's address, as Thunderbird finds them, and better for
the providers Indian societies use.

In order, the first answer wins:

1. **known-domain**: a mailbox domain anyone can sign up for (gmail.com, outlook.com …),
   from the bundled table (:mod:`smtp_desk.core.detect_table`); no network.
2. **mx**: the domain's mail (MX) servers belong to a provider we know (Google Workspace,
   Microsoft 365, Zoho, GoDaddy/Titan, Hostinger, BigRock, Rediffmail Pro, Net4).
3. **srv**: the domain publishes its submission server (RFC 6186/8314:
   ``_submissions._tcp`` for SSL/TLS, ``_submission._tcp`` for STARTTLS).
4. **autoconfig**: the domain's Thunderbird-style file
   (``https://autoconfig.<domain>/mail/config-v1.1.xml``, then
   ``https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml``), over verified HTTPS.

DNS goes to the system's resolver, or to ``SMTP_DESK_DNS`` (``HOST:PORT``) for offline
networks and tests. Every look-up has a timeout and the whole detection a deadline; a
missing answer is "not found", never a hang. The DNS look-ups run side by side.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from enum import StrEnum

import dns.exception
import dns.resolver

from smtp_desk.core.account import AccountDraft, Security, SignInMethod
from smtp_desk.core.autoconfig import Outgoing, fetch_autoconfig
from smtp_desk.core.detect_table import KNOWN_DOMAINS, Hosted, mx_provider
from smtp_desk.core.i18n import translate
from smtp_desk.core.preset_table import PRESETS
from smtp_desk.core.presets import preset, reconcile_preset

__all__ = ["DNS_ENV", "TIMEOUT", "Detected", "Source", "detect", "resolver"]

DNS_ENV = "SMTP_DESK_DNS"
TIMEOUT = 4.0  # seconds for the whole detection


class Source(StrEnum):
    KNOWN_DOMAIN = "known-domain"
    MX = "mx"
    SRV = "srv"
    AUTOCONFIG = "autoconfig"
    NONE = "none"


@dataclass(frozen=True)
class Detected:
    """What was found for an address (``source`` NONE: nothing; ``detail`` says why)."""

    source: Source
    detail: str
    preset: str = "custom"
    host: str = ""
    port: int = 0
    security: Security = Security.STARTTLS
    sign_in: SignInMethod = SignInMethod.PASSWORD
    # the mailbox (IMAP), when the domain's autoconfig file names one ("": the provider's
    # own, or none)
    imap_host: str = ""
    imap_port: int = 0
    imap_security: str = ""

    @property
    def found(self) -> bool:
        return self.source is not Source.NONE

    def applied_to(self, draft: AccountDraft, address: str, sign_in: SignInMethod) -> AccountDraft:
        """``draft`` with these settings, signing in with ``sign_in`` (the caller decides:
        Microsoft only with an app registration at hand), and the address as user ID and
        From email."""
        address = address.strip()
        found = draft.with_changes(
            preset=self.preset,
            host=self.host,
            port=str(self.port),
            security=self.security.value,
            sign_in=sign_in.value,
            user=address,
            from_email=address,
        )
        if self.imap_host:
            found = found.with_changes(**self.mailbox())
        return reconcile_preset(found, chosen=self.preset)

    def mailbox(self) -> dict[str, str]:
        """The mailbox found, as the draft's fields (all "" when none was)."""
        return {
            "imap_host": self.imap_host,
            "imap_port": str(self.imap_port) if self.imap_host else "",
            "imap_security": self.imap_security,
        }

    def as_json(self) -> dict[str, object]:
        return {
            "preset": self.preset if self.found else None,
            "host": self.host or None,
            "port": self.port or None,
            "security": self.security.value if self.found else None,
            "sign_in": self.sign_in.value if self.found else None,
            "source": self.source.value,
            "detail": self.detail,
        }


def detect(address: str, *, timeout: float = TIMEOUT) -> Detected:
    """The settings for ``address``'s domain, or ``Source.NONE`` with the reason."""
    domain = address.rpartition("@")[2].strip().rstrip(".").lower()
    if not domain or "." not in domain:
        return Detected(
            Source.NONE,
            translate("detect", "type the whole address, like accounts@yoursociety.in"),
        )
    known = KNOWN_DOMAINS.get(domain)
    if known is not None:
        detail = translate("detect", "{domain} is {provider}")
        return _hosted(
            known, Source.KNOWN_DOMAIN, detail.format(domain=domain, provider=known.name)
        )
    deadline = time.monotonic() + timeout
    ask = resolver(timeout)
    with ThreadPoolExecutor(3, thread_name_prefix="detect") as pool:
        mx = pool.submit(_mx_hosts, ask, domain)
        srv_ssl = pool.submit(_srv, ask, f"_submissions._tcp.{domain}")
        srv_tls = pool.submit(_srv, ask, f"_submission._tcp.{domain}")
        hosts = mx.result()
        submission = ((srv_ssl.result(), Security.SSL), (srv_tls.result(), Security.STARTTLS))
    for host in hosts:
        hosted = mx_provider(host)
        if hosted is not None:
            detail = translate("detect", "your domain's mail is handled by {provider}")
            return _hosted(hosted, Source.MX, detail.format(provider=hosted.name))
    for (host, port), security in submission:
        if host:
            detail = translate("detect", "{domain} names its mail server").format(domain=domain)
            return _server(host, port, security, Source.SRV, detail)
    left = deadline - time.monotonic()
    named = ask if os.environ.get(DNS_ENV, "").strip() else None
    outgoing = fetch_autoconfig(address, domain, timeout=left, resolve=named) if left > 0 else None
    if outgoing is not None:
        return _from_autoconfig(outgoing, domain)
    why = (
        translate("detect", "{domain} has mail servers SMTP Desk does not know")
        if hosts
        else translate("detect", "nothing was found for {domain}")
    ).format(domain=domain)
    advice = translate("detect", "{why}: choose the provider, or ask whoever set up the domain")
    return Detected(Source.NONE, advice.format(why=why))


def resolver(timeout: float) -> dns.resolver.Resolver | None:
    """The DNS resolver to ask: ``SMTP_DESK_DNS`` (HOST:PORT) or the system's; None when
    this computer has no DNS configuration at all."""
    named = os.environ.get(DNS_ENV, "").strip()
    try:
        ask = dns.resolver.Resolver(configure=not named)
    except (dns.exception.DNSException, OSError):
        return None
    if named:
        host, _, port = named.rpartition(":")
        if not host:
            host, port = port, "53"
        ask.nameservers = [host.strip("[]")]
        ask.port = int(port) if port.isdigit() else 53
    ask.timeout = ask.lifetime = timeout
    return ask


def _mx_hosts(ask: dns.resolver.Resolver | None, domain: str) -> list[str]:
    if ask is None:
        return []
    try:
        answer = ask.resolve(domain, "MX")
    except (dns.exception.DNSException, OSError, ValueError):
        return []
    records = sorted(answer, key=lambda r: r.preference)
    return [str(r.exchange).rstrip(".").lower() for r in records]


def _srv(ask: dns.resolver.Resolver | None, name: str) -> tuple[str, int]:
    """The best SRV target and port for ``name``, or ("", 0); "." means "not offered"."""
    if ask is None:
        return "", 0
    try:
        answer = ask.resolve(name, "SRV")
    except (dns.exception.DNSException, OSError, ValueError):
        return "", 0
    records = sorted(answer, key=lambda r: (r.priority, -r.weight))
    for record in records:
        target = str(record.target).rstrip(".").lower()
        if target and 0 < int(record.port) < 65536:
            return target, int(record.port)
    return "", 0


def _hosted(hosted: Hosted, source: Source, detail: str) -> Detected:
    if hosted.preset == "custom":
        return Detected(
            source, detail, "custom", hosted.host, hosted.port, hosted.security, hosted.sign_in
        )
    chosen = preset(hosted.preset)
    return Detected(
        source, detail, chosen.id, chosen.host, chosen.port, chosen.security, hosted.sign_in
    )


def _server(host: str, port: int, security: Security, source: Source, detail: str) -> Detected:
    """A server found by name: a preset's when it is one (so its advice and limits apply)."""
    for candidate in PRESETS:
        usable = not candidate.is_custom and candidate.id != "practice"
        if usable and candidate.matches(host, port, security):
            return Detected(source, detail, candidate.id, host, port, security)
    return Detected(source, detail, "custom", host, port, security)


def _from_autoconfig(outgoing: Outgoing, domain: str) -> Detected:
    found = _server(
        outgoing.host,
        outgoing.port,
        outgoing.security,
        Source.AUTOCONFIG,
        translate("detect", "{domain} publishes its mail settings").format(domain=domain),
    )
    return replace(
        found,
        imap_host=outgoing.imap_host,
        imap_port=outgoing.imap_port,
        imap_security=outgoing.imap_security,
    )
