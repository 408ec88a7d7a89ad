# SPDX-License-Identifier: GPL-3.0-or-later
"""The petition dialog's side panels without the dialog: the blanks and annexes say when they changed
and hand back what was typed and chosen; a reworded paragraph comes back as a new document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.petitions.document import Block, BlockKind, PetitionDocument
from app.services.petition_compose import AnnexChoice, FieldEntry, PetitionForm
from app.ui.petition_panels import PetitionFields, PetitionWording
from app.ui.widgets.text import ScriptTextEdit

FORM = PetitionForm(
    "case-1",
    "travel-document",
    "kk",
    (
        FieldEntry("addressee", "Кімге", "Көші-қон қызметі", False),
        FieldEntry("grounds", "Негіздер", "", True),
    ),
    (AnnexChoice("file-1", "куәлік.png", True), AnnexChoice("file-2", "шешім.pdf", False)),
)
DOCUMENT = PetitionDocument(
    "travel-document",
    "kk",
    "Өтініш",
    blocks=(Block(BlockKind.HEADING, "Өтініш"), Block(BlockKind.PARAGRAPH, "Жанар Серікқызы\nекінші жол")),
)


def test_the_blanks_and_annexes_hand_back_what_was_typed_and_chosen(qtbot: Any) -> None:
    fields = PetitionFields()
    qtbot.addWidget(fields)
    fields.show_form(FORM)
    assert fields.values() == {"addressee": "Көші-қон қызметі", "grounds": ""}
    assert isinstance(fields.field_editors["grounds"], ScriptTextEdit)
    assert fields.chosen_annexes() == []
    with qtbot.waitSignal(fields.changed):
        fields.field_editors["grounds"].setPlainText("加娜尔 — ٢٠٢٦")  # type: ignore[union-attr]
    with qtbot.waitSignal(fields.changed):
        fields.annexes.item(1).setCheckState(Qt.CheckState.Checked)
    assert fields.values()["grounds"] == "加娜尔 — ٢٠٢٦"
    assert fields.chosen_annexes() == ["file-2"]


def test_a_new_form_replaces_the_blanks_and_unchecks_every_annex(qtbot: Any) -> None:
    fields = PetitionFields()
    qtbot.addWidget(fields)
    fields.show_form(FORM)
    fields.annexes.item(0).setCheckState(Qt.CheckState.Checked)
    fields.show_form(
        PetitionForm("case-1", "appeal", "ru", (FieldEntry("court", "Суд", "", False),), FORM.annexes)
    )
    assert fields.values() == {"court": ""}
    assert fields.chosen_annexes() == []


def test_a_reworded_paragraph_comes_back_as_a_new_document(qtbot: Any) -> None:
    wording = PetitionWording()
    qtbot.addWidget(wording)
    wording.show_document(DOCUMENT)
    assert [wording.blocks.item(row).text() for row in range(2)] == ["1. Өтініш", "2. Жанар Серікқызы"]
    wording.blocks.setCurrentRow(1)
    assert wording.block_text.toPlainText() == "Жанар Серікқызы\nекінші жол"
    wording.block_text.setPlainText("  Janar Serikqyzy  ")
    with qtbot.waitSignal(wording.reworded) as reworded:
        wording.apply_button.click()
    edited: PetitionDocument = reworded.args[0]
    assert edited.blocks[1].text == "Janar Serikqyzy" and edited.blocks[0] == DOCUMENT.blocks[0]
    assert wording.document == edited and wording.blocks.currentRow() == 1


def test_a_reprinted_petition_cannot_be_reworded(qtbot: Any) -> None:
    wording = PetitionWording()
    qtbot.addWidget(wording)
    wording.set_read_only()
    wording.show_document(DOCUMENT)
    assert not wording.apply_button.isEnabled() and wording.block_text.isReadOnly()
