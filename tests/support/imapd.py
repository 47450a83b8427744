"""A real IMAP server for tests: Debian's Dovecot on loopback, with a private configuration,
a trustme certificate, one test user and a Maildir that the tests may also write into
directly (as the tests' SMTP server does with ``Behaviour(keep_sent=imap.keep_sent)``: a copy
of every accepted message in Sent, the way Gmail behaves).

Nothing of the system's Dovecot is used but its programs: the configuration, the runtime
sockets (base_dir), the state, the log and the mail all live under the test's tmp_path, and
the ports are free loopback ports, so a system Dovecot on 143/993 does not get in the way.

    with imap_server(tmp_path, certs) as imap:
        client = imaplib.IMAP4_SSL(imap.host, imap.port, ssl_context=ssl.create_default_context())
        client.login(imap.user, imap.password)

``oauth2=TokenCheck(url, ca_file)`` also takes ``AUTHENTICATE XOAUTH2`` (and OAUTHBEARER)
through Dovecot's ``oauth2`` passdb, which asks the identity provider about every token by
RFC 7662 introspection (POST, over HTTPS verified against the tests' CA) and signs in only
an active token whose ``username`` is the user signing in (and, when ``scope`` is given,
that carries it): how Microsoft 365 and Gmail take a token, with the test provider of
``tests/support/oauth_server.py`` as the token's judge. A refused token gets Dovecot's own
XOAUTH2 error continuation (base64 JSON) and, after the client's empty answer, ``NO``.

Maildir++ on disk, "/" as the hierarchy separator seen over IMAP: folder "[Gmail]/Sent Mail"
is the directory ``.[Gmail].Sent Mail``, so folder names must not contain "." (nor non-ASCII
letters, which Dovecot would store in modified UTF-7).
"""

from __future__ import annotations

import email
import itertools
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from smtp_desk.core.validation import checked_account
from tests.support.smtpd import PASSWORD, Certificates, free_port
from tests.support.smtpd import USER as SMTP_USER

USER = "society@crystalheights.in"
START_TIMEOUT = 10.0  # seconds for Dovecot to answer on its port
STOP_GRACE = 0.3  # seconds for Dovecot to shut down on SIGTERM before SIGKILL
STOP_TIMEOUT = 5.0  # seconds for its master to be gone after SIGKILL
_LIBEXEC = Path("/usr/lib/dovecot")  # Debian's place for imap, imap-login, auth …
_names = itertools.count()


def _dovecot() -> str | None:
    found = shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/sbin")
    if found and (_LIBEXEC / "imap").exists() and (_LIBEXEC / "imap-login").exists():
        return found
    return None


@dataclass(frozen=True)
class TokenCheck:
    """How Dovecot checks an XOAUTH2 token: RFC 7662 introspection at ``url`` (https),
    trusting ``ca_file``; ``scope``, when given, must be among the token's scopes."""

    url: str
    ca_file: str
    scope: str = ""


@dataclass
class ImapServer:
    """A running Dovecot: where it listens, who may sign in, and its mail on disk."""

    host: str
    port: int  # IMAPS: TLS from the first byte (993-style)
    starttls_port: int | None  # plain IMAP that requires STARTTLS before sign-in, if asked
    user: str
    password: str = field(repr=False)
    maildir: Path
    sent_name: str  # the name of the folder Gmail-like servers keep sent mail in
    log_file: Path
    process: subprocess.Popen[bytes] = field(repr=False)
    owner: tuple[int, int] | None = None  # (uid, gid) the mail must belong to, when root

    def _own(self, path: Path) -> None:
        if self.owner is not None:
            os.chown(path, *self.owner)

    def folder_path(self, folder: str) -> Path:
        """The Maildir of ``folder`` ("INBOX", "Sent", "[Gmail]/Sent Mail" …) on disk."""
        if folder.upper() == "INBOX":
            return self.maildir
        if "." in folder or not folder.isascii() or not folder.strip("/"):
            raise ValueError(f"folder name not representable in this Maildir++: {folder!r}")
        return self.maildir / ("." + folder.strip("/").replace("/", "."))

    def deliver(self, folder: str, message: bytes) -> Path:
        """Put ``message`` (exactly these bytes) into ``folder`` as a new message, the
        Maildir way (written in tmp/, renamed into new/); the folder is made if missing.
        Safe to call from another thread while Dovecot serves the mailbox."""
        path = self.folder_path(folder)
        for made in (path, path / "cur", path / "new", path / "tmp"):
            if not made.is_dir():
                made.mkdir()
                self._own(made)
        if path != self.maildir and not (path / "maildirfolder").exists():
            (path / "maildirfolder").touch()
            self._own(path / "maildirfolder")
        now = time.time()
        name = (
            f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{next(_names)}"
            f".smtp-desk-tests,S={len(message)}"
        )
        temporary = path / "tmp" / name
        temporary.write_bytes(message)
        self._own(temporary)
        final = path / "new" / name
        os.rename(temporary, final)
        return final

    def keep_sent(self, message: bytes) -> None:
        """Deliver into the Sent folder: the tests' SMTP server's ``Behaviour.keep_sent``."""
        self.deliver(self.sent_name, message)

    def raw_messages(self, folder: str) -> list[bytes]:
        """The bytes of every message in ``folder`` (new/ and cur/), oldest first. Dovecot
        stores what arrives by IMAP APPEND with LF line ends; compare accordingly."""
        path = self.folder_path(folder)
        files = [
            f for sub in ("new", "cur") if (path / sub).is_dir() for f in (path / sub).iterdir()
        ]
        files.sort(key=lambda f: (f.stat().st_mtime, f.name))
        return [f.read_bytes() for f in files]

    def messages(self, folder: str) -> list[EmailMessage]:
        """The messages in ``folder``, parsed, oldest first."""
        parsed = []
        for raw in self.raw_messages(folder):
            message = email.message_from_bytes(raw, policy=policy.default)
            assert isinstance(message, EmailMessage)
            parsed.append(message)
        return parsed

    def log(self) -> str:
        """Dovecot's log so far (for assertion messages)."""
        try:
            return self.log_file.read_text(errors="replace")
        except FileNotFoundError:
            return ""


def _mail_owner() -> tuple[int, int] | None:
    """Whom the mail belongs to when this runs as root (Dovecot refuses root): nobody."""
    if os.geteuid() != 0:
        return None
    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _config(
    root: Path,
    *,
    host: str,
    port: int,
    starttls_port: int | None,
    passwd: Path,
    jail: Path,
    owner: tuple[int, int] | None,
    cert: Path,
    key: Path,
    sent_name: str,
    special_use: bool,
    oauth2: Path | None = None,
    run_dir: Path | None = None,
) -> str:
    run_dir = run_dir or root / "run"
    if owner is not None:
        # as root: Dovecot refuses to run imap-login as root, and refuses mail access as
        # root. imap-login runs as dovenull (made by the package), chrooted into
        # base_dir/login; imap runs as the mail owner (nobody), chrooted into the jail that
        # holds the home and Maildir (the ".": the home inside it), so the 0700 pytest
        # folders above matter to neither; the rest (master, auth, log) runs as root.
        users = (
            "default_internal_user = root\ndefault_internal_group = root\n"
            f"default_login_user = dovenull\nmail_uid = {owner[0]}\nmail_gid = {owner[1]}\n"
            f"first_valid_uid = {owner[0]}\nfirst_valid_gid = {owner[1]}\n"
            f"valid_chroot_dirs = {jail}\n"
        )
        chroot = ""
    else:
        # not root: every process is this user; chroot is impossible, so none
        me = pwd.getpwuid(os.geteuid()).pw_name
        users = (
            f"default_internal_user = {me}\ndefault_login_user = {me}\n"
            f"mail_uid = {os.geteuid()}\nmail_gid = {os.getegid()}\n"
        )
        chroot = "  chroot =\n"
    sent_flag = "    special_use = \\Sent\n" if special_use else ""
    imap_listener = starttls_port if starttls_port is not None else 0  # 0: not listening
    return f"""# written by tests/support/imapd.py: a private Dovecot for one test
protocols = imap
listen = {host}
base_dir = {run_dir}
state_dir = {root / "state"}
instance_name = smtp-desk-test-{port}
log_path = {root / "dovecot.log"}
{users}
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = yes
auth_mechanisms = plain login{" xoauth2 oauthbearer" if oauth2 else ""}
auth_failure_delay = 0
auth_verbose = yes
{_oauth2_passdb(oauth2)}passdb {{
  driver = passwd-file
{"  mechanisms = plain login" + chr(10) if oauth2 else ""}  args = scheme=PLAIN {passwd}
}}
userdb {{
  driver = passwd-file
  args = {passwd}
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox {_quote(sent_name)} {{
{sent_flag}    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}
# no growing delay after each wrong password (anvil's auth penalty): tests stay fast
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
{chroot}  inet_listener imap {{
    address = {host}
    port = {imap_listener}
  }}
  inet_listener imaps {{
    address = {host}
    port = {port}
    ssl = yes
  }}
}}
"""


def _oauth2_passdb(args: Path | None) -> str:
    if args is None:
        return ""
    return f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {args}
}}
"""


def _oauth2_config(check: TokenCheck) -> str:
    """Dovecot's dovecot-oauth2.conf.ext (2.3): introspection only, no local validation."""
    lines = [
        f"introspection_url = {check.url}",
        "introspection_mode = post",
        "force_introspection = yes",
        "active_attribute = active",
        "active_value = true",
        "username_attribute = username",
        f"tls_ca_cert_file = {check.ca_file}",
        "timeout_msecs = 10000",
    ]
    if check.scope:
        lines.append(f"scope = {check.scope}")
    return "\n".join(lines) + "\n"


def _wait_for_greeting(
    process: subprocess.Popen[bytes], host: str, port: int, ca_file: str, log_file: Path
) -> None:
    """Until Dovecot greets "* OK" over verified TLS on ``port``; fails with its log."""
    context = ssl.create_default_context(cafile=ca_file)
    deadline = time.monotonic() + START_TIMEOUT
    problem: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with (
                socket.create_connection((host, port), timeout=1) as raw,
                context.wrap_socket(raw, server_hostname=host) as tls,
            ):
                tls.settimeout(max(0.1, deadline - time.monotonic()))
                if tls.recv(200).startswith(b"* OK"):
                    return
        except (OSError, ssl.SSLError) as error:
            problem = error
        time.sleep(0.02)
    log = _read(log_file, log_file.parent)
    state = f"exited with {process.returncode}" if process.poll() is not None else "running"
    raise RuntimeError(
        f"Dovecot ({state}) did not greet on {host}:{port} within {START_TIMEOUT} s "
        f"(last error: {problem!r}); its log:\n{log}"
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to Dovecot's whole process group (its own session, started for it: only
    Dovecot's processes), a short grace (its master sometimes lingers a second for its
    children, which are gone), then SIGKILL to the group: nothing is left behind."""
    if process.poll() is None:
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            process.wait(STOP_GRACE)
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(STOP_TIMEOUT)


@contextmanager
def imap_server(
    tmp_path: Path,
    certs: Certificates,
    *,
    user: str = USER,
    password: str = PASSWORD,
    sent_name: str = "Sent",
    special_use: bool = True,
    starttls_port: bool = False,
    host: str | None = None,
    oauth2: TokenCheck | None = None,
) -> Iterator[ImapServer]:
    """Dovecot on loopback (free ports) with one user and a certificate from ``certs``.

    ``sent_name`` names the folder kept for sent mail ("Sent Items", "[Gmail]/Sent Mail" …);
    ``special_use=False`` leaves it without the RFC 6154 ``\\Sent`` flag (for the client's
    fallback by name). ``starttls_port=True`` also listens for plain IMAP + STARTTLS.
    ``oauth2`` also takes XOAUTH2 tokens, checked by introspection (see the module notes).

    ``host`` is 127.0.0.1, or 127.0.0.2 when ``starttls_port`` is asked: Dovecot counts a
    connection whose two ends have the same address as secure and would take a password
    in the clear before STARTTLS; on 127.0.0.2 (Linux routes all of 127/8 to lo, the client
    end is 127.0.0.1) it refuses that (LOGINDISABLED), as a real server does. The
    certificate names 127.0.0.1, 127.0.0.2 and localhost.
    Skips (or fails under SMTP_DESK_REQUIRE_REAL=1) when Dovecot is not installed."""
    program = _dovecot()
    if program is None:
        from tests.conftest import unavailable

        unavailable("a real IMAP server needs Dovecot (Debian: apt-get install dovecot-imapd)")
        raise AssertionError("unreachable")  # unavailable() skips or fails
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("dovenull")
        except KeyError:
            from tests.conftest import unavailable

            unavailable("Dovecot as root needs the dovenull user (made by dovecot-core)")
    owner = _mail_owner()
    root = tmp_path / "dovecot"
    (root / "state").mkdir(parents=True, exist_ok=True)
    # its sockets: a short path of their own (a socket's path is at most 107 bytes, and
    # pytest's folders under parallel workers are long)
    run_dir = Path(tempfile.mkdtemp(prefix="dovecot-"))
    jail = root / "mail"
    home = jail / "home"
    maildir = home / "Maildir"
    for path in (home, maildir, maildir / "cur", maildir / "new", maildir / "tmp"):
        path.mkdir(parents=True, exist_ok=True)
        if owner is not None:
            os.chown(path, *owner)
    host = host or ("127.0.0.2" if starttls_port else "127.0.0.1")
    leaf = certs.ca.issue_cert("127.0.0.1", "127.0.0.2", "localhost")
    cert, key = root / "cert.pem", root / "key.pem"
    cert.write_bytes(b"".join(blob.bytes() for blob in leaf.cert_chain_pems))
    leaf.private_key_pem.write_to_path(str(key))
    key.chmod(0o600)
    if ":" in user or ":" in password or "\n" in user + password:
        raise ValueError("the passwd-file cannot hold ':' or a line break in user or password")
    passwd = root / "passwd"
    # no uid/gid here (passwd-file refuses 0): mail_uid/mail_gid in the configuration say;
    # "jail/./home" is Dovecot's way to say: chroot to jail, the home is /home inside it
    where = f"{jail}/./home" if owner is not None else str(home)
    passwd.write_text(f"{user}:{{PLAIN}}{password}::::{where}::\n")
    passwd.chmod(0o600)
    log_file = root / "dovecot.log"
    conf = root / "dovecot.conf"
    oauth2_args: Path | None = None
    if oauth2 is not None:
        oauth2_args = root / "dovecot-oauth2.conf.ext"
        oauth2_args.write_text(_oauth2_config(oauth2))
    process: subprocess.Popen[bytes] | None = None
    for attempt in range(3):  # a free port may be taken by someone else before Dovecot binds
        port = free_port()
        plain = free_port() if starttls_port else None
        for old in (log_file, root / "dovecot.out"):  # this attempt's words only
            old.unlink(missing_ok=True)
        conf.write_text(
            _config(
                root,
                host=host,
                port=port,
                starttls_port=plain,
                passwd=passwd,
                jail=jail,
                owner=owner,
                cert=cert,
                key=key,
                sent_name=sent_name,
                special_use=special_use,
                oauth2=oauth2_args,
                run_dir=run_dir,
            )
        )
        with open(root / "dovecot.out", "ab") as out:
            process = subprocess.Popen(
                [program, "-F", "-c", str(conf)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, to leave nothing behind
            )
        try:
            _wait_for_greeting(process, host, port, certs.ca_file, log_file)
            break
        except RuntimeError:
            _stop(process)
            if attempt == 2 or "Address already in use" not in _read(log_file, root):
                shutil.rmtree(run_dir, ignore_errors=True)
                raise
    assert process is not None
    try:
        yield ImapServer(
            host=host,
            port=port,
            starttls_port=plain,
            user=user,
            password=password,
            maildir=maildir,
            sent_name=sent_name,
            log_file=log_file,
            process=process,
            owner=owner,
        )
    finally:
        _stop(process)
        shutil.rmtree(run_dir, ignore_errors=True)


def _read(log_file: Path, root: Path) -> str:
    texts = [p.read_text(errors="replace") for p in (log_file, root / "dovecot.out") if p.exists()]
    return "\n".join(texts)


def with_mailbox(folder: DataFolder, imap: ImapServer, *, save: bool = True) -> AccountSettings:
    """The saved account signing in as the test mail server's user and reading ``imap``'s
    mailbox (saved so, when ``save``)."""
    draft = load_settings(folder.settings_file).account
    assert draft is not None
    draft = draft.with_changes(
        user=SMTP_USER, imap_host=imap.host, imap_port=str(imap.port), imap_security="ssl"
    )
    if save:
        save_settings(folder.settings_file, Settings(account=draft))
    SecretStore().put(draft.secret_name, PASSWORD)
    return checked_account(draft, password_stored=True)
