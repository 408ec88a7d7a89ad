# SPDX-License-Identifier: GPL-3.0-or-later
"""The petition preview: every page as wide as the pane allows, never wider than it was drawn."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, QSizeF

from app.petitions.raster import RasterPage
from app.ui.petition_pages import (
    FRAME,
    MAX_PREVIEW_DPI,
    MIN_PAGE_WIDTH,
    PREVIEW_DPI,
    PagePreview,
    page_size,
    preview_dpi,
)

WHITE_PIXEL = b"\xff\xff\xff\xff"


def _page(width: int, height: int) -> RasterPage:
    return RasterPage(width, height, 4 * width, WHITE_PIXEL * width * height)


def _shown(qtbot: Any, width: int, height: int) -> PagePreview:
    preview = PagePreview()
    qtbot.addWidget(preview)
    preview.resize(width, height)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def _sizes(preview: PagePreview) -> list[QSize]:
    """Each page as shown, without its frame."""
    return [label.contentsRect().size() for label in preview.page_labels]


def test_pages_fit_the_width_of_the_pane_and_follow_it(qtbot: Any) -> None:
    preview = _shown(qtbot, 420, 500)
    preview.show_pages([_page(794, 1123), _page(794, 1123)])
    first = _sizes(preview)
    assert first[0] == first[1] and first[0].width() + 2 * FRAME <= preview.viewport().width()
    assert first[0].height() == round(1123 * first[0].width() / 794)  # not stretched
    assert preview.page_labels[0].hasScaledContents()  # scaled as painted: only the pages in view
    assert not preview.horizontalScrollBar().isVisible()  # fitted again once the vertical bar came
    preview.resize(620, 500)
    qtbot.waitUntil(lambda: _sizes(preview)[0].width() > first[0].width())
    assert _sizes(preview)[0].width() + 2 * FRAME <= preview.viewport().width()


def test_a_wide_pane_shows_the_page_as_drawn_and_a_narrow_one_scrolls(qtbot: Any) -> None:
    preview = _shown(qtbot, 1400, 900)
    preview.show_pages([_page(794, 1123)])
    assert _sizes(preview) == [QSize(794, 1123)]  # never enlarged, so never blurred
    preview.resize(120, 400)
    qtbot.waitUntil(lambda: _sizes(preview)[0].width() == MIN_PAGE_WIDTH)
    preview.clear()
    assert preview.page_labels == []


def test_a_page_keeps_its_proportions_and_is_never_enlarged() -> None:
    drawn = QSizeF(794, 1123)
    assert page_size(drawn, 398) == QSize(398, 563)
    assert page_size(drawn, 1000) == QSize(794, 1123)
    assert page_size(drawn, 50) == QSize(MIN_PAGE_WIDTH, 283)


def test_a_high_density_screen_gets_the_page_in_its_own_pixels(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At twice the density a page is drawn at 144 dpi (not 192: memory); its size on screen is in
    points, so it shows as wide as at ordinary density, with twice the pixels."""
    monkeypatch.setattr(PagePreview, "devicePixelRatioF", lambda self: 2.0)
    preview = _shown(qtbot, 1400, 900)
    assert preview_dpi(preview) == MAX_PREVIEW_DPI
    preview.show_pages([_page(1191, 1684)])
    assert _sizes(preview) == [QSize(596, 842)]


def test_an_ordinary_screen_gets_96_dpi(qtbot: Any) -> None:
    assert preview_dpi(_shown(qtbot, 200, 200)) == PREVIEW_DPI
