# SPDX-License-Identifier: GPL-3.0-or-later
"""#12 item 3: a case reference is given when the case is first saved, from the office's prefix,
the year it was opened and a number; it can be edited, and no two cases share one."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select, update

from app.db import models as m
from app.db.text_sql import document_key, document_key_sql
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.vocab import CaseStatus, DocumentKind
from app.services.case_refs import default_prefix
from app.services.case_search import CaseSearchService
from app.services.cases import CaseService
from app.services.listing import ListingService
from app.services.offices import OfficeService
from app.services.session import UnlockedVault


def _open(cases: CaseService, name: str, opened: str = "2026-03-02", reference: str = "") -> r.Case:
    case = r.Case("", "", reference=reference, opened_on=PartialDate.parse(opened))
    return cases.get_case(cases.open_case(r.Person(), [r.PersonName("", name)], case)).case


def test_new_cases_are_numbered_per_prefix_and_year(vault: UnlockedVault) -> None:
    cases, offices = CaseService(vault), OfficeService(vault)
    offices.set_reference_prefix("TLG")
    first, second = _open(cases, "Айгүл Оспан"), _open(cases, "Нұрлан Серікұлы")
    older = _open(cases, "Марат Ахметұлы", opened="2019-05")
    given = (first.reference, second.reference, older.reference)
    assert given == ("TLG-2026-001", "TLG-2026-002", "TLG-2019-001")
    _open(cases, "Болат Тұрсынұлы", reference="TLG-2026-017")
    assert _open(cases, "Сәуле Болатқызы").reference == "TLG-2026-018"
    offices.set_reference_prefix("ТАЛ")  # any script's letters
    assert _open(cases, "Жанар Қасымқызы").reference == "ТАЛ-2026-001"


def test_a_reference_is_unique_whatever_its_letter_case_and_never_blank(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    taken = _open(cases, "Айгүл Оспан", reference="ALM-7")
    with pytest.raises(ValidationError) as refused:
        _open(cases, "Нұрлан Серікұлы", reference="alm-7")
    assert (refused.value.field, refused.value.kind) == ("reference", "reference-taken")
    other = _open(cases, "Марат Ахметұлы")
    with pytest.raises(ValidationError):
        cases.save(dataclasses.replace(other, reference=taken.reference))
    assert cases.get_case(other.id).case.reference == other.reference
    renamed = cases.save(dataclasses.replace(taken, reference="ALM-8"))
    assert renamed.reference == "ALM-8"
    blanked = cases.save(dataclasses.replace(renamed, reference="  "))
    assert blanked.reference.startswith(default_prefix("Demo Office Almaty"))


def test_the_prefix_comes_from_the_office_name_until_set_and_is_checked(vault: UnlockedVault) -> None:
    offices = OfficeService(vault)
    assert default_prefix("Taldykorgan Legal Group") == "TLG"
    assert default_prefix("Алматы заң орталығы") == "АЗО"
    assert default_prefix("") == "C"
    assert offices.reference_prefix() == default_prefix("Demo Office Almaty")
    for bad in ("", "TLG-", "A" * 11, "T L"):
        with pytest.raises(ValidationError):
            offices.set_reference_prefix(bad)
    assert offices.set_reference_prefix(" shy ") == "shy"
    assert offices.reference_prefix() == "shy"


def test_search_finds_a_case_by_reference_document_number_or_spelling_and_says_which(
    vault: UnlockedVault,
) -> None:
    cases, search = CaseService(vault), CaseSearchService(vault)
    aigul = _open(cases, "Айгүл Оспан", reference="ALM-2026-014")
    cases.save(r.PersonName(aigul.subject_id, "Aigul Ospan"))
    nurlan = _open(cases, "Нұрлан Серікұлы")
    cases.save(r.IdentityDocument(nurlan.subject_id, DocumentKind.REFUGEE_CERTIFICATE, number="N 0471-2203"))
    by_reference = search.search("alm-2026")
    assert [(row.id, row.matched, row.matched_by) for row in by_reference] == [
        (aigul.id, "ALM-2026-014", r.MatchedBy.REFERENCE)
    ]
    (by_document,) = search.search("n04712203")
    assert (by_document.id, by_document.matched, by_document.matched_by) == (
        nurlan.id,
        "N 0471-2203",
        r.MatchedBy.DOCUMENT,
    )
    (by_name,) = search.search("Aigul Ospan")
    assert (by_name.id, by_name.matched, by_name.matched_by) == (aigul.id, "Aigul Ospan", r.MatchedBy.NAME)
    assert search.search("   ") == []
    closed_only = r.CaseFilter(status=CaseStatus.CLOSED)
    assert search.search("Aigul Ospan", closed_only) == []


def test_letter_case_is_ignored_in_every_script_and_the_numbering_reads_the_index(
    vault: UnlockedVault,
) -> None:
    """SQLite's lower() folds only A–Z: a Cyrillic reference typed in lower case passed as new, and
    the search did not find it."""
    cases = CaseService(vault)
    taken = _open(cases, "Айгүл Оспан", reference="ТЛГ-2026-001")
    with pytest.raises(ValidationError):
        _open(cases, "Нұрлан Серікұлы", reference="тлг-2026-001")
    assert [row.id for row in CaseSearchService(vault).search("тлг-2026")] == [taken.id]
    with vault.db.transaction(readonly=True) as session:
        stem = "TLG-2026-"
        plan = session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT reference FROM cases WHERE reference >= ? AND reference < ?",
            (stem, stem + "\U0010ffff"),
        )
        assert "ix_cases_reference" in " ".join(str(row[-1]) for row in plan)


def test_a_document_number_is_found_through_its_index_in_any_script(vault: UnlockedVault) -> None:
    """The search read every identity document per query; and a Cyrillic number typed exactly as
    stored was not found, since Python folded its case and SQLite's lower() did not."""
    cases = CaseService(vault)
    person = _open(cases, "Нұрлан Серікұлы")
    cases.save(r.IdentityDocument(person.subject_id, DocumentKind.KZ_RESIDENCE_PERMIT, number="АБ 0471/22"))
    (found,) = CaseSearchService(vault).search("АБ-047122")
    assert (found.id, found.matched_by) == (person.id, r.MatchedBy.DOCUMENT)
    with vault.db.transaction(readonly=True) as session:
        query = select(m.IdentityDocument.person_id).where(
            document_key_sql(m.IdentityDocument.number) == document_key("АБ-047122")
        )
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
        assert "ix_identity_documents_number_key" in " ".join(str(row[-1]) for row in plan)


def test_numbering_counts_references_whatever_their_letter_case(vault: UnlockedVault) -> None:
    """A range read matched case exactly while the uniqueness check does not: with "tlg-2026-001"
    kept, a new case was numbered TLG-2026-001 and could not be saved."""
    cases, offices = CaseService(vault), OfficeService(vault)
    _open(cases, "Айгүл Оспан", reference="tlg-2026-001")
    offices.set_reference_prefix("TLG")
    assert _open(cases, "Нұрлан Серікұлы").reference == "TLG-2026-002"


def test_a_case_is_found_by_its_exact_reference_else_letter_case_aside(vault: UnlockedVault) -> None:
    cases, listing = CaseService(vault), ListingService(vault)
    first = _open(cases, "Nurlan Serikuly (fictional)", reference="TLG-2026-001")
    second = _open(cases, "Aigül Qasymqyzy (fictional)", reference="ТАЛ-2026-002")
    assert listing.ids_with_reference(" TLG-2026-001 ") == [first.id]
    assert listing.ids_with_reference("tlg-2026-001") == [first.id]
    assert listing.ids_with_reference("тал-2026-002") == [second.id]
    assert listing.ids_with_reference("TLG-2026") == [] and listing.ids_with_reference("%") == []

    # Two offices gave the same reference before a merge: the exact one wins, else both are said.
    with vault.db.transaction() as session:
        renamed = update(m.Case).where(m.Case.id == second.id).values(reference="tlg-2026-001")
        session.execute(renamed)
    assert listing.ids_with_reference("tlg-2026-001") == [second.id]
    assert sorted(listing.ids_with_reference("Tlg-2026-001")) == sorted([first.id, second.id])
