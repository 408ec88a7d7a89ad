# SPDX-License-Identifier: GPL-3.0-or-later
"""Words petitions take from resources/petitions/: vocabulary (vocab.toml), the renderer's labels.

``vocab.toml`` is generated from the GUI's labels and translations
(packaging/scripts/petition_vocab.py); ``labels.toml`` is edited by hand.  Both are read
once.  A language without its own words gets English; a code without a label is shown as
itself, so a newer vocabulary never breaks a petition.
"""

from __future__ import annotations

import tomllib
from dataclasses import fields
from functools import cache
from typing import Any

from app.paths import resources_dir
from app.petitions.document import Labels

FALLBACK = "en"


def _load(name: str) -> dict[str, Any]:
    with (resources_dir() / "petitions" / name).open("rb") as stream:
        return tomllib.load(stream)


@cache
def _vocab() -> dict[str, dict[str, dict[str, str]]]:
    return _load("vocab.toml")


@cache
def _sex_forms() -> dict[str, dict[str, dict[str, dict[str, str]]]]:
    return _load("sex_forms.toml")


@cache
def _labels() -> dict[str, dict[str, str]]:
    return _load("labels.toml")


def label(table: str, code: object, language: str, sex: str = "", *, speaker: str = "") -> str:
    """The label of ``code`` in vocabulary ``table`` (``"legal_event_kind"``) in ``language``; for a
    person of ``sex`` (``male``, ``female``) its form in sex_forms.toml where the language has one
    ("Освобождена", not "Освобождён(а)"), and for a word that depends on the sex of the ``speaker``
    (the applicant, whose petition it is) its form for them (Kazakh: a woman's younger sister is
    "сіңлі", a man's "қарындас")."""
    text = str(getattr(code, "value", code) or "")
    vocab = _vocab()
    forms = _sex_forms().get(language, {})
    said = forms.get(f"{table}_said_by", {}).get(speaker, {}).get(text) if speaker else None
    agreed = forms.get(table, {}).get(sex, {}).get(text) if sex else None
    if said is not None or agreed is not None:
        return said if said is not None else str(agreed)
    for lang in (language, FALLBACK):
        found = vocab.get(lang, {}).get(table, {}).get(text)
        if found is not None:
            return found
    return text


#: Spellings of the usual free-text values that are neither a code nor a label (what the form once
#: suggested, and the usual abbreviations), by vocabulary table; compared case-folded.
_ALIASES = {
    "citizenship": {
        **dict.fromkeys(("china", "people's republic of china", "китай", "қытай"), "CN"),
        **dict.fromkeys(("republic of kazakhstan", "республика казахстан", "рк", "қр"), "KZ"),
        **dict.fromkeys(("none", "без гражданства", "азаматтығы жоқ"), "stateless"),
    },
}


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@cache
def _codes_by_spelling(table: str) -> dict[str, str]:
    found = {_folded(code): code for words in _vocab().values() for code in words.get(table, {})}
    for words in _vocab().values():
        found.update((_folded(text), code) for code, text in words.get(table, {}).items())
    return {**found, **_ALIASES.get(table, {})}


def citizenship_code(text: str) -> str:
    """The usual citizenship ``text`` names, typed as a label in any language, a code or a usual
    spelling: ``CN``, ``KZ``, ``stateless``, or a listed country's code (``UZ`` for "Өзбекстан");
    "" for any other text."""
    folded = _folded(text)
    return _codes_by_spelling("citizenship").get(folded) or _codes_by_spelling("country").get(folded, "")


def citizenship(text: str, language: str) -> str:
    """A usual citizenship in ``language`` ("PRC", "КНР" and "China" are all "ҚХР" in Kazakh); any
    other text as typed."""
    code = citizenship_code(text)
    if not code:
        return text
    return label("citizenship" if code in _vocab()[FALLBACK]["citizenship"] else "country", code, language)


def country(text: str, language: str) -> str:
    """A typed country in ``language`` when it is a usual one ("КНР", "PRC", "China" are "Қытай" in
    Kazakh, "China" in English); any other text as typed."""
    code = citizenship_code(text)
    return label("country", code, language) if code in _vocab()[FALLBACK]["country"] else text


@cache
def _ethnicities() -> dict[str, dict[str, Any]]:
    return _load("ethnicities.toml")


@cache
def _ethnicity_by_spelling() -> dict[str, str]:
    found: dict[str, str] = {}
    for code, entry in _ethnicities().items():
        words = [word for forms in entry.values() if isinstance(forms, dict) for word in forms.values()]
        found.update((_folded(spelling), code) for spelling in (code, *entry.get("spellings", ()), *words))
    return found


def ethnicity_code(text: str) -> str:
    """The usual ethnicity ``text`` names in any language ("kazakh" for "қазақ"), or ""."""
    return _ethnicity_by_spelling().get(_folded(text), "")


#: Stems that mark a typed ethnicity as Kazakh however it goes on ("Kazakh of Altai", «қазақ (керей)»).
_KAZAKH_STEMS = ("казах", "казаш", "қазақ", "kazakh", "qazaq")


def is_kazakh(text: str) -> bool:
    """Whether a typed ethnicity makes the person an ethnic Kazakh (a qandas, by origin)."""
    folded = text.casefold()
    return ethnicity_code(text) == "kazakh" or any(stem in folded for stem in _KAZAKH_STEMS)


def ethnicity(text: str, sex: str, language: str) -> str:
    """A usual ethnicity, typed in any language ("қазақ", "Kazakh", "казашка"), as ``language`` says
    it of a person of this ``sex`` (resources/petitions/ethnicities.toml); any other text as typed."""
    code = ethnicity_code(text)
    if not code:
        return text
    entry = _ethnicities()[code]
    forms: dict[str, str] = entry.get(language) or entry[FALLBACK]
    if sex not in ("female", "male") and _folded(text) in {_folded(word) for word in forms.values()}:
        return text.strip()  # the sex is not recorded: the word typed in this language may say it
    return forms.get(sex, forms["any"])


def timeline_words(language: str) -> dict[str, Any]:
    """The words of the case timeline page (``[LANG.timeline]`` of labels.toml), English for any missing."""
    table: dict[str, Any] = _labels()
    return {**table[FALLBACK]["timeline"], **table.get(language, {}).get("timeline", {})}


def labels(language: str) -> Labels:
    """What the renderer prints (annexes heading, "page X of Y", signature, date) in ``language``."""
    words = _labels().get(language) or _labels()[FALLBACK]
    return Labels(**{f.name: words[f.name] for f in fields(Labels) if f.name in words})
