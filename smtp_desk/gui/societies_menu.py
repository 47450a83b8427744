"""File > Open Society… and File > Recent Societies: choosing the data folder of another
society (or a new, empty one), and the last few opened (:mod:`smtp_desk.core.societies`).

The window only asks to switch (``MainWindow.open_society``); the window for the other
society is made by :class:`~smtp_desk.gui.app.Switcher`, as practice mode's is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from smtp_desk import APP_NAME
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.societies import FolderKind, folder_kind, recent_societies

__all__ = ["RecentMenu", "choose_society_folder", "may_switch"]

_ELSEWHERE = QT_TRANSLATE_NOOP(
    "societies_menu", "Choose a folder you may write to, such as one in Documents."
)


class RecentMenu(QMenu):
    """The societies opened last, read from the per-user list each time the menu opens;
    the one open now is ticked, a folder no longer there is shown greyed.

    Signals:
        chosen(object): the :class:`~pathlib.Path` of the society chosen.
    """

    chosen = Signal(object)

    def __init__(self, current: Path, parent: QWidget | None = None) -> None:
        super().__init__(translate("societies_menu", "Recent &Societies"), parent)
        self.setObjectName("recent_societies")
        self._current = current
        self.aboutToShow.connect(self.fill)  # read when opened, never at start

    def fill(self) -> None:
        self.clear()
        recent = recent_societies()
        if not recent:
            self.addAction(translate("societies_menu", "(none yet)")).setEnabled(False)
            return
        for number, entry in enumerate(recent, start=1):
            there = entry.folder.is_dir()
            text = f"&{number} {str(entry).replace('&', '&&')} — {entry.folder}"
            missing = translate("societies_menu", "{society} (not found)").format(society=text)
            action = self.addAction(text if there else missing)
            action.setData(str(entry.folder))
            action.setCheckable(entry.folder == self._current)
            action.setChecked(entry.folder == self._current)
            action.setEnabled(there and entry.folder != self._current)
            action.triggered.connect(lambda _checked=False, f=entry.folder: self.chosen.emit(f))


def choose_society_folder(parent: QWidget, start: Path) -> Path | None:
    """Ask for a society's data folder (the dialog can make a new one); a folder that holds
    other files is used only when the person says so. None: nothing chosen."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        translate("societies_menu", "Open Society — choose its folder, or make a new one"),
        str(start.parent),
        QFileDialog.Option.ShowDirsOnly,
    )
    if not chosen:
        return None
    folder = Path(chosen)
    if folder_kind(folder) is not FolderKind.OTHER:
        return folder
    box = QMessageBox(parent)
    box.setObjectName("society_folder_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(
        translate(
            "societies_menu", "{folder} is not a society's folder yet, and it holds other files."
        ).format(folder=folder)
    )
    box.setInformativeText(
        translate(
            "societies_menu",
            "SMTP Desk keeps each society's settings, members and register in a folder of its "
            "own. Keep this society's files here anyway? (An empty new folder is tidier.)",
        )
    )
    use = box.addButton(
        translate("societies_menu", "&Use this folder"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return folder if box.clickedButton() is use else None


def may_switch(
    parent: QWidget, target: Path, *, sending: bool, preparing: bool, importing: bool
) -> bool:
    """Whether the society in ``target`` may be opened now (the folder is made if new);
    when not, why is said, with what to do. A paused run is no obstacle: it waits in its
    own society's register."""
    refusal = _refusal(sending=sending, preparing=preparing, importing=importing)
    if refusal is None:
        try:
            DataFolder(target).ensure()
        except OSError as exc:
            refusal = (
                translate(
                    "societies_menu", "{folder} cannot be used for a society ({reason})."
                ).format(folder=target, reason=exc.strerror),
                translate("societies_menu", _ELSEWHERE),
            )
    if refusal is not None:
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, refusal[0], parent=parent)
        box.setObjectName("society_refused")
        box.setInformativeText(refusal[1])
        box.exec()
    return refusal is None


def _refusal(*, sending: bool, preparing: bool, importing: bool) -> tuple[str, str] | None:
    if sending:
        return (
            translate(
                "societies_menu", "Another society cannot be opened while this one is sending."
            ),
            translate(
                "societies_menu",
                "Pause the run first (Send > Pause): it goes on where it stopped when this "
                "society is opened again.",
            ),
        )
    if preparing:
        return (
            translate(
                "societies_menu",
                "Another society cannot be opened while sending is being prepared.",
            ),
            translate("societies_menu", "Try again in a moment."),
        )
    if importing:
        return (
            translate(
                "societies_menu", "Another society cannot be opened while an import is under way."
            ),
            translate("societies_menu", "Open it when the import has finished."),
        )
    return None
