# SPDX-License-Identifier: GPL-3.0-or-later
"""Countries are stored as codes and shown translated; a country typed freely is kept as typed (#12)."""

from __future__ import annotations

from typing import Any

from app.paths import resources_dir
from app.ui.i18n import Translations
from app.ui.widgets.country_combo import DEFAULT_RELATIVE_COUNTRY, CountryCombo


def test_a_listed_country_is_a_code_shown_in_the_interface_language(qtbot: Any) -> None:
    translations = Translations(resources_dir() / "i18n")
    try:
        translations.install("kk")
        combo = CountryCombo()
        qtbot.addWidget(combo)
        combo.set_value(DEFAULT_RELATIVE_COUNTRY)
        assert combo.currentText() == "Қытай" and combo.value() == "CN"
    finally:
        translations.install("en")


def test_an_unlisted_or_older_country_text_is_kept_as_it_was(qtbot: Any) -> None:
    combo = CountryCombo()
    qtbot.addWidget(combo)
    for stored in ("PRC", "Afghanistan", ""):
        combo.set_value(stored)
        assert combo.value() == stored  # loading and saving an untouched record changes nothing
    combo.setEditText("Kazakhstan")
    assert combo.value() == "KZ"
