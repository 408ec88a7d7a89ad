# SPDX-License-Identifier: GPL-3.0-or-later
"""Case model v2 at the service level: requests' waiting time, unnamed relatives, one all-or-nothing
Save of the new records, the one order of dates, a deleted relative's statuses and report targets."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.db import models as m
from app.db import revisions
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import StorageError, ValidationError
from app.domain.requests import is_open, waiting_days, waiting_words
from app.domain.vocab import LegalEventKind, LinkKind, Relationship, RequestKind, RequestStatus
from app.services.bundle import Services
from app.services.case_edit import CaseEdit, first_problem
from app.services.case_export import ExportedCase
from app.services.case_text import case_text
from app.services.name_index import PossibleDuplicates
from app.services.session import UnlockedVault
from tests.security.kit import digest, table_rows
from tests.unit.services.v2_kit import MOTHER, event_of, request_of, v2_case, without

TODAY = dt.date(2022, 5, 1)


@pytest.fixture
def services(vault: UnlockedVault) -> Services:
    return Services.for_vault(vault)


def test_waiting_time_counts_from_the_earliest_day_filed_and_stops_with_an_answer() -> None:
    pending = r.Request("c", RequestKind.TRAVEL_DOCUMENT, filed_on=PartialDate(2021, 4))  # from 1 April
    assert waiting_days(pending, TODAY) == (TODAY - dt.date(2021, 4, 1)).days == 395
    assert waiting_words(pending, TODAY) == "waiting at least 366 days (about 12 months)"  # from 30 April
    exact = dataclasses.replace(pending, filed_on=PartialDate(2021, 4, 1))
    assert waiting_words(exact, TODAY) == "waiting 395 days (about 13 months)"
    assert waiting_days(dataclasses.replace(pending, status=RequestStatus.NO_ANSWER), TODAY) == 395
    for closed in (RequestStatus.ANSWERED, RequestStatus.WITHDRAWN):
        request = dataclasses.replace(pending, status=closed)
        assert (
            not is_open(request)
            and waiting_days(request, TODAY) is None
            and waiting_words(request, TODAY) == ""
        )
    assert waiting_days(r.Request("c"), TODAY) is None  # no filing date: nothing to count from


def test_a_pending_request_shows_its_wait_and_an_answer_closes_it(services: Services) -> None:
    stored = v2_case(services)
    pending = r.Request(
        stored.case.id, RequestKind.TRAVEL_DOCUMENT, filed_on=PartialDate(2021, 4), id=r.new_id()
    )
    saved = services.case_edits.save(
        CaseEdit(dataclasses.replace(stored, requests=(*stored.requests, pending)), stored)
    )
    office = r.Office("Fictional Office", id=saved.case.case.office_id)
    text = case_text(ExportedCase(office, saved.case), TODAY)
    assert "April 2021: travel-document (pending)\n    waiting: at least 366 days (about 12 months)\n" in text
    request = next(x for x in saved.case.requests if x.id == pending.id)
    answered = dataclasses.replace(
        request,
        status=RequestStatus.ANSWERED,
        answered_on=PartialDate(2022, 4, 20),
        answer_reference="7-12/44",
    )
    requests = tuple(answered if x.id == pending.id else x for x in saved.case.requests)
    after = services.case_edits.save(
        CaseEdit(dataclasses.replace(saved.case, requests=requests), saved.case)
    ).case
    (stored_answer,) = [x for x in after.requests if x.id == pending.id]
    assert stored_answer == answered and waiting_days(stored_answer, TODAY) is None
    text = case_text(ExportedCase(office, after), TODAY)
    assert "April 2021: travel-document (answered)" in text and "answered: 20 April 2022" in text
    assert "waiting:" not in text.split("travel-document (answered)")[1].split("\n  ")[0]


def test_unnamed_relatives_are_saved_and_never_offered_as_duplicates(
    services: Services, vault: UnlockedVault
) -> None:
    first, second = v2_case(services, "V2-1"), v2_case(services, "V2-2")
    mothers = [
        f.relative_people[f.relatives.index(next(x for x in f.relatives if x.description))]
        for f in (first, second)
    ]
    assert all(p.names == () for p in mothers)
    assert [x.description for f in (first, second) for x in f.relatives if x.description] == [MOTHER, MOTHER]
    with vault.db.transaction(readonly=True) as session:
        indexed = set(session.scalars(select(m.NameKey.person_id)))
    assert not indexed & {p.person.id for p in mothers}
    for mother in mothers:
        assert services.names.duplicate_candidates([], mother.person.id) == PossibleDuplicates()
        assert services.names.duplicate_candidates([MOTHER], mother.person.id) == PossibleDuplicates()
    assert services.names.possible_duplicates([MOTHER, ""]) == []
    # Added one at a time, too (CaseService), with no name but a description.
    added = services.cases.add_relative(
        r.Relative(first.case.id, "", Relationship.OLDER_SISTER, description="her elder sister"),
        r.Person(),
        [],
    )
    assert added.description == "her elder sister"
    assert services.names.possible_duplicates(["her elder sister"]) == []


def test_a_failure_after_the_second_record_leaves_the_vault_exactly_as_it_was(
    services: Services, vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = v2_case(services)
    c = stored.case.id
    aunt = r.Person(id=r.new_id())
    aunt_name = r.PersonName(aunt.id, "Гүлнар Ахметқызы", id=r.new_id())
    relative = r.Relative(c, aunt.id, Relationship.OTHER, id=r.new_id())
    request = r.Request(c, RequestKind.RESIDENCE_PERMIT, filed_on=PartialDate(2022, 1), id=r.new_id())
    refusal = event_of(stored, LegalEventKind.CITIZENSHIP_REFUSED)
    answers = r.Link(LinkKind.ANSWERS, c, "legal_events", refusal.id, "requests", request.id, id=r.new_id())
    edit = dataclasses.replace(
        stored,
        relatives=(*stored.relatives, relative),
        relative_people=(*stored.relative_people, r.PersonFile(aunt, (aunt_name,))),
        requests=(*stored.requests, request),
        links=(answers,),
    )
    before = digest(table_rows(vault))
    original, calls = revisions.save, []

    def fails_after_the_second(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        if len(calls) == 3:
            raise StorageError()
        return original(*args, **kwargs)

    monkeypatch.setattr(revisions, "save", fails_after_the_second)
    with pytest.raises(StorageError):
        services.case_edits.save(CaseEdit(edit, stored))
    monkeypatch.undo()
    assert calls[:2] == [m.Person, m.PersonName]  # two records were written before the failure
    assert digest(table_rows(vault)) == before
    saved = services.case_edits.save(CaseEdit(edit, stored)).case  # then all of it
    assert saved.links == (answers,) and request in saved.requests and relative in saved.relatives


def test_legal_events_follow_the_one_order_and_ties_keep_their_manual_order(services: Services) -> None:
    stored = v2_case(services)
    c = stored.case.id

    def event(letter: str, date: PartialDate, sort_order: int = 0) -> r.LegalEvent:
        # Ids in the reverse of the expected order among ties: only the manual order can put them right.
        return r.LegalEvent(
            c, LegalEventKind.OTHER, date, sort_order=sort_order, id=f"{letter * 8}-0000-4000-8000-{'0' * 12}"
        )

    expected = [
        event("f", PartialDate.between(PartialDate(2010), PartialDate(2011))),
        event("e", PartialDate(2012), sort_order=0),  # "2012" and "about 2012" cannot be told apart
        event("d", PartialDate(2012, approximate=True), sort_order=1),
        event("c", PartialDate(2013, 3, 1)),  # a day before its month: same start, earlier end
        event("b", PartialDate(2013, 3)),
        event("a", PartialDate(2013, 6, approximate=True)),
        event("9", PartialDate(), sort_order=0),  # unknown dates last, by manual order
        event("8", PartialDate(), sort_order=1),
    ]
    mixed = (*expected[::2], *stored.legal_events, *expected[1::2])
    saved = services.case_edits.save(CaseEdit(dataclasses.replace(stored, legal_events=mixed), stored)).case
    ours = {e.id for e in expected}
    for case_file in (saved, services.cases.get_case(c)):  # as saved and read again
        assert [e for e in case_file.legal_events if e.id in ours] == expected


def test_deleting_a_relative_removes_it_from_reports_and_deletes_its_statuses(services: Services) -> None:
    stored = v2_case(services)
    father, mother = stored.relatives
    statuses = {x.id for x in stored.relative_statuses if x.relative_id == mother.id}
    concerns = r.Link(
        LinkKind.CONCERNS,
        stored.case.id,
        "pressure_reports",
        stored.pressure_reports[0].id,
        "relatives",
        mother.id,
    )
    linked = services.case_edits.save(CaseEdit(dataclasses.replace(stored, links=(concerns,)), stored)).case
    assert len(statuses) == 2 and stored.pressure_reports[0].target_ids == (father.id, mother.id)

    after = services.case_edits.save(CaseEdit(without(linked, mother.id), linked)).case
    assert after.relatives == (father,)
    assert after.pressure_reports[0].target_ids == (father.id,)
    assert not statuses & {x.id for x in after.relative_statuses} and after.links == ()
    history = services.history.case_history(stored.case.id)
    tombstones = {v.record_id for v in history if v.deleted}
    assert statuses | {mother.id, linked.links[0].id} <= tombstones
    report = [v for v in history if v.record_id == stored.pressure_reports[0].id]
    assert [v.values["target_ids"] for v in report] == [[father.id, mother.id], [father.id]]
    assert request_of(after, RequestKind.CITIZENSHIP).status == RequestStatus.ANSWERED


def _bad_pointers(stored: r.CaseFile, other_case: str) -> list[tuple[str, r.CaseFile]]:
    """One edit per kind of bad pointer: each names what the case does not have, or another case."""
    c, report = stored.case.id, stored.pressure_reports[0]
    stranger = r.new_id()
    return [
        (
            "target_ids",
            dataclasses.replace(
                stored,
                pressure_reports=(dataclasses.replace(report, target_ids=(*report.target_ids, stranger)),),
            ),
        ),
        (
            "relayed_by_id",
            dataclasses.replace(
                stored, pressure_reports=(dataclasses.replace(report, relayed_by_id=stranger),)
            ),
        ),
        (
            "relative_id",
            dataclasses.replace(
                stored, relative_statuses=(r.RelativeStatusEntry(c, stranger, id=r.new_id()),)
            ),
        ),
        ("person_id", dataclasses.replace(stored, sources=(r.Source(c, person_id=stranger, id=r.new_id()),))),
        (
            "answer_attachment_id",
            dataclasses.replace(
                stored, requests=(r.Request(c, answer_attachment_id=stranger, id=r.new_id()),)
            ),
        ),
        ("case_id", dataclasses.replace(stored, requests=(r.Request(other_case, id=r.new_id()),))),
    ]


def test_a_record_pointing_at_what_the_case_does_not_have_is_refused_and_nothing_written(
    services: Services, vault: UnlockedVault
) -> None:
    stored = v2_case(services)
    other = v2_case(services, reference="V2-2").case.id
    before = digest(table_rows(vault))
    for field, edit in _bad_pointers(stored, other):
        with pytest.raises(ValidationError) as refused:
            services.case_edits.save(CaseEdit(edit, stored))
        assert refused.value.field == field
        assert first_problem(CaseEdit(edit, stored)) is not None  # the editor marks it before saving
    assert digest(table_rows(vault)) == before
