"""Logging: a rotating file in the data folder, and redaction of secrets everywhere.

Every handler SMTP Desk installs carries a :class:`Redactor`, which replaces any
registered secret (the password, once typed or loaded) by ``•••`` in the final text, as a
last line of defence behind the rule that code never logs a password in the first place.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

__all__ = ["LOG_FORMAT", "REDACTED", "Redactor", "redactor", "setup_logging"]

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
REDACTED = "•••"
_MAX_BYTES = 1_000_000
_BACKUPS = 5


class Redactor(logging.Filter):
    """Removes registered secrets from every record it sees."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str) -> None:
        if len(secret) >= 4:  # a shorter "secret" would blank ordinary words
            with self._lock:
                self._secrets.add(secret)

    def scrub(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        scrubbed = self.scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        return True


redactor = Redactor()


_file_handler: logging.Handler | None = None


def setup_logging(log_file: Path, *, level: int = logging.INFO) -> logging.Handler:
    """Send SMTP Desk's log to a rotating file (1 MB × 5); returns the file handler.

    Calling it again (another data folder, a second command in one process) replaces the
    previous file handler instead of adding a second one.
    """
    global _file_handler
    logger = logging.getLogger("smtp_desk")
    if _file_handler is not None:
        logger.removeHandler(_file_handler)
        _file_handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(redactor)
    logger.setLevel(min(level, logger.level or level))
    logger.addHandler(handler)
    _file_handler = handler
    return handler
