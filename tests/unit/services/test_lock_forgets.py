# SPDX-License-Identifier: GPL-3.0-or-later
"""Locking drops what the process kept of the cases to go faster: the names engine's caches, the
collation, the Arabic shaping of printed text and the SQL text folding are empty once it is locked."""

from __future__ import annotations

import importlib
import pkgutil

import app
from app.db import dates_sql
from app.db.text_sql import fold_text
from app.domain import case_caches
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
    dates_sql.cached_date,
)


def test_locking_forgets_every_name_kept_to_go_faster(vault: UnlockedVault) -> None:
    office = vault.actor.office_id
    CaseService(vault).open_case(r.Person(), [r.PersonName("", "Жанар Серікқызы")], r.Case("", office))
    assert similarity("Жанар Серікқызы", "Zhanar Serikqyzy") > 0.8
    assert similarity("Нұрлан Серікұлы", "Нұржан Серікұлы") < 0.8  # word by word
    fold_text("ТЛГ-2026-001")
    dates_sql.date_order_text("2019-10")
    scripts.paragraph_markup("جانار سەرىكقىزى", fonts().regular)
    assert [cache.cache_info().currsize > 0 for cache in CACHES] == [True] * len(CACHES)
    vault.lock()
    assert [cache.cache_info().currsize for cache in CACHES] == [0] * len(CACHES)


#: Caches whose keys and values are never case data: the code's own tables, statements and words.
HOLD_NO_CASE_DATA = {
    "app.db.many_rows._plan",  # a table's INSERT statement
    "app.db.direct._plan",  # a module-level statement compiled, the values it carries itself
    "app.db.mapping.content_columns",
    "app.db.mapping.column_defaults",
    "app.db.mapping._defaulted_not_null",
    "app.db.mapping._converters",
    "app.db.mapping._from_json",
    "app.domain.deadlines._days_off",  # a year's public holidays
    "app.domain.deadlines._rules_of",  # the deadline rules of a file (shipped or the office's)
    "app.db.revisions._statements",
    "app.exchange.redaction.profiles",  # the shipped redaction profiles
    "app.names.translit._inverse",  # a transliteration scheme's table
    "app.petitions.catalogue.shipped_templates",
    "app.petitions.layout.styles",
    "app.petitions.words._codes_by_spelling",  # the shipped vocabularies' spellings
    "app.petitions.words._ethnicities",
    "app.petitions.words._ethnicity_by_spelling",
    "app.petitions.words._labels",
    "app.petitions.words._sex_forms",
    "app.petitions.words._vocab",
    "app.services.conflicts._editable",  # (table, field) names
    "app.services.listing._page_statement",  # sort, filter of codes and ids, today, page size
    "app.ui.case_editor.codec._hints",  # a record type's annotations
    "app.ui.models.deadlines_model._days_left_words",
    "app.ui.shell.warm_up",
    "app.vault.kdf.default_params",
}


def _module_caches() -> dict[str, object]:
    caches = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            ours = getattr(value, "__module__", None) == info.name and not isinstance(value, type)
            if ours and hasattr(value, "cache_clear"):
                caches[f"{info.name}.{name}"] = value
    return caches


def test_every_cache_is_emptied_on_lock_or_said_to_hold_no_case_data() -> None:
    """A new cache of names, dates or text must register with ``forgotten_on_lock``, or be added to
    ``HOLD_NO_CASE_DATA`` by someone who looked at what it keeps."""
    caches = _module_caches()  # imports every module, so every cache has registered
    registered = {id(cache) for cache in case_caches._REGISTERED}
    unaccounted = {
        name
        for name, cache in caches.items()
        if id(cache) not in registered and name not in HOLD_NO_CASE_DATA
    }
    assert unaccounted == set()
    assert set(caches) >= HOLD_NO_CASE_DATA  # no stale names in the list
