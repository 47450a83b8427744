from __future__ import annotations

import logging
from pathlib import Path

from smtp_desk.core.logs import REDACTED, Redactor, setup_logging


def _record(msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("smtp_desk.x", logging.INFO, __file__, 1, msg, args, None)


def test_redactor_scrubs_messages_arguments_and_tracebacks() -> None:
    redactor = Redactor()
    redactor.add("hunter2-secret")
    record = _record("AUTH with %s failed", "hunter2-secret")
    redactor.filter(record)
    assert record.getMessage() == f"AUTH with {REDACTED} failed"
    try:
        raise ValueError("server echoed hunter2-secret")
    except ValueError:
        import sys

        failed = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", None, sys.exc_info())
    redactor.filter(failed)
    assert failed.exc_text is not None
    assert "hunter2-secret" not in failed.exc_text and REDACTED in failed.exc_text


def test_redactor_ignores_trivially_short_secrets() -> None:
    redactor = Redactor()
    redactor.add("a")
    assert redactor.scrub("a cat") == "a cat"


def test_log_file_rotates_in_the_data_folder(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "smtp-desk.log"
    handler = setup_logging(log_file)
    logger = logging.getLogger("smtp_desk.test")
    logger.info("month-end run started")
    handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "INFO" in text and "month-end run started" in text
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes > 0 and handler.backupCount >= 3


def test_setting_up_twice_keeps_one_file_handler(tmp_path: Path) -> None:
    first = setup_logging(tmp_path / "a.log")
    second = setup_logging(tmp_path / "b.log")
    handlers = logging.getLogger("smtp_desk").handlers
    assert second in handlers and first not in handlers
