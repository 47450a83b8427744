"""HTTPS to the sign-in services, verified, with a timeout on every request.

Certificates are checked against the operating system's store (Windows and Linux load it
through :func:`ssl.create_default_context`, which also honours ``SSL_CERT_FILE``) plus the
bundle ``requests`` carries or ``REQUESTS_CA_BUNDLE`` names: an office behind a proxy that
inspects HTTPS with its own root certificate, installed in Windows, keeps working, and
nothing is ever accepted unverified.
"""

from __future__ import annotations

import ssl
import time
from typing import Any

import requests
from requests.adapters import HTTPAdapter

__all__ = ["MAX_ANSWER", "TIMEOUT", "UNREACHABLE", "https_session"]

TIMEOUT = 15.0  # seconds for one request to the sign-in service (each read, and in total)
MAX_ANSWER = 1_000_000  # bytes: a sign-in service's answer is a few kilobytes

# What "the sign-in service cannot be reached" looks like from requests.
UNREACHABLE: tuple[type[BaseException], ...] = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.SSLError,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.InvalidSchema,
)


class _SystemTrust(HTTPAdapter):
    """Verifies with the system's trust store as well as requests' own bundle, and gives
    every request a timeout."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = ssl.create_default_context()
        super().init_poolmanager(*args, **kwargs)

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        """The whole answer, read within :data:`TIMEOUT` in total and at most
        :data:`MAX_ANSWER` bytes: a service that answers a byte at a time, or without end,
        is given up on like one that does not answer."""
        deadline = time.monotonic() + TIMEOUT
        kwargs["timeout"] = kwargs.get("timeout") or TIMEOUT
        kwargs["stream"] = True
        response = super().send(request, *args, **kwargs)
        body = bytearray()
        try:
            while chunk := response.raw.read1(65536, decode_content=True):
                body += chunk  # what one read brought: a dripping answer is checked often
                if len(body) > MAX_ANSWER:
                    raise requests.ConnectionError("the answer is far too long")
                if time.monotonic() > deadline:
                    raise requests.Timeout("the answer took too long")
        except Exception:
            response.close()
            raise
        response._content = bytes(body)
        response._content_consumed = True
        response.raw.release_conn()
        return response


class _PlainRefused(HTTPAdapter):
    """Nothing goes to a sign-in service unencrypted, not even after a redirect."""

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        raise requests.exceptions.InvalidSchema("plain http:// is refused for signing in")


def https_session() -> requests.Session:
    session = requests.Session()
    session.mount("https://", _SystemTrust())
    session.mount("http://", _PlainRefused())
    return session
