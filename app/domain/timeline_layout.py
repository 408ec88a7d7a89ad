# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a timeline's items go on a page or a screen: time → x for a zoom level, axis ticks, packed rows.

The same layout feeds the screen (``app.ui.widgets.timeline_view``) and the case summary
PDF (``app.petitions.timeline_page``); only the unit differs (pixels, points), and each
passes its own ``text_width``.  Items of a lane that would overlap (their bars *or* their
labels) go to separate rows of the lane, first fit in time order, so nothing overlaps.

Pure Python: no Qt, no ReportLab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain.timeline import Item, ItemKind, Lane, Timeline


class Unit(StrEnum):
    """Steps of the time axis, coarsest first."""

    DECADE = "decade"
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


#: One colour per kind, the same on screen and on paper (readable on white; told apart in grey too,
#: as uncertain parts are hatched and exact days are diamonds).
COLOURS = {
    ItemKind.LEGAL_EVENT: "#1d4f91",
    ItemKind.REQUEST: "#2c6e2f",
    ItemKind.ANSWER: "#5b8c2a",
    ItemKind.DETENTION: "#a40000",
    ItemKind.INTERVIEW: "#6b4c9a",
    ItemKind.PETITION: "#00767a",
    ItemKind.PRESSURE: "#c05a00",
    ItemKind.RELATIVE_STATUS: "#7a6a00",
}
#: The line marking today.
TODAY_COLOUR = "#c00060"

#: Average days per step (only to choose the step; ticks fall on real calendar boundaries).
DAYS_PER = {Unit.DECADE: 3652.5, Unit.YEAR: 365.25, Unit.MONTH: 30.44, Unit.DAY: 1.0}
#: Zoom limits in pixels (or points) per day: from about a century across a screen to a day of 60 px.
MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.02, 60.0
#: The least distance between labelled ticks of each step (its labels' width: "14", "Mar", "2019").
TICK_SPACING = {Unit.DAY: 24.0, Unit.MONTH: 40.0, Unit.YEAR: 44.0}
#: More ticks than this are not drawn (a scale so fine would never show them all at once).
MAX_TICKS = 20_000


@dataclass(frozen=True, slots=True)
class Scale:
    """Day ``origin`` is at x = 0; ``px_per_day`` units per day."""

    origin: int
    px_per_day: float

    def x(self, day: float) -> float:
        return (day - self.origin) * self.px_per_day

    def day_at(self, x: float) -> float:
        return self.origin + x / self.px_per_day

    def zoomed(self, factor: float, anchor_x: float = 0.0) -> Scale:
        """Zoomed by ``factor`` (within the limits), keeping the day under ``anchor_x`` where it is."""
        px = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, self.px_per_day * factor))
        anchor_day = self.day_at(anchor_x)
        return Scale(round(anchor_day - anchor_x / px), px)


def fit_scale(first: int, last: int, width: float, margin: float = 0.03) -> Scale:
    """The scale that shows days ``first`` to ``last`` (exclusive) across ``width``, with a margin."""
    days = max(last - first, 1)
    px = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, width / (days * (1 + 2 * margin))))
    pad = (width / px - days) / 2
    return Scale(round(first - pad), px)


def tick_unit(px_per_day: float, zoom: float = 1.0) -> Unit:
    """The finest step whose ticks are far enough apart for their labels (decades when none is).

    ``zoom`` scales the distances (labels in a smaller font need less room).
    """
    for unit in (Unit.DAY, Unit.MONTH, Unit.YEAR):
        if DAYS_PER[unit] * px_per_day >= TICK_SPACING[unit] * zoom:
            return unit
    return Unit.DECADE


def minor_unit(unit: Unit, px_per_day: float, spacing: float = 6.0) -> Unit | None:
    """The next finer step, for unlabelled ticks, when those would be at least ``spacing`` apart."""
    finer = {Unit.DECADE: Unit.YEAR, Unit.YEAR: Unit.MONTH, Unit.MONTH: Unit.DAY}.get(unit)
    if finer is None or DAYS_PER[finer] * px_per_day < spacing:
        return None
    return finer


def ticks(unit: Unit, first: int, last: int) -> list[dt.date]:
    """Calendar boundaries of ``unit`` from day ``first`` to ``last`` (ordinals, inclusive)."""
    if last < first or (last - first) / DAYS_PER[unit] > MAX_TICKS:
        return []
    start, end = dt.date.fromordinal(max(first, 1)), dt.date.fromordinal(last)
    if unit is Unit.DAY:
        return [dt.date.fromordinal(day) for day in range(start.toordinal(), end.toordinal() + 1)]
    if unit is Unit.MONTH:
        found, year, month = [], start.year, start.month
        if start.day > 1:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        while (year, month) <= (end.year, end.month):
            found.append(dt.date(year, month, 1))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found
    step = 10 if unit is Unit.DECADE else 1
    year = start.year if (start.month, start.day) == (1, 1) else start.year + 1
    year += -year % step
    return [dt.date(y, 1, 1) for y in range(year, end.year + 1, step)]


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes in the layout's unit (pixels on screen, points in the PDF)."""

    row_height: float = 22.0
    bar_height: float = 14.0
    lane_gap: float = 10.0
    marker: float = 10.0
    pad: float = 4.0
    gap: float = 8.0


@dataclass(frozen=True, slots=True)
class Placed:
    """An item's place: row ``row`` of lane ``lane``; its bar (or marker) from ``x0`` to ``x1``.

    ``core`` is the certain part of the bar (None: none); the label starts at ``label_x``
    (inside the bar when ``inside``); ``right`` is where the item and its label end.
    """

    item: Item
    lane: int
    row: int
    top: float
    x0: float
    x1: float
    core: tuple[float, float] | None
    label_x: float
    inside: bool
    right: float
    marker: bool

    def centre(self, metrics: Metrics) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, self.top + metrics.row_height / 2


@dataclass(frozen=True, slots=True)
class LaneBox:
    lane: Lane
    top: float
    height: float
    rows: int


@dataclass(frozen=True, slots=True)
class Layout:
    """The timeline placed for one scale; ``placed`` keeps the timeline's order (keyboard order)."""

    scale: Scale
    metrics: Metrics
    lanes: tuple[LaneBox, ...]
    placed: tuple[Placed, ...]
    connectors: tuple[tuple[Placed, Placed, str], ...]
    width: float
    height: float

    def at(self, x: float, y: float) -> int:
        """The index of the item at (x, y), its label included; -1 when none."""
        for index, placed in enumerate(self.placed):
            if placed.x0 <= x <= placed.right and placed.top <= y <= placed.top + self.metrics.row_height:
                return index
        return -1

    def index(self, key: str) -> int:
        return next((i for i, p in enumerate(self.placed) if p.item.key == key), -1)


def layout(
    timeline: Timeline,
    scale: Scale,
    text_width: Callable[[str], float],
    metrics: Metrics = Metrics(),
    *,
    last_day: int | None = None,
) -> Layout:
    """Place ``timeline``'s items with ``scale``; ``text_width`` measures a label in the layout's unit."""
    lane_index = {lane.id: i for i, lane in enumerate(timeline.lanes)}
    rows_end: list[list[float]] = [[] for _ in timeline.lanes]
    unplaced: list[Placed | None] = [None] * len(timeline.items)
    for position, item, extent in sorted(
        ((p, i, i.extent) for p, i in enumerate(timeline.items) if i.extent is not None),
        key=lambda entry: entry[2].start,
    ):
        x0, x1 = scale.x(extent.start), scale.x(extent.end)
        marker = x1 - x0 < metrics.marker
        if marker:
            mid = (x0 + x1) / 2
            x0, x1 = mid - metrics.marker / 2, mid + metrics.marker / 2
        core = (scale.x(extent.core[0]), scale.x(extent.core[1])) if extent.core and not marker else None
        width = text_width(item.label)
        inside = extent.span and x1 - x0 >= width + 2 * metrics.pad
        label_x = x0 + metrics.pad if inside else x1 + metrics.pad
        right = x1 if inside else label_x + width
        lane = lane_index.get(item.lane, 0)
        rows = rows_end[lane]
        row = next((k for k, end in enumerate(rows) if end + metrics.gap <= x0), len(rows))
        if row == len(rows):
            rows.append(right)
        else:
            rows[row] = right
        unplaced[position] = Placed(item, lane, row, 0.0, x0, x1, core, label_x, inside, right, marker)
    boxes, top = [], metrics.lane_gap
    for person, ends in zip(timeline.lanes, rows_end, strict=True):
        count = max(1, len(ends))
        boxes.append(LaneBox(person, top, count * metrics.row_height, count))
        top += count * metrics.row_height + metrics.lane_gap
    placed = [
        replace(p, top=boxes[p.lane].top + p.row * metrics.row_height) for p in unplaced if p is not None
    ]
    by_key = {p.item.key: p for p in placed}
    connectors = tuple(
        (by_key[c.source], by_key[c.target], c.kind)
        for c in timeline.connectors
        if c.source in by_key and c.target in by_key
    )
    end = max((p.right for p in placed), default=0.0)
    if last_day is not None:
        end = max(end, scale.x(last_day))
    return Layout(scale, metrics, tuple(boxes), tuple(placed), connectors, end + metrics.gap, top)
