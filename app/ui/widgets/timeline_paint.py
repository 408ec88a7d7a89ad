# SPDX-License-Identifier: GPL-3.0-or-later
"""Painting a laid-out case timeline with QPainter: lanes, connectors, items with their uncertainty.

The view (``timeline_view``) and the benchmark call ``paint_items`` for the visible part
only.  How uncertainty looks: the certain part of a span is solid; the days it may or may
not cover are hatched in the same colour behind a dashed outline; a point known only to
a month or a year is a hatched box over that month or year, and one known to the day a
solid diamond (hollow when "about"); a span still going on ends in an arrow.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from app.domain.timeline_layout import COLOURS as KIND_COLOURS
from app.domain.timeline_layout import TODAY_COLOUR, Layout, Placed

COLOURS = {kind: QColor(code) for kind, code in KIND_COLOURS.items()}
LANE_SHADE = QColor("#f3f5f8")
TEXT = QColor("#1a1a1a")
CONNECTOR = QColor("#555555")
SELECTED = QColor("#f0b400")
TODAY = QColor(TODAY_COLOUR)


def _tint(colour: QColor, amount: int = 45) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(amount)
    return tinted


def paint_lanes(painter: QPainter, layout: Layout, left: float, right: float) -> None:
    """Alternate bands behind the lanes, from x ``left`` to ``right``."""
    for index, box in enumerate(layout.lanes):
        if index % 2 == 0:
            gap = layout.metrics.lane_gap / 2
            painter.fillRect(QRectF(left, box.top - gap, right - left, box.height + 2 * gap), LANE_SHADE)


def paint_connectors(painter: QPainter, layout: Layout, left: float, right: float) -> None:
    """Curves with arrowheads from each link's source to its target (dashed for "may answer")."""
    metrics = layout.metrics
    for source, target, kind in layout.connectors:
        if max(source.x1, target.x1) < left or min(source.x0, target.x0) > right:
            continue
        (sx, sy), (tx, ty) = source.centre(metrics), target.centre(metrics)
        pen = QPen(CONNECTOR, 1.2, Qt.PenStyle.DashLine if kind == "may-answer" else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(sx, sy))
        bend = max(20.0, abs(ty - sy) / 2)
        path.cubicTo(QPointF(sx, sy + (bend if ty >= sy else -bend)), QPointF(tx, ty - bend), QPointF(tx, ty))
        if sy == ty:
            path = QPainterPath(QPointF(sx, sy - 4))
            path.cubicTo(QPointF(sx, sy - 16), QPointF(tx, ty - 16), QPointF(tx, ty - 4))
        painter.drawPath(path)
        angle_from = path.pointAtPercent(0.97)
        end = path.pointAtPercent(1.0)
        _arrow(painter, angle_from, end, CONNECTOR)


def _arrow(painter: QPainter, start: QPointF, end: QPointF, colour: QColor) -> None:
    direction = end - start
    length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 0.001)
    ux, uy = direction.x() / length, direction.y() / length
    back = QPointF(end.x() - 6 * ux, end.y() - 6 * uy)
    wing = QPointF(-uy * 3.5, ux * 3.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([end, back + wing, back - wing]))


def paint_items(
    painter: QPainter,
    layout: Layout,
    left: float,
    right: float,
    font: QFont,
    selected: int = -1,
) -> None:
    """Every item that reaches into x ``left``..``right``, its label, and the selection."""
    painter.setFont(font)
    ascent = painter.fontMetrics().ascent()
    descent = painter.fontMetrics().descent()
    metrics = layout.metrics
    for index, placed in enumerate(layout.placed):
        if placed.right < left or placed.x0 > right:
            continue
        colour = COLOURS.get(placed.item.kind, TEXT)
        bar = QRectF(
            placed.x0, placed.top + (metrics.row_height - metrics.bar_height) / 2, placed.x1 - placed.x0,
            metrics.bar_height,
        )  # fmt: skip
        if placed.marker:
            _marker(painter, placed, bar, colour)
        else:
            _bar(painter, placed, bar, colour)
        if index == selected:
            painter.setPen(QPen(SELECTED, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(bar.left() - 3, bar.top() - 3, placed.right - bar.left() + 6,
                                           bar.height() + 6), 3, 3)  # fmt: skip
        painter.setPen(TEXT)
        baseline = placed.top + (metrics.row_height + ascent - descent) / 2
        painter.drawText(QPointF(placed.label_x, baseline), placed.item.label)


def _marker(painter: QPainter, placed: Placed, bar: QRectF, colour: QColor) -> None:
    extent = placed.item.extent
    exact = extent is not None and extent.core is not None
    centre, half = bar.center(), bar.height() / 2
    diamond = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y()),
            QPointF(centre.x(), centre.y() + half),
            QPointF(centre.x() - half, centre.y()),
        ]
    )
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(colour if exact else QBrush(colour, Qt.BrushStyle.BDiagPattern))
    painter.drawPolygon(diamond)


def _bar(painter: QPainter, placed: Placed, bar: QRectF, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_tint(colour, 30))
    painter.drawRect(bar)
    painter.setBrush(QBrush(_tint(colour, 150), Qt.BrushStyle.BDiagPattern))
    painter.drawRect(bar)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, 1.0, Qt.PenStyle.DashLine))
    painter.drawRect(bar)
    if placed.core is not None:
        core = QRectF(placed.core[0], bar.top(), placed.core[1] - placed.core[0], bar.height()).intersected(
            bar
        )
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(_pale(colour))
        painter.drawRect(core)
    extent = placed.item.extent
    if extent is not None and extent.open_end:
        tip = QPointF(bar.right(), bar.center().y())
        _arrow(painter, QPointF(bar.right() - 8, bar.center().y()), tip, colour)


def _pale(colour: QColor) -> QColor:
    """``colour`` mixed with white, opaque: the certain part hides the hatching under it."""
    return QColor(*(round(c + (255 - c) * 0.62) for c in (colour.red(), colour.green(), colour.blue())))
