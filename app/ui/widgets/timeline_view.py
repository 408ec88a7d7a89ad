# SPDX-License-Identifier: GPL-3.0-or-later
"""A scrollable, zoomable picture of a case timeline: lane names on the left, the time axis on top.

Custom painted (``timeline_paint``): only what is visible is drawn, and the layout
(``app.domain.timeline_layout``) is worked out again only when the timeline, the zoom or
the font changes.  Keyboard: Left/Right (and Tab/Shift+Tab) move the selection in time
order, Home/End jump to the first/last item, Enter opens it; +/- zoom, 0 fits.  Mouse:
a click opens an item; Ctrl+wheel zooms around the pointer.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from app.domain.timeline import Item, Timeline
from app.domain.timeline_layout import (
    Layout,
    Metrics,
    Scale,
    Unit,
    fit_scale,
    layout,
    minor_unit,
    tick_unit,
    ticks,
)
from app.ui.widgets.date_text import month_name
from app.ui.widgets.timeline_paint import TODAY, paint_connectors, paint_items, paint_lanes

ZOOM_STEP = 1.5
AXIS_HEIGHT = 36.0
MAX_GUTTER = 190.0
#: Room left of the first day (pixels).
MARGIN = 24.0


def tick_label(day: dt.date, unit: Unit) -> str:
    """What a tick of ``unit`` on ``day`` says: a year, a short month name, a day of the month."""
    if unit in (Unit.DECADE, Unit.YEAR):
        return f"{day.year:04d}"
    if unit is Unit.MONTH:
        return month_name(day.month, inflected=False, short=True)
    return str(day.day)


def context_label(day: dt.date, unit: Unit) -> str:
    """The wider time a fine tick belongs to (the year of a month, the month of a day); "" for coarse ones."""
    if unit is Unit.MONTH:
        return f"{day.year:04d}"
    if unit is Unit.DAY:
        return f"{month_name(day.month, inflected=False, short=True)} {day.year:04d}"
    return ""


class TimelineView(QAbstractScrollArea):
    """Shows one ``Timeline``; ``activated(key)`` opens an item, ``current_changed(key)`` selects one."""

    activated = Signal(str)
    current_changed = Signal(str)
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.lane_name: Callable[[int], str] = lambda index: ""
        self.tooltip_of: Callable[[Item], str] = lambda item: item.label
        self.metrics = Metrics()
        self._timeline: Timeline | None = None
        self._px_per_day: float | None = None
        self._layout: Layout | None = None
        self._current = -1
        self._gutter = 80.0

    # -- contents ------------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline | None) -> None:
        """Show ``timeline`` (None: nothing), keeping the zoom and the selected item where they still are."""
        key = self.current_key()
        first_time = self._px_per_day is None
        self._timeline = timeline
        if first_time and timeline is not None:
            self.fit()
        else:
            self._relayout()
        self._current = self._layout.index(key) if self._layout is not None and key else -1
        self.viewport().update()

    def timeline(self) -> Timeline | None:
        return self._timeline

    def layout_now(self) -> Layout | None:
        return self._layout

    def current_key(self) -> str:
        if self._layout is None or not 0 <= self._current < len(self._layout.placed):
            return ""
        return self._layout.placed[self._current].item.key

    def set_current(self, index: int) -> None:
        if self._layout is None or not self._layout.placed:
            return
        index = max(0, min(index, len(self._layout.placed) - 1))
        changed = index != self._current
        self._current = index
        self._ensure_visible(self._layout.placed[index].x0, self._layout.placed[index].top)
        self.viewport().update()
        if changed:
            self.current_changed.emit(self.current_key())

    def select_key(self, key: str) -> bool:
        index = self._layout.index(key) if self._layout is not None else -1
        if index >= 0:
            self.set_current(index)
        return index >= 0

    # -- zoom ----------------------------------------------------------------------------------
    def scale(self) -> Scale | None:
        return self._layout.scale if self._layout is not None else None

    def _days(self) -> tuple[int, int]:
        """The days the picture covers: every item, and today."""
        timeline = self._timeline
        today = (timeline.today if timeline is not None else dt.date.today()).toordinal()
        span = timeline.span() if timeline is not None else None
        if span is None:
            return today - 365 * 5, today + 30
        return min(span[0], today), max(span[1], today + 1)

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        """Zoom by ``factor`` around viewport x ``anchor`` (the middle when None)."""
        scale = self.scale()
        if scale is None:
            return
        at = (self.viewport().width() - self._gutter) / 2 if anchor is None else anchor - self._gutter
        day = scale.day_at(at + self.horizontalScrollBar().value())
        self._px_per_day = scale.zoomed(factor).px_per_day
        self._relayout()
        new = self.scale()
        assert new is not None
        self.horizontalScrollBar().setValue(round(new.x(day) - at))
        self.viewport().update()
        self.zoom_changed.emit()

    def fit(self) -> None:
        """Zoom so the whole timeline (and today) fits the width, with room for the last labels."""
        first, last = self._days()
        width = max(self.viewport().width() - self._gutter - 20, 100)
        self._px_per_day = fit_scale(first, last, width * 0.85).px_per_day
        self._relayout()
        self.horizontalScrollBar().setValue(0)
        self.viewport().update()
        self.zoom_changed.emit()

    # -- layout --------------------------------------------------------------------------------
    def _relayout(self) -> None:
        timeline = self._timeline
        if timeline is None or self._px_per_day is None:
            self._layout = None
            self._update_scrollbars()
            return
        font_metrics = QFontMetricsF(self.font())
        names = (font_metrics.horizontalAdvance(self.lane_name(i)) for i in range(len(timeline.lanes)))
        self._gutter = min(MAX_GUTTER, max(names, default=0) + 16)
        first, last = self._days()
        px = self._px_per_day
        # The picture starts a little before the first day, so x is never negative.
        scale = Scale(first - math.ceil(MARGIN / px), px)
        self._layout = layout(timeline, scale, font_metrics.horizontalAdvance, self.metrics, last_day=last)
        self._update_scrollbars()

    def _update_scrollbars(self) -> None:
        size = self.viewport().size()
        content = self._layout
        width = content.width if content else 0
        height = content.height if content else 0
        self.horizontalScrollBar().setRange(0, max(0, round(width - size.width() + self._gutter + 20)))
        self.horizontalScrollBar().setPageStep(size.width())
        self.verticalScrollBar().setRange(0, max(0, round(height - size.height() + AXIS_HEIGHT)))
        self.verticalScrollBar().setPageStep(size.height())

    def _ensure_visible(self, x: float, y: float) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        width = self.viewport().width() - self._gutter
        height = self.viewport().height() - AXIS_HEIGHT
        if not h.value() + 20 <= x <= h.value() + width - 120:
            h.setValue(round(x - width / 3))
        if not v.value() <= y <= v.value() + height - self.metrics.row_height:
            v.setValue(round(y - height / 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def sizeHint(self) -> QSize:
        return QSize(900, 400)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.viewport().rect())
        painter.fillRect(rect, self.palette().base())
        content = self._layout
        if content is None:
            return
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        left, right = dx, dx + rect.width() - self._gutter
        painter.save()
        painter.setClipRect(QRectF(self._gutter, AXIS_HEIGHT, rect.width(), rect.height()))
        painter.translate(self._gutter - dx, AXIS_HEIGHT - dy)
        paint_lanes(painter, content, left, right)
        self._paint_grid(painter, content, left, right, dy + rect.height())
        paint_connectors(painter, content, left, right)
        paint_items(painter, content, left, right, self.font(), self._current)
        painter.restore()
        self._paint_axis(painter, content, dx, rect.width())
        self._paint_gutter(painter, content, dy, rect.height())

    def _paint_grid(
        self, painter: QPainter, content: Layout, left: float, right: float, bottom: float
    ) -> None:
        scale = content.scale
        unit = tick_unit(scale.px_per_day)
        painter.setPen(QPen(self.palette().mid().color(), 0.5, Qt.PenStyle.DotLine))
        for day in ticks(unit, int(scale.day_at(left)), int(scale.day_at(right)) + 1):
            x = scale.x(day.toordinal())
            painter.drawLine(QPointF(x, -AXIS_HEIGHT), QPointF(x, bottom))
        timeline = self._timeline
        if timeline is not None:
            x = scale.x(timeline.today.toordinal() + 0.5)
            painter.setPen(QPen(TODAY, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, -AXIS_HEIGHT), QPointF(x, bottom))

    def _paint_axis(self, painter: QPainter, content: Layout, dx: float, width: float) -> None:
        scale = content.scale
        painter.save()
        painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), self.palette().window())
        painter.setClipRect(QRectF(self._gutter, 0, width, AXIS_HEIGHT))
        painter.translate(self._gutter - dx, 0)
        left, right = dx, dx + width
        unit = tick_unit(scale.px_per_day)
        fine = minor_unit(unit, scale.px_per_day)
        text = self.palette().text().color()
        if fine is not None:
            painter.setPen(QPen(self.palette().mid().color(), 1))
            for day in ticks(fine, int(scale.day_at(left)), int(scale.day_at(right)) + 1):
                x = scale.x(day.toordinal())
                painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, AXIS_HEIGHT))
        ascent = QFontMetricsF(self.font()).ascent()
        marks = ticks(unit, int(scale.day_at(left)), int(scale.day_at(right)) + 1)
        for number, day in enumerate(marks):
            x = scale.x(day.toordinal())
            painter.setPen(QPen(text, 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 9), QPointF(x, AXIS_HEIGHT))
            painter.drawText(QPointF(x + 3, AXIS_HEIGHT - 10), tick_label(day, unit))
            wider = context_label(day, unit)
            if wider and (number == 0 or (unit is Unit.MONTH and day.month == 1) or day.day == 1):
                painter.drawText(QPointF(x + 3, ascent + 2), wider)
        painter.restore()
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT), QPointF(width, AXIS_HEIGHT))

    def _paint_gutter(self, painter: QPainter, content: Layout, dy: float, height: float) -> None:
        painter.save()
        painter.fillRect(QRectF(0, AXIS_HEIGHT, self._gutter, height), self.palette().window())
        painter.setClipRect(QRectF(0, AXIS_HEIGHT, self._gutter, height))
        painter.translate(0, AXIS_HEIGHT - dy)
        painter.setPen(self.palette().text().color())
        font_metrics = QFontMetricsF(self.font())
        for index, box in enumerate(content.lanes):
            name = font_metrics.elidedText(
                self.lane_name(index), Qt.TextElideMode.ElideRight, self._gutter - 12
            )
            where = QRectF(6, box.top, self._gutter - 10, content.metrics.row_height)
            painter.drawText(where, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), name)
        painter.restore()
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(QPointF(self._gutter, 0), QPointF(self._gutter, AXIS_HEIGHT + height))

    # -- input ---------------------------------------------------------------------------------
    def _index_at(self, point: QPointF) -> int:
        if self._layout is None or point.x() < self._gutter or point.y() < AXIS_HEIGHT:
            return -1
        x = point.x() - self._gutter + self.horizontalScrollBar().value()
        y = point.y() - AXIS_HEIGHT + self.verticalScrollBar().value()
        return self._layout.at(x, y)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.set_current(index)
            self.activated.emit(self.current_key())
        super().mouseReleaseEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and self._layout is not None:
            index = self._index_at(QPointF(event.pos()))
            if index >= 0:
                # Tooltips are rich text: the record's words are escaped so they stay plain.
                text = html.escape(self.tooltip_of(self._layout.placed[index].item)).replace("\n", "<br>")
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP**steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, count = event.key(), len(self._layout.placed) if self._layout else 0
        K = Qt.Key
        if key in (K.Key_Plus, K.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == K.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == K.Key_0:
            self.fit()
        elif key in (K.Key_Right, K.Key_Left) and count:
            self.set_current(self._current + (1 if key == K.Key_Right else -1) if self._current >= 0 else 0)
        elif key == K.Key_Home and count:
            self.set_current(0)
        elif key == K.Key_End and count:
            self.set_current(count - 1)
        elif key in (K.Key_Return, K.Key_Enter) and self.current_key():
            self.activated.emit(self.current_key())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the items in time order; past the last (or first) one, focus moves on."""
        count = len(self._layout.placed) if self._layout else 0
        target = self._current + (1 if next else -1)
        if self.hasFocus() and count and 0 <= target < count and self._current >= 0:
            self.set_current(target)
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._current < 0 and self._layout is not None and self._layout.placed:
            self.set_current(0)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()
