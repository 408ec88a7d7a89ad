# SPDX-License-Identifier: GPL-3.0-or-later
"""Page geometry and paragraph styles of a printed petition or report (A4, shipped fonts)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as _ReportLabParagraph
from reportlab.platypus import SimpleDocTemplate

from app.petitions.fonts import Fonts


@dataclass(frozen=True, slots=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float


MARGINS = Margins(left=25 * mm, right=18 * mm, top=18 * mm, bottom=20 * mm)
#: The frame platypus fills (SimpleDocTemplate pads it by 6 pt on every side).
FRAME_WIDTH = A4[0] - MARGINS.left - MARGINS.right - 12
FRAME_HEIGHT = A4[1] - MARGINS.top - MARGINS.bottom - 12
BODY_SIZE = 11
FOOTER_SIZE = 8.5
#: The only name a PDF of Pana carries besides its title: no author, subject, keywords or dates.
CREATOR = "Pana"
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def a4_document(out: IO[bytes], *, title: str, fonts: Fonts, language: str) -> SimpleDocTemplate:
    """An A4 document with Pana's margins, written to ``out``: titled, in ``language`` (a BCP 47 tag,
    left out when it is not one), and otherwise saying nothing about who made it or when."""
    return SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGINS.left,
        rightMargin=MARGINS.right,
        topMargin=MARGINS.top,
        bottomMargin=MARGINS.bottom,
        title=title,
        author="",
        subject="",
        keywords="",
        creator=CREATOR,
        invariant=1,
        initialFontName=fonts.regular.base,  # else the canvas starts with Helvetica, not embedded
        lang=language if _LANGUAGE_TAG.fullmatch(language) else None,
    )


@dataclass(frozen=True, slots=True)
class Styles:
    fonts: Fonts
    column: ParagraphStyle  # addressee and applicant lines, in the right half
    title: ParagraphStyle
    heading: ParagraphStyle
    long_heading: ParagraphStyle  # a heading too tall to keep with the next block
    body: ParagraphStyle
    item: ParagraphStyle
    plain: ParagraphStyle
    right: ParagraphStyle
    centre: ParagraphStyle
    caption: ParagraphStyle  # the small word under the signature line
    annex: ParagraphStyle  # one line of the annex list
    annex_caption: ParagraphStyle  # the heading of an annex's own page


@functools.cache
def styles(fonts: Fonts) -> Styles:
    """The paragraph styles; ``fonts`` must already be registered."""
    sans, bold = fonts.regular.base, fonts.bold.base
    plain = ParagraphStyle("plain", fontName=sans, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35)
    heading = ParagraphStyle(
        "heading", plain, fontName=bold, spaceBefore=4 * mm, spaceAfter=1.5 * mm, keepWithNext=1
    )
    return Styles(
        fonts=fonts,
        column=ParagraphStyle("column", plain, leftIndent=FRAME_WIDTH * 0.5),
        title=ParagraphStyle(
            "title",
            plain,
            fontName=bold,
            fontSize=13.5,
            leading=18,
            alignment=TA_CENTER,
            spaceBefore=10 * mm,
            spaceAfter=6 * mm,
        ),
        heading=heading,
        long_heading=ParagraphStyle("long_heading", heading, keepWithNext=0),
        body=ParagraphStyle("body", plain, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=2 * mm),
        item=ParagraphStyle(
            "item", plain, leftIndent=8 * mm, bulletIndent=3 * mm, bulletFontName=sans, spaceAfter=1 * mm
        ),
        plain=plain,
        right=ParagraphStyle("right", plain, alignment=TA_RIGHT),
        centre=ParagraphStyle("centre", plain, alignment=TA_CENTER),
        caption=ParagraphStyle(
            "caption", plain, fontSize=8, leading=10, alignment=TA_CENTER, textColor=(0.35, 0.35, 0.35)
        ),
        annex=ParagraphStyle("annex", plain, alignment=TA_LEFT, leftIndent=6 * mm, firstLineIndent=-6 * mm),
        annex_caption=ParagraphStyle("annex_caption", plain, fontName=bold, spaceAfter=3 * mm),
    )


class Paragraph(_ReportLabParagraph):  # type: ignore[misc]  # ReportLab is untyped
    """ReportLab's Paragraph, breaking its lines once per width.

    Platypus wraps a flowable several times at the same width (a heading kept with the next
    block, a KeepTogether, then the frame); line breaking is the costliest step when a paragraph
    mixes fonts. Split halves are new objects with new fragments, so they never see a stale result.
    """

    _wrapped: tuple[Any, ...] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth < 1:  # ReportLab answers "does not fit" without breaking lines
            return tuple(super().wrap(availWidth, availHeight))
        done = self._wrapped
        if done is not None and done[0] == availWidth and done[1] is self.frags:
            _, _, self.blPara, self.height, self._wrapWidths = done
            self.width = availWidth
            return availWidth, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.frags, self.blPara, height, self._wrapWidths)
        return width, height
