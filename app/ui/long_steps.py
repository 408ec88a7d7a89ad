# SPDX-License-Identifier: GPL-3.0-or-later
"""What a long unlock or restore is doing, in words: the text for each step its service reports
through ``progress(done, total, message)``.

The unlock screen and the restore dialog both show these (a restored backup from an older Pana is
upgraded as it is unlocked).  Steps counted in thousandths (``app.services.told``) show a percentage.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.placeholders import filled
from app.ui.tr_noop import QT_TRANSLATE_NOOP

# Steps counted in thousandths: their text takes a percentage.
_PERCENT = {
    "backup": QT_TRANSLATE_NOOP("LongSteps", "Keeping a backup before the upgrade (%1 %)…"),
    "unpacking": QT_TRANSLATE_NOOP("LongSteps", "Unpacking the backup (%1 %)…"),
    "checking": QT_TRANSLATE_NOOP("LongSteps", "Checking every page of the backup (%1 %)…"),
}
# Steps counted in their own units: their text takes "done of total".
_COUNTED = {
    "migrating": QT_TRANSLATE_NOOP("LongSteps", "Upgrading the vault (%1 of %2)…"),
    "migrated": QT_TRANSLATE_NOOP("LongSteps", "Upgrading the vault (%1 of %2)…"),
    "names": QT_TRANSLATE_NOOP("LongSteps", "Rebuilding the name index (%1 of %2 spellings)…"),
}
# Steps with no count worth showing.
_PLAIN = {
    "unlocking": QT_TRANSLATE_NOOP("LongSteps", "Unlocking the backup…"),
}
_UNNAMED = QT_TRANSLATE_NOOP("LongSteps", "Working…")


def step_text(done: int, total: int, message: str) -> str:
    """The words for one step (a step this module has no words for is only "Working…")."""
    if message in _PERCENT:
        percent = 100 * done // max(total, 1)
        return QCoreApplication.translate("LongSteps", _PERCENT[message]).replace("%1", str(percent))
    if message in _COUNTED:
        text = QCoreApplication.translate("LongSteps", _COUNTED[message])
        return filled(text, str(done), str(total))
    return QCoreApplication.translate("LongSteps", _PLAIN.get(message, _UNNAMED))
