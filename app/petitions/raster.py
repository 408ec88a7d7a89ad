# SPDX-License-Identifier: GPL-3.0-or-later
"""The very PDF that is saved, rasterised in memory for the preview and for printing (pypdfium2).

Pixels are RGBA, 8 bits per channel, on an opaque white background (alpha is always 255): wrap
them in ``QImage(rgba, width, height, stride, QImage.Format.Format_RGBA8888)``. Nothing is written
to disk. PDFium is not thread-safe, so calls are serialised within the process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

MIN_DPI, MAX_DPI = 10, 1200
WHITE = (255, 255, 255, 255)
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class RasterPage:
    """One page as RGBA pixels: ``height`` rows of ``stride`` bytes (``stride >= 4 * width``)."""

    width: int
    height: int
    stride: int
    rgba: bytes


def page_count(pdf: bytes) -> int:
    """Number of pages; raises pypdfium2.PdfiumError if ``pdf`` is not a readable PDF."""
    with _lock:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def page_images(pdf: bytes, *, dpi: int = 96, pages: Iterable[int] | None = None) -> list[RasterPage]:
    """The pages (all, or the 0-based ``pages``) rendered at ``dpi`` on white.

    Raises ValueError for a dpi outside 10..1200 or a page number out of range, and
    pypdfium2.PdfiumError if ``pdf`` is not a readable PDF.
    """
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ValueError(f"dpi must be between {MIN_DPI} and {MAX_DPI}, not {dpi}")
    with _lock:
        document = pdfium.PdfDocument(pdf)
        try:
            wanted = range(len(document)) if pages is None else list(pages)
            for index in wanted:
                if not 0 <= index < len(document):
                    raise ValueError(f"no page {index} in a {len(document)}-page PDF")
            return [_render(document, index, dpi / 72) for index in wanted]
        finally:
            document.close()


def _render(document: pdfium.PdfDocument, index: int, scale: float) -> RasterPage:
    page = document[index]
    try:
        bitmap = page.render(
            scale=scale,
            fill_color=WHITE,
            force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
            rev_byteorder=True,  # BGRA in memory becomes RGBA
        )
        try:
            return RasterPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        finally:
            bitmap.close()
    finally:
        page.close()
