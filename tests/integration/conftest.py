from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import unavailable
from tests.support.desktop import missing_programs, secret_service_session, xvfb_display


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """An unlocked gnome-keyring on a private session bus; this process uses it too."""
    missing = missing_programs("dbus-daemon", "gnome-keyring-daemon")
    if missing:
        unavailable(
            f"a real Secret Service needs {', '.join(missing)} "
            "(Debian: apt-get install gnome-keyring dbus)"
        )
    with secret_service_session(tmp_path / "desktop-home") as env:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        yield env


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) for real windows."""
    missing = missing_programs("Xvfb")
    if missing:
        unavailable(
            "a real window needs Xvfb "
            "(Debian: apt-get install xvfb xauth libxcb-icccm4 libxcb-keysyms1)"
        )
    with xvfb_display() as display:
        yield display
