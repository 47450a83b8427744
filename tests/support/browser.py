"""The PC's web browser, for the browser sign-in ("loopback" flow) in tests.

msal's ``acquire_token_interactive`` first listens on ``http://localhost:<port>``, then
calls ``webbrowser.open(<the identity provider's /authorize address>)`` and waits for the
browser to bring the answer back to that port. :func:`use_test_browser` registers, through
``webbrowser.register(..., preferred=True)``, a browser that runs this file as a separate
process (``python tests/support/browser.py <url>``), in the background like a desktop
browser, so msal is never blocked. The process does what a user's browser does with an
approving identity provider: GETs the address (trusting the tests' CA through the inherited
``SSL_CERT_FILE``), follows redirects, and submits the auto-posting form of a
``response_mode=form_post`` answer (what msal 1.39 asks for; its loopback receiver refuses a
code in a GET query string) to the loopback address, then exits: 0 when the last page
answered 200.

Module state: ``webbrowser`` keeps its browsers in the private ``_browsers`` dict and its
order of preference in the private ``_tryorder`` list, and has no public way to unregister.
:func:`use_test_browser` copies both first, registers the test browser, then makes it the
*only* entry of ``_tryorder`` (so a real browser installed on the machine is never started,
even when the test browser refuses), and on exit puts both back as they were. It also points
the ``BROWSER`` environment variable at a small launcher script for the duration, which (a)
stops msal preferring ``/usr/bin/microsoft-edge`` on Linux (msal does so only when
``BROWSER`` is unset) and (b) lets a program started as a subprocess inside the block (the
``smtp-desk`` command) use the same test browser through its own ``webbrowser`` module.

"No browser" mode, ``use_test_browser(refuse=True)``: ``open()`` records the address and
returns False, as ``webbrowser`` does on a PC where nothing can open a page. msal 1.39 then
does not fail: it calls the ``auth_uri_callback`` given to ``acquire_token_interactive``
(a hidden keyword it passes through) with the address, or else logs the warning "Found no
browser in current environment...", and keeps waiting on the loopback port for the user to
open the address by hand. With ``timeout=N`` it raises ``msal.BrowserInteractionTimeoutError``
("User did not complete the flow in time") after about N seconds; with ``timeout=None`` it
waits forever. Either way its listener thread (a daemon) stays blocked on the closed port
until the process ends: msal 1.39 does not give that thread the timeout. A test can play
the user who copies the address into a browser by calling :func:`visit` from another thread
(never from the callback's own thread: msal only starts answering on the loopback port after
the callback returns). The launcher in this mode exits 1, so a subprocess's ``webbrowser``
moves on to whatever other browser that machine has: the refusal is reliable in-process only.
"""

from __future__ import annotations

import os
import shlex
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request
import webbrowser
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

__all__ = ["NAME", "Page", "TestBrowser", "main", "use_test_browser", "visit"]

NAME = "smtp-desk-test-browser"
SCRIPT = Path(__file__).resolve()
TIMEOUT = 10.0  # seconds, for each page and for the browser processes to finish
_MAX_STEPS = 8  # pages per sign-in: redirects and form posts
# -I: the script's folder (tests/support, with its smtpd.py) must not shadow the stdlib
_COMMAND = (sys.executable, "-I", str(SCRIPT))


@dataclass(frozen=True)
class Page:
    """The last page a visit ended on."""

    status: int
    url: str
    text: str


class _Forms(HTMLParser):
    """The first POST form of a page: its action and its named inputs."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: list[tuple[str, str]] = []
        self._inside = False
        self._done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "form" and not self._done and found.get("method", "").lower() == "post":
            self.action, self._inside = found.get("action", ""), True
        elif tag == "input" and self._inside and found.get("name"):
            self.fields.append((found["name"], found.get("value", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._inside:
            self._inside, self._done = False, True


def visit(url: str, *, timeout: float = TIMEOUT) -> Page:
    """Open ``url`` as a browser does with an identity provider that approves at once:
    follow redirects, submit a page's POST form (Entra's form_post page submits itself by
    script), stop at the first page without one: the sign-in's end, the loopback page."""
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),  # loopback only, whatever *_proxy says
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
    )
    data: bytes | None = None
    for _ in range(_MAX_STEPS):
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise ValueError(f"not a web address: {scheme}:")
        method = "POST" if data else "GET"
        request = urllib.request.Request(url, data=data, method=method)  # noqa: S310 (scheme checked)
        try:
            with opener.open(request, timeout=timeout) as response:
                status, final = int(response.status), str(response.geturl())
                text = response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            status, final = error.code, error.geturl()
            text = error.read().decode("utf-8", "replace")
        forms = _Forms()
        forms.feed(text)
        if status != 200 or forms.action is None:
            return Page(status, final, text)
        url, data = urljoin(final, forms.action), urlencode(forms.fields).encode()
    raise RuntimeError(f"no end after {_MAX_STEPS} pages")


class TestBrowser(webbrowser.BackgroundBrowser):
    """The browser :func:`use_test_browser` registers: each ``open`` starts this file as a
    process and returns at once (or, refusing, returns False)."""

    __test__ = False  # not a pytest test class

    def __init__(self, *, refuse: bool = False) -> None:
        super().__init__([*_COMMAND, "%s"])
        self.refuse = refuse
        self.opened: list[str] = []  # every address msal asked to open
        self.processes: list[subprocess.Popen[bytes]] = []
        self._lock = threading.Lock()

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        with self._lock:
            self.opened.append(url)
            if self.refuse:
                return False
            self.processes.append(
                subprocess.Popen(
                    [*_COMMAND, url],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    start_new_session=True,  # like a browser: not in the test's group
                )
            )
            return True

    def wait(self, timeout: float = TIMEOUT) -> list[int]:
        """The exit codes of the browser processes so far (0: the sign-in reached a page
        answering 200), each waited for up to ``timeout`` seconds and killed after that."""
        with self._lock:
            processes = list(self.processes)
        codes = []
        for process in processes:
            try:
                codes.append(process.wait(timeout))
            except subprocess.TimeoutExpired:
                process.kill()
                codes.append(process.wait())
        return codes


def _launcher(folder: Path, *, refuse: bool) -> Path:
    """An executable for ``BROWSER``: Python's webbrowser waits for a BROWSER command, so
    the launcher starts the test browser in the background and returns at once."""
    path = folder / NAME
    run = " ".join(map(shlex.quote, _COMMAND)) + ' "$1"'
    body = "exit 1" if refuse else f"{run} </dev/null >/dev/null 2>&1 &\nexit 0"
    path.write_text(f"#!/bin/sh\n# the SMTP Desk tests' browser\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@contextmanager
def use_test_browser(*, refuse: bool = False) -> Iterator[TestBrowser]:
    """The test browser as the only browser ``webbrowser`` knows, until the block ends; then
    its processes are waited for (killed after a while) and ``webbrowser`` and ``BROWSER``
    are put back. ``refuse``: a PC where no browser opens (see the module notes)."""
    browser = TestBrowser(refuse=refuse)
    state: dict[str, Any] = vars(webbrowser)
    order_before = state["_tryorder"]
    order_before = None if order_before is None else list(order_before)
    browsers_before = dict(state["_browsers"])
    env_before = os.environ.get("BROWSER")
    folder = Path(tempfile.mkdtemp(prefix="smtp-desk-browser-"))
    webbrowser.register(NAME, None, browser, preferred=True)
    state["_tryorder"][:] = [NAME]
    os.environ["BROWSER"] = str(_launcher(folder, refuse=refuse))
    try:
        yield browser
    finally:
        browser.wait()
        state["_tryorder"] = order_before
        state["_browsers"].clear()
        state["_browsers"].update(browsers_before)
        if env_before is None:
            os.environ.pop("BROWSER", None)
        else:
            os.environ["BROWSER"] = env_before
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """``python tests/support/browser.py <url>``: visit the address; 0 when it ended on a
    page answering 200. Prints only the outcome (addresses carry codes)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: browser.py <url>", file=sys.stderr)
        return 2
    try:
        page = visit(args[0])
    except (OSError, ValueError, RuntimeError) as error:
        print(f"test browser: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    if page.status != 200:
        print(f"test browser: the last page answered {page.status}", file=sys.stderr)
    return 0 if page.status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
