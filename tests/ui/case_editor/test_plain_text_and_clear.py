# SPDX-License-Identifier: GPL-3.0-or-later
"""T28: hostile names shown as plain, bidi-isolated text; clear() leaves no case text in any widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.dates import PartialDate
from app.services.name_index import CaseMention, DuplicateCandidate
from app.ui.case_editor.duplicates_panel import CandidateCard
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import FSI, PDI

from .helpers import add_spellings, fill_case

HOSTILE = ("<img src=file:///etc/passwd>", "<b>x</b>", "\u202eevil name", '<a href="https://x">link</a>')


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value:
                texts.append(str(value))
    return texts


def every_text(root: QWidget) -> list[str]:
    """Every string a widget under ``root`` shows or holds (labels, fields, combos, tables, tooltips)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())] + [widget.currentText()]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    return [t for t in texts if t]


def test_hostile_names_stay_plain_text_and_isolated(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, *HOSTILE)
    editor.identity.person.birth_place.setText(HOSTILE[0])
    editor.relatives.relatives.add_button.click()
    editor.relatives.relative_form.names.add_spelling(HOSTILE[2])
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    reopened = make_editor(saved.args[0])
    state = reopened.state()
    assert {n.text for n in state.names} == set(HOSTILE)  # stored verbatim
    assert state.subject.birth_place == HOSTILE[0]

    labels = [w for w in reopened.findChildren(QLabel) if any(h in w.text() for h in HOSTILE)]
    assert labels, "the name is shown in at least the title"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert HOSTILE[0] in reopened.title.text()
    assert not any("<img" in w.toolTip() for w in reopened.findChildren(QWidget))
    names = reopened.identity.names.model
    shown = {names.index(row, 0).data() for row in range(names.rowCount())}
    assert f"{FSI}\u202eevil name{PDI}" in shown  # an RLO cannot reach past its own cell
    pressure = reopened.relatives.pressure_form
    assert pressure.targets.items.item(0).text() == f"{FSI}\u202eevil name{PDI}"
    assert pressure.relayed_by.itemText(2) == f"{FSI}\u202eevil name{PDI}"
    assert any(HOSTILE[2] in line for node in reopened.relatives.family.nodes for line in node.lines)

    candidate = DuplicateCandidate(
        "p", 0.9, HOSTILE[1], HOSTILE, PartialDate(), (CaseMention("c", HOSTILE[3], False, HOSTILE[2]),)
    )
    card = CandidateCard(candidate, PartialDate())
    qtbot.addWidget(card)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in card.findChildren(QLabel))
    mention = [label.text() for label in card.findChildren(QLabel) if "relative of" in label.text()]
    assert mention == [f"Case {FSI}{HOSTILE[3]}{PDI}: a relative of {FSI}{HOSTILE[2]}{PDI}"]


def test_clear_leaves_no_case_text_anywhere(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    fill_case(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    reopened = make_editor(saved.args[0])
    state = reopened.state()
    secrets = {n.text for n in state.names} | {state.subject.birth_place, state.case.reference}
    secrets |= {e.name for e in state.relatives} | {state.relatives[0].relative.village}
    secrets |= {state.interviews[0].narrative, state.documents[0].number, state.attachments[0].sha256}
    secrets |= {state.detentions[0].facility, state.pressure_reports[0].description, "scan.png"}
    secrets |= {e.authority for e in state.legal_events if e.authority}
    for tab in range(reopened.tabs.count()):  # every form shows its first row
        reopened.tabs.setCurrentIndex(tab)
    reopened.relatives.pages.setCurrentIndex(3)
    with qtbot.waitSignal(reopened.attachments.preview_shown, timeout=10_000):
        reopened.attachments.view.setCurrentIndex(reopened.attachments.model.index(0, 0))
    before = " ".join(every_text(reopened))
    assert all(secret in before for secret in secrets if "\n" not in secret)

    reopened.clear()
    after = every_text(reopened)
    leaks = sorted({secret for secret in secrets for text in after if secret and secret in text})
    assert leaks == []
    assert all(editor_.value() == PartialDate() for editor_ in reopened.findChildren(PartialDateEdit))
    assert reopened.attachments.current_image.isNull()
    assert reopened.relatives.family.nodes == []
    assert reopened.state() is None and not reopened.has_unsaved_changes()
    assert not reopened.save()


def test_a_name_holding_a_placeholder_is_shown_as_typed(qtbot: Any, make_editor: Any) -> None:
    name = "Ақжол %2 Серікұлы (fictional)"
    editor = make_editor()
    add_spellings(qtbot, editor, name)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    reopened = make_editor(saved.args[0])
    reference = reopened.state().case.reference
    assert reopened.title.text() == f"{FSI}{name}{PDI} · case {FSI}{reference}{PDI}"
