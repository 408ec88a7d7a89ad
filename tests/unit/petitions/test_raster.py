# SPDX-License-Identifier: GPL-3.0-or-later
"""The preview rasteriser: pdfium pages in memory, RGBA on opaque white, A4 at the asked dpi."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from app.petitions.pdf import render_pdf
from app.petitions.raster import RasterPage, page_count, page_images
from app.petitions.specimen import specimen


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(specimen(sections=2))


def pixel(page: RasterPage, x: int, y: int) -> bytes:
    offset = y * page.stride + 4 * x
    return page.rgba[offset : offset + 4]


def test_page_count(pdf: bytes) -> None:
    assert page_count(pdf) == 2


def test_pages_are_a4_at_the_asked_dpi(pdf: bytes) -> None:
    pages = page_images(pdf, dpi=96)
    assert len(pages) == 2
    for page in pages:
        assert (page.width, page.height) == (794, 1123)  # 210 x 297 mm at 96 dpi, rounded up
        assert page.stride >= 4 * page.width
        assert len(page.rgba) == page.stride * page.height
    assert (page_images(pdf, dpi=50, pages=[1])[0].width, page_images(pdf, dpi=50)[0].height) == (414, 585)


def test_background_is_opaque_white_and_text_is_dark(pdf: bytes) -> None:
    page = page_images(pdf, dpi=72, pages=[0])[0]
    assert pixel(page, 0, 0) == pixel(page, page.width - 1, page.height - 1) == b"\xff\xff\xff\xff"
    alphas = page.rgba[3::4]
    assert alphas.count(255) == len(alphas)
    assert min(page.rgba[0::4]) < 80  # some ink


def test_only_the_asked_pages_are_rendered(pdf: bytes) -> None:
    assert len(page_images(pdf, pages=[1])) == 1
    with pytest.raises(ValueError, match="no page 2"):
        page_images(pdf, pages=[2])


def test_unreasonable_dpi_is_refused(pdf: bytes) -> None:
    with pytest.raises(ValueError, match="dpi"):
        page_images(pdf, dpi=5000)


def test_bytes_that_are_not_a_pdf_raise_pdfium_error() -> None:
    with pytest.raises(pdfium.PdfiumError):
        page_images(b"%PDF-1.4 but not really")
