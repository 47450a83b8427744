"""Sign in with Microsoft/Google under attack: a hostile or broken identity provider, a
mail server that plays games with ``AUTH XOAUTH2``, a careless clerk and a curious person
on the same PC.

Each test shows a defence that holds; most began as a defect found in review. All of it
runs against the local identity provider
(``tests.support.oauth_server``), aiosmtpd, and small scripted servers defined here, with
no internet.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import msal
import pytest

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.oauth import OAuthSignIn
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.token_vault import TokenVault
from smtp_desk.core.validation import check, checked_account
from tests.support.browser import use_test_browser
from tests.support.commands import run_command
from tests.support.oauth_server import OAuthServer
from tests.support.oauth_world import CLIENT_ID, account_of, configure_sign_in, sign_in
from tests.support.smtpd import Behaviour, Certificates, MailServer, mail_server
from tests.support.society import make_society

GOOGLE_CLIENT = "123456-desktop.apps.googleusercontent.com"
ESC = "\x1b"

cli = run_command
Reply = tuple[int, dict[str, str], bytes]
Edit = Callable[[str, dict[str, str], Reply], Reply]


# ----- the stage ---------------------------------------------------------------------------


def set_up(
    folder: DataFolder, port: int, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A society whose account signs in with Microsoft at ``idp``, mail server at ``port``."""
    make_society(folder, members=2, port=port, user=idp.user)
    configure_sign_in(capsys, "microsoft", CLIENT_ID, idp.authority)


def set_up_google(
    folder: DataFolder,
    port: int,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_society(folder, members=2, port=port, user=idp.user)
    configure_sign_in(capsys, "google", GOOGLE_CLIENT, idp.authority)
    monkeypatch.setattr("sys.stdin", io.StringIO("GOCSPX-example-only\n"))
    code, _, err = cli(["configure", "--oauth-client-secret-stdin"], capsys)
    assert code == 0, err


def last_json(out: str) -> dict[str, Any]:
    return dict(json.loads(out.strip().splitlines()[-1]))


def tamper(idp: OAuthServer, edit: Edit) -> None:
    """Pass every answer of the identity provider through ``edit(path, form, reply)``."""
    original = idp.answer

    def answer(method: str, path: str, query: dict[str, str], form: dict[str, str]) -> Reply:
        return edit(path, form, original(method, path, query, form))

    idp.answer = answer  # type: ignore[method-assign]


def json_reply(status: int, body: dict[str, Any]) -> Reply:
    return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


def edit_json(path_end: str, change: Callable[[dict[str, Any]], None]) -> Edit:
    """Change the JSON of successful answers from the endpoint whose path ends so."""

    def edit(path: str, form: dict[str, str], reply: Reply) -> Reply:
        status, headers, body = reply
        if status == 200 and path.endswith(path_end):
            data = json.loads(body)
            change(data)
            body = json.dumps(data).encode()
        return status, headers, body

    return edit


def sasl_of(user: str, token: str) -> str:
    """The base64 ``AUTH XOAUTH2`` initial response carrying ``token``."""
    return base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode()).decode()


@contextmanager
def no_log_handlers() -> Iterator[None]:
    """The logging set-up of a real ``smtp-desk`` process: pytest's root handlers out, so
    that records of loggers SMTP Desk does not configure go where Python sends them."""
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers.clear()
    try:
        yield
    finally:
        root.handlers[:] = saved


@contextmanager
def plain_http_listener() -> Iterator[tuple[str, list[tuple[str, str, str]]]]:
    """An ``http://`` (no TLS) listener on loopback that records what it is sent."""
    seen: list[tuple[str, str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen.append((self.command, self.path, self.rfile.read(length).decode()))
            payload = b'{"error": "invalid_grant", "error_description": "plain http"}'
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def dripping_https(certs: Certificates, seconds: float, every: float) -> Iterator[str]:
    """An HTTPS "identity provider" on localhost that answers every request with its
    headers and then one byte of body every ``every`` seconds for ``seconds``: never
    silent for long, never finished. Yields the authority to configure."""
    context = certs.server_context("localhost", "127.0.0.1")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.05)
    stop = threading.Event()

    def drip(conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            tls = context.wrap_socket(conn, server_side=True)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = tls.recv(4096)
                if not chunk:
                    return
                data += chunk
            tls.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Content-Length: 100000\r\n\r\n"
            )
            end = time.monotonic() + seconds
            while time.monotonic() < end and not stop.is_set():
                tls.sendall(b" ")
                time.sleep(every)
            tls.close()
        except OSError:
            pass
        finally:
            conn.close()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{listener.getsockname()[1]}/organizations"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


@contextmanager
def scripted_smtp(mode: str, host: str = "127.0.0.1") -> Iterator[tuple[int, list[str]]]:
    """A plain-text SMTP server offering only ``AUTH XOAUTH2`` and misbehaving there:

    * ``accept``: 235 at once.
    * ``echo_forever``: answers every line after AUTH with ``334 <the client's initial
      response>`` (the base64 XOAUTH2 string, token inside).
    * ``echo_535``: a 334 JSON error, then ``535 … <the client's initial response>``.
    * ``not_base64``: a 334 whose text is not base64, then 535.
    * ``huge_334``: a 334 line of 20,000 characters.
    * ``silent``: never answers the AUTH.

    Yields the port and every line the client sent."""
    listener = socket.socket()
    listener.bind((host, 0))
    listener.listen(8)
    listener.settimeout(0.05)
    stop = threading.Event()
    got: list[str] = []

    def session(conn: socket.socket) -> None:
        conn.settimeout(5)
        lines = conn.makefile("rb")

        def say(text: str) -> None:
            conn.sendall(text.encode() + b"\r\n")

        say("220 scripted ESMTP")
        initial = ""
        while not stop.is_set():
            raw = lines.readline(100_000)
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            got.append(line)
            word = line.upper()
            if word.startswith(("EHLO", "HELO")):
                say("250-scripted\r\n250 AUTH XOAUTH2")
            elif word.startswith("QUIT"):
                say("221 bye")
                return
            elif word.startswith("AUTH XOAUTH2"):
                initial = line.split()[2] if len(line.split()) > 2 else ""
                if mode == "accept":
                    say("235 2.7.0 Accepted")
                elif mode == "echo_forever":
                    say(f"334 {initial}")
                elif mode == "echo_535":
                    say("334 " + base64.b64encode(b'{"status":"401"}').decode())
                elif mode == "not_base64":
                    say("334 this is not base64 at all!")
                elif mode == "huge_334":
                    say("334 " + "A" * 20_000)
                elif mode == "silent":
                    stop.wait(10)
                    return
            elif mode == "echo_forever" and initial:
                say(f"334 {initial}")
            elif mode == "echo_535" and initial:
                say(f"535 5.7.3 Authentication unsuccessful for {initial}")
            elif word.startswith(("MAIL", "RCPT", "RSET", "NOOP")):
                say("250 OK")
            else:
                say("535 5.7.3 Authentication unsuccessful")

    def serve_one(conn: socket.socket) -> None:
        try:
            session(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1]), got
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def use_plain_server(port: int, capsys: pytest.CaptureFixture[str], host: str = "") -> None:
    """Point the saved account at a scripted plain-text server."""
    where = ["--host", host] if host else []
    code, _, err = cli(["configure", *where, "--port", str(port), "--security", "none"], capsys)
    assert code == 0, err


def files_text(folder: DataFolder) -> str:
    return "\n".join(
        p.read_bytes().decode("latin-1") for p in folder.root.rglob("*") if p.is_file()
    )


def non_loopback_address() -> str | None:
    """An address of this machine that is not loopback (None when it has none)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
        address = str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


# ----- defects: what a hostile or broken identity provider can do --------------------------


def test_an_unreadable_token_answer_never_prints_tokens_or_a_traceback(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    idp.access_lifetime = 120  # every use renews
    sign_in(capsys)
    before = idp.refresh_tokens_issued()

    def junk_after_json(path: str, form: dict[str, str], reply: Reply) -> Reply:
        status, headers, body = reply
        if form.get("grant_type") == "refresh_token":
            body += b"\n<!-- added by a proxy -->"
        return status, headers, body

    tamper(idp, junk_after_json)
    with no_log_handlers():
        code, out, err = cli(["test", "--json", "--timeout", "5"], capsys)
    assert code == 1
    issued_now = idp.refresh_tokens_issued() - before
    assert issued_now, "the service did issue a new refresh token"
    assert not any(token in out + err for token in issued_now), "a refresh token was printed"
    assert "Traceback" not in err


def test_an_outage_page_from_the_sign_in_service_is_not_blamed_on_the_app_registration(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)

    def outage_page(path: str, form: dict[str, str], reply: Reply) -> Reply:
        if path.endswith("/token"):
            return 200, {"Content-Type": "text/html"}, b"<html>Service unavailable</html>"
        return reply

    tamper(idp, outage_page)
    code, out, _ = cli(["signin", "--json"], capsys)
    diagnosis = last_json(out)["diagnosis"]
    assert code == 1
    assert diagnosis["category"] == "oauth_unreachable", diagnosis
    assert "Expecting value" not in diagnosis["detail"]


def test_a_redirect_to_plain_http_never_carries_the_refresh_token(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    idp.access_lifetime = 120
    sign_in(capsys)
    with plain_http_listener() as (base, seen):

        def redirect(path: str, form: dict[str, str], reply: Reply) -> Reply:
            if form.get("grant_type") == "refresh_token":
                return 307, {"Location": f"{base}/token"}, b""
            return reply

        tamper(idp, redirect)
        code, _, _ = cli(["test", "--json", "--timeout", "5"], capsys)
    assert code == 1
    assert seen == [], "the refresh token went to an http:// address"


def test_google_never_posts_the_code_and_client_secret_over_plain_http(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_up_google(data_home, mail.port, idp, capsys, monkeypatch)
    with plain_http_listener() as (base, seen):
        tamper(idp, edit_json("openid-configuration", lambda d: d.update(token_endpoint=base)))
        with use_test_browser():
            code, _, _ = cli(["signin", "--json"], capsys)
    assert code == 1
    assert seen == [], "the client secret and code went to an http:// address"


def test_a_sign_in_service_that_drips_its_answer_is_given_up_on_in_time(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    certs: Certificates,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    monkeypatch.setattr("smtp_desk.core.oauth_http.TIMEOUT", 0.3)
    with dripping_https(certs, seconds=2.0, every=0.1) as authority:
        code, _, err = cli(["configure", "--oauth-authority", authority], capsys)
        assert code == 0, err
        started = time.monotonic()
        code, out, _ = cli(["signin", "--json"], capsys)
        took = time.monotonic() - started
    assert code == 1 and last_json(out)["diagnosis"]["category"] == "oauth_unreachable"
    assert took < 1.5, f"gave up after {took:.1f} s with a 0.3 s timeout"


def test_the_device_code_sign_in_stops_when_its_code_expires(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    idp.poll_interval = 1
    idp.device_lifetime = 1  # the code is good for one second
    pending = threading.Event()
    pending.set()

    def always_pending(path: str, form: dict[str, str], reply: Reply) -> Reply:
        if form.get("grant_type", "").endswith("device_code"):
            error = "authorization_pending" if pending.is_set() else "expired_token"
            return json_reply(400, {"error": error})
        return reply

    tamper(idp, always_pending)
    signin = OAuthSignIn(account_of(data_home), SecretStore())
    code = signin.start_device_flow()
    stop = threading.Event()
    worker = threading.Thread(
        target=lambda: _ignore(lambda: signin.finish_device_flow(code, stop.is_set)),
        daemon=True,
    )
    worker.start()
    worker.join(3.0)
    still_polling = worker.is_alive()
    pending.clear()
    stop.set()
    worker.join(3)
    assert not still_polling, "still polling 2 s after the code expired"


def test_cancelling_a_device_sign_in_works_whatever_interval_the_service_gives(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    idp.poll_interval = 0
    pending = threading.Event()
    pending.set()

    def always_pending(path: str, form: dict[str, str], reply: Reply) -> Reply:
        if form.get("grant_type", "").endswith("device_code"):
            error = "authorization_pending" if pending.is_set() else "access_denied"
            return json_reply(400, {"error": error})
        return reply

    tamper(idp, always_pending)
    signin = OAuthSignIn(account_of(data_home), SecretStore())
    code = signin.start_device_flow()
    stop = threading.Event()
    worker = threading.Thread(
        target=lambda: _ignore(lambda: signin.finish_device_flow(code, stop.is_set)),
        daemon=True,
    )
    worker.start()
    time.sleep(0.3)
    stop.set()  # the clerk clicks Cancel
    worker.join(1.0)
    ignored_cancel = worker.is_alive()
    polls = idp.device_polls
    pending.clear()  # let the loop end
    worker.join(3)
    assert not ignored_cancel, f"cancel ignored; {polls} polls so far"
    assert polls < 20, f"{polls} polls in about a second"


@pytest.mark.parametrize("where", ["device_message", "error_description", "username"])
def test_texts_from_the_sign_in_service_cannot_drive_the_terminal(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    where: str,
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    hostile = f"{ESC}]0;SMTP Desk{chr(7)}{ESC}[2J\r\nenter the code ABCD-EFGH at evil.example"
    if where == "device_message":
        tamper(idp, edit_json("/devicecode", lambda d: d.update(message=hostile)))
    elif where == "error_description":
        idp.token_error = {"error": "invalid_grant", "error_description": f"AADSTS70008: {hostile}"}
    else:
        idp.user = f"{idp.user}{hostile}"
    _, out, err = cli(["signin"], capsys)
    assert ESC not in out + err
    assert "\r" not in out + err


@pytest.mark.parametrize("value", [None, 1e400])
def test_a_token_answer_with_a_nonsense_lifetime_is_not_an_unexpected_problem(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    value: float | None,
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    tamper(idp, edit_json("/token", lambda d: d.update(expires_in=value)))
    code, _, err = cli(["signin", "--json"], capsys)
    assert "unexpected problem" not in err
    assert code in (0, 1)


def test_negative_lifetimes_from_the_service_are_not_shown_as_is(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    tamper(idp, edit_json("/devicecode", lambda d: d.update(expires_in=-60)))
    _, out, _ = cli(["signin"], capsys)
    assert "-1 minutes" not in out
    tamper(idp, edit_json("/token", lambda d: d.update(expires_in=-5)))
    _, out, _ = cli(["signin", "--json"], capsys)
    result = last_json(out)
    assert not (result["signed_in"] and result["valid_for"] < 0), result


@pytest.mark.parametrize("service", ["microsoft", "google"])
def test_a_sign_in_whose_id_token_names_nobody_is_not_reported_as_the_mailbox(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    service: str,
) -> None:
    if service == "microsoft":
        set_up(data_home, mail.port, idp, capsys)
    else:
        set_up_google(data_home, mail.port, idp, capsys, monkeypatch)
    tamper(idp, edit_json("/token", lambda d: d.pop("id_token", None)))
    idp.user = "someone.else@greenpark.example"  # who actually approves the sign-in
    with use_test_browser():
        code, out, _ = cli(["signin", "--json"], capsys)
    assert code == 1 or not last_json(out)["signed_in"], last_json(out)


# ----- defects: the mail server's side of XOAUTH2 -------------------------------------------


def test_a_server_echoing_the_token_in_endless_334s_gets_it_nowhere(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    token = next(iter(idp.issued))
    secret_forms = (token, sasl_of(idp.user, token))
    outputs: list[str] = []
    with scripted_smtp("echo_forever") as (port, _):
        use_plain_server(port, capsys)
        for args in (
            ["test", "--json", "--timeout", "3"],
            ["test", "--timeout", "3"],
            ["send", "--kind", "bill", "--period", "2026-11", "--json", "--yes"],
        ):
            _, out, err = cli(args, capsys)
            outputs += [out, err]
    texts = [*outputs, files_text(data_home)]
    assert not any(form in text for form in secret_forms for text in texts)


def test_the_transcript_hides_a_token_echoed_in_the_final_refusal(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    token = next(iter(idp.issued))
    with scripted_smtp("echo_535") as (port, _):
        use_plain_server(port, capsys)
        code, out, err = cli(["test", "--transcript", "--timeout", "3"], capsys)
    assert code == 1
    assert "S: 535" in err, "the transcript was printed"
    assert sasl_of(idp.user, token) not in out + err


def test_an_overlong_334_to_a_token_does_not_ask_for_a_password(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    with scripted_smtp("huge_334") as (port, _):
        use_plain_server(port, capsys)
        code, out, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    diagnosis = json.loads(out)["diagnosis"]
    assert code == 1
    assert "password" not in (diagnosis["title"] + diagnosis["action"]).lower(), diagnosis


def test_a_dot_localhost_name_is_not_trusted_with_a_token_in_plain_text(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no address other than loopback")
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    real = socket.getaddrinfo

    def dns(host: str, *args: Any, **kwargs: Any) -> Any:  # what a DNS server answers
        return real(address if host == "relay.localhost" else host, *args, **kwargs)

    monkeypatch.setattr("smtp_desk.core.session.socket.getaddrinfo", dns)
    with scripted_smtp("accept", host=address) as (port, got):
        use_plain_server(port, capsys, host="relay.localhost")
        cli(["test", "--json", "--timeout", "3"], capsys)
    assert not any(line.upper().startswith("AUTH") for line in got), "token sent in clear"


# ----- defects: the kept sign-in and the same PC --------------------------------------------


@pytest.mark.parametrize("text", ["not json", "[1, 2]"])
def test_a_damaged_kept_sign_in_means_sign_in_again_and_signin_repairs_it(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    text: str,
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    TokenVault(SecretStore()).save(account_of(data_home).token_name, text)
    code, out, err = cli(["configure", "--show", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["signed_in"] is False
    code, out, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "sign_in_needed"
    code, out, err = cli(["signin", "--json"], capsys)
    assert code == 0, (out, err)


def test_a_damaged_google_sign_in_means_sign_in_again(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_up_google(data_home, mail.port, idp, capsys, monkeypatch)
    kept = {"user": idp.user, "access_token": "x", "refresh_token": "y", "expires_at": "soon"}
    TokenVault(SecretStore()).save(account_of(data_home).token_name, json.dumps(kept))
    code, out, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "sign_in_needed"


def test_signing_out_is_not_undone_by_a_refresh_already_under_way(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    idp.access_lifetime = 120  # the run's next connection renews
    sign_in(capsys)
    arrived, go = threading.Event(), threading.Event()
    original = idp.answer

    def slow_refresh(method: str, path: str, query: dict[str, str], form: dict[str, str]) -> Reply:
        if form.get("grant_type") == "refresh_token":
            arrived.set()
            go.wait(5)
        return original(method, path, query, form)

    idp.answer = slow_refresh  # type: ignore[method-assign]
    running = OAuthSignIn(account_of(data_home), SecretStore())  # a run's sign-in
    worker = threading.Thread(target=lambda: _ignore(running.credentials), daemon=True)
    worker.start()
    assert arrived.wait(5)
    code, _, _ = cli(["signin", "--sign-out", "--json"], capsys)  # the clerk signs out
    assert code == 0
    assert not OAuthSignIn(account_of(data_home), SecretStore()).signed_in()
    go.set()
    worker.join(5)
    assert not OAuthSignIn(account_of(data_home), SecretStore()).signed_in(), "signed in again"


# ----- defects: what a careless clerk can type ----------------------------------------------


@pytest.mark.parametrize(
    "authority",
    [
        "https://it:Secret123@login.microsoftonline.com/greenpark.in",
        f"https://login.microsoftonline.com/greenpark.in{ESC}[2J",
        "https://login.microsoftonline.com/green park.in",
        "https://login.microsoftonline.com:99999/greenpark.in",
    ],
)
def test_an_authority_with_credentials_or_control_characters_is_refused(authority: str) -> None:
    draft = account_of_draft().with_changes(oauth_authority=authority)
    assert any(p.field == "oauth_authority" and p.is_error for p in check(draft))


def test_only_a_real_loopback_authority_skips_microsofts_authority_check(
    data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[dict[str, Any]] = []

    def record(client_id: str, **kwargs: Any) -> Any:
        made.append(kwargs)
        raise ValueError("stop here")

    monkeypatch.setattr(msal, "PublicClientApplication", record)
    draft = account_of_draft().with_changes(
        oauth_authority="https://localhost.evil.example/organizations"
    )
    account = checked_account(draft, password_stored=True)
    with pytest.raises(Exception, match="tenant or authority"):
        OAuthSignIn(account, SecretStore()).start_device_flow()
    assert made and made[0]["instance_discovery"] is True


def account_of_draft() -> AccountDraft:
    return AccountDraft(
        preset="office365",
        host="smtp.office365.com",
        port="587",
        security="starttls",
        user="billing@greenpark.in",
        from_email="billing@greenpark.in",
        sign_in="microsoft",
        oauth_client_id=CLIENT_ID,
    )


# ----- defences that hold ---------------------------------------------------------------------


def test_plain_text_to_a_remote_server_is_refused_before_any_token_is_fetched(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    idp.access_lifetime = 120  # fetching a token would renew it
    sign_in(capsys)
    renewals = idp.refresh_grants
    monkeypatch.setattr("smtp_desk.core.session._loopback_peer", lambda sock: False)
    with scripted_smtp("accept") as (port, got):
        use_plain_server(port, capsys)
        code, out, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "encryption_required"
    assert not any(line.upper().startswith("AUTH") for line in got)
    assert idp.refresh_grants == renewals, "no token was even fetched"


def test_a_server_without_starttls_never_sees_the_token(
    data_home: DataFolder, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    behaviour = Behaviour(xoauth2=idp.accepts)
    with mail_server(tls=None, behaviour=behaviour) as plain:
        set_up(data_home, plain.port, idp, capsys)  # security: starttls
        sign_in(capsys)
        code, out, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "starttls_unavailable"
    assert plain.seen.xoauth2_logins == []


def test_a_sign_in_for_one_mailbox_is_not_used_after_the_user_id_changes(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    code, _, err = cli(["configure", "--user", "treasurer@greenpark.example"], capsys)
    assert code == 0, err
    code, out, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "sign_in_needed"
    assert mail.seen.xoauth2_logins == []


@pytest.mark.parametrize(
    ("approver", "accepted"),
    [
        ("billing@greenpark.ex\u0430mple", False),  # Cyrillic а
        ("billing@greenpark.example\r\n", False),
        ("billing@greenpark.example.evil.in", False),
        ("BILLING@GreenPark.example", True),  # addresses are not case-sensitive
    ],
)
def test_only_the_mailbox_itself_may_sign_in(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    approver: str,
    accepted: bool,
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    idp.user = approver
    code, out, _ = cli(["signin", "--json"], capsys)
    kept = OAuthSignIn(account_of(data_home), SecretStore()).signed_in()
    if accepted:
        assert code == 0 and kept
    else:
        assert code == 1 and last_json(out)["diagnosis"]["category"] == "oauth_wrong_account"
        assert not kept


def test_endless_334s_end_after_one_bounded_sign_in_attempt(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    with scripted_smtp("echo_forever") as (port, got):
        use_plain_server(port, capsys)
        started = time.monotonic()
        code, out, _ = cli(
            ["send", "--kind", "bill", "--period", "2026-11", "--json", "--yes"], capsys
        )
        took = time.monotonic() - started
    result = json.loads(out)
    assert code == 1 and result["counts"]["sent"] == 0 and result["counts"]["pending"] == 2
    assert sum(line.upper().startswith("AUTH") for line in got) == 1, "one sign-in per Start"
    assert took < 5


def test_a_334_that_is_not_base64_is_explained_without_a_traceback(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    with scripted_smtp("not_base64") as (port, _):
        use_plain_server(port, capsys)
        code, out, err = cli(["test", "--timeout", "3"], capsys)
    assert code == 1
    assert "refused the sign-in token" in out
    assert "Traceback" not in out + err and "Error" not in err


def test_a_mail_server_that_goes_silent_at_auth_times_out(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    with scripted_smtp("silent") as (port, _):
        use_plain_server(port, capsys)
        started = time.monotonic()
        code, out, _ = cli(["test", "--json", "--timeout", "1"], capsys)
        took = time.monotonic() - started
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "timeout"
    assert took < 4


def test_a_token_echoed_in_the_refusal_is_blanked_in_json_and_the_log(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    sign_in(capsys)
    token = next(iter(idp.issued))
    with scripted_smtp("echo_535") as (port, _):
        use_plain_server(port, capsys)
        code, out, err = cli(["test", "--json", "--timeout", "3"], capsys)
        _, sent, sent_err = cli(
            ["send", "--kind", "bill", "--period", "2026-11", "--json", "--yes"], capsys
        )
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "token_refused"
    texts = [out, err, sent, sent_err, files_text(data_home)]
    for form in (token, sasl_of(idp.user, token)):
        assert not any(form in text for text in texts)


@pytest.mark.parametrize("damage", ["missing_part", "absurd_count", "not_ours"])
def test_a_half_written_or_foreign_kept_sign_in_is_no_sign_in(
    data_home: DataFolder,
    mail: MailServer,
    idp: OAuthServer,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    monkeypatch.setattr("smtp_desk.core.token_vault.PART_CHARS", 40)  # several parts
    sign_in(capsys)
    name = account_of(data_home).token_name
    entries = memory_keyring.entries
    head_key = next(key for key in entries if key[1] == name)
    if damage == "missing_part":
        del entries[(head_key[0], f"{name} #2")]
    elif damage == "absurd_count":
        entries[head_key] = "smtpdesk-tokens-1:99999:" + entries[head_key].split(":", 2)[2]
    else:
        entries[head_key] = "hunter2"
    code, out, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "sign_in_needed"
    assert mail.seen.xoauth2_logins == []
    sign_in(capsys)  # signing in again repairs it
    code, _, _ = cli(["test", "--json", "--timeout", "3"], capsys)
    assert code == 0


def test_signin_json_escapes_what_the_service_says(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    hostile = f"Open {ESC}[2J\r\nthe page"
    tamper(idp, edit_json("/devicecode", lambda d: d.update(message=hostile)))
    code, out, _ = cli(["signin", "--json"], capsys)
    assert code == 0
    assert ESC not in out and "\r" not in out
    assert len(out.strip().splitlines()) == 2, "one JSON line for the code, one for the result"
    assert json.loads(out.splitlines()[0])["message"] == hostile


def test_microsoft_refuses_a_plain_http_token_endpoint_from_discovery(
    data_home: DataFolder, mail: MailServer, idp: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up(data_home, mail.port, idp, capsys)
    with plain_http_listener() as (base, seen):

        def plain(d: dict[str, Any]) -> None:
            d["token_endpoint"] = f"{base}/organizations/oauth2/v2.0/token"
            d["device_authorization_endpoint"] = f"{base}/organizations/oauth2/v2.0/devicecode"

        tamper(idp, edit_json("openid-configuration", plain))
        code, _, _ = cli(["signin", "--json"], capsys)
    assert code == 1 and seen == []


def _ignore(work: Callable[[], object]) -> None:
    """Run ``work`` in a helper thread; its outcome is not the test's question."""
    with suppress(Exception):
        work()
