"""One SMTP Desk window per data folder. A clerk who starts SMTP Desk again (a second
double-click on the icon) gets the window already open brought to the front, not a second
window on the same register: two windows would each read bounces, each prepare runs, and
each edit the settings over the other's.

The first start holds a lock file in the data folder (:class:`QLockFile`: a lock left by a
program that died is taken over at once, whatever its age) and watches the folder; a second
start finds the lock held, leaves a note asking the first to show its window, and ends.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from smtp_desk.core.paths import DataFolder

__all__ = ["OneWindow"]

log = logging.getLogger(__name__)


class OneWindow(QObject):
    """The data folder's one window: :meth:`claim` it, or :meth:`ask_to_show` the window
    that has it.

    Signals:
        show_requested(): another start asked this window to come to the front.
    """

    show_requested = Signal()

    def __init__(self, folder: DataFolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = folder.root
        self._lock = QLockFile(str(folder.root / "window.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its program is gone, never by age
        self._note: Path = folder.root / "window.show"
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """Take the folder's window for this program; False when another program has it."""
        if not self._lock.tryLock(200):
            return False
        self._note.unlink(missing_ok=True)  # left by a start that came too late
        self._watcher = QFileSystemWatcher([str(self._root)], self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        return True

    def ask_to_show(self) -> bool:
        """Leave the note that asks the program that has the window to show it."""
        try:
            self._note.write_text("show\n", encoding="utf-8")
        except OSError as exc:
            log.warning("The open window could not be asked to show itself: %s", exc)
            return False
        return True

    def release(self) -> None:
        self._watcher = None
        self._lock.unlock()

    def _on_watcher_directory_changed(self, _path: str) -> None:
        if not self._note.exists():
            return
        with suppress(OSError):
            self._note.unlink()
        log.info("SMTP Desk was started again: this window was brought to the front.")
        self.show_requested.emit()
