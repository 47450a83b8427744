"""Run the built bundle's own checks, as CI does after `make bundle`: --version, the
self-test inside a private Secret Service session (so the password-store check is real),
the bundle's size and start time. Exit status: the self-test's."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.desktop import missing_programs, secret_service_session

BUNDLE = Path(__file__).resolve().parents[2] / "dist" / "smtp-desk"


def main() -> int:
    program = BUNDLE / ("smtp-desk.exe" if sys.platform == "win32" else "smtp-desk")
    size = sum(p.lstat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {BUNDLE} — {size / 1_000_000:.0f} MB")
    with tempfile.TemporaryDirectory(prefix="smtp-desk-bundle-") as tmp:
        starts = []
        for _ in range(3):
            start = time.perf_counter()
            version = subprocess.run(
                [str(program), "--version"], capture_output=True, text=True, timeout=60, check=True
            )
            starts.append(time.perf_counter() - start)
        print(
            f"{version.stdout.strip()} — start and exit in {sorted(starts)[1]:.2f} s (median of 3)"
        )
        if missing_programs("dbus-daemon", "gnome-keyring-daemon"):
            print("no Secret Service here: the password-store check will report it")
            env = None
            context = None
        else:
            context = secret_service_session(Path(tmp) / "desktop")
            env = context.__enter__()
        try:
            run_env = dict(env or {}) or None
            if run_env is not None:
                run_env["SMTP_DESK_HOME"] = str(Path(tmp) / "home")
            test = subprocess.run([str(program), "self-test"], env=run_env, text=True, timeout=300)
        finally:
            if context is not None:
                context.__exit__(None, None, None)
    return test.returncode


if __name__ == "__main__":
    raise SystemExit(main())
