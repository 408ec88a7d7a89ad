# SPDX-License-Identifier: GPL-3.0-or-later
"""Annex images made ready for a PDF page: decoded in memory, upright, on white, at most print size.

Untrusted bytes (a scan, a phone photo) are decoded with Pillow; whatever cannot be decoded gives
None, never an exception. The result is re-encoded as JPEG so a 40-megapixel photo does not make
a 100 MB petition, and so the same input always gives the same bytes.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps

#: Longest side in pixels: a full A4 page at about 200 dpi.
MAX_SIDE = 2400
JPEG_QUALITY = 88


@dataclass(frozen=True, slots=True)
class PreparedImage:
    jpeg: bytes
    width: int
    height: int


def prepare(data: bytes) -> PreparedImage | None:
    """The image as an RGB JPEG no larger than ``MAX_SIDE``; None if Pillow cannot read it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as source:
                source.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG only: decode at reduced size
                image = ImageOps.exif_transpose(source)
                image.load()
                image = _on_white(image)
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
                return PreparedImage(out.getvalue(), image.width, image.height)
    except Exception:  # any decoder failure means "not a readable image"
        return None


def _on_white(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda value: value / 256).convert("L")  # 16-bit grey scans
    return image.convert("RGB")
