# SPDX-License-Identifier: GPL-3.0-or-later
"""The links of the selected record, read from its end, with Add and Remove (docs/model-v2.md §2).

The box edits ``CaseState.links`` (and may add new officials or organisations to
``CaseState.parties``); the links are saved with the case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import link_rules as lr
from app.domain import records as r
from app.domain.vocab import LinkKind, PartyKind
from app.ui.case_editor.link_text import describe_record, link_text, records_of, table_of
from app.ui.models.vocab_labels import LINK_KIND, LINK_KIND_REVERSE, PARTY_KIND, RECORD_TABLE, label, options
from app.ui.widgets.text import PlainLabel, ScriptLineEdit, isolate
from app.ui.widgets.vocab_combo import VocabCombo, code_of

NEW_PARTY = "new-party"
#: Looks up cases by the start of their reference, off the GUI thread; calls back with what it found.
CaseFinder = Callable[[str, Callable[[list[r.CaseRef]], None]], None]


@dataclass(frozen=True, slots=True)
class NewLink:
    """What the Add dialog made: the link, and the official or organisation it brings into the case
    (a new one, or one the office recorded for another case), if any."""

    link: r.Link
    party: r.Party | None = None
    #: The other case a ``concerns-case`` link reaches, to name it.
    other_case: r.CaseRef | None = None


class AddLinkDialog(QDialog):
    """Choose how the record is linked, then the record at the other end."""

    def __init__(
        self,
        state: Any,
        table: str,
        record_id: str,
        parent: QWidget | None = None,
        *,
        find_cases: CaseFinder | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a link"))
        self._state, self._table, self._record_id = state, table, record_id
        self._find_cases = find_cases
        self._found_cases: list[r.CaseRef] = []
        self.choices = [c for c in lr.choices(table) if c.other_table != lr.CASES or find_cases is not None]
        self.kind = VocabCombo([(str(i), self._choice_text(c)) for i, c in enumerate(self.choices)], self)
        self.target = VocabCombo([], self)
        self.case_reference = ScriptLineEdit(self)
        self.case_reference.setPlaceholderText(self.tr("Start of the other case's reference, then Enter"))
        self.note = ScriptLineEdit(self)
        self.preferred = QCheckBox(self.tr("The office believes this source"), self)
        self.party_name = ScriptLineEdit(self)
        self.party_kind = VocabCombo(options(PARTY_KIND), self)
        self.party_position = ScriptLineEdit(self)
        self.party_organisation = ScriptLineEdit(self)
        self.party_country = ScriptLineEdit(self)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Link"), self.kind)
        form.addRow(self.tr("Find case"), self.case_reference)
        form.addRow(self.tr("Linked record"), self.target)
        form.addRow(self.tr("What the source says"), self.note)
        form.addRow("", self.preferred)
        form.addRow(self.tr("Name"), self.party_name)
        form.addRow(self.tr("Kind"), self.party_kind)
        form.addRow(self.tr("Position"), self.party_position)
        form.addRow(self.tr("Organisation"), self.party_organisation)
        form.addRow(self.tr("Country"), self.party_country)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self.on_kind_currentIndexChanged)
        self.target.currentIndexChanged.connect(self._sync)
        self.party_name.textChanged.connect(self._sync)
        self.case_reference.returnPressed.connect(self.on_case_reference_returnPressed)
        self.on_kind_currentIndexChanged()

    def _choice_text(self, choice: lr.Choice) -> str:
        words = label(LINK_KIND if choice.outgoing else LINK_KIND_REVERSE, choice.kind)
        return f"{words}: {label(RECORD_TABLE, choice.other_table)}"

    def choice(self) -> lr.Choice | None:
        code = self.kind.code()
        return self.choices[int(code)] if code else None

    def select(self, kind: str, outgoing: bool, other_table: str | None = None) -> None:
        """Pick the first choice of ``kind`` in that direction (tests and keyboard users alike)."""
        for i, c in enumerate(self.choices):
            if (c.kind, c.outgoing) == (kind, outgoing) and other_table in (None, c.other_table):
                self.kind.set_code(str(i))
                return
        raise ValueError(f"no such link here: {kind}")

    def _is_party(self) -> bool:
        choice = self.choice()
        return choice is not None and choice.other_table == lr.PARTIES

    @Slot()
    def on_kind_currentIndexChanged(self, *_: object) -> None:
        choice = self.choice()
        targets: list[tuple[str, str]] = []
        if choice is not None:
            targets = [
                (rec.id, describe_record(self._state, choice.other_table, rec))
                for rec in records_of(self._state, choice.other_table)
                if (choice.other_table, rec.id) != (self._table, self._record_id)
            ]
            if choice.other_table == lr.PARTIES:
                targets.append((NEW_PARTY, self.tr("New official or organisation…")))
            if choice.other_table == lr.CASES:
                targets = [(c.id, isolate(c.label)) for c in self._found_cases]
        self.target.set_options(targets)
        self._sync()

    @Slot()
    def _sync(self, *_: object) -> None:
        choice = self.choice()
        source_of = choice is not None and choice.kind == LinkKind.SOURCE_OF
        new_party = self._is_party() and self.target.code() == NEW_PARTY
        for widget, shown in (
            (self.case_reference, choice is not None and choice.other_table == lr.CASES),
            (self.note, source_of),
            (self.preferred, source_of),
            *((w, new_party) for w in self._party_fields()),
        ):
            self.form.setRowVisible(widget, shown)
        ok = bool(self.target.code()) and (not new_party or bool(self.party_name.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @Slot()
    def on_case_reference_returnPressed(self) -> None:
        """Look the reference up (off the GUI thread); the matches become the cases to choose from."""
        if self._find_cases is not None:
            self._find_cases(self.case_reference.text(), self.show_found_cases)

    def show_found_cases(self, cases: list[r.CaseRef]) -> None:
        own = self._state.case.id
        self._found_cases = [c for c in cases if c.id != own]
        self.on_kind_currentIndexChanged()

    def found_case(self) -> r.CaseRef | None:
        """The other case chosen for a ``concerns-case`` link, if that is what is being made."""
        choice, target = self.choice(), self.target.code()
        if choice is None or choice.other_table != lr.CASES:
            return None
        return next((c for c in self._found_cases if c.id == target), None)

    def _party_fields(self) -> tuple[QWidget, ...]:
        return (
            self.party_name,
            self.party_kind,
            self.party_position,
            self.party_organisation,
            self.party_country,
        )

    def outcome(self) -> NewLink | None:
        """The link as chosen; None while no record at the other end is chosen."""
        choice, target = self.choice(), self.target.code()
        if choice is None or not target:
            return None
        party = None
        if self._is_party() and target == NEW_PARTY:
            name = self.party_name.text().strip()
            if not name:
                return None
            party = r.Party(
                name,
                code_of(self.party_kind, PartyKind, PartyKind.OTHER),
                position=self.party_position.text().strip(),
                organisation=self.party_organisation.text().strip(),
                country=self.party_country.text().strip(),
                id=r.new_id(),
            )
            target = party.id
        elif self._is_party() and all(p.id != target for p in self._state.parties):
            party = next(p for p in self._state.known_parties if p.id == target)  # kept with the case now
        here, there = (self._table, self._record_id), (choice.other_table, target)
        source, other = (here, there) if choice.outgoing else (there, here)
        case_id = self._state.case.id
        source_of = choice.kind == LinkKind.SOURCE_OF
        link = r.Link(
            LinkKind(choice.kind),
            case_id,
            source[0],
            source[1],
            other[0],
            other[1],
            target_case_id=target if choice.other_table == lr.CASES else case_id,
            note=self.note.text().strip() if source_of else "",
            preferred=self.preferred.isChecked() if source_of else False,
            id=r.new_id(),
        )
        return NewLink(link, party, self.found_case())


def run_dialog(dialog: AddLinkDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class LinksBox(QWidget):
    """Every link touching the shown record, from its end; ``edited`` after Add or Remove."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: Any = None
        self._table: str | None = None
        self._record_id = ""
        #: Shows the Add dialog; True when accepted (tests answer it themselves).
        self.ask: Callable[[AddLinkDialog], bool] = run_dialog
        #: How the Add dialog finds another case (set by the editor); None: no links to other cases.
        self.find_cases: CaseFinder | None = None
        self.title = PlainLabel(self.tr("Links"), self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(66)
        self.add_button = QPushButton(self.tr("Add link…"), self)
        self.remove_button = QPushButton(self.tr("Remove link"), self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.list.currentRowChanged.connect(self._sync_buttons)
        self.setVisible(False)

    def bind(self, state: Any) -> None:
        self._state = state
        self.refresh()

    def show_record(self, record: Any) -> None:
        """Show the links of ``record`` (a panel's row); hidden for records that cannot be linked."""
        self._table = table_of(record) if record is not None else None
        self._record_id = str(record.id) if record is not None else ""
        self.refresh()

    def showEvent(self, event: Any) -> None:  # the other end may have been linked on another tab
        super().showEvent(event)
        self._fill()

    def links(self) -> list[r.Link]:
        """The links touching the shown record, in the order they were made."""
        if self._state is None or self._table is None:
            return []
        return [link for link in self._state.links if lr.touches(link, self._table, self._record_id)]

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        self.setVisible(self._state is not None and self._table is not None)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        if self._state is not None and self._table is not None:
            for link in self.links():
                item = QListWidgetItem(link_text(self._state, link, self._table or "", self._record_id))
                item.setData(Qt.ItemDataRole.UserRole, link.id)
                self.list.addItem(item)
        self._sync_buttons()

    @Slot()
    def _sync_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def add(self, new: NewLink) -> None:
        """Keep ``new`` in the working copy (and its new party) and show it."""
        assert self._state is not None
        if new.party is not None:
            self._state.parties = [*self._state.parties, new.party]
        if new.other_case is not None:
            self._state.other_cases = [*self._state.other_cases, new.other_case]
        self._state.links = [*self._state.links, new.link]
        self.refresh()
        self.edited.emit()

    @Slot()
    def on_add_button_clicked(self) -> None:
        if self._state is None or self._table is None:
            return
        dialog = AddLinkDialog(self._state, self._table, self._record_id, self, find_cases=self.find_cases)
        try:
            new = dialog.outcome() if self.ask(dialog) else None
        finally:
            dialog.deleteLater()
        if new is not None:
            self.add(new)

    @Slot()
    def on_remove_button_clicked(self) -> None:
        item = self.list.currentItem()
        if self._state is None or item is None:
            return
        link_id = item.data(Qt.ItemDataRole.UserRole)
        self._state.links = [link for link in self._state.links if link.id != link_id]
        self.refresh()
        self.edited.emit()
