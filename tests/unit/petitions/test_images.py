# SPDX-License-Identifier: GPL-3.0-or-later
"""Annex images: decoded or refused, upright, on white, capped in size, re-encoded the same each time."""

from __future__ import annotations

import io

from PIL import Image

from app.petitions.images import MAX_SIDE, prepare


def encoded(image: Image.Image, kind: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_garbage_empty_and_truncated_bytes_give_none() -> None:
    good = encoded(Image.new("RGB", (50, 50), "red"))
    for data in (b"", b"junk", good[: len(good) // 2], b"GIF89a" + b"\x00" * 20):
        assert prepare(data) is None


def test_transparency_becomes_white_not_black() -> None:
    prepared = prepare(encoded(Image.new("RGBA", (40, 40), (0, 0, 0, 0))))
    assert prepared is not None
    assert decoded(prepared.jpeg).convert("RGB").getpixel((20, 20)) >= (250, 250, 250)


def test_sixteen_bit_grey_scans_are_read() -> None:
    prepared = prepare(encoded(Image.new("I;16", (30, 20), 65535)))
    assert prepared is not None
    assert (prepared.width, prepared.height) == (30, 20)
    assert decoded(prepared.jpeg).convert("L").getpixel((5, 5)) > 240


def test_a_phone_photo_is_turned_upright_by_its_exif_orientation() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    prepared = prepare(encoded(Image.new("RGB", (200, 100), "blue"), "JPEG", exif=exif))
    assert prepared is not None
    assert (prepared.width, prepared.height) == (100, 200)


def test_a_huge_photo_is_scaled_down_to_print_size() -> None:
    prepared = prepare(encoded(Image.new("RGB", (6000, 4000), "green"), "JPEG"))
    assert prepared is not None
    assert (prepared.width, prepared.height) == (MAX_SIDE, MAX_SIDE * 2 // 3)


def test_a_decompression_bomb_is_refused() -> None:
    assert prepare(encoded(Image.new("1", (12000, 12000)))) is None


def test_the_same_image_gives_the_same_bytes() -> None:
    data = encoded(Image.new("RGB", (300, 200), (10, 120, 200)))
    first, second = prepare(data), prepare(data)
    assert first is not None and second is not None
    assert first.jpeg == second.jpeg
