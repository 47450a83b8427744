"""``smtp-desk self-test``: is this installation whole? One line per check; exit 0 only
when every check passes. Used on the office PC after installing and by the build."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import smtp_desk

__all__ = ["add_parser", "checks"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("self-test", help="check that this installation works")
    parser.set_defaults(run=run)


def _modules() -> str:
    names = [m.name for m in pkgutil.walk_packages(smtp_desk.__path__, "smtp_desk.")]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules import"


def _documents() -> str:
    from smtp_desk.core.documents.render import DocumentKind, sample_document

    sizes = [len(sample_document(kind)) for kind in DocumentKind]
    return (
        "bill, receipt and statement render (" + ", ".join(f"{s // 1024} KB" for s in sizes) + ")"
    )


def _practice_mail() -> str:
    from smtp_desk.core.connection_test import run_test
    from smtp_desk.core.message import Attachment
    from smtp_desk.core.paths import DataFolder
    from smtp_desk.core.practice import PracticeServer, read_inbox
    from smtp_desk.core.validation import checked_account

    with tempfile.TemporaryDirectory(prefix="smtp-desk-self-test-") as tmp:
        server = PracticeServer(DataFolder(Path(tmp))).start()
        try:
            account = checked_account(server.account(), password_stored=True)
            report = run_test(
                account,
                password=server.password,
                send_to=account.from_email,
                attachment=lambda: Attachment("test.pdf", b"%PDF-1.4 test"),
                timeout=10,
            )
        finally:
            server.stop()
        if not report.ok:
            raise RuntimeError(str(report.diagnosis))
        received = len(read_inbox(server.inbox))
    return f"practice server took one message over STARTTLS ({received} in its inbox)"


def _window() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smtp_desk.core.paths import DataFolder
    from smtp_desk.core.secret_store import SecretStore
    from smtp_desk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["smtp-desk"])
    with tempfile.TemporaryDirectory(prefix="smtp-desk-self-test-") as tmp:
        window = MainWindow(folder=DataFolder(Path(tmp)), store=SecretStore())
        window.show()
        app.processEvents()
        title = window.windowTitle().replace("[*]", "")
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"main window opens and closes ({title!r}, {app.platformName()})"  # type: ignore[attr-defined]


def _keyring() -> str:
    from smtp_desk.core.secret_store import SecretStore

    status = SecretStore().status
    return ("" if status.usable else "NOT USABLE: ") + status.description


def checks() -> list[tuple[str, Callable[[], str]]]:
    return [
        ("modules", _modules),
        ("documents", _documents),
        ("practice mail", _practice_mail),
        ("window", _window),
        ("password store", _keyring),
    ]


def run(args: argparse.Namespace) -> int:
    failed = 0
    print(f"SMTP Desk {smtp_desk.__version__} self-test")
    for name, check in checks():
        start = time.perf_counter()
        try:
            result = check()
        except Exception as exc:  # every failure is reported, the rest still runs
            failed += 1
            print(f"✗ {name}: {type(exc).__name__}: {exc}")
            continue
        usable = not result.startswith("NOT USABLE")
        failed += 0 if usable else 1
        mark = "✓" if usable else "✗"
        print(f"{mark} {name}: {result} ({(time.perf_counter() - start) * 1000:.0f} ms)")
    print("All checks passed." if not failed else f"{failed} check(s) failed.")
    return 0 if not failed else 1
