# SPDX-License-Identifier: GPL-3.0-or-later
"""Redaction: the shipped profiles name real, droppable fields; a redacted copy is a valid revision,
the same on every run, keeps its ancestry, and withholds exactly what the profile says."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from app.db.mapping import table_of
from app.db.models import SYNCED_MODELS
from app.domain.errors import ValidationError
from app.exchange.merge import WITHHELD, Rev
from app.exchange.redaction import (
    PERSON_TABLES,
    Profile,
    load_profiles,
    profile,
    profiles,
    redact,
    withheld_fields,
)
from app.services.merge_apply import verified
from tests.unit.exchange.merge_kit import edit, rev

VILLAGE = "Qaraşoqy (fictional village)"
SECRET = {"relatives": frozenset({"village", "notes"})}


def _row(revision: Rev) -> dict[str, Any]:
    user, device, office = revision.author
    return {
        "id": revision.id,
        "record_table": revision.table,
        "record_id": revision.record_id,
        "parents": list(revision.parents),
        "values": dict(revision.values),
        "deleted": revision.deleted,
        "author_user_id": user,
        "author_device_id": device,
        "author_office_id": office,
        "hlc": revision.hlc,
    }


def _history() -> list[Rev]:
    """A relative edited at two offices and merged, then edited again; and a case's first revision."""
    first = rev({"county": "Gongliu", "village": VILLAGE, "notes": "call via cousin"}, table="relatives")
    here = edit(first, "A", 1, county="Toqquztara")
    there = edit(first, "B", 2, notes="")
    merged = rev(
        {"county": "Toqquztara", "village": VILLAGE, "notes": ""},
        here,
        there,
        office="A",
        step=3,
        table="relatives",
    )
    later = edit(merged, "A", 4, village=VILLAGE + " 2")
    case = rev({"reference": "R-1", "subject_id": "p-1"}, table="cases", record="case-1", step=5)
    return [first, here, there, merged, later, case]


def test_every_copy_is_a_valid_revision_with_its_ancestry_and_nothing_withheld_left() -> None:
    history = _history()
    copies = redact([_row(x) for x in history], Profile("test", withhold=SECRET))
    by_original = dict(zip((x.id for x in history), copies, strict=True))
    for original, copy in zip(history, copies, strict=True):
        verified(copy)  # its id is the hash of its content, as an importing office checks
        assert copy["parents"] == [by_original[p]["id"] for p in original.parents]
        assert (copy["record_id"], copy["hlc"], copy["deleted"]) == (
            original.record_id,
            original.hlc,
            original.deleted,
        )
    relatives = [c for c in copies if c["record_table"] == "relatives"]
    assert all(c["values"]["village"] == WITHHELD and c["values"]["notes"] == WITHHELD for c in relatives)
    assert [c["values"]["county"] for c in relatives] == [
        "Gongliu",
        "Toqquztara",
        "Gongliu",
        *["Toqquztara"] * 2,
    ]
    assert VILLAGE not in repr(copies) and "cousin" not in repr(copies)
    assert not {x.id for x in history[:5]} & {c["id"] for c in copies}  # the originals' ids hash the village
    assert copies[5] == _row(history[5])  # nothing withheld in it or its ancestry: unchanged


def test_the_same_revision_redacts_to_the_same_copy_whatever_comes_with_it() -> None:
    rows = [_row(x) for x in _history()]
    chosen = Profile("test", withhold=SECRET)
    once = redact(rows, chosen)
    assert redact(rows, chosen) == once
    assert redact(list(reversed(rows)), chosen) == list(reversed(once))  # children before parents too
    assert redact(rows[:3], chosen) == once[:3]  # an earlier packet holds the same copies


def test_nothing_withheld_changes_nothing_and_a_missing_parent_is_left_out() -> None:
    rows = [_row(x) for x in _history()]
    assert redact(rows, profile("full")) == rows
    (orphan,) = redact(rows[1:2], Profile("test", withhold=SECRET))
    assert orphan["parents"] == [] and rows[0]["id"] not in repr(orphan)


def test_from_others_withholds_only_in_records_of_persons_who_are_no_case_subject() -> None:
    subject = rev({"birth_place": "Ghulja"}, record="p-1")
    brother = rev({"birth_place": "Toli county"}, record="p-2")
    documents = [
        rev(
            {"person_id": person, "number": "650000000000000000"},
            table="identity_documents",
            record=person + "d",
        )
        for person in ("p-1", "p-2")
    ]
    case = rev({"subject_id": "p-1"}, table="cases", record="c-1")
    chosen = Profile(
        "test",
        withhold_from_others={
            "persons": frozenset({"birth_place"}),
            "identity_documents": frozenset({"number"}),
        },
    )
    copies = redact([_row(x) for x in (subject, brother, *documents, case)], chosen)
    assert [c["values"].get("birth_place") for c in copies[:2]] == ["Ghulja", WITHHELD]
    assert [c["values"]["number"] for c in copies[2:4]] == ["650000000000000000", WITHHELD]


def test_withheld_fields_counts_those_of_each_records_latest_revisions() -> None:
    copies = redact([_row(x) for x in _history()], Profile("test", withhold=SECRET))
    assert withheld_fields(copies) == 2  # the relative's head: village and notes
    assert withheld_fields([_row(x) for x in _history()]) == 0


def test_the_shipped_profiles_withhold_real_fields_a_row_can_do_without() -> None:
    shipped = profiles()
    assert not shipped["full"].redacts and not shipped["full"].cases_only
    lawyer = shipped["lawyer"]
    assert lawyer.redacts and lawyer.cases_only
    assert set(lawyer.withhold_from_others) <= set(PERSON_TABLES)
    for tables in (lawyer.withhold, lawyer.withhold_from_others):
        for table, names in tables.items():
            columns = table_of(SYNCED_MODELS[table]).c
            for name in names:
                column = columns[name]  # KeyError: no such field
                assert not column.primary_key and (column.nullable or column.default is not None), name
    assert not lawyer.withholds("cases", "subject_id")


def test_a_broken_profiles_file_or_an_unknown_profile_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as unknown:
        profile("press")
    assert unknown.value.kind == "unknown-profile"
    for text in (
        "[profiles.lawyer]\n",  # no full
        "[profiles.full]\nwithhold = {persons = ['notes']}\n",  # full withholding
        "[profiles.full]\n[profiles.x]\nwithhold = {persons = 'notes'}\n",
        "[profiles.full\n",
    ):
        path = tmp_path / "profiles.toml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ValidationError) as bad:
            load_profiles(path)
        assert bad.value.kind == "bad-profiles"


def test_a_lawyer_packet_is_of_chosen_cases_and_their_whole_history() -> None:
    lawyer = profile("lawyer")
    for whole_vault, since_last, kind in (
        (True, False, "profile-needs-cases"),
        (False, True, "profile-whole-history"),
    ):
        with pytest.raises(ValidationError) as refused:
            lawyer.check_scope(whole_vault=whole_vault, since_last=since_last)
        assert refused.value.kind == kind
    lawyer.check_scope(whole_vault=False, since_last=False)
    profile("full").check_scope(whole_vault=True, since_last=True)
    assert dataclasses.replace(lawyer, cases_only=False).redacts
