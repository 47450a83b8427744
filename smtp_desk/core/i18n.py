"""The words the window shows, in the person's own language.

Every sentence a person reads in the window is written in English in the code and passed
through :func:`translate` with a *context* (the module it belongs to) — also in the core,
whose diagnoses and checks the window shows. The window installs Qt's translator
(:func:`install`), which reads the compiled Qt Linguist catalogues (``.qm``, built from the
``.ts`` sources in ``smtp_desk/resources/translations``); the command line installs nothing,
so its output and its JSON stay in English for scripts and for whoever helps the office.

``pyside6-lupdate`` finds every ``translate("context", "text")`` call and every
:func:`QT_TRANSLATE_NOOP` mark (for text kept in tables and shown later through
:func:`translate`). Text with values in it is written with named fields and formatted after
translation — ``translate("send_page", "{sent} of {total} sent").format(...)`` — so a
translator can move the values where the language puts them.

The language is the person's choice (:func:`chosen_language`), kept with the recent
societies in the per-user config folder; ``SMTP_DESK_LANGUAGE`` overrides it (scripts,
tests, a shared PC). With no choice, the system's language is used when SMTP Desk speaks it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from smtp_desk.core.errors import SettingsError
from smtp_desk.core.json_file import VersionedJson
from smtp_desk.core.paths import config_folder

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "LANGUAGE_ENV",
    "QT_TRANSLATE_NOOP",
    "Translator",
    "choose_language",
    "chosen_language",
    "install",
    "installed",
    "language_for",
    "month_name",
    "preferences_file",
    "shown_date",
    "shown_period",
    "translate",
]

log = logging.getLogger(__name__)

Translator = Callable[[str, str, str | None, int], str]
"""(context, source text, disambiguation, n) → the text in the chosen language."""

ENGLISH = "en"
LANGUAGES: dict[str, str] = {ENGLISH: "English", "mr": "मराठी (Marathi)", "hi": "हिन्दी (Hindi)"}
"""The languages the window speaks, by code, each named in its own script."""

LANGUAGE_ENV = "SMTP_DESK_LANGUAGE"
_FILE = VersionedJson("smtp-desk-preferences", 1, "preferences file")
_translator: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (``text`` itself where none is installed)."""
    translator = _translator
    if translator is None:
        return text
    return translator(context, text, disambiguation, n) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; :func:`translate` it where shown."""
    del context
    return text


def install(translator: Translator | None) -> None:
    """Use ``translator`` from now on (None: English again)."""
    global _translator
    _translator = translator


def installed() -> bool:
    return _translator is not None


def preferences_file() -> Path:
    return config_folder() / "preferences.json"


def language_for(wanted: Iterable[str]) -> str:
    """The first of ``wanted`` (language tags such as "mr-IN", "hi_IN.UTF-8") that SMTP
    Desk speaks, else English."""
    for tag in wanted:
        code = tag.replace("_", "-").split(".")[0].split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def chosen_language(system: Iterable[str] = ()) -> str:
    """The language to show: ``SMTP_DESK_LANGUAGE``, else the person's choice, else the
    first of the ``system`` languages SMTP Desk speaks, else English."""
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    if override:
        return language_for([override])
    try:
        data = _FILE.load(preferences_file())
    except SettingsError as exc:
        log.warning("%s", exc)
        data = None
    stored = (data or {}).get("language")
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    return language_for(system)


def choose_language(code: str) -> None:
    """Keep ``code`` as the person's language (raises SettingsError when it cannot be kept)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    path = preferences_file()
    data = _FILE.load(path) or {}
    data.pop("format", None)
    data.pop("version", None)
    _FILE.save(path, {**data, "language": code})


_MONTHS = (
    QT_TRANSLATE_NOOP("months", "January"),
    QT_TRANSLATE_NOOP("months", "February"),
    QT_TRANSLATE_NOOP("months", "March"),
    QT_TRANSLATE_NOOP("months", "April"),
    QT_TRANSLATE_NOOP("months", "May"),
    QT_TRANSLATE_NOOP("months", "June"),
    QT_TRANSLATE_NOOP("months", "July"),
    QT_TRANSLATE_NOOP("months", "August"),
    QT_TRANSLATE_NOOP("months", "September"),
    QT_TRANSLATE_NOOP("months", "October"),
    QT_TRANSLATE_NOOP("months", "November"),
    QT_TRANSLATE_NOOP("months", "December"),
)
_MONTHS_SHORT = (
    QT_TRANSLATE_NOOP("months", "Jan"),
    QT_TRANSLATE_NOOP("months", "Feb"),
    QT_TRANSLATE_NOOP("months", "Mar"),
    QT_TRANSLATE_NOOP("months", "Apr"),
    QT_TRANSLATE_NOOP("months", "May"),
    QT_TRANSLATE_NOOP("months", "Jun"),
    QT_TRANSLATE_NOOP("months", "Jul"),
    QT_TRANSLATE_NOOP("months", "Aug"),
    QT_TRANSLATE_NOOP("months", "Sep"),
    QT_TRANSLATE_NOOP("months", "Oct"),
    QT_TRANSLATE_NOOP("months", "Nov"),
    QT_TRANSLATE_NOOP("months", "Dec"),
)


def month_name(month: int, *, short: bool = False) -> str:
    """The month (1–12) in the window's language ("November", or "Nov" when ``short``)."""
    return translate("months", (_MONTHS_SHORT if short else _MONTHS)[month - 1])


def shown_date(moment: date | datetime, *, year: bool = True, clock: bool = False) -> str:
    """A day as people read it, in the window's language with Western digits: "30 Nov 2026",
    "30 नोव्हें 2026"; without the year, or with the time ("30 Nov 14:05") when asked."""
    text = f"{moment.day:02d} {month_name(moment.month, short=True)}"
    if year:
        text += f" {moment.year}"
    if clock and isinstance(moment, datetime):
        text += f" {moment:%H:%M}"
    return text


def shown_period(start: date, end: date) -> str:
    """A month or a range of months in the window's language ("November 2026",
    "April–November 2026", "December 2025 – March 2026")."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{month_name(start.month)} {start.year}"
    if start.year == end.year:
        return f"{month_name(start.month)}–{month_name(end.month)} {end.year}"
    return f"{month_name(start.month)} {start.year} – {month_name(end.month)} {end.year}"
