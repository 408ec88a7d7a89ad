# SPDX-License-Identifier: GPL-3.0-or-later
"""Locking drops what the process kept of the cases to go faster: the names engine's caches, the
collation, the Arabic shaping of printed text and the SQL text folding are empty once it is locked."""

from __future__ import annotations

from app.db.text_sql import fold_text
from app.domain import records as r
from app.names import collation, distance, match, phonemes, similarity
from app.petitions import scripts
from app.petitions.fonts import fonts
from app.services.cases import CaseService
from app.services.session import UnlockedVault

CACHES = (
    phonemes.analyse,
    match._pair,
    distance._word_similarity,
    collation.sort_key,
    fold_text,
    scripts._shape,
)


def test_locking_forgets_every_name_kept_to_go_faster(vault: UnlockedVault) -> None:
    office = vault.actor.office_id
    CaseService(vault).open_case(r.Person(), [r.PersonName("", "Жанар Серікқызы")], r.Case("", office))
    assert similarity("Жанар Серікқызы", "Zhanar Serikqyzy") > 0.8
    assert similarity("Нұрлан Серікұлы", "Нұржан Серікұлы") < 0.8  # word by word
    fold_text("ТЛГ-2026-001")
    scripts.paragraph_markup("جانار سەرىكقىزى", fonts().regular)
    assert [cache.cache_info().currsize > 0 for cache in CACHES] == [True] * len(CACHES)
    vault.lock()
    assert [cache.cache_info().currsize for cache in CACHES] == [0] * len(CACHES)
