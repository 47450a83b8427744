"""HTTPS to the sign-in services, verified, with a timeout on every request.

Certificates are checked against the operating system's store (Windows and Linux load it
through :func:`ssl.create_default_context`, which also honours ``SSL_CERT_FILE``) plus the
bundle ``requests`` carries or ``REQUESTS_CA_BUNDLE`` names: an office behind a proxy that
inspects HTTPS with its own root certificate, installed in Windows, keeps working, and
nothing is ever accepted unverified.
"""

from __future__ import annotations

import ssl
from typing import Any

import requests
from requests.adapters import HTTPAdapter

__all__ = ["TIMEOUT", "UNREACHABLE", "https_session"]

TIMEOUT = 15.0  # seconds for one request to the sign-in service

# What "the sign-in service cannot be reached" looks like from requests.
UNREACHABLE: tuple[type[BaseException], ...] = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.SSLError,
    requests.exceptions.ChunkedEncodingError,
)


class _SystemTrust(HTTPAdapter):
    """Verifies with the system's trust store as well as requests' own bundle, and gives
    every request a timeout."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = ssl.create_default_context()
        super().init_poolmanager(*args, **kwargs)

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = TIMEOUT
        return super().send(request, *args, **kwargs)


def https_session() -> requests.Session:
    session = requests.Session()
    session.mount("https://", _SystemTrust())
    return session
