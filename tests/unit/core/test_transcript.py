from __future__ import annotations

import base64

from smtp_desk.core.transcript import Transcript


def test_auth_login_exchange_is_blanked_and_the_rest_kept() -> None:
    transcript = Transcript()
    user = base64.b64encode(b"billing@crystal.in").decode()
    secret = base64.b64encode(b"hunter2-hunter2").decode()
    transcript.client(f"AUTH LOGIN {user}\r\n")
    transcript.server(334, base64.b64encode(b"Password:"))
    transcript.client(f"{secret}\r\n")
    transcript.server(235, b"2.7.0 Authentication successful")
    transcript.client("mail FROM:<billing@crystal.in>\r\n")
    transcript.server(250, b"2.1.0 OK")
    assert transcript.lines == [
        "C: AUTH LOGIN •••",
        "S: 334 •••",
        "C: •••",
        "S: 235 2.7.0 Authentication successful",
        "C: mail FROM:<billing@crystal.in>",
        "S: 250 2.1.0 OK",
    ]


def test_message_content_is_summarised() -> None:
    transcript = Transcript()
    transcript.client(b"From: a@b.in\r\nTo: c@d.in\r\n\r\n" + b"x" * 5000 + b"\r\n.\r\n")
    assert transcript.lines == ["C: [message, 5,033 bytes]"]


def test_failed_sign_in_ends_the_blanking() -> None:
    lines: list[str] = []
    transcript = Transcript(lines.append)
    transcript.client("AUTH PLAIN AGJpbGxpbmcAc2VjcmV0\r\n")
    transcript.server(535, b"5.7.8 Username and Password not accepted.")
    transcript.client("QUIT\r\n")
    assert lines == [
        "C: AUTH PLAIN •••",
        "S: 535 5.7.8 Username and Password not accepted.",
        "C: QUIT",
    ]
