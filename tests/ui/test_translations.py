# SPDX-License-Identifier: GPL-3.0-or-later
"""The Russian and Kazakh translations: complete, current with app/ui, placeholders kept, .qm usable."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.domain import records as r
from app.domain.dates import PartialDate
from app.paths import resources_dir
from app.services.bundle import Services
from app.ui.case_editor import CaseEditor
from app.ui.i18n import Translations
from app.ui.models.requests_model import RequestsModel
from app.ui.unlock import UnlockScreen

ROOT = Path(__file__).resolve().parents[2]
I18N = resources_dir() / "i18n"
LANGUAGES = ("ru", "kk")
PLACEHOLDER = re.compile(r"%(?:n|L?\d)")


def _load_build_script() -> ModuleType:
    path = ROOT / "packaging" / "scripts" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


build = _load_build_script()


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list:
    """``build_translations.py --check``: lupdate over app/ui into temp copies of the .ts (not the repo)."""
    return build.check(tmp_path_factory.mktemp("i18n"))


def ts_messages(language: str) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(I18N / f"pana_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_current_source_string_is_translated(problems: list, language: str) -> None:
    mine = [str(p) for p in problems if p.ts_file in {f"pana_{language}.ts", f"pana_{language}.qm"}]
    assert not mine, "run packaging/scripts/build_translations.py and translate:\n" + "\n".join(mine)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_or_empty_translation(language: str) -> None:
    count = 0
    for context, message in ts_messages(language):
        count += 1
        where = (context, message.findtext("source"))
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, where
        texts = build.translations(message)
        assert texts and all(text.strip() for text in texts), where
    assert count > 500


@pytest.mark.parametrize(("language", "forms"), [("ru", 3), ("kk", 2)])
def test_placeholders_and_plural_forms_are_kept(language: str, forms: int) -> None:
    for context, message in ts_messages(language):
        source = message.findtext("source") or ""
        texts = build.translations(message)
        if message.get("numerus") == "yes":
            assert len(texts) == forms, (context, source)
            assert "%n" in source
        for text in texts:
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(set(PLACEHOLDER.findall(source))), (
                context,
                source,
                text,
            )
            accelerator = "&" in source.replace("&&", "")
            assert accelerator == ("&" in text.replace("&&", "")), (context, source, text)


def test_check_finds_an_unfinished_message_and_a_lost_placeholder(tmp_path: Path) -> None:
    ts_file = tmp_path / "pana_xx.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru_RU"><context>'
        "<name>UnlockScreen</name>"
        '<message><source>Unlock</source><translation type="unfinished"></translation></message>'
        "<message><source>Not saved: %1</source><translation>Не сохранено</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    found = [(p.source, p.what.split(" in ")[0]) for p in build.message_problems(ts_file)]
    assert found == [("Unlock", "unfinished"), ("Not saved: %1", "placeholder missing")]


EXPECTED = {
    "ru": {
        ("UnlockScreen", "Unlock"): "Разблокировать",
        ("UnlockScreen", "The vault is locked"): "Хранилище заблокировано",
        ("UnlockScreen", "Recovery key:"): "Ключ восстановления:",
        ("CaseEditor", "&Legal timeline"): "&Правовая хронология",
        ("CaseEditor", "Saved."): "Сохранено.",
        ("CaseEditor", "&Relatives"): "&Родственники",
        ("IdentityTab", "Identity documents"): "Документы, удостоверяющие личность",
        ("Vocab", "Refugee certificate"): "Удостоверение беженца",
        ("Vocab", "Asylum-seeker status"): "Статус лица, ищущего убежище",
        ("Vocab", "Kazakhstan IIN"): "ИИН (Казахстан)",
    },
    "kk": {
        ("UnlockScreen", "Unlock"): "Құлпын ашу",
        ("UnlockScreen", "The vault is locked"): "Қойма құлыпталған",
        ("UnlockScreen", "Recovery key:"): "Қалпына келтіру кілті:",
        ("CaseEditor", "&Legal timeline"): "&Құқықтық хронология",
        ("CaseEditor", "Saved."): "Сақталды.",
        ("CaseEditor", "&Relatives"): "&Туыстар",
        ("IdentityTab", "Identity documents"): "Жеке басты куәландыратын құжаттар",
        ("Vocab", "Refugee certificate"): "Босқын куәлігі",
        ("Vocab", "Asylum-seeker status"): "Пана іздеген адам мәртебесі",
        ("Vocab", "Kazakhstan IIN"): "ЖСН (Қазақстан)",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_loads_and_translates(qapp, language: str) -> None:
    translator = QTranslator()
    assert translator.load(f"pana_{language}", str(I18N))
    for (context, source), expected in EXPECTED[language].items():
        assert translator.translate(context, source) == expected
    plural = {n: translator.translate("PurgeDialog", "%n file(s)", "", n) for n in (1, 3, 5, 21)}
    if language == "ru":
        assert plural == {1: "%n файл", 3: "%n файла", 5: "%n файлов", 21: "%n файл"}
    else:
        assert set(plural.values()) == {"%n файл"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_screens_show_the_installed_language(qtbot, runner, prompts, vault, language: str) -> None:
    expected = EXPECTED[language]
    translations = Translations(I18N)  # as app.ui.app.build_shell installs the preferred language
    try:
        assert translations.install(language)
        screen = UnlockScreen(None, runner, prompts)  # type: ignore[arg-type]
        qtbot.addWidget(screen)
        assert screen.unlock_button.text() == expected[("UnlockScreen", "Unlock")]
        assert screen.title_label.text() == expected[("UnlockScreen", "The vault is locked")]
        editor = CaseEditor(Services.for_vault(vault), runner, None, draft_interval_ms=60_000)
        qtbot.addWidget(editor)
        with qtbot.waitSignal(editor.loaded, timeout=10_000):
            editor.show()
        tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        assert expected[("CaseEditor", "&Legal timeline")] in tabs
        assert expected[("CaseEditor", "&Relatives")] in tabs
        count = QCoreApplication.translate("PurgeDialog", "%n file(s)", "", 2)
        assert count.startswith("2 ") and "file" not in count
    finally:
        translations.install("en")
    qtbot.waitUntil(lambda: screen.unlock_button.text() == "Unlock", timeout=5_000)
    editor.draft_timer.stop()
    editor.close()
    runner.wait(10_000)


def test_english_counts_read_as_english(qapp) -> None:
    """English is the source language: its file holds only the plural forms, so no "(s)" is shown."""
    translator = QTranslator()
    assert translator.load("pana_en", str(I18N))
    waiting = {
        n: translator.translate("WaitingWords", "%n day(s)", "", n).replace("%n", str(n)) for n in (1, 2)
    }
    assert waiting == {1: "1 day", 2: "2 days"}
    assert translator.translate("DaysLeft", "%n day(s) left", "", 1) == "%n day left"
    QCoreApplication.installTranslator(translator)
    try:
        model = RequestsModel(today=dt.date(2024, 5, 2))
        model.set_rows([r.Request("c", filed_on=PartialDate(2024, 5, 1), id="q")])
        assert model.data(model.index(0, RequestsModel.WAITING)) == "1 day"
    finally:
        QCoreApplication.removeTranslator(translator)


#: A ``translate`` call whose context is a name but whose text is a literal: lupdate reads only literal
#: contexts, so the text never reaches the .ts files and stays English on every screen.
UNREADABLE_CONTEXT = re.compile(r"\btranslate\(\s*[A-Za-z_][\w.]*\s*,\s*[\"']")


def test_every_literal_text_has_a_literal_context() -> None:
    assert UNREADABLE_CONTEXT.search('QCoreApplication.translate(C, "Side %1")')
    assert not UNREADABLE_CONTEXT.search('QCoreApplication.translate("ConflictsModel", "Side %1")')
    assert not UNREADABLE_CONTEXT.search("QCoreApplication.translate(CONTEXT, source)")  # marked NOOP
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "app" / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if UNREADABLE_CONTEXT.search(line)
    ]
    assert found == []
