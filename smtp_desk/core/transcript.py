"""The SMTP conversation as it can be logged: the sign-in exchange blanked, messages
summarised by their size."""

from __future__ import annotations

from collections.abc import Callable

from smtp_desk.core.logs import REDACTED, redactor

__all__ = ["Transcript"]


class Transcript:
    """The SMTP conversation for the log, with the password exchange blanked out."""

    def __init__(self, on_line: Callable[[str], None] | None = None) -> None:
        self.lines: list[str] = []
        self._on_line = on_line
        self._in_auth = False

    def _add(self, line: str) -> None:
        self.lines.append(line)
        if self._on_line is not None:
            self._on_line(line)

    def client(self, data: bytes | str) -> None:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        if len(text) > 200 or text.count("\r\n") > 1:
            self._add(f"C: [message, {len(text):,} bytes]")
            return
        line = text.rstrip("\r\n")
        if line.upper().startswith("AUTH "):
            self._in_auth = True
            words = line.split()
            line = " ".join(words[:2] + ([REDACTED] if len(words) > 2 else []))
        elif self._in_auth:
            line = REDACTED
        self._add(f"C: {line}")

    def server(self, code: int, message: bytes) -> None:
        text = message.decode("utf-8", "replace").replace("\n", " | ")
        if self._in_auth and code == 334:
            text = REDACTED  # a challenge may echo the user name
        elif self._in_auth:
            text = redactor.scrub(text)  # a refusal may echo what was sent
        if code != 334:
            self._in_auth = False
        self._add(f"S: {code} {text}".rstrip())
