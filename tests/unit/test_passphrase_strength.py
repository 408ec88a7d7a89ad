# SPDX-License-Identifier: GPL-3.0-or-later
"""The pure-Python passphrase strength estimate used by the first-run screen."""

from __future__ import annotations

import unicodedata

import pytest

from app.domain.passphrase_strength import MAX_SCORE, MIN_LENGTH, assess


@pytest.mark.parametrize(
    "weak",
    ["", "abc", "password", "Password1", "qwerty123", "пароль", "ЙЦУКЕН", "1234567890", "aaaaaaaaaaaa"],
)
def test_weak_passphrases_are_not_acceptable(weak: str) -> None:
    assert not assess(weak).acceptable


@pytest.mark.parametrize(
    "strong", ["correct horse Қазақ 馬", "river-tea-5-mountains", "Тау өзені 7 көл", "يېزا بۇلاق 2020 tau"]
)
def test_strong_passphrases_are_acceptable(strong: str) -> None:
    strength = assess(strong)
    assert strength.acceptable
    assert strength.score >= 3


def test_common_password_scores_zero_with_its_reason() -> None:
    strength = assess("Qazaqstan2024!")
    assert strength.score == 0
    assert "common" in strength.problems


def test_short_is_flagged() -> None:
    strength = assess("Ab1!x")
    assert "too-short" in strength.problems
    assert not strength.acceptable


def test_length_counts_characters_not_bytes_and_nfc_nfd_agree() -> None:
    text = "Қазақ өлкесі"
    nfd = unicodedata.normalize("NFD", text)
    assert assess(nfd).length == assess(text).length == len(text)


def test_classes_and_score_grow() -> None:
    one_class = assess("abcdefghijkl")
    mixed = assess("abcdEF 12 жол")
    assert "one-class" in one_class.problems
    assert mixed.classes >= 4
    assert mixed.score > one_class.score
    assert assess("x" * 3 + "correct horse battery staple Ж 9").score == MAX_SCORE


def test_minimum_length_boundary() -> None:
    assert "too-short" in assess("aB3$" + "x" * (MIN_LENGTH - 6) + "q").problems
    assert "too-short" not in assess("aB3$ kpzmwq").problems
