# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' PDF report from ``Patterns``: title, period, totals, each breakdown's chart (vector,
``app.reports.charts``) and its table of counts.  ReportLab, in memory, the shipped fonts embedded
and every script drawn as petitions draw it (``app.petitions.scripts``: Arabic shaped, CJK fallback).

Anonymised: every count from 1 to 4 prints as "<5" and its bar is not drawn.  Where the bars add up
to the total (actor, month), one lone suppressed bar could be worked out from the others, so the
next smallest bar is suppressed with it.  Labels arrive translated (``ReportLabels``); the English
defaults are the CLI's.  The PDF's metadata carries the title only.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.domain.patterns import PERSON, Bar, Breakdown, Dimension, Patterns
from app.domain.progress import Progress
from app.petitions.fonts import FontChain, fonts
from app.petitions.layout import FOOTER_SIZE, FRAME_WIDTH, MARGINS, Paragraph, Styles, a4_document, styles
from app.petitions.pdf import BUILD_LOCK
from app.petitions.scripts import line_runs, paragraph_markup
from app.petitions.words import label as vocabulary_label
from app.reports.shape import SUPPRESS_BELOW, SUPPRESSED, suppressed

#: Dimensions whose bars add up to the breakdown's total (one actor, one month per record).
_ADDITIVE = frozenset({Dimension.ACTOR, Dimension.MONTH})
#: A table with fewer rows than this is kept on one page (with its chart).
SHORT = 25


#: The charts' titles in English: ``pana report`` prints these; the dialog passes its translations.
BREAKDOWN_TITLES = {
    "pressure/kind": "Pressure reports by kind",
    "pressure/actor": "Pressure reports by actor",
    "pressure/county": "Pressure reports by county",
    "pressure/relationship": "Pressure reports by relationship of the relative",
    "pressure/month": "Pressure reports by month",
    "detention/relationship": "Detentions by relationship",
    "detention/county": "Detentions by county",
    "detention/month": "Detentions by month they began",
}


@dataclass(frozen=True, slots=True)
class ReportLabels:
    title: str = "Pressure on relatives and detentions: patterns across cases"
    period: str = "Period: {period}"
    all_dates: str = "all dates"
    anonymised: str = (
        "Anonymised: no names or document numbers; counts under 5 are shown as <5 and not drawn."
    )
    totals: str = "Totals"
    pressure_reports: str = "Pressure reports"
    detentions: str = "Detentions"
    cases: str = "Cases"
    value: str = "Value"
    count: str = "Count"
    unknown: str = "not known"
    page: str = "Page {page}"
    #: Chart titles by "subject/dimension" (English unless the caller translates them).
    breakdowns: Mapping[str, str] = field(default_factory=lambda: dict(BREAKDOWN_TITLES))
    #: Display text of bar keys (translated codes) by dimension; a dimension missing here reads its
    #: codes from the petitions' vocabulary in ``language``.
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    language: str = "en"
    person: str = "The person themself"  # a detention of the case's own person, by relationship


#: The petitions' vocabulary table (resources/petitions/vocab.toml) naming each dimension's codes.
_VOCABULARY = {
    Dimension.KIND: "pressure_kind",
    Dimension.ACTOR: "pressure_actor",
    Dimension.RELATIONSHIP: "relationship",
}


def value_labels(breakdown: Breakdown, text: ReportLabels) -> dict[str, str]:
    """How each bar of ``breakdown`` is named: "Visit by police", never ``police-visit``."""
    given = text.values.get(breakdown.dimension)
    table = _VOCABULARY.get(Dimension(breakdown.dimension))
    if given is None and table is not None:
        given = {
            bar.key: vocabulary_label(table, bar.key, text.language) for bar in breakdown.bars if bar.key
        }
    return {**(given or {}), PERSON: text.person, "": text.unknown}


def shown_bars(breakdown: Breakdown, anonymised: bool) -> list[tuple[Bar, str]]:
    """Each bar with its count as printed; in an anonymised report, small counts suppressed (see above)."""
    if not anonymised:
        return [(bar, str(bar.count)) for bar in breakdown.bars]
    hidden = {bar.key for bar in breakdown.bars if 0 < bar.count < SUPPRESS_BELOW}
    if len(hidden) == 1 and breakdown.dimension in _ADDITIVE:
        others = sorted((b for b in breakdown.bars if b.key not in hidden), key=lambda b: (b.count, b.key))
        hidden |= {others[0].key} if others else set()
    return [(bar, SUPPRESSED if bar.key in hidden else str(bar.count)) for bar in breakdown.bars]


def render_report(
    patterns: Patterns,
    period: str,
    anonymised: bool,
    labels: ReportLabels | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The report as PDF bytes (pure CPU; ``progress(done, total, "pdf")`` per chart may raise Cancelled)."""
    from app.reports.charts import breakdown_figure, figure_drawing  # matplotlib: only when drawn

    text = labels or ReportLabels()
    font_set = fonts()
    style = styles(font_set)
    story: list[Flowable] = [
        Paragraph(paragraph_markup(text.title, font_set.bold), style.title),
        Paragraph(
            paragraph_markup(text.period.replace("{period}", period or text.all_dates), font_set.regular),
            style.plain,
        ),
    ]
    if anonymised:
        story.append(Paragraph(paragraph_markup(text.anonymised, font_set.regular), style.plain))
    story.append(Paragraph(paragraph_markup(text.totals, font_set.bold), style.heading))
    totals = [
        (text.pressure_reports, patterns.pressure_reports),
        (text.detentions, patterns.detentions),
        (text.cases, patterns.cases),
    ]
    story.append(_table(style, [(name, suppressed(n, anonymised)) for name, n in totals], None))
    story.append(Spacer(1, 2 * mm))
    for done, breakdown in enumerate(patterns.breakdowns):
        if progress is not None:
            progress(done, len(patterns.breakdowns), "pdf")
        key = f"{breakdown.subject}/{breakdown.dimension}"
        title = text.breakdowns.get(key, key)
        values = value_labels(breakdown, text)
        bars = shown_bars(breakdown, anonymised)
        drawn = dataclasses.replace(breakdown, bars=tuple(b for b, n in bars if n != SUPPRESSED))
        part: list[Flowable] = [Paragraph(paragraph_markup(title, font_set.bold), style.heading)]
        if drawn.bars:
            chart = figure_drawing(breakdown_figure(drawn, title, labels=values), FRAME_WIDTH)
            chart.initialFontName = font_set.regular.base  # else ReportLab names Helvetica, not embedded
            part.append(chart)
        rows = [(values.get(bar.key, bar.label or bar.key), count) for bar, count in bars]
        part.append(_table(style, rows, (text.value, text.count)))
        if len(rows) < SHORT:  # a chart and its short table on one page
            story.append(KeepTogether(part))
        else:
            story += part
    out = io.BytesIO()
    template = a4_document(out, title=text.title, fonts=font_set, language=text.language)

    def footer(canvas: Canvas, document: object) -> None:
        runs = line_runs(text.page.replace("{page}", str(canvas.getPageNumber())), font_set.regular)
        x = MARGINS.left
        canvas.saveState()
        canvas.setFillGray(0.35)
        for run in runs:
            canvas.setFont(run.font, FOOTER_SIZE)
            canvas.drawString(x, MARGINS.bottom / 2, run.text)
            x += canvas.stringWidth(run.text, run.font, FOOTER_SIZE)
        canvas.restoreState()

    with BUILD_LOCK:  # the petitions' lock: ReportLab's font subsets are shared by every build
        template.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _table(style: Styles, rows: list[tuple[str, str]], header: tuple[str, str] | None) -> Table:
    regular, bold = style.fonts.regular, style.fonts.bold

    def line(name: str, count: str, chain: FontChain) -> list[Paragraph]:
        return [
            Paragraph(paragraph_markup(name, chain), style.plain),
            Paragraph(paragraph_markup(count, chain), style.right),
        ]

    cells = [line(*header, bold)] if header else []
    cells += [line(name, count, regular) for name, count in rows]
    table = Table(
        cells, colWidths=[FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3], repeatRows=1 if header else 0, splitInRow=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular.base),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, (0.7, 0.7, 0.7)),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table
