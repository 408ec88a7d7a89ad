# SPDX-License-Identifier: GPL-3.0-or-later
"""Petitions from the case file: the registry model without a window, then the dialog (preview on a
worker, a reworded paragraph is what is saved and kept, printing to a file-less printer writes no
file anywhere) and filing from the tab, which makes the case's request."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import StorageError
from app.domain.vocab import PetitionStatus, RequestKind
from app.names.collation import collation_key as text_sort_key
from app.paths import resources_dir
from app.petitions.document import from_json
from app.services.bundle import Services
from app.services.petitions import PetitionEntry
from app.ui.i18n import Translations
from app.ui.models.petitions_model import PetitionsModel
from app.ui.models.record_table import EDIT
from app.ui.pdf_password_dialog import PdfPasswordDialog
from app.ui.petition_dialog import PetitionDialog
from app.ui.petition_status import FilingDialog

NAMES = ("Жанар Серікқызы", "Janar Serikqyzy", "جانار سەرىكقىزى", "加娜尔·赛力克")
EDITED = "Прошу рассмотреть заявление в мой отсутствие. ЖАҢА МӘТІН."


def _case(services: Services) -> str:
    names = [r.PersonName("", text, is_primary=i == 0) for i, text in enumerate(NAMES)]
    return services.cases.open_case(
        r.Person(birth_date=PartialDate(1986, 3, 14)), names, r.Case("", "", reference="PT-7")
    )


def _files(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*")} if folder.exists() else set()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The temp directory every library would use, private to this test (so it can be watched)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def test_petitions_model_lists_the_registry_with_or_without_the_case(qapp: Any) -> None:
    petition = r.Petition(
        "c1", "travel-document", "kk", title="Өтініш", status=PetitionStatus.FILED,
        filed_on=PartialDate(2025, 4, 1), authority="Көші-қон қызметі", reference_number="Z-1", id="p1",
        created_at=dt.datetime(2026, 12, 7, 9, 30),
    )  # fmt: skip
    entry = PetitionEntry(petition, "PT-7", NAMES[0])
    for with_case in (False, True):
        model = PetitionsModel(with_case=with_case)
        QAbstractItemModelTester(model)
        model.set_rows([entry])
        texts = [model.index(0, column).data(EDIT) for column in range(model.columnCount())]
        assert "Kazakh" in texts and "filed" in texts and "Z-1" in texts
        assert "7 Dec 2026" in texts  # never "12/7/26", read as 12 July in Kazakhstan
        assert (NAMES[0] in " ".join(texts)) is with_case


def _open_dialog(qtbot: Any, editor: Any) -> PetitionDialog:
    opened: list[Any] = []
    editor.petitions.dialog_opened.connect(opened.append)
    editor.tabs.setCurrentWidget(editor.petitions)
    editor.petitions.on_new_clicked()
    (dialog,) = opened
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    return dialog


def _choose(qtbot: Any, dialog: PetitionDialog, kind: str, language: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    assert (dialog.kind.currentData(), dialog.language.currentData()) == (kind, language)
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_a_reworded_paragraph_is_what_is_saved_and_kept(
    qtbot: Any, make_editor: Any, services: Services, editor_prompts: Any, tmp_path: Path
) -> None:
    case_id = _case(services)
    editor = make_editor(case_id)
    dialog = _open_dialog(qtbot, editor)
    _choose(qtbot, dialog, "travel-document", "ru")
    assert dialog.pages.page_labels, "the pages are shown"
    dialog.wording.blocks.setCurrentRow(1)
    dialog.wording.block_text.setPlainText(EDITED)
    dialog.wording.apply_button.click()
    assert not dialog.save_button.isEnabled()  # the pages on screen are not those of the new text yet
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    editor_prompts.save_path = str(tmp_path / "petition.pdf")
    with qtbot.waitSignal(dialog.kept, timeout=10_000) as kept:
        dialog.save_button.click()
    record: r.Petition = kept.args[0]
    text = subprocess.run(["pdftotext", editor_prompts.save_path, "-"], capture_output=True, check=True)
    assert EDITED in " ".join(text.stdout.decode("utf-8").split())
    stored = services.petitions.registry.get(record.id)
    assert stored.status == PetitionStatus.PRINTED and stored.sha256 == record.sha256
    assert from_json(stored.content).blocks[1].text == EDITED
    assert NAMES[0] in stored.snapshot
    qtbot.waitUntil(lambda: editor.petitions.model.rowCount() == 1, timeout=10_000)
    dialog.close()


def test_a_password_protected_save_opens_only_with_its_password(
    qtbot: Any, make_editor: Any, services: Services, editor_prompts: Any, tmp_path: Path
) -> None:
    """T47: the petition is saved encrypted when asked; cancelling the password writes nothing."""
    editor = make_editor(_case(services))
    dialog = _open_dialog(qtbot, editor)
    _choose(qtbot, dialog, "travel-document", "en")
    dialog.protect_check.setChecked(True)
    out = tmp_path / "protected.pdf"
    editor_prompts.save_path = str(out)
    every_kept: list[r.Petition] = []
    dialog.kept.connect(every_kept.append)
    dialog.save_button.click()  # no password given: cancelled
    assert ("pdf password", "") in editor_prompts.asked
    assert not out.exists() and not dialog.progress.isVisible()  # no save was started
    editor_prompts.pdf_password_answer = "fictional PDF password 7"
    with qtbot.waitSignal(dialog.kept, timeout=10_000) as kept:
        dialog.save_button.click()
    # The database worker runs one task at a time, in order: a save the cancelled click had started
    # would have been kept before this one.
    assert every_kept == [kept.args[0]]
    assert len(services.petitions.registry.list(kept.args[0].case_id)) == 1
    assert kept.args[0].sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "password" in dialog.status.text()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(out.read_bytes())
    opened = pdfium.PdfDocument(out.read_bytes(), password="fictional PDF password 7")
    assert len(opened) >= 1
    opened.close()
    dialog.close()


def test_the_password_dialog_accepts_only_two_equal_long_enough_entries(qtbot: Any) -> None:
    dialog = PdfPasswordDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.password_edit.setText("short")
    assert not dialog.ok_button.isEnabled() and dialog.message.text()
    dialog.password_edit.setText("long enough 1")
    dialog.repeat_edit.setText("long enough 2")
    assert not dialog.ok_button.isEnabled() and dialog.message.text()
    dialog.repeat_edit.setText("long enough 1")
    assert dialog.ok_button.isEnabled() and dialog.password == "long enough 1"


def test_previewing_and_printing_write_no_file_anywhere(
    qtbot: Any, make_editor: Any, services: Services, editor_prompts: Any, private_tmp: Path
) -> None:
    """Security row T47: rendering, previewing and printing to a printer with no file behind it."""
    case_id = _case(services)
    watched = [private_tmp, Path(os.environ["XDG_DATA_HOME"]), Path(os.environ["XDG_CACHE_HOME"])]
    before = [_files(folder) for folder in watched]
    editor = make_editor(case_id)
    dialog = _open_dialog(qtbot, editor)
    _choose(qtbot, dialog, "case-summary", "kk")
    with qtbot.waitSignal(dialog.kept, timeout=20_000):
        dialog.print_button.click()
    assert bytes(editor_prompts.printed.data()).startswith(b"%PDF")
    assert [_files(folder) for folder in watched] == before
    dialog.close()


def test_filing_from_the_tab_makes_the_case_request(qtbot: Any, make_editor: Any, services: Services) -> None:
    case_id = _case(services)
    empty = make_editor(case_id).petitions
    empty.refresh()
    qtbot.waitUntil(lambda: "No petitions for this case yet" in empty.message.text(), timeout=10_000)
    form = services.petitions.form(case_id, "travel-document", "en")
    composed = services.petitions.compose(
        case_id, "travel-document", "en", {f.name: f.value for f in form.fields}
    )
    services.petitions.keep(composed, composed.document, "ab" * 32)
    editor = make_editor(case_id, today=dt.date(2025, 4, 2))
    tab = editor.petitions
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.view.selectRow(0)
    opened: list[Any] = []
    tab.dialog_opened.connect(opened.append)
    tab.filed_button.click()
    (filing,) = opened
    assert isinstance(filing, FilingDialog)
    filing.authority.setText("Migration service of Almaty")
    filing.reference_number.setText("Z-17")
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        filing.buttons.accepted.emit()
    (request,) = editor.state().requests
    assert request.kind == RequestKind.TRAVEL_DOCUMENT and request.reference_number == "Z-17"
    assert request.filed_on == PartialDate(2025, 4, 2)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.record(0).petition.status == "filed")


def test_print_case_summary_opens_the_summary_of_the_open_case(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """#12 item 4: printing a whole case was reachable only through Petitions → New, then its kind."""
    editor = make_editor()
    assert not editor.print_case_summary()  # a case not saved yet has nothing to print
    editor = make_editor(_case(services))
    opened: list[Any] = []
    editor.petitions.dialog_opened.connect(opened.append)
    assert editor.print_case_summary()
    (dialog,) = opened
    assert editor.tabs.currentWidget() is editor.petitions
    qtbot.waitUntil(lambda: dialog.kind.count() > 0, timeout=10_000)
    assert dialog.kind.currentData() == "case-summary"
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)
    dialog.close()


def _tab_stops(dialog: PetitionDialog) -> list[QWidget]:
    """The widgets Tab visits, in order, starting after the petition's kind."""
    stops, widget = [], dialog.kind.nextInFocusChain()
    while widget is not dialog.kind:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_goes_through_the_blanks_in_order_then_the_buttons_as_they_stand(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """The blanks are made when the form arrives, after every other widget: without care, Tab would
    reach them only after Close."""
    dialog = _open_dialog(qtbot, make_editor(_case(services)))
    _choose(qtbot, dialog, "travel-document", "ru")
    stops = _tab_stops(dialog)
    editors = list(dialog.fields.field_editors.values())
    assert len(editors) >= 3
    assert stops[: 2 + len(editors)] == [dialog.language, *editors, dialog.fields.annexes]
    buttons = [
        dialog.draft_button,
        dialog.protect_check,
        dialog.save_button,
        dialog.print_button,
        dialog.close_button,
    ]
    assert stops[-len(buttons) :] == buttons
    dialog.close()


def test_a_full_disk_while_saving_says_so_keeps_the_earlier_file_and_registers_nothing(
    qtbot: Any,
    make_editor: Any,
    services: Services,
    editor_prompts: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = _case(services)
    dialog = _open_dialog(qtbot, make_editor(case_id))
    folder = tmp_path / "out"
    folder.mkdir()
    earlier = folder / "petition.pdf"
    earlier.write_bytes(b"%PDF the earlier petition")
    editor_prompts.save_path = str(earlier)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    kept: list[object] = []
    dialog.kept.connect(kept.append)
    monkeypatch.setattr(os, "fsync", disk_full)
    dialog.save_button.click()  # written on the database worker, as the petition is kept
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=10_000)
    monkeypatch.undo()
    assert os.strerror(errno.ENOSPC) in dialog.status.text()
    assert earlier.read_bytes() == b"%PDF the earlier petition"
    assert [path.name for path in folder.iterdir()] == ["petition.pdf"]
    qtbot.wait(200)
    assert kept == [] and services.petitions.registry.list(case_id) == ()
    dialog.close()


def test_the_kinds_are_listed_in_the_alphabet_of_the_interface(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """In Kazakh "Әкімшілік…" comes after the "А…" kinds, not after every other letter."""
    translations = Translations(resources_dir() / "i18n")
    assert translations.install("kk")
    try:
        dialog = _open_dialog(qtbot, make_editor(_case(services)))
        texts = [dialog.kind.itemText(row) for row in range(dialog.kind.count())]
        assert texts == sorted(texts, key=text_sort_key)
        assert any(text.startswith("Ә") for text in texts)
        assert not texts[-1].startswith("Ә")
        dialog.close()
    finally:
        translations.install("en")


def test_a_pdf_the_registry_could_not_keep_is_removed_again(
    qtbot: Any, make_editor: Any, services: Services, editor_prompts: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The vault's disk is full when the saved PDF is to be kept: the file (case data in plain text)
    is not left behind without the record that says it was made."""
    editor = make_editor(_case(services))
    dialog = _open_dialog(qtbot, editor)

    def full(*args: Any, **kwargs: Any) -> None:
        raise StorageError()

    monkeypatch.setattr(services.petitions, "keep", full)
    out = tmp_path / "petition.pdf"
    editor_prompts.save_path = str(out)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "could not be" in dialog.status.text(), timeout=10_000)
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["vault"]  # no partial file either
    dialog.close()
