"""The window's language: the compiled catalogue installed before the first widget, and the
Indian-script fonts the window needs on a PC that has none (Qt shapes the text itself).

The language is read once, at start (:func:`smtp_desk.core.i18n.chosen_language` with the
system's languages); a change made in the window takes effect when the window opens again.
"""

from __future__ import annotations

import logging
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from smtp_desk.core import i18n
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["install_language", "language_in_use", "load_indic_fonts"]

log = logging.getLogger(__name__)

# Qt ships no Marathi or Hindi for its own buttons; these are translated in our catalogue
# under Qt's contexts, so the standard dialogs' buttons speak the chosen language too.
_QT_OWN = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)

_INDIC_FONTS = (
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "NotoSansGujarati-Regular.ttf",
    "NotoSansGujarati-Bold.ttf",
)
_DEVANAGARI = "Noto Sans Devanagari"
_kept: list[QTranslator] = []  # a translator must outlive its installation
_in_use = i18n.ENGLISH
_fonts_loaded = False


def load_indic_fonts() -> None:
    """Make the bundled Devanagari and Gujarati fonts known to Qt (once), so names and the
    Marathi or Hindi window show on a PC without such fonts."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    folder = files("smtp_desk.resources.fonts")
    for name in _INDIC_FONTS:
        resource = folder / name
        if not resource.is_file():
            continue
        with as_file(resource) as path:
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                log.warning("The font %s could not be loaded.", name)
    _fonts_loaded = True


def install_language(code: str | None = None) -> str:
    """Install the catalogue of ``code`` (default: the chosen or the system's language)
    and return the language now in use; a catalogue that cannot be read leaves English."""
    global _in_use
    load_indic_fonts()
    for translator in _kept:
        QCoreApplication.removeTranslator(translator)
    _kept.clear()
    _plain_font()
    i18n.install(None)
    _in_use = i18n.ENGLISH
    wanted = code or i18n.chosen_language(QLocale.system().uiLanguages())
    if wanted == i18n.ENGLISH:
        return _in_use
    translator = QTranslator()
    resource = files("smtp_desk.resources.translations") / f"smtp_desk_{wanted}.qm"
    loaded = False
    if resource.is_file():
        with as_file(resource) as path:
            loaded = translator.load(str(path))
    if not loaded:
        log.warning("The %s translation is missing; the window stays in English.", wanted)
        return _in_use
    QCoreApplication.installTranslator(translator)
    _kept.append(translator)
    i18n.install(_qt_translate)
    _in_use = wanted
    _prefer_devanagari_font()
    return _in_use


def _prefer_devanagari_font() -> None:
    """Lead with the bundled Devanagari font (Latin falls back to the usual one): its line
    height makes room for vowel signs above the headline, which the usual font's metrics
    cut off in tabs and buttons."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    font = QGuiApplication.font()
    families = font.families() or [font.family()]
    if _DEVANAGARI not in families:
        font.setFamilies([_DEVANAGARI, *families])
        QGuiApplication.setFont(font)


def _plain_font() -> None:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    font = QGuiApplication.font()
    families = font.families()
    if families and families[0] == _DEVANAGARI:
        font.setFamilies(families[1:])
        QGuiApplication.setFont(font)


def language_in_use() -> str:
    return _in_use


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
