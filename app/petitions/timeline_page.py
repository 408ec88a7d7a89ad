# SPDX-License-Identifier: GPL-3.0-or-later
"""The case timeline in a petition's language, drawn into its PDF: vector lanes, spans, uncertainty, links.

The drawing uses the same layout as the screen (``app.domain.timeline_layout``), fitted to
the page width in points.  It splits between rows when it is taller than a page (the axis
repeats on each page), so a case with hundreds of items still prints whole.  Every string
is drawn in runs of the fonts that have its glyphs (``app.petitions.scripts``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from app.domain import records as r
from app.domain.petition_flow import was_filed
from app.domain.running_text import lower_first
from app.domain.timeline import ItemKind, build_timeline
from app.domain.timeline_layout import (
    COLOURS,
    TODAY_COLOUR,
    Layout,
    Metrics,
    Placed,
    Scale,
    Unit,
    fit_scale,
    layout,
    tick_unit,
    ticks,
)
from app.petitions.date_text import day_text
from app.petitions.fonts import FontChain
from app.petitions.layout import FRAME_WIDTH, Paragraph, Styles
from app.petitions.link_text import Names
from app.petitions.scripts import line_runs, paragraph_markup
from app.petitions.timeline_chart import TimelineChart
from app.petitions.words import label, timeline_words

#: Vocabulary tables of vocab.toml naming each kind's code.
_VOCAB = {
    ItemKind.LEGAL_EVENT: "legal_event_kind",
    ItemKind.REQUEST: "request_kind",
    ItemKind.PRESSURE: "pressure_kind",
    ItemKind.RELATIVE_STATUS: "relative_status",
}
WIDTH: float = float(FRAME_WIDTH)
SIZE = 6.5
METRICS = Metrics(row_height=11.0, bar_height=7.0, lane_gap=5.0, marker=6.0, pad=2.0, gap=4.0)
AXIS = 16.0
#: The longest label, as a share of the plot's width (longer ones end in "…").
MAX_LABEL = 0.3
#: Tick labels in this font need about this share of the screen's spacing: a year ("2019", 16.5 pt at
#: 6.5 pt, drawn 1.5 pt after its tick) every 20 pt, so a case of ten years or so is read by the year.
TICK_ZOOM = 0.46


def timeline_chart(case_file: r.CaseFile, language: str, today: dt.date) -> TimelineChart:
    """The chart of ``case_file`` in ``language`` as of ``today``: the petitions that were filed, by
    their titles (a draft or a print never filed is no step of the case for the reader)."""
    words = timeline_words(language)
    filed = tuple(p for p in case_file.petitions if was_filed(p))
    titles = {p.kind: p.title for p in filed if p.language == language and p.title}

    def name(kind: ItemKind, code: str, sex: str) -> str:
        if kind in _VOCAB and code:
            return label(_VOCAB[kind], code, language, sex)
        if kind is ItemKind.PETITION:
            return titles.get(code) or str(words["petition-item"])
        if kind is ItemKind.ANSWER and code not in ("", "none"):
            return f"{words['answer-item']}: {lower_first(label('answer_outcome', code, language))}"
        return str(words.get(f"{kind.value}-item", kind.value))

    timeline = build_timeline(
        dataclasses.replace(case_file, petitions=filed), today, name, annulled=str(words["annulled"])
    )
    names = Names(case_file, language)  # as the petition around it names them
    lanes = [names.who(None) or words["person"], *(names.who(lane.id) for lane in timeline.lanes[1:])]
    present = {i.kind for i in (*timeline.items, *timeline.undated)}
    return TimelineChart(
        timeline=timeline,
        heading=words["heading"],
        lane_names=tuple(lanes),
        legend=tuple((k.value, words[k.value]) for k in ItemKind if k in present),
        notes=(words["uncertain"], words["ongoing"], f"{words['today']} {day_text(today, language)}"),
        undated_heading=words["undated"],
        months=tuple(words["months"]),
    )


class _Text:
    """Measures and draws one line in runs of the fonts that cover it."""

    def __init__(self, chain: FontChain, size: float = SIZE) -> None:
        self.chain, self.size = chain, size

    def width(self, text: str) -> float:
        return float(sum(stringWidth(run.text, run.font, self.size) for run in line_runs(text, self.chain)))

    def draw(self, canvas: Any, x: float, y: float, text: str) -> None:
        for run in line_runs(text, self.chain):
            canvas.setFont(run.font, self.size)
            canvas.drawString(x, y, run.text)
            x += stringWidth(run.text, run.font, self.size)


def timeline_story(chart: TimelineChart, style: Styles) -> list[Flowable]:
    """A new page with the heading, the drawing (over as many pages as it needs), legend, undated items."""
    text = _Text(style.fonts.regular)
    story: list[Flowable] = [
        PageBreak(),
        Paragraph(paragraph_markup(chart.heading, style.fonts.bold), style.heading),
    ]
    story.append(_Legend(chart, text))
    if chart.timeline.items:
        story.append(_Drawing(chart, _fit(chart, text), text))
    if chart.timeline.undated:
        story.append(Paragraph(paragraph_markup(chart.undated_heading, style.fonts.bold), style.heading))
        names = dict(chart.legend)
        lanes = {lane.id: name for lane, name in zip(chart.timeline.lanes, chart.lane_names, strict=True)}
        for item in chart.timeline.undated:  # whose it is: an undated status named no one
            line = f"{lanes.get(item.lane, '')} — {names.get(item.kind.value, '')}: {lower_first(item.label)}"
            story.append(Paragraph(paragraph_markup(line, style.fonts.regular), style.item, bulletText="•"))
    return story


def gutter_width(chart: TimelineChart, text: _Text) -> float:
    return min(WIDTH * 0.22, max((text.width(n) for n in chart.lane_names), default=0) + 6)


def _fit(chart: TimelineChart, text: _Text) -> Layout:
    """The layout whose items and labels fit the plot's width: room for the longest label is kept at
    the right, labels longer than ``MAX_LABEL`` of the plot are cut, and the scale narrows if need be."""
    plot = WIDTH - gutter_width(chart, text)
    longest = plot * MAX_LABEL

    def width(label: str) -> float:
        return min(text.width(label), longest)

    span = chart.timeline.span()
    assert span is not None
    room = max((width(i.label) for i in chart.timeline.items), default=0) + 2 * METRICS.pad
    scale = fit_scale(span[0], span[1], plot - room, margin=0.01)
    placed = layout(chart.timeline, scale, width, METRICS)
    for _ in range(4):
        if placed.width <= plot:
            break
        scale = Scale(scale.origin, scale.px_per_day * 0.9)
        placed = layout(chart.timeline, scale, width, METRICS)
    return placed


class _Legend(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A swatch and name per kind shown, then what the marks mean, wrapped to the frame."""

    def __init__(self, chart: TimelineChart, text: _Text) -> None:
        super().__init__()
        self.chart, self.text = chart, text
        self.entries: list[tuple[float, float, str, str]] = []  # x, line, kind, words
        x, line = 0.0, 0
        for kind, name in chart.legend:
            width = 12 + text.width(name) + 10
            if x + width > WIDTH and x > 0:
                x, line = 0.0, line + 1
            self.entries.append((x, line, kind, name))
            x += width
        self.lines = line + 1 + len(chart.notes)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = self.lines * 10 + 4
        return WIDTH, self.height

    def draw(self) -> None:
        canvas = self.canv
        for x, line, kind, name in self.entries:
            y = self.height - 9 - line * 10
            canvas.setFillColor(_pale(HexColor(COLOURS.get(kind, "#333333"))))  # type: ignore[call-overload]
            canvas.setStrokeColor(HexColor(COLOURS.get(kind, "#333333")))  # type: ignore[call-overload]
            canvas.rect(x, y - 1, 9, 6, stroke=1, fill=1)
            canvas.setFillColor(HexColor("#1a1a1a"))
            self.text.draw(canvas, x + 12, y, name)
        first = max(line for _, line, _, _ in self.entries) + 1 if self.entries else 0
        for number, note in enumerate(self.chart.notes):
            canvas.setFillColor(HexColor("#444444"))
            self.text.draw(canvas, 0, self.height - 9 - (first + number) * 10, note)


class _Drawing(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Rows ``y0``..``y1`` of a laid-out timeline, under an axis; splits between rows across pages."""

    def __init__(
        self, chart: TimelineChart, placed: Layout, text: _Text, y0: float = 0.0, y1: float | None = None
    ):
        super().__init__()
        self.chart, self.placed, self.text = chart, placed, text
        self.y0, self.y1 = y0, placed.height if y1 is None else y1
        self.gutter = gutter_width(chart, text)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = AXIS + self.y1 - self.y0
        return WIDTH, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - AXIS
        cuts = [box.top + row * METRICS.row_height for box in self.placed.lanes for row in range(box.rows)]
        cut = max((c for c in cuts if self.y0 < c <= self.y0 + room), default=None)
        if cut is None:
            return []
        cut -= METRICS.lane_gap / 2 if cut in {box.top for box in self.placed.lanes} else 0
        return [
            _Drawing(self.chart, self.placed, self.text, self.y0, cut),
            _Drawing(self.chart, self.placed, self.text, cut, self.y1),
        ]

    def _y(self, y: float) -> float:
        """ReportLab's y (up from the bottom) of the layout's ``y`` (down from the top)."""
        return self.height - AXIS - (y - self.y0)

    def draw(self) -> None:
        canvas = self.canv
        placed = self.placed
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(0, 0, WIDTH, self.height)
        canvas.clipPath(path, stroke=0, fill=0)
        self._lanes(canvas)
        canvas.translate(self.gutter, 0)
        self._axis(canvas)
        clip = canvas.beginPath()
        clip.rect(0, 0, WIDTH - self.gutter, self.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        for source, target, kind in placed.connectors:
            if self._shows(source) and self._shows(target):
                self._connector(canvas, source, target, kind)
        for item in placed.placed:
            if self._shows(item):
                self._item(canvas, item)
        canvas.restoreState()

    def _shows(self, item: Placed) -> bool:
        return self.y0 <= item.top < self.y1

    def _lanes(self, canvas: Any) -> None:
        for index, box in enumerate(self.placed.lanes):
            top, bottom = max(box.top, self.y0), min(box.top + box.height, self.y1)
            if top >= bottom:
                continue
            if index % 2 == 0:
                canvas.setFillColor(HexColor("#eef1f5"))
                canvas.rect(0, self._y(bottom), WIDTH, bottom - top, stroke=0, fill=1)
            canvas.setFillColor(HexColor("#1a1a1a"))
            name = self.chart.lane_names[index] if index < len(self.chart.lane_names) else ""
            self.text.draw(
                canvas, 2, self._y(top) - METRICS.row_height + 3.5, _elided(name, self.text, self.gutter - 4)
            )

    def _axis(self, canvas: Any) -> None:
        """Gridlines and their labels over the time the items and today take, not under the room kept
        at the right for labels (years no item reaches read as part of the story)."""
        scale, width = self.placed.scale, WIDTH - self.gutter
        unit = tick_unit(scale.px_per_day, TICK_ZOOM)
        first = int(scale.day_at(0))
        span = self.chart.timeline.span()
        last = max(span[1] if span else first, self.chart.timeline.today.toordinal() + 1)
        days = ticks(unit, first, min(last, int(scale.day_at(width)) + 1))
        canvas.setLineWidth(0.3)
        start = dt.date.fromordinal(first)
        if days and self.text.width(self._tick_label(start, unit)) + 3 <= scale.x(days[0].toordinal()):
            canvas.setFillColor(HexColor("#1a1a1a"))  # the year (month) the axis starts in, unruled
            self.text.draw(canvas, 1.5, self.height - AXIS + 5, self._tick_label(start, unit))
        for day in days:
            x = scale.x(day.toordinal())
            canvas.setStrokeColor(HexColor("#b0b0b0"))
            canvas.line(x, 0, x, self.height - AXIS + 2)
            canvas.setFillColor(HexColor("#1a1a1a"))
            text = self._tick_label(day, unit)
            if x + 1.5 + self.text.width(text) <= width:  # a label the page's edge would cut is left out
                self.text.draw(canvas, x + 1.5, self.height - AXIS + 5, text)
        today = scale.x(self.chart.timeline.today.toordinal() + 0.5)
        canvas.setStrokeColor(HexColor(TODAY_COLOUR))
        canvas.setDash(2, 1.5)
        canvas.line(today, 0, today, self.height - AXIS + 2)
        canvas.setDash()

    def _tick_label(self, day: dt.date, unit: Unit) -> str:
        if unit is Unit.DAY:
            return str(day.day)
        return self.chart.months[day.month - 1] if unit is Unit.MONTH and day.month != 1 else f"{day.year}"

    def _item(self, canvas: Any, placed: Placed) -> None:
        colour = HexColor(COLOURS.get(placed.item.kind, "#333333"))
        bottom = self._y(placed.top) - (METRICS.row_height + METRICS.bar_height) / 2
        height, extent = METRICS.bar_height, placed.item.extent
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(colour)
        if placed.marker:
            cx, cy, half = (placed.x0 + placed.x1) / 2, bottom + height / 2, height / 2
            path = canvas.beginPath()
            path.moveTo(cx, cy + half)
            path.lineTo(cx + half, cy)
            path.lineTo(cx, cy - half)
            path.lineTo(cx - half, cy)
            path.close()
            exact = extent is not None and extent.core is not None
            canvas.setFillColor(colour if exact else _pale(colour))
            canvas.drawPath(path, stroke=1, fill=1)
        else:
            self._bar(canvas, placed, colour, bottom)
        canvas.setFillColor(HexColor("#1a1a1a"))
        longest = (WIDTH - self.gutter) * MAX_LABEL
        self.text.draw(canvas, placed.label_x, bottom + 1.2, _elided(placed.item.label, self.text, longest))

    def _bar(self, canvas: Any, placed: Placed, colour: Color, bottom: float) -> None:
        height, width = METRICS.bar_height, placed.x1 - placed.x0
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(placed.x0, bottom, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setStrokeColor(_pale(colour, 0.35))
        x = placed.x0 - height
        while x < placed.x1:  # the hatching of days that are not certain
            canvas.line(x, bottom, x + height, bottom + height)
            x += 2.5
        canvas.restoreState()
        canvas.setDash(1.5, 1)
        canvas.rect(placed.x0, bottom, width, height, stroke=1, fill=0)
        canvas.setDash()
        if placed.core is not None:
            start, end = max(placed.core[0], placed.x0), min(placed.core[1], placed.x1)
            canvas.setFillColor(_pale(colour))
            canvas.rect(start, bottom, end - start, height, stroke=1, fill=1)
        extent = placed.item.extent
        if extent is not None and extent.open_end:
            tip = placed.x1
            canvas.setFillColor(colour)
            path = canvas.beginPath()
            path.moveTo(tip, bottom + height / 2)
            path.lineTo(tip - 4, bottom + height)
            path.lineTo(tip - 4, bottom)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)

    def _connector(self, canvas: Any, source: Placed, target: Placed, kind: str) -> None:
        (sx, sy), (tx, ty) = source.centre(METRICS), target.centre(METRICS)
        sy, ty = self._y(sy), self._y(ty)
        canvas.setStrokeColor(HexColor("#555555"))
        canvas.setLineWidth(0.5)
        if kind == "may-answer":
            canvas.setDash(2, 1.5)
        bend = max(8.0, abs(ty - sy) / 2)
        if sy == ty:
            canvas.bezier(sx, sy + 2, sx, sy + 8, tx, ty + 8, tx, ty + 2)
            ty += 2
        else:
            canvas.bezier(
                sx,
                sy,
                sx,
                sy - bend if ty < sy else sy + bend,
                tx,
                ty + bend if ty < sy else ty - bend,
                tx,
                ty,
            )
        canvas.setDash()
        canvas.setFillColor(HexColor("#555555"))
        path = canvas.beginPath()
        up = 1 if ty >= sy else -1
        path.moveTo(tx, ty)
        path.lineTo(tx - 1.8, ty + 3.5 * up)
        path.lineTo(tx + 1.8, ty + 3.5 * up)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _pale(colour: Color, keep: float = 0.38) -> Color:
    """``colour`` mixed with white (opaque)."""
    return Color(*(c + (1 - c) * (1 - keep) for c in (colour.red, colour.green, colour.blue)))


def _elided(text: str, measure: _Text, width: float) -> str:
    if measure.width(text) <= width:
        return text
    while text and measure.width(text + "…") > width:
        text = text[:-1]
    return text + "…"
