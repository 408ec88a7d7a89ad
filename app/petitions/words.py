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
def _labels() -> dict[str, dict[str, str]]:
    return _load("labels.toml")


def label(table: str, code: object, language: str) -> str:
    """The label of ``code`` in vocabulary ``table`` (``"legal_event_kind"``) in ``language``."""
    text = str(getattr(code, "value", code) or "")
    vocab = _vocab()
    for lang in (language, FALLBACK):
        found = vocab.get(lang, {}).get(table, {}).get(text)
        if found is not None:
            return found
    return text


def timeline_words(language: str) -> dict[str, Any]:
    """The words of the case timeline page (``[LANG.timeline]`` of labels.toml), English for any missing."""
    table: dict[str, Any] = _labels()
    return {**table[FALLBACK]["timeline"], **table.get(language, {}).get("timeline", {})}


def labels(language: str) -> Labels:
    """What the renderer prints (annexes heading, "page X of Y", signature, date) in ``language``."""
    words = _labels().get(language) or _labels()[FALLBACK]
    return Labels(**{f.name: words[f.name] for f in fields(Labels) if f.name in words})
