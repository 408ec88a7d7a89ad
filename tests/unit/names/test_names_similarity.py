# SPDX-License-Identifier: GPL-3.0-or-later
"""similarity() and keys(): hard negatives, patronymics, word order, punctuation, properties."""

from __future__ import annotations

import itertools

import pytest

from app.names import SAME_PERSON_THRESHOLD, keys, phonetic, similarity

SAME = [
    ("Нұрлан Серікұлы", "Nurlan Serikuly"),
    ("Нұрлан Серікұлы", "Nūrlan Serıkūly"),
    ("Нұрлан Серікұлы", "Нурлан Серикулы"),
    ("Қайрат Бақытұлы", "Kairat Bakytuly"),
    ("Қайрат Бақытұлы", "Qai'rat Baqytuly"),
    ("Жанар Оспанқызы", "Zhanar Ospankyzy"),
    ("Мұхтар Төлеуұлы", "Muxtar Tölewuli"),
    ("Шыңғыс Сапарұлы", "Shyngys Saparuly"),
    ("Ләззат Рысбекқызы", "Lezzat Risbekqizi"),
    ("Ерлан Ахметұлы", "Yerlan Akhmetuly"),
]
HARD_NEGATIVES = [
    ("Нұрлан Серікұлы", "Нұржан Серікұлы"),  # one sound of the given name
    ("Нұрлан Серікұлы", "Нұрлан Әбілұлы"),  # another father
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_name_are_the_same_person(a: str, b: str) -> None:
    assert similarity(a, b) >= SAME_PERSON_THRESHOLD


@pytest.mark.parametrize(("a", "b"), HARD_NEGATIVES)
def test_hard_negatives_stay_apart(a: str, b: str) -> None:
    score = similarity(a, b)
    assert score < SAME_PERSON_THRESHOLD - 0.05
    weakest_true = min(similarity(x, y) for x, y in SAME)
    assert score < weakest_true - 0.1


@pytest.mark.parametrize(
    "short",
    ["Нұрлан Серік", "Nurlan Serik", "Серік Нұрлан", "Serikuly Nurlan", "Серікұлы Нұрлан"],
)
def test_patronymic_whole_shortened_and_word_order(short: str) -> None:
    assert similarity("Нұрлан Серікұлы", short) >= SAME_PERSON_THRESHOLD


@pytest.mark.parametrize(
    "spelling",
    ["Alimuly", "Alimuli", "Alimulı", "Alim uly", "Alim-uly", "Әлімұлы", "Alimūly", "Alim", "Әлім"],
)
def test_patronymic_endings_match_the_bare_father_name(spelling: str) -> None:
    assert similarity(f"Ерлан {spelling}", "Ерлан Әлімұлы") >= 0.95


def test_daughter_patronymic() -> None:
    assert similarity("Dana Rysbekkyzy", "Дана Рысбек") >= SAME_PERSON_THRESHOLD
    assert similarity("Rysbekqyzy Dana", "Дана Рысбекқызы") >= 0.95
    # son and daughter of the same father are not the same name
    assert similarity("Асқар Серікұлы", "Асқар Серікқызы") < similarity("Асқар Серікұлы", "Асқар Серік")


def test_father_and_son_swapped_are_not_the_same_person() -> None:
    assert similarity("Нұрлан Асқарұлы", "Асқар Нұрланұлы") < SAME_PERSON_THRESHOLD


@pytest.mark.parametrize(
    "written",
    [
        "Нұрлан·Серікұлы",
        "Нұрлан • Серікұлы",
        "Нұрлан‧Серікұлы",
        "Нұрлан-Серікұлы",
        "СЕРІКҰЛЫ, Нұрлан",
        "  нұрлан   серікұлы. ",
        "Нұрлан (Серікұлы)",
    ],
)
def test_punctuation_case_and_separators_are_ignored(written: str) -> None:
    assert similarity(written, "Нұрлан Серікұлы") >= 0.98


def test_russian_style_surname_matches_patronymic() -> None:
    assert similarity("Нурлан Сериков", "Нұрлан Серікұлы") >= SAME_PERSON_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    list(
        itertools.combinations(["Нұрлан Серікұлы", "努尔兰·赛力克", "نۇرلان سەرىك", "Serik", "", "Ерлан"], 2)
    ),
)
def test_symmetric_bounded_and_stable(a: str, b: str) -> None:
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == similarity(b, a)
    assert score == similarity(a, b)


def test_identity_and_empty() -> None:
    assert similarity("Айгүл Ақанқызы", "Айгүл Ақанқызы") == 1.0
    assert similarity("", "Айгүл") == 0.0
    assert similarity("", "") == 0.0
    assert phonetic("") == ""
    assert keys("") == set()


def test_keys_are_small_and_shared_across_scripts() -> None:
    spellings = ["Нұрлан Серікұлы", "Nurlan Serikuly", "Serikuly Nurlan", "نۇرلان سەرىك", "努尔兰·赛力克"]
    key_sets = [keys(s) for s in spellings]
    assert all(1 <= len(k) <= 3 for k in key_sets)
    assert set.intersection(*key_sets)
    assert not keys("Нұрлан Серікұлы") & keys("Ғабит Мақсатұлы")


def test_phonetic_is_one_form_for_many_spellings() -> None:
    forms = {phonetic(s) for s in ["Қайрат", "Qaırat", "Qai'rat", "Qairat", "قايرات"]}
    assert forms == {"kairat"}
