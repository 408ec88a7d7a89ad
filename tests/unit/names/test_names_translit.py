# SPDX-License-Identifier: GPL-3.0-or-later
"""Transliteration tables: every Kazakh letter in every scheme, and round trips."""

from __future__ import annotations

import pytest

from app.names import (
    REVERSIBLE,
    SAME_PERSON_THRESHOLD,
    SCHEMES,
    phonetic,
    similarity,
    to_cyrillic,
    transliterate,
)
from app.names.translit import ALPHABET, KAZAKH_LETTERS

# Fictional names, each with one of the nine Kazakh letters (Һ in a loan name).
WORD_WITH = {
    "Ә": "Әсет",
    "Ғ": "Ғалым",
    "Қ": "Қасым",
    "Ң": "Шыңғыс",
    "Ө": "Өмірзақ",
    "Ұ": "Ұлжан",
    "Ү": "Үміт",
    "Һ": "Жиһан",
    "І": "Ілияс",
}
ROUND_TRIP_WORDS = [
    "Әсет",
    "Ғалым",
    "Қасым",
    "Шыңғыс",
    "Өмірзақ",
    "Ұлжан",
    "Үміт",
    "Ілияс",
    "Айгүл",
    "Мейірхан",
    "Үкібайұлы",
    "Зейноллақызы",
    "Құрманғалиұлы",
    "Төлеуқызы",
    "Қуаныш",
    "Аружан",
    "Ләззат",
    "Жақып",
    "Әйгерім",
    "Ғабит",
    "Мөлдір",
    "Сәкен",
    "Нұржан",
    "ҚАЙРАТ БАҚЫТҰЛЫ",
    "Дана Рысбекқызы",
    "Шынар, Ғазизқызы",
]
CYRILLIC = set(ALPHABET) | set(ALPHABET.upper())


def test_every_kazakh_letter_has_a_sample_word() -> None:
    assert set(WORD_WITH) == set(KAZAKH_LETTERS)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("letter", KAZAKH_LETTERS)
def test_kazakh_letter_is_handled(letter: str, scheme: str) -> None:
    word = WORD_WITH[letter]
    out = transliterate(word, scheme)
    assert letter not in out and letter.lower() not in out
    if scheme != "ru-cyrl":
        assert not CYRILLIC & set(out), out
    assert similarity(word, out) >= SAME_PERSON_THRESHOLD, (word, out)


@pytest.mark.parametrize("scheme", ["kk-latn-2017", "kk-latn-2018", "kk-latn-2021", "iso9"])
@pytest.mark.parametrize("word", ROUND_TRIP_WORDS)
def test_round_trip(word: str, scheme: str) -> None:
    assert to_cyrillic(transliterate(word, scheme), scheme) == word


@pytest.mark.parametrize("scheme", ["kk-latn-2017", "kk-latn-2018", "kk-latn-2021", "iso9"])
@pytest.mark.parametrize("letter", KAZAKH_LETTERS.replace("Һ", ""))
def test_round_trip_each_letter_both_cases(letter: str, scheme: str) -> None:
    for word in (f"Ба{letter.lower()}т", f"{letter}ба", f"{letter}БА"):
        if scheme == "kk-latn-2018" and word[0] == "І" and word != "ІБА":
            continue
        assert to_cyrillic(transliterate(word, scheme), scheme) == word


def test_iso9_round_trips_the_whole_alphabet() -> None:
    assert to_cyrillic(transliterate(ALPHABET, "iso9"), "iso9") == ALPHABET


@pytest.mark.parametrize("scheme", ["kk-latn-2017", "kk-latn-2018", "kk-latn-2021"])
def test_shha_comes_back_as_kha(scheme: str) -> None:
    # The official alphabets write Һ and Х alike.
    assert to_cyrillic(transliterate("Жиһан", scheme), scheme) == "Жихан"


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ("kk-latn-2021", "Nūrlan Serıkūly"),
        ("kk-latn-2018", "Nurlan Serikuly"),
        ("bgn", "Nurlan Serikuly"),
        ("passport", "Nurlan Serikuly"),
        ("uyghur-latin", "Nurlan Serikuli"),
        ("ru-cyrl", "Нурлан Серикулы"),
    ],
)
def test_known_spellings(scheme: str, expected: str) -> None:
    assert transliterate("Нұрлан Серікұлы", scheme) == expected


def test_official_alphabet_details() -> None:
    assert transliterate("Шыңғыс", "kk-latn-2021") == "Şyñğys"
    assert transliterate("Шыңғыс", "kk-latn-2018") == "Shyńǵys"
    assert transliterate("Шыңғыс", "kk-latn-2017") == "S'yn'g'ys"
    assert transliterate("Қайрат Бақытұлы", "kk-latn-2017") == "Qai'rat Baqytuly"
    assert transliterate("Қуаныш", "kk-latn-2018") == "Qýanysh"
    assert transliterate("Ілияс", "kk-latn-2021") == "Iliias"
    assert transliterate("Ерлан", "journalism") == "Yerlan"
    assert to_cyrillic("Qaırat Baqytuly", "kk-latn-2018") == "Қайрат Бақытұлы"
    assert to_cyrillic("Ilııas", "kk-latn-2018") == "Ілияс"


def test_non_reversible_and_unknown_schemes_are_refused() -> None:
    assert "passport" not in REVERSIBLE
    with pytest.raises(ValueError, match="not reversible"):
        to_cyrillic("Kairat", "passport")
    with pytest.raises(ValueError, match="unknown scheme"):
        transliterate("Қайрат", "klingon")


def test_other_characters_pass_through() -> None:
    assert transliterate("Асқар-2 (Almaty)", "kk-latn-2021") == "Asqar-2 (Almaty)"
    assert phonetic("Асқар") == phonetic(transliterate("Асқар", "kk-latn-2021"))
