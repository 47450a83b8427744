"""``smtp-desk self-test``: is this installation whole? One line per check; exit 0 only
when every check passes. Used on the office PC after installing and by the build."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import smtp_desk

__all__ = ["add_parser", "checks"]

log = logging.getLogger(__name__)


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "self-test",
        help="check that this installation works",
        description="Check this installation: every module imports, the three documents "
        "render, the practice mail server takes a message, the window opens and closes, and "
        "the password store answers. One line a check; exit 0 when all pass, 1 otherwise.",
    )
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
    from smtp_desk.core.signin import TypedPassword
    from smtp_desk.core.validation import checked_account

    with tempfile.TemporaryDirectory(prefix="smtp-desk-self-test-") as tmp:
        server = PracticeServer(DataFolder(Path(tmp))).start()
        try:
            account = checked_account(server.account(), password_stored=True)
            report = run_test(
                account,
                sign_in=TypedPassword(account.user, server.password),
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


def _window_not_here() -> str:
    return "NOT USABLE: the window is checked only through the smtp-desk program itself"


def _keyring() -> str:
    from smtp_desk.core.secret_store import SecretStore

    status = SecretStore().status
    return ("" if status.usable else "NOT USABLE: ") + status.description


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95")  # the first bytes of every compiled Qt catalogue


def _languages() -> str:
    """The window's catalogues are here and compiled, and the bundled Devanagari font shapes
    a conjunct (श्री is fewer glyphs than letters, none of them the missing-glyph box)."""
    from importlib.resources import as_file, files

    import uharfbuzz

    from smtp_desk.core.i18n import ENGLISH, LANGUAGES

    folder = files("smtp_desk.resources.translations")
    for code in LANGUAGES:
        if code == ENGLISH:
            continue
        catalogue = folder / f"smtp_desk_{code}.qm"
        if not catalogue.is_file() or not catalogue.read_bytes().startswith(_QM_MAGIC):
            return f"NOT USABLE: the {LANGUAGES[code]} catalogue is missing or damaged"
    with as_file(files("smtp_desk.resources.fonts") / "NotoSansDevanagari-Regular.ttf") as path:
        font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path))))
    text = "श्रीकांत"
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    glyphs = [info.codepoint for info in buffer.glyph_infos]
    if 0 in glyphs or len(glyphs) >= len(text):
        return "NOT USABLE: Devanagari is not shaped (names would print wrongly)"
    others = ", ".join(name for code, name in LANGUAGES.items() if code != ENGLISH)
    shaped = f"{len(text)} letters → {len(glyphs)} glyphs"
    return f"window in English, {others}; Devanagari shaped ({shaped})"


def checks(window: Callable[[], str] | None = None) -> list[tuple[str, Callable[[], str]]]:
    """The checks in order; ``window`` is the window's own check, given by the entry module
    (the commands do not import the window)."""
    return [
        ("modules", _modules),
        ("documents", _documents),
        ("practice mail", _practice_mail),
        ("window", window or _window_not_here),
        ("languages", _languages),
        ("password store", _keyring),
    ]


def run(args: argparse.Namespace) -> int:
    failed = 0
    print(f"SMTP Desk {smtp_desk.__version__} self-test")
    for name, check in checks(getattr(args, "window_check", None)):
        start = time.perf_counter()
        try:
            result = check()
        except Exception as exc:  # every failure is reported, the rest still runs
            failed += 1
            print(f"✗ {name}: {exc or 'failed without a message'} (details in the log)")
            log.debug("self-test %s failed", name, exc_info=True)
            continue
        usable = not result.startswith("NOT USABLE")
        failed += 0 if usable else 1
        mark = "✓" if usable else "✗"
        print(f"{mark} {name}: {result} ({(time.perf_counter() - start) * 1000:.0f} ms)")
    print("All checks passed." if not failed else f"{failed} check(s) failed.")
    return 0 if not failed else 1
