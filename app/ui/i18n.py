# SPDX-License-Identifier: GPL-3.0-or-later
"""Interface language (translators from resources/i18n) and the translated labels of vocabulary codes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.domain.vocab import CaseStatus
from app.ui.models.record_table import forget_cell_texts
from app.ui.pseudo_locale import PSEUDO_LANGUAGE, PseudoTranslator
from app.ui.tr_noop import QT_TRANSLATE_NOOP

#: Offered languages, each named in itself (never translated).
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))
DEFAULT_LANGUAGE = "en"

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.INTAKE: QT_TRANSLATE_NOOP("vocab", "Intake"),
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("vocab", "Open"),
    CaseStatus.WAITING: QT_TRANSLATE_NOOP("vocab", "Waiting for an answer"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("vocab", "Closed"),
    CaseStatus.ARCHIVED: QT_TRANSLATE_NOOP("vocab", "Archived"),
}


def interface_language() -> str:
    """The interface language's code ("en", "ru", "kk"), as ``Translations.install`` set it."""
    return QLocale().name().split("_")[0]


def status_label(status: CaseStatus) -> str:
    return QCoreApplication.translate("vocab", STATUS_LABELS.get(status, str(status)))


class Translations:
    """Installs Pana's and Qt's own translators for one language; installing again replaces them.

    Installing sends ``LanguageChange`` to every widget; screens retranslate in ``changeEvent``.
    """

    def __init__(self, i18n_dir: Path) -> None:
        self._dir = i18n_dir
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False when its ``.qm`` file is missing (English is used).

        ``PSEUDO_LANGUAGE`` is English made longer and accented, for layout checks (never offered)."""
        pseudo = language == PSEUDO_LANGUAGE
        if pseudo or language not in dict(LANGUAGES):
            language = DEFAULT_LANGUAGE
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        forget_cell_texts()
        found = False
        pana = QTranslator()  # English too: its file holds the plural forms ("1 day", "3 days")
        if pana.load(f"pana_{language}", str(self._dir)):
            QCoreApplication.installTranslator(pana)
            self._installed.append(pana)
            found = True
        if pseudo:
            self.language = PSEUDO_LANGUAGE
            wrapper = PseudoTranslator(pana if found else None)
            QCoreApplication.installTranslator(wrapper)  # asked first: the last one installed is
            self._installed.append(wrapper)
            app = QCoreApplication.instance()
            assert app is not None  # as installTranslator above requires
            # Qt must not call into a Python translator while the interpreter shuts down.
            app.aboutToQuit.connect(lambda: QCoreApplication.removeTranslator(wrapper))
        if language == DEFAULT_LANGUAGE:
            return True
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_own)
            self._installed.append(qt_own)
        return found
