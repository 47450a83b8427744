"""TLS for mail: whom SMTP Desk trusts, and what it learned about a secured connection.

* Certificates are verified with ``ssl.create_default_context()`` (so ``SSL_CERT_FILE``
  and the operating system's store apply), host names checked, TLS 1.2 at least.
* The only addition to that trust is the practice server's own certificate, made at its
  start and trusted until the program ends (:func:`trust_for_session`).
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from datetime import UTC, datetime

from smtp_desk.core.i18n import translate

__all__ = ["TlsInfo", "tls_context", "tls_info", "trust_for_session"]

CERT_WARNING_DAYS = 14

_session_trust: list[str] = []  # certificates of SMTP Desk's own practice server


def trust_for_session(certificate_pem: str) -> None:
    """Also trust this certificate until the program ends (the practice server's own,
    made at its start); nothing else is ever added."""
    _session_trust.append(certificate_pem)


def tls_context() -> ssl.SSLContext:
    """Verified certificates and host names, TLS 1.2 or newer."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    for pem in _session_trust:
        context.load_verify_locations(cadata=pem)
    return context


@dataclass(frozen=True)
class TlsInfo:
    """What a secured connection agreed on, and whose certificate it saw."""

    protocol: str
    cipher: str
    subject: str
    issuer: str
    expires: datetime | None

    def describe(self, now: datetime | None = None) -> tuple[str, str]:
        """(detail, warning) for the step list, in the window's language."""
        detail = translate("tls", "{protocol}, certificate for {subject} from {issuer}").format(
            protocol=self.protocol, subject=self.subject, issuer=self.issuer
        )
        warning = ""
        if self.expires is not None:
            detail += translate("tls", ", valid until {date}").format(
                date=f"{self.expires:%Y-%m-%d}"
            )
            days = (self.expires - (now or datetime.now(UTC))).days
            if days < CERT_WARNING_DAYS:
                warning = translate(
                    "tls",
                    "The server's certificate expires in {days} day(s); tell the provider if "
                    "it is your own server.",
                ).format(days=max(days, 0))
        return detail, warning


def tls_info(sock: ssl.SSLSocket) -> TlsInfo:
    """The facts of a socket's finished TLS handshake."""
    cert = sock.getpeercert() or {}

    def name(part: object) -> str:
        pairs = dict(item[0] for item in part) if isinstance(part, tuple) else {}
        return str(pairs.get("commonName") or pairs.get("organizationName") or "?")

    expires = None
    if "notAfter" in cert:
        expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(str(cert["notAfter"])), UTC)
    cipher = sock.cipher()
    return TlsInfo(
        protocol=sock.version() or "TLS",
        cipher=cipher[0] if cipher else "",
        subject=name(cert.get("subject")),
        issuer=name(cert.get("issuer")),
        expires=expires,
    )
