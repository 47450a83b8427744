"""Composing messages ahead of the sender, in other processes: the PDF (reportlab takes
most of the time per bill) and the MIME encoding, so the one SMTP connection never waits
and the window's thread is not starved.

The pool keeps up to ``lookahead`` upcoming messages in the making; small runs compose in
the calling process, where starting worker processes would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.addresses import sendable
from smtp_desk.core.dispatch import Job, render_job
from smtp_desk.core.message import Attachment, build_message
from smtp_desk.core.outbox_records import Item
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.wording import texts

__all__ = ["MessageRecipe", "RenderPool", "compose", "default_workers", "message_for"]

_SMALL_RUN = 24  # below this, worker processes are not worth starting


@dataclass(frozen=True)
class MessageRecipe:
    """What every message of a run shares: the account's headers and the run's templates."""

    account: AccountSettings
    subject: str
    body: str
    language: str = "en"  # the members' language of the run's wording


def compose(
    recipe: MessageRecipe,
    job: Job,
    message_id: str,
    recipients: tuple[str, ...],
    profile: SocietyProfile,
    logo: bytes | None,
    data_root: Path,
) -> bytes:
    """The complete message, ready for DATA (CRLF line ends), with its PDF attached."""
    return message_for(
        recipe, job, message_id, recipients, profile, render_job(job, profile, logo, data_root)
    ).as_bytes()


def message_for(
    recipe: MessageRecipe,
    job: Job,
    message_id: str | None,
    recipients: tuple[str, ...],
    profile: SocietyProfile,
    attachment: Attachment,
) -> EmailMessage:
    """One member's message with the run's wording filled in: what a run sends and what
    every preview shows."""
    values = job.values(profile, recipe.language)
    words = texts(recipe.subject, recipe.body, values, language=recipe.language)
    return build_message(
        recipe.account,
        to=sendable(recipients),  # a malformed address is refused at RCPT, never in a header
        subject=words.subject,
        text=words.plain,
        html=words.html,
        attachments=[attachment],
        message_id=message_id,
    )


def _watch_parent(parent: int) -> None:
    """In a worker: end when SMTP Desk itself is gone (killed, or the PC's power cut)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="smtp-desk-parent-watch").start()


def default_workers() -> int:
    """Leave a core for the sender and the window where there are several; at least two."""
    return max(2, min((os.cpu_count() or 2) - 1, 4))


class RenderPool:
    def __init__(
        self,
        recipe: MessageRecipe,
        profile: SocietyProfile,
        logo: bytes | None,
        data_root: Path,
        *,
        workers: int,
        expected: int,
        lookahead: int = 16,
    ) -> None:
        self._recipe, self._profile, self._logo, self._root = recipe, profile, logo, data_root
        self._lookahead = lookahead
        self._futures: dict[tuple[int, str], Future[bytes]] = {}
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0 and expected >= _SMALL_RUN:
            # spawn, not fork: the window's threads must not be copied into the workers
            self._pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_watch_parent,
                initargs=(os.getpid(),),
            )

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def message(self, item: Item, job: Job, upcoming: list[tuple[Item, Job]]) -> bytes:
        """The message for ``item``; starts composing the next ``upcoming`` ones meanwhile."""
        if self._pool is None:
            return compose(
                self._recipe,
                job,
                item.message_id,
                item.recipients,
                self._profile,
                self._logo,
                self._root,
            )
        for ahead, ahead_job in [(item, job), *upcoming][: self._lookahead]:
            key = (ahead.id, ahead.message_id)
            if key not in self._futures:
                self._futures[key] = self._pool.submit(
                    compose,
                    self._recipe,
                    ahead_job,
                    ahead.message_id,
                    ahead.recipients,
                    self._profile,
                    self._logo,
                    self._root,
                )
        return self._futures.pop((item.id, item.message_id)).result()
