"""The UI language: our own Qt Linguist catalogue plus Qt's qtbase one (standard buttons such as Save/Cancel).

The language comes from --lang if given, else from the vault's setting once it is unlocked, else from the
system locale. Finnish is the source language of our strings, so "fi" needs only qtbase_fi.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from omavalmentaja import messages
from omavalmentaja.assets import translations_dir
from omavalmentaja.messages import LANGUAGES as UI_LANGUAGES  # not from services (the vault's modules): start-up

TRANSLATIONS_DIR = translations_dir()
DEFAULT_LANGUAGE = "fi"
_TERRITORY = QLocale.Country.Finland  # PySide6 names the Territory enum Country
_LOCALE_LANGUAGES = {"fi": QLocale.Language.Finnish, "sv": QLocale.Language.Swedish, "en": QLocale.Language.English}


class _State:
    translators: list[QTranslator] = []
    language = DEFAULT_LANGUAGE
    from_command_line = False


def system_language() -> str:
    code = QLocale.system().name()[:2]
    return code if code in UI_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _State.language


def install_language(language: str | None, from_command_line: bool = False) -> str:
    """Replace the installed translators with those of language (None: the system's). Returns the language."""
    app = QCoreApplication.instance()
    assert app is not None
    language = language if language in UI_LANGUAGES else system_language()
    for translator in _State.translators:
        app.removeTranslator(translator)
    _State.translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [("qtbase_" + language, qt_dir)]
    if language != DEFAULT_LANGUAGE:
        catalogues.append(("omavalmentaja_" + language, str(TRANSLATIONS_DIR)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _State.translators.append(translator)
    QLocale.setDefault(QLocale(_LOCALE_LANGUAGES[language], _TERRITORY))
    _State.language = language
    messages.set_language(language)
    _State.from_command_line = from_command_line
    return language


def apply_vault_language(vault_language: str) -> bool:
    """After unlocking: switch to the vault's language unless --lang chose one. True if the language changed."""
    if _State.from_command_line or not vault_language or vault_language == _State.language:
        return False  # "" (follow the system) takes effect at the next start
    install_language(vault_language)
    return True


def remove_translators() -> None:
    """Back to the untranslated (Finnish) strings and Qt's English ones; for tests and tools."""
    app = QCoreApplication.instance()
    for translator in _State.translators:
        if app is not None:
            app.removeTranslator(translator)
    _State.translators = []
    _State.language = DEFAULT_LANGUAGE
    messages.set_language(DEFAULT_LANGUAGE)
    _State.from_command_line = False
    QLocale.setDefault(QLocale.system())
