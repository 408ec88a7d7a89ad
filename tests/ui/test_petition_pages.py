# SPDX-License-Identifier: GPL-3.0-or-later
"""The petition preview: every page as wide as the pane allows, never wider than it was drawn."""

from __future__ import annotations

from typing import Any

from app.petitions.raster import RasterPage
from app.ui.petition_pages import MIN_PAGE_WIDTH, PagePreview

WHITE_PIXEL = b"\xff\xff\xff\xff"


def _page(width: int, height: int) -> RasterPage:
    return RasterPage(width, height, 4 * width, WHITE_PIXEL * width * height)


def _widths(preview: PagePreview) -> list[int]:
    return [label.pixmap().width() for label in preview.page_labels]


def _shown(qtbot: Any, width: int, height: int) -> PagePreview:
    preview = PagePreview()
    qtbot.addWidget(preview)
    preview.resize(width, height)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def test_pages_fit_the_width_of_the_pane_and_follow_it(qtbot: Any) -> None:
    preview = _shown(qtbot, 420, 500)
    preview.show_pages([_page(794, 1123), _page(794, 1123)])
    first = _widths(preview)
    assert first[0] == first[1] and first[0] <= preview.viewport().width()
    assert preview.page_labels[0].pixmap().height() == round(1123 * first[0] / 794)  # not stretched
    preview.resize(620, 500)
    qtbot.waitUntil(lambda: _widths(preview)[0] > first[0])
    assert _widths(preview)[0] <= preview.viewport().width()


def test_a_wide_pane_shows_the_page_as_drawn_and_a_narrow_one_scrolls(qtbot: Any) -> None:
    preview = _shown(qtbot, 1400, 900)
    preview.show_pages([_page(794, 1123)])
    assert _widths(preview) == [794]  # never enlarged, so never blurred
    preview.resize(120, 400)
    qtbot.waitUntil(lambda: _widths(preview) == [MIN_PAGE_WIDTH])
    preview.clear()
    assert preview.page_labels == []
