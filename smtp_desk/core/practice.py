"""Practice mode: a mail server inside SMTP Desk that keeps every message in a test inbox.

Nothing leaves the PC. The server listens on a loopback port chosen at start, offers
STARTTLS with a certificate made for this session only (trusted by this process alone),
and requires a sign-in with a password made for the session. Practice has its own data
folder (``practice/`` inside the real one), so the real settings, members and history are
never touched.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import secrets
import shutil
import socket
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.tls import trust_for_session

__all__ = ["PRACTICE_USER", "InboxMessage", "PracticeServer", "practice_folder", "read_inbox"]

PRACTICE_USER = "practice"
PRACTICE_FROM = "accounts@crystalheights.in"  # the sample society's office


def practice_folder(real: DataFolder) -> DataFolder:
    """The practice data folder: inside the real one, never the real one."""
    return DataFolder(real.root / "practice")


def _certificate() -> tuple[bytes, bytes]:
    """A self-signed certificate for 127.0.0.1, valid for a day: (cert PEM, key PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    # A name of its own: OpenSSL finds a certificate's issuer by name, and an earlier
    # session's certificate of the same name would stand in the way.
    label = f"SMTP Desk practice server {secrets.token_hex(6)}"
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, label)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return (
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )


class _Inbox:
    """aiosmtpd handler: every message accepted is written to the inbox folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._count = 0
        self._lock = threading.Lock()

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if (
            "@" not in address
            or address.count("@") != 1
            or address.startswith("@")
            or address.endswith("@")
        ):
            return f"553 5.1.3 The address {address} is not valid"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self._lock:
            self._count += 1
            number = self._count
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{stamp}-{number:05d}.eml").write_bytes(envelope.original_content or b"")
        return "250 2.0.0 Kept in the test inbox"


@dataclass
class PracticeServer:
    """The embedded server; :meth:`start` it, use :meth:`account` and :attr:`password`."""

    folder: DataFolder
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18), repr=False)
    port: int = 0
    _controller: Controller | None = field(default=None, repr=False)

    @property
    def inbox(self) -> Path:
        return self.folder.root / "inbox"

    def start(self) -> PracticeServer:
        cert, key = _certificate()
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "cert.pem").write_bytes(cert)
            (Path(tmp) / "key.pem").write_bytes(key)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(Path(tmp) / "cert.pem", Path(tmp) / "key.pem")
        trust_for_session(cert.decode())
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])

        def authenticator(
            server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
        ) -> AuthResult:
            ok = (
                isinstance(data, LoginPassword)
                and data.login == PRACTICE_USER.encode()
                and secrets.compare_digest(data.password, self.password.encode())
            )
            return AuthResult(success=ok, handled=False)

        self._controller = Controller(
            _Inbox(self.inbox),
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
            auth_required=True,
            authenticator=authenticator,
            ident="SMTP Desk practice server",
            server_hostname="localhost",
        )
        logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd's chatter
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def account(self) -> AccountDraft:
        return AccountDraft(
            preset="practice",
            host="127.0.0.1",
            port=str(self.port),
            security="starttls",
            user=PRACTICE_USER,
            from_email=PRACTICE_FROM,
            from_name="Crystal Heights CHS (practice)",
        )

    def empty_inbox(self) -> int:
        count = len(list(self.inbox.glob("*.eml"))) if self.inbox.exists() else 0
        shutil.rmtree(self.inbox, ignore_errors=True)
        return count


@dataclass(frozen=True)
class InboxMessage:
    """One captured message; the headers are read at once, the rest when asked."""

    path: Path
    to: str
    subject: str
    received: dt.datetime
    size: int

    def message(self) -> EmailMessage:
        message = message_from_bytes(self.path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        return message

    def attachment(self) -> tuple[str, bytes] | None:
        for part in self.message().iter_attachments():
            return part.get_filename() or "attachment.pdf", part.get_content()
        return None

    def body(self) -> str:
        text = self.message().get_body(preferencelist=("plain",))
        return text.get_content() if text is not None else ""


def read_inbox(inbox: Path) -> list[InboxMessage]:
    """The captured messages, newest first (headers only: quick for thousands)."""
    parser = BytesHeaderParser(policy=policy.default)
    messages = []
    for path in sorted(inbox.glob("*.eml"), reverse=True) if inbox.exists() else []:
        with path.open("rb") as raw:
            headers = parser.parse(raw)
        stat = path.stat()
        messages.append(
            InboxMessage(
                path,
                str(headers["To"]),
                str(headers["Subject"]),
                dt.datetime.fromtimestamp(stat.st_mtime),
                stat.st_size,
            )
        )
    return messages
