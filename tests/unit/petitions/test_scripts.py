# SPDX-License-Identifier: GPL-3.0-or-later
"""Text to runs: cleaning, per-script fonts, Arabic shaping and order, escaping, placeholders."""

from __future__ import annotations

import unicodedata

import arabic_reshaper
from bidi import get_display

from app.petitions.fonts import CJK, SANS, SANS_BOLD, fonts
from app.petitions.scripts import (
    NBSP,
    RTL_PIECE,
    Run,
    clean,
    font_runs,
    kept_together,
    line_runs,
    paragraph_markup,
    placeholder,
    visual_order,
)
from app.petitions.specimen import NAME_ARABIC, NAME_CHINESE, NAME_CYRILLIC, NAME_LATIN

KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


def logical(visual: str) -> str:
    """Undo our shaping for a comparison: presentation forms to letters, visual order back to logical."""
    return unicodedata.normalize("NFKC", visual.replace(NBSP, " "))[::-1]


def test_kazakh_cyrillic_and_latin_are_one_dejavu_run() -> None:
    text = f"{NAME_CYRILLIC} {KAZAKH_LETTERS} {NAME_LATIN}, статья 9, Article 28"
    assert line_runs(text, fonts().regular) == [Run(text, SANS)]
    assert line_runs(text, fonts().bold) == [Run(text, SANS_BOLD)]


def test_chinese_goes_to_the_cjk_font_and_the_rest_stays_in_dejavu() -> None:
    runs = line_runs(f"Имя: {NAME_CHINESE}, 1985", fonts().regular)
    assert "".join(r.text for r in runs) == f"Имя: {NAME_CHINESE}, 1985"
    assert {r.font for r in runs if any("\u4e00" <= c <= "\u9fff" for c in r.text)} == {CJK}
    assert runs[0] == Run("Имя: ", SANS)
    assert all(font in fonts().regular.names for font in (r.font for r in runs))


def test_every_run_font_has_every_glyph_of_its_run() -> None:
    chain = fonts().bold
    for run in line_runs(f"{NAME_CYRILLIC} {NAME_ARABIC} {NAME_CHINESE} 出生证明", chain):
        assert set(run.text) <= chain.coverage[chain.names.index(run.font)]


def test_kazakh_high_hamza_letters_print_with_glyphs_the_fonts_have() -> None:
    """ٵ (U+0675, "ä" in "ٵدىلبەكقىزى") and its three siblings have no glyph in any shipped font: they
    print as the letter and the high hamza, never as a replacement box."""
    chain = fonts().regular
    for run in line_runs("گۇلنۇر \u0675دىلبەكقىزى \u0676 \u0677 \u0678", chain):
        assert "\ufffd" not in run.text
        assert set(run.text) <= chain.coverage[chain.names.index(run.font)]
    assert "\u0674" in visual_order("\u0675دىل")


def test_arabic_script_name_is_shaped_and_right_to_left_within_its_run() -> None:
    line = f"Заявитель {NAME_CYRILLIC} ({NAME_ARABIC}) родилась"
    drawn = visual_order(line)
    shaped = get_display(arabic_reshaper.reshape(NAME_ARABIC), base_dir="R").replace(" ", NBSP)
    assert drawn == f"Заявитель {NAME_CYRILLIC} ({shaped}) родилась"
    assert all("\ufb50" <= c <= "\ufeff" or c == NBSP for c in shaped)  # joined presentation forms
    assert logical(shaped) == NAME_ARABIC


def test_digits_inside_an_arabic_span_keep_their_order() -> None:
    drawn = visual_order("ئۆي 1985 نومۇر")
    assert "1985" in drawn
    assert logical(drawn.replace("1985", "5891")) == "ئۆي 1985 نومۇر"


def test_a_long_arabic_span_is_cut_into_pieces_that_each_read_right() -> None:
    words = [NAME_ARABIC] * 6
    drawn = visual_order(" ".join(words))
    pieces = drawn.split(" ")
    assert len(pieces) > 1
    assert all(len(p) <= RTL_PIECE for p in pieces)
    assert " ".join(logical(p) for p in pieces) == " ".join(words)


def test_bidi_controls_are_removed_so_nothing_around_them_is_reordered() -> None:
    hostile = (
        "Имя \u202eАйгүл\u202c идёт \u2067домой\u2069 \u200f\u200e\u061c\u202a\u202b\u202d\u2066\u2068конец"
    )
    assert clean(hostile) == "Имя Айгүл идёт домой конец"
    assert line_runs(hostile, fonts().regular) == [Run("Имя Айгүл идёт домой конец", SANS)]


def test_nul_and_controls_are_dropped_tabs_and_newlines_kept_as_such() -> None:
    assert clean("a\x00b\x07c\x1bd\x7fe\x9ff\tg\r\nh\ri\u2028j") == "abcdef g\nh\ni\nj"


def test_lone_surrogates_become_replacement_characters() -> None:
    assert clean("a\ud800b") == "a\ufffdb"


def test_a_character_no_font_has_prints_as_a_placeholder() -> None:
    chain = fonts().regular
    missing = "\U0001d518"  # MATHEMATICAL FRAKTUR CAPITAL U
    assert chain.font_for(missing) is None
    assert placeholder(chain) == "\ufffd"
    assert font_runs(f"x{missing}y", chain) == [Run("x\ufffdy", SANS)]


def test_an_invisible_format_character_no_font_has_is_dropped_not_replaced() -> None:
    assert font_runs("a\U000e0041b", fonts().regular) == [Run("ab", SANS)]


def test_markup_escapes_hostile_text_and_only_we_write_tags() -> None:
    hostile = '<img src=file:///etc/passwd> <b>x</b> &amp; <a href="y">z</a>'
    markup = paragraph_markup(hostile, fonts().regular)
    assert markup == (
        '&lt;img src=file:///etc/passwd&gt; &lt;b&gt;x&lt;/b&gt; &amp;amp; &lt;a href="y"&gt;z&lt;/a&gt;'
    )


def test_markup_wraps_other_fonts_and_breaks_lines() -> None:
    markup = paragraph_markup(f"{NAME_LATIN}\n{NAME_CHINESE}, <", fonts().regular)
    # Droid Sans Fallback has no ASCII punctuation and no U+00B7: those stay in DejaVu.
    assert markup == (
        f'{NAME_LATIN}<br/><font face="{CJK}">艾古丽</font>·<font face="{CJK}">赛力克</font>, &lt;'
    )


def test_a_year_keeps_its_word_and_a_number_its_sign_on_one_line() -> None:
    """«2019 / года» and «№ / 17» wrapped apart at line ends; the renderer ties them."""
    tied = kept_together(
        "от 1 марта 2025 года, в 2019 году, между 2017 и 2019 годами, 2021 жылғы 3 мамыр, № 17-3"
    )
    assert "2025\xa0года" in tied and "2019\xa0году" in tied and "2019\xa0годами" in tied
    assert "2021\xa0жылғы" in tied and "№\xa017-3" in tied
    assert "1 марта" in tied  # only those spaces
    assert kept_together("2019 годовщина") == "2019 годовщина"
    assert "2025\xa0года" in paragraph_markup("до 2025 года", fonts().regular)
