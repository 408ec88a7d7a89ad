# SPDX-License-Identifier: GPL-3.0-or-later
"""A simple family picture: the person in the centre, relatives around with their status and place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.domain.records import Relative, RelativeStatusEntry
from app.ui.models.entries import RelativeEntry
from app.ui.models.family_models import current_statuses, joined, place_text
from app.ui.models.vocab_labels import RELATIONSHIP, RELATIVE_STATUS, label
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import text_direction

NODE_W, NODE_H, GAP_X, GAP_Y, MARGIN = 230, 112, 24, 56, 16
ABOVE = {"father", "mother", "grandparent", "uncle-aunt"}
BELOW = {"son", "daughter", "grandchild"}
STATUS_COLOURS = {
    "detained": "#f4c7c3",
    "in-camp": "#f4c7c3",
    "imprisoned": "#f4c7c3",
    "under-surveillance": "#fce8b2",
    "forbidden-to-leave": "#fce8b2",
    "in-kazakhstan": "#d9ead3",
    "abroad": "#d9ead3",
    "released": "#e3eefb",
    "at-home": "#e3eefb",
    "deceased": "#d9d9d9",
}


@dataclass(frozen=True, slots=True)
class Node:
    rect: QRectF
    lines: tuple[str, ...]
    colour: str
    relative_id: str | None  # None: the person the case is about


def relative_lines(relative: Relative, name: str, statuses: list[str]) -> tuple[str, ...]:
    """The lines of a relative's box; ``statuses`` are the codes that hold now (two lines at most)."""
    status = [label(RELATIVE_STATUS, statuses[0]) if statuses else label(RELATIVE_STATUS, "unknown")]
    status += [joined(RELATIVE_STATUS, statuses[1:])] if len(statuses) > 1 else []
    contact = format_partial_date(relative.last_contact, "")
    return (
        name,
        label(RELATIONSHIP, relative.relationship),
        *status,
        place_text(relative),
        contact and QCoreApplication.translate("FamilyView", "last contact %1").replace("%1", contact),
    )


class FamilyView(QWidget):
    """Paints the family; clicking a relative emits ``relative_activated`` with their id."""

    relative_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subject: tuple[str, ...] = ()
        self._entries: list[RelativeEntry] = []
        self._statuses: list[RelativeStatusEntry] = []
        self.nodes: list[Node] = []
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_family(
        self,
        name: str,
        born: str,
        entries: list[RelativeEntry],
        statuses: list[RelativeStatusEntry] | None = None,
    ) -> None:
        self._subject = (name, self.tr("born %1").replace("%1", born) if born else "")
        self._entries = list(entries)
        self._statuses = list(statuses or [])
        self._layout_nodes()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_family("", "", [])
        self._subject = ()
        self.nodes = []
        self.update()

    def _rows(self) -> tuple[list[RelativeEntry], list[RelativeEntry], list[RelativeEntry]]:
        above = [e for e in self._entries if e.relative.relationship in ABOVE]
        below = [e for e in self._entries if e.relative.relationship in BELOW]
        side = [e for e in self._entries if e not in above and e not in below]
        return above, side, below

    def sizeHint(self) -> QSize:
        above, side, below = self._rows()
        widest = max(len(above), len(below), len(side) + 1, 3)
        return QSize(2 * MARGIN + widest * (NODE_W + GAP_X), 2 * MARGIN + 3 * NODE_H + 2 * GAP_Y + 44)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the family: the scroll area around it scrolls to every relative
        (without it, a fifth relative was painted outside the widget and could not be reached)."""
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_nodes()
        super().resizeEvent(event)

    def _layout_nodes(self) -> None:
        self.nodes = []
        if not self._subject:
            return
        above, side, below = self._rows()
        width = max(self.width(), self.sizeHint().width())
        centre_x = width / 2

        def row(entries: list[RelativeEntry], y: float) -> None:
            total = len(entries) * NODE_W + max(len(entries) - 1, 0) * GAP_X
            x = centre_x - total / 2
            for entry in entries:
                self._add(entry, QRectF(x, y, NODE_W, NODE_H))
                x += NODE_W + GAP_X

        row(above, MARGIN)
        middle_y = MARGIN + NODE_H + GAP_Y
        centre = QRectF(centre_x - NODE_W / 2, middle_y, NODE_W, NODE_H)
        self.nodes.append(Node(centre, tuple(t for t in self._subject if t), "#ffffff", None))
        left, right = side[: len(side) // 2], side[len(side) // 2 :]
        for index, entry in enumerate(reversed(left)):
            self._add(entry, centre.translated(-(index + 1) * (NODE_W + GAP_X), 0))
        for index, entry in enumerate(right):
            self._add(entry, centre.translated((index + 1) * (NODE_W + GAP_X), 0))
        row(below, middle_y + NODE_H + GAP_Y)

    def _add(self, entry: RelativeEntry, rect: QRectF) -> None:
        statuses = current_statuses(self._statuses, entry.id)
        lines = tuple(line for line in relative_lines(entry.relative, entry.name, statuses) if line)
        colours = [STATUS_COLOURS[s] for s in statuses if s in STATUS_COLOURS]
        colour = colours[0] if colours else "#ffffff"
        self.nodes.append(Node(rect, lines, colour, entry.id))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        if not self.nodes:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No relatives recorded yet."))
            return
        centre = next(n for n in self.nodes if n.relative_id is None).rect.center()
        painter.setPen(QPen(QColor("#9aa5b1"), 1.5))
        for node in self.nodes:
            if node.relative_id is not None:
                painter.drawLine(centre, node.rect.center())
        bold = QFont(self.font())
        bold.setBold(True)
        for node in self.nodes:
            painter.setPen(
                QPen(
                    QColor("#1d4f91") if node.relative_id is None else QColor("#6b7785"),
                    2 if node.relative_id is None else 1,
                )
            )
            painter.setBrush(QColor(node.colour))
            painter.drawRoundedRect(node.rect, 6, 6)
            y = node.rect.top() + 6
            for index, line in enumerate(node.lines):
                font = bold if index == 0 else self.font()
                painter.setFont(font)
                metrics = QFontMetrics(font)
                text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(NODE_W - 12))
                painter.setLayoutDirection(text_direction(text))
                painter.setPen(QColor("#111111"))
                rect = QRectF(node.rect.left() + 6, y, NODE_W - 12, metrics.height())
                painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
                y += metrics.height() + 1
        painter.setLayoutDirection(self.layoutDirection())
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRectF(MARGIN, self.height() - 42, self.width() - 2 * MARGIN, 40),  # two lines when long
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
            self.tr(
                "Red: held · amber: watched or barred from leaving · blue: released or at home · "
                "green: safe outside China · grey: died · white: nothing known"
            ),
        )

    def node_at(self, point: QPointF) -> Node | None:
        return next((n for n in self.nodes if n.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position())
        if node is not None and node.relative_id is not None:
            self.relative_activated.emit(node.relative_id)
        super().mousePressEvent(event)
