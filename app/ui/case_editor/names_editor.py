# SPDX-License-Identifier: GPL-3.0-or-later
"""Entering the spellings of a person's name: type one, press Enter, type the next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.domain.records import PersonName, new_id
from app.domain.vocab import NameKind
from app.names import detect_script
from app.ui.case_editor.record_panel import make_table_view
from app.ui.models.names_model import NameVariantsModel, with_text
from app.ui.models.vocab_labels import NAME_KIND, SCHEME, options
from app.ui.widgets.text import InlineMessage, ScriptDelegate, ScriptLineEdit
from app.ui.widgets.vocab_combo import VocabCombo, VocabDelegate, code_of

#: The scheme suggested for a spelling in each script (Latin has several: the user picks).
SUGGESTED_SCHEME = {"Cyrl": "kk-cyrl", "Arab": "kk-arab", "Hani": "zh-transcription"}


class NameVariantsEditor(QWidget):
    """The spellings of one person; ``edited`` on any change, ``spelling_added`` for the duplicate check."""

    edited = Signal()
    spelling_added = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.person_id = ""
        self._known_texts: set[str] = set()
        self._scheme_auto = True
        self.model = NameVariantsModel(self)
        self.entry = ScriptLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Type a spelling, press Enter for the next"))
        self.entry.setAccessibleName(self.tr("New spelling"))
        self.scheme = QComboBox(self)
        self.scheme.setEditable(True)
        self.scheme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scheme.setAccessibleName(self.tr("Scheme"))
        self.scheme.addItem("", "")
        for code, text in options(SCHEME):
            self.scheme.addItem(text, code)
        self.kind = VocabCombo(options(NAME_KIND), self)
        self.kind.setAccessibleName(self.tr("Kind of name"))
        self.add_button = QPushButton(self.tr("Add spelling"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.message = InlineMessage(self)
        self.view = make_table_view(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setItemDelegateForColumn(NameVariantsModel.TEXT, ScriptDelegate(self.view))
        self.view.setItemDelegateForColumn(
            NameVariantsModel.KIND, VocabDelegate(options(NAME_KIND), self.view)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NameVariantsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (NameVariantsModel.SCRIPT, NameVariantsModel.SCHEME, NameVariantsModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NameVariantsModel.PRIMARY, QHeaderView.ResizeMode.ResizeToContents)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if compact:  # inside the relative form: a short table
            self.view.setMinimumHeight(90)
            self.view.setMaximumHeight(170)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # The spelling gets a whole line: names are long and may be right-to-left.
        layout.addWidget(self.entry, 0, 0, 1, 4)
        layout.addWidget(self.scheme, 1, 0, 1, 2)
        layout.addWidget(self.kind, 1, 2)
        layout.addWidget(self.add_button, 1, 3)
        layout.setColumnStretch(1, 1)
        layout.addWidget(self.message, 2, 0, 1, 4)
        layout.addWidget(self.view, 3, 0, 1, 4)
        layout.addWidget(self.remove_button, 4, 3)
        self.setTabOrder(self.entry, self.scheme)
        self.setTabOrder(self.scheme, self.kind)
        self.setTabOrder(self.kind, self.add_button)
        self.setTabOrder(self.add_button, self.view)
        self.setTabOrder(self.view, self.remove_button)
        self.entry.returnPressed.connect(self.on_add_button_clicked)
        self.entry.textChanged.connect(self.on_entry_textChanged)
        self.scheme.activated.connect(self.on_scheme_activated)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.on_remove_button_clicked)
        self.model.dataChanged.connect(self.on_model_dataChanged)

    def set_names(self, person_id: str, names: list[PersonName] | tuple[PersonName, ...]) -> None:
        """Show ``names``; a spelling being typed for the same person stays (a Save that ends while
        the user types reloads the names)."""
        if person_id != self.person_id:
            self.entry.clear()
        self.person_id = person_id
        self._known_texts = {n.text for n in names}
        self.model.set_rows(names)
        self.message.clear_message()

    def names(self) -> list[PersonName]:
        return self.model.rows()

    def clear(self) -> None:
        self.person_id = ""
        self._known_texts = set()
        self.model.set_rows([])
        self.entry.clear()
        self.scheme.setCurrentIndex(0)
        self.message.clear_message()

    def scheme_code(self) -> str:
        index = self.scheme.findText(self.scheme.currentText())
        data = self.scheme.itemData(index) if index >= 0 else None
        return str(data) if data is not None else self.scheme.currentText().strip()

    def add_spelling(self, text: str, scheme: str = "", kind: NameKind = NameKind.FULL) -> PersonName | None:
        """Add one spelling (also what Enter in the entry does); refuses empty text and exact repeats."""
        if not text.strip():
            self.message.show_message(self.tr("Type the spelling first."), "info")
            return None
        if any(n.text == text for n in self.model.rows()):
            self.message.show_message(self.tr("This spelling is already in the list."), "info")
            return None
        self.message.clear_message()
        name = with_text(PersonName(self.person_id, text, scheme=scheme, kind=kind, id=new_id()), text)
        self._known_texts.add(text)
        self.model.add_name(name)
        self.edited.emit()
        self.spelling_added.emit(text)
        return name

    def has_typed_spelling(self) -> bool:
        """Whether the entry holds a spelling ``commit_entry`` would add (typed, not in the list)."""
        text = self.entry.text()
        return bool(text.strip()) and all(n.text != text for n in self.model.rows())

    def typed_name(self) -> PersonName | None:
        """The spelling ``commit_entry`` would add, left in the entry (for a draft), or None."""
        if not self.has_typed_spelling():
            return None
        text, kind = self.entry.text(), code_of(self.kind, NameKind, NameKind.FULL)
        return with_text(
            PersonName(self.person_id, text, scheme=self.scheme_code(), kind=kind, id=new_id()), text
        )

    def commit_entry(self) -> None:
        """A spelling typed but not yet added (Save pressed before Enter) is added, not lost."""
        if self.entry.text().strip():
            self.on_add_button_clicked()

    def show_error(self, text: str) -> None:
        self.message.show_message(text)
        self.entry.setFocus()

    @Slot()
    def on_add_button_clicked(self) -> None:
        kind = code_of(self.kind, NameKind, NameKind.FULL)
        if self.add_spelling(self.entry.text(), self.scheme_code(), kind) is not None:
            self.entry.clear()
            self._scheme_auto = True
            self.entry.setFocus()

    @Slot(str)
    def on_entry_textChanged(self, text: str) -> None:
        if not self._scheme_auto:
            return
        suggested = SUGGESTED_SCHEME.get(detect_script(text), "") if text.strip() else ""
        index = self.scheme.findData(suggested)
        if index >= 0 and (suggested or self.scheme.currentIndex() > 0):
            self.scheme.setCurrentIndex(index)

    @Slot(int)
    def on_scheme_activated(self, index: int) -> None:
        self._scheme_auto = False  # the user chose: stop suggesting

    @Slot()
    def on_remove_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(self.model.record(index.row()).id)
            self.edited.emit()

    @Slot()
    def on_model_dataChanged(self, *_: object) -> None:
        self.edited.emit()
        for name in self.model.rows():
            if name.text not in self._known_texts:
                self._known_texts.add(name.text)
                self.spelling_added.emit(name.text)  # a spelling corrected in place is checked too
