# SPDX-License-Identifier: GPL-3.0-or-later
"""The spellings of one person's name, editable in place: text, scheme, kind, which one is primary."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt

from app.domain.records import PersonName
from app.domain.vocab import NameKind
from app.names import detect_script
from app.ui.models.record_table import DISPLAY, EDIT, Column, Index, RecordTableModel
from app.ui.models.vocab_labels import NAME_KIND, SCHEME, SCRIPT, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP

C = "NameVariantsModel"
_KINDS = {kind.value for kind in NameKind}


def with_text(name: PersonName, text: str) -> PersonName:
    """The spelling with new text; its script is detected again from the text."""
    return dataclasses.replace(name, text=text, script=detect_script(text))


class NameVariantsModel(RecordTableModel):
    """Rows are PersonName records; exactly one is primary once there is any."""

    CONTEXT = C
    TEXT, SCRIPT, SCHEME, KIND, PRIMARY = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("NameVariantsModel", "Spelling"), lambda n: n.text, user_text=True),
        Column(QT_TRANSLATE_NOOP("NameVariantsModel", "Script"), lambda n: label(SCRIPT, n.script)),
        Column(QT_TRANSLATE_NOOP("NameVariantsModel", "Scheme"), lambda n: label(SCHEME, n.scheme)),
        Column(QT_TRANSLATE_NOOP("NameVariantsModel", "Kind"), lambda n: label(NAME_KIND, n.kind)),
        Column(QT_TRANSLATE_NOOP("NameVariantsModel", "Primary"), lambda n: ""),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == self.PRIMARY:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.TEXT, self.SCHEME, self.KIND):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if index.isValid() and role == EDIT and index.column() in (self.SCHEME, self.KIND):
            name = self._rows[index.row()]
            return name.scheme if index.column() == self.SCHEME else str(name.kind)
        return super().data(index, role)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if column == self.PRIMARY and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if record.is_primary else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        name = self._rows[row]
        if column == self.PRIMARY and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.make_primary(name.id)
                return True
            return False
        if role != EDIT:
            return False
        text = str(value)
        if column == self.TEXT:
            if not text.strip() or text == name.text:
                return False
            self.upsert(with_text(name, text))
        elif column == self.SCHEME:
            self.upsert(dataclasses.replace(name, scheme=text.strip()))
        elif column == self.KIND:
            self.upsert(dataclasses.replace(name, kind=NameKind(text) if text in _KINDS else name.kind))
        else:
            return False
        return True

    def make_primary(self, name_id: str) -> None:
        for name in self.rows():
            wanted = name.id == name_id
            if name.is_primary != wanted:
                self.upsert(dataclasses.replace(name, is_primary=wanted))

    def add_name(self, name: PersonName) -> int:
        """Append a spelling; the first one of a person becomes the primary one."""
        if not self._rows:
            name = dataclasses.replace(name, is_primary=True)
        elif name.is_primary:
            self.make_primary("")
        return self.upsert(name)

    def remove(self, record_id: str) -> Any:
        removed = super().remove(record_id)
        if removed is not None and removed.is_primary and self._rows:
            self.make_primary(self._rows[0].id)
        return removed

    def primary_text(self) -> str:
        primary = [n for n in self._rows if n.is_primary] or self._rows
        return primary[0].text if primary else ""
