"""Real desktop services for the tests that need them, each private to the test run:
a D-Bus session with gnome-keyring's Secret Service, and an Xvfb display.

Each is started by a fixture and stopped afterwards; nothing of the developer's own
session is used. When the programs are not installed the tests skip with the reason, or
fail when SMTP_DESK_REQUIRE_REAL=1 (as in CI).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from jeepney import MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

__all__ = ["missing_programs", "secret_service_session", "xvfb_display"]

_START_TIMEOUT = 20.0


def missing_programs(*names: str) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


def _read_line(proc: subprocess.Popen[bytes], timeout: float) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        raise TimeoutError("the service printed nothing in time")
    return proc.stdout.readline().decode().strip()


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def _name_has_owner(address: str, name: str) -> bool:
    """Whether ``name`` has an owner on the D-Bus at ``address`` (False until it answers)."""
    try:
        with open_dbus_connection(bus=address) as bus:
            reply = bus.send_and_get_reply(
                new_method_call(message_bus, "NameHasOwner", "s", (name,)), timeout=5
            )
    except (OSError, TimeoutError, ValueError):
        return False
    answered = reply.header.message_type is MessageType.method_return
    return answered and bool(reply.body) and reply.body[0] is True


def _wait_until(ready: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not come up within {_START_TIMEOUT:.0f} s")
        time.sleep(0.1)


@contextmanager
def secret_service_session(home: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session bus with an unlocked gnome-keyring; yields its environment."""
    runtime = home / "run"
    runtime.mkdir(parents=True, mode=0o700)
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("PYTHON_KEYRING_BACKEND", None)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    daemon: subprocess.Popen[bytes] | None = None
    try:
        env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus, _START_TIMEOUT)
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert daemon.stdin is not None
        daemon.stdin.write(b"unlock-the-test-keyring")
        daemon.stdin.close()
        address = env["DBUS_SESSION_BUS_ADDRESS"]

        def owned() -> bool:
            # asked in this process (jeepney, as keyring itself talks D-Bus): a probe
            # program started over and over is one fork too many for a busy test process
            return _name_has_owner(address, "org.freedesktop.secrets")

        _wait_until(owned, "the Secret Service")
        yield env
    finally:
        if daemon is not None:
            _stop(daemon)
        _stop(bus)


@contextmanager
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY value."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], _START_TIMEOUT)
        if not ready:
            raise TimeoutError("Xvfb did not report its display in time")
        number = os.read(read_end, 16).decode().strip()
        yield f":{number}"
    finally:
        os.close(read_end)
        _stop(server)
