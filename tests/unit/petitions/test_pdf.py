# SPDX-License-Identifier: GPL-3.0-or-later
"""The rendered PDF read back with poppler, qpdf and pdfium: text in every script, fonts, metadata."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image

from app.petitions.document import Annex, Block, BlockKind, Labels, PetitionDocument
from app.petitions.layout import CREATOR
from app.petitions.pdf import render_pdf, render_petition
from app.petitions.specimen import (
    BIRTH_DATE,
    NAME_ARABIC,
    NAME_CHINESE,
    NAME_CYRILLIC,
    NAME_LATIN,
    SIGNED_ON,
    specimen,
)
from tests.unit.petitions.readback import needs, normal, pdf_text

HOSTILE = ("<img src=file:///etc/passwd>", "<b>bold</b>", "&amp;", '<a href="https://x.invalid">link</a>')


def png(width: int = 300, height: int = 200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


def pages_of(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    return render_pdf(specimen(sections=2))


@pytest.fixture(scope="module")
def two_pages_text(two_pages: bytes) -> str:
    if not needs_pdftotext():
        pytest.skip("pdftotext not installed (Debian: poppler-utils)")
    return pdf_text(two_pages)


def needs_pdftotext() -> bool:
    return not needs("pdftotext").args[0]


def test_the_specimen_is_two_pages(two_pages: bytes) -> None:
    assert pages_of(two_pages) == 2


@needs("pdftotext")
@pytest.mark.parametrize(
    "name", [NAME_CYRILLIC, NAME_LATIN, NAME_CHINESE, "Gulnar Tolegenkyzy", "古丽娜尔·托列根"]
)
def test_names_in_cyrillic_latin_and_chinese_read_back(two_pages_text: str, name: str) -> None:
    assert normal(name) in two_pages_text


@needs("pdftotext")
def test_arabic_script_names_read_back_in_logical_order(two_pages_text: str) -> None:
    # We draw presentation forms in visual order; pdftotext reorders RTL runs to logical order and
    # NFKC maps the forms back to letters, so the name as typed is what must be found.
    assert normal(NAME_ARABIC) in two_pages_text
    assert normal("گۈلنار تۆلەگەنقىزى") in two_pages_text


@needs("pdftotext")
@pytest.mark.parametrize("needle", [BIRTH_DATE, SIGNED_ON, "статья 9", "Article 28", "1958 г.р."])
def test_dates_and_article_numbers_read_back(two_pages_text: str, needle: str) -> None:
    assert normal(needle) in two_pages_text


@needs("pdftotext")
def test_every_page_has_a_page_x_of_y_footer(two_pages_text: str) -> None:
    assert "Page 1 of 2" in two_pages_text
    assert "Page 2 of 2" in two_pages_text


@needs("pdftotext")
def test_a_mixed_line_keeps_cyrillic_order_around_arabic_and_chinese(two_pages_text: str) -> None:
    # Source: "... в документах КНР <Chinese>, уйгурским письмом <Arabic>) родилась <date> ...".
    # pdftotext's own bidi moves the ")" next to the Arabic name, so compare the order of the parts.
    parts = [f"в документах КНР {NAME_CHINESE}, уйгурским письмом", NAME_ARABIC, f"родилась {BIRTH_DATE}"]
    start = two_pages_text.find(normal(parts[0]))
    name = two_pages_text.find(normal(parts[1]), start)
    after = two_pages_text.find(normal(parts[2]), name)
    assert -1 < start < name < after < start + 90


@needs("pdffonts")
def test_every_font_is_embedded(two_pages: bytes) -> None:
    out = subprocess.run(["pdffonts", "-"], input=two_pages, capture_output=True, check=True).stdout.decode()
    rows = out.splitlines()[2:]
    names = {row.split()[0].split("+")[-1] for row in rows}
    assert names == {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"}
    for row in rows:
        emb = row.split()[-5]  # emb sub uni object ID
        assert emb == "yes", row


@needs("qpdf")
def test_qpdf_finds_no_structural_error(two_pages: bytes, tmp_path: Path) -> None:
    path = tmp_path / "petition.pdf"  # qpdf cannot read stdin; fictional data, test-only folder
    path.write_bytes(two_pages)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_metadata_carries_the_title_only(two_pages: bytes) -> None:
    document = pdfium.PdfDocument(two_pages)
    try:
        meta = document.get_metadata_dict()
    finally:
        document.close()
    assert meta["Title"] == specimen().title
    assert meta["Author"] == meta["Subject"] == meta["Keywords"] == ""
    assert meta["Creator"] == CREATOR
    for name in (NAME_CYRILLIC, NAME_LATIN, NAME_ARABIC, NAME_CHINESE, "Айгүл", "Aigul"):
        assert all(name not in value for value in meta.values())


def test_the_same_document_gives_the_same_bytes() -> None:
    document = specimen(sections=2, image=png())
    first, second = render_pdf(document), render_pdf(document)
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()
    assert render_pdf(document.with_block_text(1, "Изменено.")) != first


@needs("pdftotext")
def test_hostile_markup_prints_as_literal_characters() -> None:
    document = replace(
        specimen(),
        blocks=(Block(BlockKind.PARAGRAPH, " ".join(HOSTILE)), Block(BlockKind.ITEM, HOSTILE[0])),
        applicant=(f"{NAME_CYRILLIC} {HOSTILE[1]}",),
    )
    text = pdf_text(render_pdf(document), layout=True)
    assert " ".join(HOSTILE) in text
    assert f"{NAME_CYRILLIC} <b>bold</b>" in text


@needs("pdftotext")
def test_an_rlo_inside_a_name_does_not_reverse_the_following_words() -> None:
    hostile = f"Заявитель \u202e{NAME_CYRILLIC} идёт домой и просит помощи."
    document = replace(specimen(), blocks=(Block(BlockKind.PARAGRAPH, hostile),))
    text = pdf_text(render_pdf(document))
    assert f"Заявитель {NAME_CYRILLIC} идёт домой и просит помощи." in text


@needs("pdftotext")
def test_nul_and_control_characters_are_dropped() -> None:
    document = replace(specimen(), blocks=(Block(BlockKind.PARAGRAPH, "до\x00по\x07сле\x1b"),))
    assert "допосле" in pdf_text(render_pdf(document))


@needs("pdftotext")
def test_a_character_no_font_has_prints_as_a_placeholder() -> None:
    document = replace(specimen(), blocks=(Block(BlockKind.PARAGRAPH, "знак \U0001d518 здесь"),))
    assert "знак \ufffd здесь" in pdf_text(render_pdf(document))


def test_an_image_annex_becomes_a_page_and_a_broken_one_is_reported() -> None:
    base = render_petition(specimen(sections=2))
    document = replace(
        specimen(sections=2),
        annexes=(Annex("Скан", png(2000, 3000)), Annex("Сломан", b"\x89PNG not really"), Annex("Без скана")),
    )
    rendered = render_petition(document)
    assert rendered.pages == pages_of(rendered.pdf) == base.pages + 1
    assert rendered.unreadable_annexes == (2,)


@needs("pdftotext")
def test_the_annex_list_numbers_every_annex() -> None:
    document = replace(specimen(), annexes=(Annex("Скан", png()), Annex("Сломан", b"junk"), Annex("Копия")))
    text = pdf_text(render_pdf(document))
    assert "Annexes 1. Скан 2. Сломан 3. Копия" in text


def test_long_text_paginates() -> None:
    words = " ".join(f"{NAME_CYRILLIC} {NAME_ARABIC} {NAME_CHINESE} слово{i}" for i in range(600))
    document = replace(
        specimen(),
        blocks=(
            Block(BlockKind.PARAGRAPH, words[:20_000]),
            *(Block(BlockKind.ITEM, f"{i}. {NAME_LATIN}, 1985") for i in range(300)),
        ),
    )
    rendered = render_petition(document)
    assert rendered.pages >= 10
    assert pages_of(rendered.pdf) == rendered.pages


def test_progress_reports_pages_and_ends_complete() -> None:
    calls: list[tuple[int, int, str]] = []
    render_pdf(
        specimen(sections=3), progress=lambda done, total, message: calls.append((done, total, message))
    )
    assert len(calls) >= 3
    assert calls[-1][0] == calls[-1][1] > 0
    assert {message for *_, message in calls} == {"pdf"}


@needs("pdftotext")
def test_the_footer_label_is_filled_by_plain_replacement() -> None:
    labels = Labels(page_of="Бет {page}/{pages} {page.__class__} {0} {")
    text = pdf_text(render_pdf(replace(specimen(), labels=labels)))
    assert re.search(r"Бет 1/\d+ \{page.__class__\} \{0\} \{", text)


def test_an_empty_document_still_renders() -> None:
    rendered = render_petition(PetitionDocument(kind="x", language="", title=""))
    assert rendered.pages == 1


@pytest.mark.parametrize(("width", "height"), [(2000, 3000), (3000, 400), (40, 30)])
def test_an_annex_image_is_scaled_to_fit_its_page_keeping_its_aspect(width: int, height: int) -> None:
    pdf = render_pdf(replace(specimen(), annexes=(Annex("Скан", png(width, height)),)))
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[len(document) - 1]
        page_width, page_height = page.get_size()
        [picture] = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        left, bottom, right, top = picture.get_bounds()
        page.close()
    finally:
        document.close()
    assert (right - left) / (top - bottom) == pytest.approx(width / height, rel=0.01)
    assert 0 < left < right < page_width and 0 < bottom < top < page_height
    assert right - left > page_width * 0.6 or top - bottom > page_height * 0.6  # fills the page


@pytest.mark.timeout(60)
def test_page_high_fields_anywhere_split_across_pages_instead_of_hanging_or_failing() -> None:
    big = "слово " * 3000  # about six pages of text in one field
    document = replace(
        specimen(),
        title=big,
        addressee=(big,),
        blocks=(
            Block(BlockKind.HEADING, big),
            Block(BlockKind.PARAGRAPH, "строка\n \n" * 3000),
            Block(BlockKind.ITEM, "\n" * 5000 + "пункт"),
        ),
        place=big,
        signatory=big,
        labels=Labels(signature=big, annexes=big, date=big),
        annexes=(Annex(big, png()),),
    )
    rendered = render_petition(document)
    assert rendered.pages == pages_of(rendered.pdf) > 30


def test_renders_from_several_threads_give_the_same_bytes() -> None:
    document = specimen(sections=2)
    expected = render_pdf(document)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_pdf(document), range(8)))
    assert all(result == expected for result in results)


def _page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_the_signature_never_stands_alone_on_a_page() -> None:
    """However the body ends on a page, the page with the signature also holds the body's last line."""
    for count in range(24, 44):
        blocks = tuple(Block(BlockKind.PARAGRAPH, f"Абзац {i}: {'слово ' * 12}") for i in range(count))
        document = replace(specimen(), blocks=blocks, annexes=(), timeline=None)
        pages = _page_texts(render_pdf(document))
        signed = [text for text in pages if document.signatory in text.replace("\r\n", " ")]
        assert signed and f"Абзац {count - 1}:" in signed[-1], count


def test_a_short_petition_fits_on_one_page() -> None:
    """Keeping the signature with the last line must not push them both to a page of their own."""
    for count in (1, 5, 12):
        blocks = tuple(Block(BlockKind.PARAGRAPH, f"Абзац {i}: {'слово ' * 12}") for i in range(count))
        document = replace(specimen(), blocks=blocks, annexes=(), timeline=None)
        assert len(_page_texts(render_pdf(document))) == 1, count
