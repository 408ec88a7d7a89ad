# SPDX-License-Identifier: GPL-3.0-or-later
"""The pages of a petition's PDF on screen and on a printer: the very PDF that is saved,
rasterised in memory (``app.petitions.raster``), never a second rendering of the text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.petitions.raster import RasterPage

#: Printing rasterises at this resolution (600 dpi would be ~140 MB a page in memory).
PRINT_DPI = 300
#: The preview rasterises at this resolution per device pixel (an A4 page 794 pixels wide, 3.6 MB), then
#: shows each page as wide as the pane, scaled down when the pane is narrower.
PREVIEW_DPI = 96
#: On a high-density screen, at most this (a page 8 MB): as sharp as the screen up to a ratio of 1.5, and
#: at a ratio of 2 in a pane up to 595 points wide.
MAX_PREVIEW_DPI = 144
#: Narrower than this, a page is not worth showing: the pane scrolls instead.
MIN_PAGE_WIDTH = 200
FRAME = 1  # the thin line round each page


def page_image(page: RasterPage) -> QImage:
    """A page's pixels as an image that owns a copy of them (the raster's bytes may go)."""
    image = QImage(page.rgba, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
    return image.copy()


def preview_dpi(widget: QWidget) -> int:
    """The resolution to draw a preview at for the screen ``widget`` is on."""
    return min(MAX_PREVIEW_DPI, round(PREVIEW_DPI * max(1.0, widget.devicePixelRatioF())))


class PagePreview(QScrollArea):
    """Pages one under the other on a grey background, each with a thin frame, like a PDF viewer;
    each page as wide as the pane allows, never wider than it was drawn (so never blurred).

    A page is scaled when it is painted, so only the pages in view cost anything as the pane is
    resized (QLabel keeps the scaled copy until its size changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self._holder = QWidget()
        self._layout = QVBoxLayout(self._holder)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._holder)
        self.page_labels: list[QLabel] = []
        self._drawn: list[QSizeF] = []  # each page's size in points as drawn

    def show_pages(self, pages: Sequence[RasterPage]) -> None:
        self.clear()
        ratio = max(1.0, self.devicePixelRatioF())
        for page in pages:
            label = QLabel(self._holder)
            label.setStyleSheet(f"border: {FRAME}px solid #888;")
            label.setScaledContents(True)
            label.setPixmap(QPixmap.fromImage(page_image(page)))
            self._layout.addWidget(label)
            self.page_labels.append(label)
            self._drawn.append(QSizeF(page.width / ratio, page.height / ratio))
        self._fit()

    def clear(self) -> None:
        for label in self.page_labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.page_labels, self._drawn = [], []

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the pane, or a scroll bar coming or going
            self._fit()
        return super().viewportEvent(event)

    def _fit(self) -> None:
        """Size each page to the pane's width, down from the width it was drawn at."""
        margins = self._layout.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right() - 2 * FRAME
        for label, drawn in zip(self.page_labels, self._drawn, strict=True):
            size = page_size(drawn, room)
            label.setFixedSize(size.width() + 2 * FRAME, size.height() + 2 * FRAME)


def page_size(drawn: QSizeF, room: int) -> QSize:
    """A page drawn at ``drawn`` points shown in ``room`` points of width: as drawn when it fits,
    narrower (same proportions) when it does not, never under ``MIN_PAGE_WIDTH``."""
    width = min(drawn.width(), max(MIN_PAGE_WIDTH, room))
    return QSize(round(width), round(drawn.height() * width / drawn.width()))


def paint_pages(device: QPagedPaintDevice, pages: Sequence[RasterPage]) -> bool:
    """Paint ``pages`` on a printer (or any paged device), one per sheet, scaled to fit the
    printable area; False when the device could not be opened."""
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            target = painter.viewport()
            image = page_image(page)
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            area = QRect(target.x(), target.y(), scaled.width(), scaled.height())
            painter.fillRect(area, QColor("white"))
            painter.drawImage(area, image)
    finally:
        painter.end()
    return True
