# SPDX-License-Identifier: GPL-3.0-or-later
"""The family picture scrolls to every relative (#12 item 8: a fifth one was cut off, out of reach)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QScrollArea

from app.domain import records as r
from app.domain.vocab import Relationship
from app.ui.case_editor.family_view import FamilyView
from app.ui.models.entries import RelativeEntry

NAMES = ("Айгүл", "Нұрлан", "Марат", "Сәуле", "Болат", "Жанар")  # fictional siblings


def test_a_family_wider_than_its_window_scrolls_to_the_last_relative(qtbot: Any) -> None:
    view = FamilyView()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(view)
    qtbot.addWidget(scroll)
    entries = [
        RelativeEntry(
            r.Relative("c", f"p{i}", Relationship.BROTHER, id=f"rel-{i}"),
            r.PersonFile(r.Person(id=f"p{i}"), (r.PersonName(f"p{i}", name),)),
        )
        for i, name in enumerate(NAMES)
    ]
    view.set_family("Ерлан (fictional)", "1980", entries)
    scroll.resize(600, 400)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert scroll.horizontalScrollBar().maximum() > 0
    inside = view.rect()
    assert len(view.nodes) == len(NAMES) + 1
    assert all(inside.contains(node.rect.toRect()) for node in view.nodes)
