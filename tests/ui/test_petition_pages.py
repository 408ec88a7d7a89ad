# SPDX-License-Identifier: GPL-3.0-or-later
"""The petition preview: every page as wide as the pane allows, never wider than it was drawn."""

from __future__ import annotations

from typing import Any

import pytest

from app.petitions.raster import RasterPage
from app.ui.petition_pages import (
    MAX_PREVIEW_DPI,
    MIN_PAGE_WIDTH,
    PREVIEW_DPI,
    PagePreview,
    fitted_page,
    page_image,
    preview_dpi,
)

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


def test_a_high_density_screen_gets_the_page_in_its_own_pixels(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At twice the density a page is drawn at 144 dpi (not 192: memory) and shown in screen pixels."""
    monkeypatch.setattr(PagePreview, "devicePixelRatioF", lambda self: 2.0)
    assert preview_dpi(_shown(qtbot, 420, 500)) == MAX_PREVIEW_DPI
    image = page_image(_page(1191, 1684))
    pixmap = fitted_page(image, 398, 2.0)
    assert (pixmap.width(), pixmap.deviceIndependentSize().width(), pixmap.devicePixelRatio()) == (
        796,
        398,
        2.0,
    )
    assert fitted_page(image, 700, 2.0).width() == 1191  # never enlarged


def test_an_ordinary_screen_gets_96_dpi(qtbot: Any) -> None:
    assert preview_dpi(_shown(qtbot, 200, 200)) == PREVIEW_DPI
