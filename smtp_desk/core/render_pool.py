"""Rendering PDFs ahead of the sender, in other processes, so the one SMTP connection
never waits for reportlab (which takes most of the time per bill).

The pool keeps up to ``lookahead`` upcoming documents rendering; small runs render in the
calling process, where starting worker processes would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType

from smtp_desk.core.dispatch import Job, render_job
from smtp_desk.core.message import Attachment
from smtp_desk.core.society import SocietyProfile

__all__ = ["RenderPool", "default_workers"]

_SMALL_RUN = 24  # below this, worker processes are not worth starting


def _watch_parent(parent: int) -> None:
    """In a worker: end when SMTP Desk itself is gone (killed, or the PC's power cut)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="smtp-desk-parent-watch").start()


def default_workers() -> int:
    """One fewer than the cores (the sender and the window need one), at least one."""
    return max(1, min((os.cpu_count() or 2) - 1, 4)) if (os.cpu_count() or 1) > 2 else 2


class RenderPool:
    def __init__(
        self,
        profile: SocietyProfile,
        logo: bytes | None,
        data_root: Path,
        *,
        workers: int,
        expected: int,
        lookahead: int = 16,
    ) -> None:
        self._profile, self._logo, self._root = profile, logo, data_root
        self._lookahead = lookahead
        self._futures: dict[str, Future[Attachment]] = {}
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

    def attachment(self, job: Job, upcoming: list[Job]) -> Attachment:
        """The PDF for ``job``; starts rendering the next ``upcoming`` ones meanwhile."""
        if self._pool is None:
            return render_job(job, self._profile, self._logo, self._root)
        for ahead in [job, *upcoming][: self._lookahead]:
            key = ahead.spec.document
            if key not in self._futures:
                self._futures[key] = self._pool.submit(
                    render_job, ahead, self._profile, self._logo, self._root
                )
        return self._futures.pop(job.spec.document).result()
