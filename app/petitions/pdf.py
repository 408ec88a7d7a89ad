# SPDX-License-Identifier: GPL-3.0-or-later
"""A PetitionDocument drawn as an A4 PDF, in memory: ReportLab platypus, shipped fonts embedded.

Layout: addressee and applicant in the right half, the title centred, the body, place and date,
the signature line, the numbered annex list, then one page per annex image. Every page has a
"page X of Y" footer. The same document always gives the same bytes (``invariant``), and the PDF
metadata carries the title only (no author, subject or keywords: no person's name).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.progress import Progress
from app.petitions import images
from app.petitions.document import Annex, BlockKind, PetitionDocument
from app.petitions.fonts import Fonts, fonts
from app.petitions.layout import (
    FOOTER_SIZE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGINS,
    Paragraph,
    Styles,
    a4_document,
    styles,
)
from app.petitions.scripts import line_runs, markup_lines, paragraph_markup
from app.petitions.timeline_page import timeline_story

# ReportLab keeps per-document font subsets in shared TTFont objects: one build at a time.
BUILD_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class RenderedPetition:
    pdf: bytes
    pages: int
    #: 1-based numbers of annexes whose image could not be read: listed, but given no page.
    unreadable_annexes: tuple[int, ...] = ()


def render_pdf(document: PetitionDocument, *, progress: Progress | None = None) -> bytes:
    """The petition as PDF bytes; see ``render_petition``."""
    return render_petition(document, progress=progress).pdf


def render_petition(document: PetitionDocument, *, progress: Progress | None = None) -> RenderedPetition:
    """Lay out and draw ``document``; pure CPU work, safe from any thread (builds are serialised).

    ``progress(done, total, "pdf")`` is called as each page starts (done/total count the document's
    flowables) and once at the end. An annex image that cannot be decoded is skipped and named in
    ``unreadable_annexes``. Raises OSError if the shipped fonts cannot be read.
    """
    font_set = fonts()
    style = styles(font_set)
    story, unreadable = _story(document, style)
    footer = _Footer(document.labels.page_of, font_set)
    out = io.BytesIO()
    template = a4_document(out, title=document.title, fonts=font_set, language=document.language)
    if progress is not None:
        template.setProgressCallBack(_ProgressRelay(progress))
    with BUILD_LOCK:
        template.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer))
    return RenderedPetition(out.getvalue(), footer.pages, unreadable)


# -- the story -------------------------------------------------------------------------------------


def _story(document: PetitionDocument, style: Styles) -> tuple[list[Flowable], tuple[int, ...]]:
    regular, bold = style.fonts.regular, style.fonts.bold
    story: list[Flowable] = [
        Paragraph(paragraph_markup(t, regular), style.column) for t in document.addressee
    ]
    if document.applicant:
        story.append(Spacer(1, 4 * mm))
        story += [Paragraph(paragraph_markup(t, regular), style.column) for t in document.applicant]
    story.append(Paragraph(paragraph_markup(document.title, bold), style.title))
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            story.append(_heading(paragraph_markup(block.text, bold), style))
        elif block.kind is BlockKind.ITEM:
            # Lines after the first continue the item under its text; one Paragraph per line keeps
            # page splitting linear in a block of thousands of lines.
            lines = markup_lines(block.text, regular) or [""]
            story.append(Paragraph(lines[0], style.item, bulletText="•"))
            story += [Paragraph(line, style.item) for line in lines[1:]]
        else:
            story += [Paragraph(line, style.body) for line in markup_lines(block.text, regular)]
    _append_closing(story, _closing(document, style), after_body=bool(document.blocks))
    if document.timeline is not None:
        story += timeline_story(document.timeline, style)
    if not document.annexes:
        return story, ()
    story.append(_heading(paragraph_markup(document.labels.annexes, bold), style))
    for number, annex in enumerate(document.annexes, start=1):
        story.append(Paragraph(paragraph_markup(f"{number}. {annex.title}", regular), style.annex))
    unreadable: list[int] = []
    for number, annex in enumerate(document.annexes, start=1):
        page = _annex_page(number, annex, style)
        if page:
            story += page
        elif annex.image is not None:
            unreadable.append(number)
    return story, tuple(unreadable)


def _append_closing(story: list[Flowable], closing: list[Flowable], *, after_body: bool) -> None:
    """The closing kept on one page with the body's last line, so the signature never stands alone
    on a page of its own; a last flowable over a third of a page is left to split as it must."""
    last = story[-1] if after_body else None
    if last is not None and last.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] <= FRAME_HEIGHT / 3:
        # One KeepTogether over the flowables themselves: one nested in another measures as
        # 0xffffff high, so the outer one always broke the page before the last line.
        story[-1] = KeepTogether([last, *closing])
    else:
        story.append(KeepTogether(closing))


def _heading(markup: str, style: Styles) -> Paragraph:
    heading = Paragraph(markup, style.heading)
    if heading.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] <= FRAME_HEIGHT / 3:
        return heading
    # WORKAROUND: ReportLab loops forever keeping a page-high flowable with the next one.
    return Paragraph(markup, style.long_heading)


def _closing(document: PetitionDocument, style: Styles) -> list[Flowable]:
    """Place and date on one line, then the signature line with the signatory and its caption."""
    regular = style.fonts.regular
    date = document.date or f"{document.labels.date}: ____________"
    place_date = Table(
        [
            [
                Paragraph(paragraph_markup(document.place, regular), style.plain),
                Paragraph(paragraph_markup(date, regular), style.right),
            ]
        ],
        colWidths=[FRAME_WIDTH / 2] * 2,
        splitInRow=1,  # a hostile 10 000-word place must not make a row taller than the page
    )
    # Every cell sets the table's font, Helvetica unless told: it would be the one font not embedded.
    cell_font = ("FONTNAME", (0, 0), (-1, -1), regular.base)
    place_date.setStyle(
        TableStyle([cell_font, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    signature = Table(
        [
            ["", ""],
            ["", Paragraph(paragraph_markup(document.signatory, regular), style.centre)],
            ["", Paragraph(paragraph_markup(document.labels.signature, regular), style.caption)],
        ],
        colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55],
        rowHeights=[14 * mm, None, None],
        splitInRow=1,
    )
    signature.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (1, 1), (1, 1), 0.6, (0, 0, 0)),
                cell_font,
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [Spacer(1, 8 * mm), place_date, Spacer(1, 4 * mm), signature]


def _annex_page(number: int, annex: Annex, style: Styles) -> list[Flowable]:
    """A page break, the annex's caption and its image scaled to fit; [] without a readable image."""
    prepared = images.prepare(annex.image) if annex.image is not None else None
    if prepared is None:
        return []
    caption = Paragraph(paragraph_markup(f"{number}. {annex.title}", style.fonts.bold), style.annex_caption)
    _, caption_height = caption.wrap(FRAME_WIDTH, FRAME_HEIGHT)
    room_h = FRAME_HEIGHT - caption_height - style.annex_caption.spaceAfter - 12
    room_h = max(room_h, FRAME_HEIGHT / 2)  # under a page-long title the image moves to the next page
    room_w = FRAME_WIDTH - 1
    scale = min(room_w / prepared.width, room_h / prepared.height)
    picture = Image(io.BytesIO(prepared.jpeg), width=prepared.width * scale, height=prepared.height * scale)
    return [PageBreak(), caption, picture]


# -- pages -----------------------------------------------------------------------------------------


class _Footer:
    """Draws "page X of Y" centred at the foot of a page; ``pages`` is known once the PDF is saved."""

    def __init__(self, label: str, font_set: Fonts) -> None:
        self._label = label
        self._fonts = font_set
        self.pages = 0

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        # Plain replacement, not str.format: an office-edited label must not reach attributes.
        text = self._label.replace("{pages}", str(pages)).replace("{page}", str(page))
        runs = line_runs(text, self._fonts.regular)
        widths = [canvas.stringWidth(run.text, run.font, FOOTER_SIZE) for run in runs]
        x = (A4[0] - sum(widths)) / 2
        canvas.saveState()
        canvas.setFillGray(0.35)
        for run, width in zip(runs, widths, strict=True):
            canvas.setFont(run.font, FOOTER_SIZE)
            canvas.drawString(x, MARGINS.bottom / 2, run.text)
            x += width
        canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Holds every page back until the end, so each footer can name the page count (two passes)."""

    def __init__(self, *args: Any, footer: _Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer.draw(self, number, total)
            super().showPage()
        self._footer.pages = total
        super().save()


class _ProgressRelay:
    """ReportLab's progress events to ``progress(done, total, "pdf")``, once per page and at the end."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._done = 0
        self._total = 0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._total = value
        elif kind == "PROGRESS":
            self._done = value
        elif kind == "PAGE":
            self._progress(self._done, self._total, "pdf")
        elif kind == "FINISHED":
            self._progress(self._total, self._total, "pdf")
