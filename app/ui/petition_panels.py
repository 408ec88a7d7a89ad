# SPDX-License-Identifier: GPL-3.0-or-later
"""The two side panels of the petition dialog: the blanks and annexes of the form on the left,
the paragraphs to reword on the right.  Each says when what it holds changed; the dialog decides
what to render."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.petitions.document import PetitionDocument
from app.services.petition_compose import PetitionForm
from app.ui.widgets.tab_order import chain_after
from app.ui.widgets.text import ScriptLineEdit, ScriptTextEdit


class PetitionFields(QWidget):
    """The form's blanks to complete, the case's files to annex, and whether blanks are refused."""

    #: A blank was edited or an annex chosen: the pages shown are no longer the current text.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, tab_after: QWidget | None = None) -> None:
        """``tab_after``: the widget Tab leaves for the first blank (the editors are made later)."""
        super().__init__(parent)
        self._tab_after = tab_after
        self.fields_area = QScrollArea(self)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its editors
        self.field_editors: dict[str, ScriptLineEdit | ScriptTextEdit] = {}
        self.annexes = QListWidget(self)
        self.annexes.setMaximumHeight(110)
        self.strict = QCheckBox(self.tr("Refuse blanks (every field must be filled)"), self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("To complete before printing"), self))
        column.addWidget(self.fields_area, 1)
        column.addWidget(QLabel(self.tr("Annexes (the case's files)"), self))
        column.addWidget(self.annexes)
        column.addWidget(self.strict)
        self.annexes.itemChanged.connect(self.changed)

    def show_form(self, form: PetitionForm) -> None:
        """One editor per blank, filled as the case has it, and every file of the case unchecked."""
        holder = QWidget()
        layout = QFormLayout(holder)
        self.field_editors = {}
        for entry in form.fields:
            editor: ScriptLineEdit | ScriptTextEdit
            if entry.multiline:
                editor = ScriptTextEdit(holder)
                editor.set_lines(3)
                editor.setPlainText(entry.value)
                editor.textChanged.connect(self.changed)
            else:
                editor = ScriptLineEdit(holder)
                editor.setText(entry.value)
                editor.textEdited.connect(self.changed)
            label = QLabel(entry.label, holder)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addRow(label, editor)
            self.field_editors[entry.name] = editor
        self.fields_area.setWidget(holder)
        # Editors made now would come last in the window's Tab order: put them where they stand.
        chain_after(self._tab_after, [*self.field_editors.values(), self.annexes])
        self.annexes.clear()
        for annex in form.annexes:
            item = QListWidgetItem(annex.name)
            item.setData(Qt.ItemDataRole.UserRole, annex.attachment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.annexes.addItem(item)

    def values(self) -> dict[str, str]:
        """Each blank's text as it stands, by field name."""
        return {
            name: editor.toPlainText() if isinstance(editor, ScriptTextEdit) else editor.text()
            for name, editor in self.field_editors.items()
        }

    def chosen_annexes(self) -> list[str]:
        """The attachment ids of the files checked, in the order listed."""
        items = (self.annexes.item(row) for row in range(self.annexes.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


class PetitionWording(QWidget):
    """The petition's paragraphs: choose one, reword it, use the new wording."""

    #: The document with one paragraph reworded.
    reworded = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: PetitionDocument | None = None
        self.blocks = QListWidget(self)
        # A long first line ends in "…", not under a horizontal scroll bar; the text below shows it whole.
        self.blocks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocks.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.block_text = ScriptTextEdit(self)
        self.block_text.set_lines(4)
        self.apply_button = QPushButton(self.tr("Use this &wording"), self)
        words = QVBoxLayout(self)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(QLabel(self.tr("Paragraphs (choose one to reword it)"), self))
        words.addWidget(self.blocks, 1)
        words.addWidget(self.block_text)
        words.addWidget(self.apply_button)
        self.blocks.currentRowChanged.connect(self.on_block_selected)
        self.apply_button.clicked.connect(self.on_apply_clicked)

    def set_read_only(self) -> None:
        """A petition printed before: its paragraphs are shown as they were, not reworded."""
        self.apply_button.setEnabled(False)
        self.block_text.setReadOnly(True)

    def show_document(self, document: PetitionDocument) -> None:
        """List the paragraphs by number and first line, keeping the one chosen."""
        self.document = document
        row = self.blocks.currentRow()
        self.blocks.clear()
        for number, block in enumerate(document.blocks, 1):
            first = block.text.split("\n", 1)[0]
            self.blocks.addItem(f"{number}. {first[:80]}")
        if 0 <= row < self.blocks.count():
            self.blocks.setCurrentRow(row)

    def on_block_selected(self, row: int) -> None:
        document = self.document
        text = document.blocks[row].text if document is not None and 0 <= row < len(document.blocks) else ""
        self.block_text.setPlainText(text)

    def on_apply_clicked(self) -> None:
        document, row = self.document, self.blocks.currentRow()
        if document is None or not 0 <= row < len(document.blocks):
            return
        edited = document.with_block_text(row, self.block_text.toPlainText().strip())
        self.show_document(edited)
        self.reworded.emit(edited)
