# SPDX-License-Identifier: GPL-3.0-or-later
"""The case timeline as a petition carries it: the items named in the petition's language, ready to draw.

A template that asks for it (``timeline = true`` in its front matter, as the case summary
does) gets a ``TimelineChart`` on its ``PetitionDocument`` (built by
``app.petitions.timeline_page.timeline_chart``, which also draws it as a page).  The chart
holds final words only, like the rest of the document, and goes into the registry with it
(``chart_values``/``chart_from_values``), so a reprint shows the timeline as first printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.domain.dates import PartialDate
from app.domain.timeline import Connector, Extent, Item, ItemKind, Lane, Timeline


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """A timeline with every word final: lane names, item labels, legend, month names for the axis."""

    timeline: Timeline
    heading: str
    lane_names: tuple[str, ...]
    legend: tuple[tuple[str, str], ...]  # (ItemKind value, name), the kinds present
    notes: tuple[str, ...]  # what hatching, arrows and the dashed line mean
    undated_heading: str
    months: tuple[str, ...]


# -- kept with the document ----------------------------------------------------------------------


def chart_values(chart: TimelineChart) -> dict[str, Any]:
    """The chart as JSON values (dates in their canonical text)."""
    t = chart.timeline
    return {
        "heading": chart.heading,
        "lane_names": list(chart.lane_names),
        "legend": [list(pair) for pair in chart.legend],
        "notes": list(chart.notes),
        "undated_heading": chart.undated_heading,
        "months": list(chart.months),
        "today": t.today.isoformat(),
        "lanes": [[lane.id, lane.name, lane.relationship, lane.description, lane.sex] for lane in t.lanes],
        "items": [_item_values(i) for i in t.items],
        "undated": [_item_values(i) for i in t.undated],
        "connectors": [[c.kind, c.source, c.target] for c in t.connectors],
    }


def chart_from_values(values: dict[str, Any]) -> TimelineChart:
    timeline = Timeline(
        lanes=tuple(Lane(*lane) for lane in values["lanes"]),
        items=tuple(_item(v) for v in values["items"]),
        undated=tuple(_item(v) for v in values["undated"]),
        connectors=tuple(Connector(*c) for c in values["connectors"]),
        today=dt.date.fromisoformat(values["today"]),
    )
    return TimelineChart(
        timeline=timeline,
        heading=values["heading"],
        lane_names=tuple(values["lane_names"]),
        legend=tuple((kind, text) for kind, text in values["legend"]),
        notes=tuple(values["notes"]),
        undated_heading=values["undated_heading"],
        months=tuple(values["months"]),
    )


def _item_values(item: Item) -> list[Any]:
    e = item.extent
    extent = None if e is None else [e.start, e.end, list(e.core) if e.core else None, e.span, e.open_end]
    end = item.end.isoformat() if item.end is not None else None
    return [
        item.key, item.kind.value, item.lane, item.table, item.record_id, item.label,
        item.start.isoformat(), end, extent, item.code, item.detail, item.copies, item.sort_order,
    ]  # fmt: skip


def _item(values: list[Any]) -> Item:
    key, kind, lane, table, record_id, text, start, end, extent, code, detail, copies, sort_order = values
    return Item(
        key=key,
        kind=ItemKind(kind),
        lane=lane,
        table=table,
        record_id=record_id,
        label=text,
        start=PartialDate.parse(start),
        end=PartialDate.parse(end) if end is not None else None,
        extent=_extent(extent) if extent is not None else None,
        code=code,
        detail=detail,
        copies=copies,
        sort_order=sort_order,
    )


def _extent(values: list[Any]) -> Extent:
    start, end, core, span, open_end = values
    return Extent(start, end, (core[0], core[1]) if core else None, span, open_end)
