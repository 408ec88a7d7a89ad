# SPDX-License-Identifier: GPL-3.0-or-later
"""The pages of a petition's PDF on screen and on a printer: the very PDF that is saved,
rasterised in memory (``app.petitions.raster``), never a second rendering of the text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.petitions.raster import RasterPage

#: Printing rasterises at this resolution (600 dpi would be ~140 MB a page in memory).
PRINT_DPI = 300


def page_image(page: RasterPage) -> QImage:
    """A page's pixels as an image that owns a copy of them (the raster's bytes may go)."""
    image = QImage(page.rgba, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
    return image.copy()


class PagePreview(QScrollArea):
    """Pages one under the other on a grey background, each with a thin frame, like a PDF viewer."""

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

    def show_pages(self, pages: Sequence[RasterPage]) -> None:
        self.clear()
        for page in pages:
            label = QLabel(self._holder)
            label.setPixmap(QPixmap.fromImage(page_image(page)))
            label.setStyleSheet("border: 1px solid #888;")
            self._layout.addWidget(label)
            self.page_labels.append(label)

    def clear(self) -> None:
        for label in self.page_labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []


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
