# SPDX-License-Identifier: GPL-3.0-or-later
"""The non-modal "this may be the same person as …" panel: candidates side by side, and "not the same"."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.domain.dates import PartialDate
from app.services.name_index import DuplicateCandidate, PossibleDuplicates
from app.ui.placeholders import filled
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.tab_order import chain_after
from app.ui.widgets.text import PlainLabel, isolate


class CandidateCard(QFrame):
    """One possible match: every spelling, birth date, the cases they appear in."""

    def __init__(
        self, candidate: DuplicateCandidate, birth_here: PartialDate, parent: QWidget | None = None
    ) -> None:
        """``birth_here``: the birth date of the person being entered, to compare with the candidate's."""
        super().__init__(parent)
        self.candidate = candidate
        self.setObjectName("candidateCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#candidateCard { background: #ffffff; border: 1px solid #d9b84a; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        title = PlainLabel(candidate.matched, self, selectable=True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        others = [n for n in candidate.names if n != candidate.matched]
        if others:
            layout.addWidget(PlainLabel("\n".join(others), self, selectable=True))
        similar = self.tr("Names %1% alike").replace("%1", str(round(candidate.score * 100)))
        born = self.tr("Born: %1").replace("%1", format_partial_date(candidate.birth))
        self.birth_differs = candidate.birth.contradicts(birth_here)
        if self.birth_differs:
            born = filled(
                self.tr("Born: %1, not %2 as here"),
                format_partial_date(candidate.birth),
                format_partial_date(birth_here),
            )
        self.details = PlainLabel(f"{similar} · {born}", self)
        if self.birth_differs:
            self.details.setStyleSheet("color: #9a3412; font-weight: bold;")
        layout.addWidget(self.details)
        for mention in candidate.cases:
            reference = isolate(mention.reference) if mention.reference else self.tr("(no reference)")
            if mention.is_subject:
                text = self.tr("Case %1: this person's own case").replace("%1", reference)
            else:
                text = filled(self.tr("Case %1: a relative of %2"), reference, isolate(mention.subject_name))
            layout.addWidget(PlainLabel(text, self))
        buttons = QHBoxLayout()
        self.not_same_button = QPushButton(self.tr("Not the same person"), self)
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.setEnabled(bool(candidate.cases))
        buttons.addWidget(self.not_same_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class DuplicatesPanel(QFrame):
    """Shown inside the Identity tab when a spelling matches someone already in the vault."""

    not_same = Signal(str)  # person id
    open_case_requested = Signal(str)  # case id

    def __init__(self, parent: QWidget | None = None, *, tab_after: QWidget | None = None) -> None:
        """``tab_after``: the widget Tab leaves for the first card's buttons (cards are made later)."""
        super().__init__(parent)
        self._tab_after = tab_after
        self.setObjectName("duplicatesPanel")
        self.setStyleSheet("#duplicatesPanel { background: #fff6d5; border: 1px solid #d9b84a; }")
        self.cards: list[CandidateCard] = []
        self._found, self._complete = 0, True  # every person found, not only the cards shown
        self.heading = PlainLabel("", self)
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        inner = QWidget(self)
        inner.setLayout(self._row)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(inner)
        self._scroll.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self._scroll)
        self.hide()

    def show_candidates(self, duplicates: PossibleDuplicates, birth_here: PartialDate) -> None:
        """Cards for the persons ``duplicates`` shows, those born on a day that cannot be ``birth_here``
        last; the heading counts every person found."""
        self.clear()
        self._found, self._complete = duplicates.found, duplicates.complete
        for candidate in sorted(duplicates.shown, key=lambda c: c.birth.contradicts(birth_here)):
            card = CandidateCard(candidate, birth_here, self)
            card.not_same_button.clicked.connect(self.on_card_not_same_clicked)
            card.open_button.clicked.connect(self.on_card_open_clicked)
            self._row.addWidget(card)
            self.cards.append(card)
        self._row.addStretch(1)
        # Cards made now would come last in the window's Tab order: put their buttons where they stand.
        chain_after(
            self._tab_after, [b for card in self.cards for b in (card.not_same_button, card.open_button)]
        )
        self._update_heading()

    def remove_candidate(self, person_id: str) -> None:
        for card in [c for c in self.cards if c.candidate.person_id == person_id]:
            self._found -= 1
            self.cards.remove(card)
            card.hide()
            card.deleteLater()
        self._update_heading()

    def candidates(self) -> list[DuplicateCandidate]:
        return [card.candidate for card in self.cards]

    def clear(self) -> None:
        self.cards = []
        self._found, self._complete = 0, True
        while self._row.count():
            item = self._row.takeAt(0)
            assert item is not None
            card = item.widget()
            if card is not None:
                card.deleteLater()
        self.heading.setText("")
        self.hide()

    def _update_heading(self) -> None:
        if not self.cards:
            self.heading.setText("")
            self.hide()
            return
        names = ", ".join(isolate(name) for name in dict.fromkeys(c.candidate.matched for c in self.cards))
        if not self._complete:
            heading = self.tr(
                "%n or more person(s) in the vault may be this one; the %2 most likely: %1. Compare "
                "before going on; if not, say so.",
                "",
                self._found,
            )
        elif self._found > len(self.cards):
            heading = self.tr(
                "%n person(s) in the vault may be this one; the %2 most likely: %1. Compare before going "
                "on; if not, say so.",
                "",
                self._found,
            )
        else:
            heading = self.tr(
                "%n person(s) in the vault may be this one: %1. Compare before going on; if not, say so.",
                "",
                len(self.cards),
            )
        self.heading.setText(filled(heading, names, str(len(self.cards))))
        self.show()

    def _card_of(self, sender: object) -> CandidateCard | None:
        return next((c for c in self.cards if sender in (c.not_same_button, c.open_button)), None)

    @Slot()
    def on_card_not_same_clicked(self) -> None:
        card = self._card_of(self.sender())
        if card is not None:
            self.not_same.emit(card.candidate.person_id)
            self.remove_candidate(card.candidate.person_id)

    @Slot()
    def on_card_open_clicked(self) -> None:
        card = self._card_of(self.sender())
        if card is not None and card.candidate.cases:
            self.open_case_requested.emit(card.candidate.cases[0].case_id)
