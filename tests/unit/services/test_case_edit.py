# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor's Save as one service call: one transaction, all or nothing, and what it writes."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, select

from app.db import models as m
from app.db import revisions
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import StorageError, ValidationError
from app.domain.vocab import LegalEventKind, Relationship
from app.services import attachments
from app.services.bundle import Services
from app.services.case_edit import CaseEdit, PendingAttachment, first_problem
from app.services.session import UnlockedVault
from tests.conftest import recorded_begins
from tests.security.kit import digest, table_rows

SUBJECT = ("Нұрлан Серікұлы", "Nurlan Serikuly")
FATHER = "Серік Жақыпұлы"
PDF = b"%PDF-1.4 fictional scan " * 100


@pytest.fixture
def services(vault: UnlockedVault) -> Services:
    return Services.for_vault(vault)


def new_case_edit(services: Services, *, not_same: tuple[str, ...] = (), draft: str = "") -> CaseEdit:
    """A whole new case as the editor hands it over: subject, relative, event, a file."""
    person = r.Person(birth_date=PartialDate(1984, 6), id=r.new_id())
    names = tuple(
        r.PersonName(person.id, text, is_primary=i == 0, id=r.new_id()) for i, text in enumerate(SUBJECT)
    )
    case = r.Case(person.id, services.vault.actor.office_id, reference="E-1", id=r.new_id())
    father = r.Person(id=r.new_id())
    relative = r.Relative(case.id, father.id, Relationship.FATHER, id=r.new_id())
    event = r.LegalEvent(case.id, LegalEventKind.ARREST, PartialDate(2018, 4), id=r.new_id())
    return CaseEdit(
        r.CaseFile(
            case,
            r.PersonFile(person, names),
            relatives=(relative,),
            relative_people=(r.PersonFile(father, (r.PersonName(father.id, FATHER, id=r.new_id()),)),),
            legal_events=(event,),
        ),
        attachments=(PendingAttachment(r.new_id(), "scan.pdf", "application/pdf", PDF),),
        not_same=not_same,
        discard_draft=draft,
    )


@pytest.fixture
def statements(vault: UnlockedVault) -> Iterator[list[str]]:
    """Every SQL statement sent from now on, each transaction's BEGIN, and a marker for each COMMIT."""
    engine = vault.db.engine
    with recorded_begins(engine) as sent:

        def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            sent.append(statement)

        def on_commit(conn: Any) -> None:
            sent.append("COMMIT")

        event.listen(engine, "before_cursor_execute", on_execute)
        event.listen(engine, "commit", on_commit)
        yield sent
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine, "commit", on_commit)


def test_records_file_mark_and_draft_are_one_write_transaction(
    services: Services, statements: list[str]
) -> None:
    other = services.cases.open_case(r.Person(), [r.PersonName("", SUBJECT[0])])  # a namesake
    other_person = services.cases.get_case(other).subject.person.id
    draft = services.drafts.save({"format": "fictional"})
    edit = new_case_edit(services, not_same=(other_person,), draft=draft)
    statements.clear()

    saved = services.case_edits.save(edit)

    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE"] and statements.count("COMMIT") == 1
    stored = saved.case
    assert stored == services.cases.get_case(edit.case_id)
    assert [n.text for n in stored.subject.names] == list(SUBJECT)
    assert stored.relative_people[0].display_name == FATHER and len(stored.legal_events) == 1
    (attachment,) = stored.attachments
    assert attachment.id == edit.attachments[0].id and services.attachments.read(attachment.id) == PDF
    subject = edit.case.subject.person.id
    assert services.names.possible_duplicates(list(SUBJECT), exclude_person=subject) == []
    assert {m.person_id for m in services.names.possible_duplicates(list(SUBJECT))} == {subject, other_person}
    assert services.drafts.pending() == []
    assert saved.revisions == 9  # 8 records and the file
    assert services.listing.page(r.CaseFilter()).total == 2


@pytest.mark.parametrize("failing", ["revision writer", "attachment chunk writer"])
def test_a_failure_part_way_leaves_the_vault_exactly_as_it_was(
    services: Services, vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    draft = services.drafts.save({"format": "fictional"})
    edit = new_case_edit(services, draft=draft)
    before = digest(table_rows(vault))
    module, name = (revisions, "save") if failing == "revision writer" else (attachments, "write_chunks")
    original, calls = getattr(module, name), []

    def fails_on_third_call(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3 or failing != "revision writer":
            raise StorageError()
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, fails_on_third_call)
    with pytest.raises(StorageError):
        services.case_edits.save(edit)
    monkeypatch.undo()

    assert digest(table_rows(vault)) == before  # no partial case, no file, no name keys, no revision
    assert [d.id for d in services.drafts.pending()] == [draft]
    assert services.listing.page(r.CaseFilter()).total == 0
    services.case_edits.save(edit)  # the same edit again: now all of it
    assert services.cases.get_case(edit.case_id).attachments[0].id == edit.attachments[0].id


def test_saving_the_same_edit_twice_writes_nothing_the_second_time(services: Services) -> None:
    edit = new_case_edit(services)
    services.case_edits.save(edit)
    again = services.case_edits.save(edit)  # e.g. the result of the first was lost with a lock
    assert again.revisions == 0
    assert len(again.case.attachments) == 1


def test_changes_are_ordered_and_a_removed_relative_keeps_their_person(services: Services) -> None:
    edit = new_case_edit(services)
    services.case_edits.save(edit)
    loaded = services.cases.get_case(edit.case_id)
    assert not CaseEdit(loaded, loaded).changes()

    renamed = dataclasses.replace(loaded.subject.names[1], text="Nurlan Serikuly Jr")
    detention = r.Detention(loaded.case.id, loaded.relatives[0].id, facility="camp", id=r.new_id())
    current = dataclasses.replace(
        loaded,
        subject=dataclasses.replace(loaded.subject, names=(loaded.subject.names[0], renamed)),
        detentions=(detention,),
    )
    changes = CaseEdit(current, loaded).changes()
    assert changes.records == (renamed, detention) and changes.deletions == ()
    services.case_edits.save(CaseEdit(current, loaded))

    stored = services.cases.get_case(edit.case_id)
    without_father = dataclasses.replace(
        stored, relatives=(), relative_people=(), detentions=(), legal_events=()
    )
    changes = CaseEdit(without_father, stored).changes()
    assert [t for t, _ in changes.deletions] == [r.Detention, r.LegalEvent, r.Relative]  # children first
    services.case_edits.save(CaseEdit(without_father, stored))
    father = stored.relative_people[0].person.id
    assert services.names.search(FATHER)[0].person_id == father  # the person stays, findable


def test_problems_are_found_before_anything_is_written(services: Services) -> None:
    edit = new_case_edit(services)
    nameless = dataclasses.replace(
        edit.case, relative_people=(r.PersonFile(edit.case.relative_people[0].person),)
    )
    problem = first_problem(dataclasses.replace(edit, case=nameless))
    assert problem is not None and problem.record == edit.case.relatives[0] and problem.error.field == "names"
    too_long = dataclasses.replace(edit.case.legal_events[0], place="x" * 5_000)
    bad = dataclasses.replace(edit, case=dataclasses.replace(edit.case, legal_events=(too_long,)))
    problem = first_problem(bad)
    assert problem is not None and problem.record == too_long and problem.error.kind == "too-long"
    with pytest.raises(ValidationError):
        services.case_edits.save(bad)
    assert services.listing.page(r.CaseFilter()).total == 0


def test_the_case_list_follows_what_changed(services: Services, vault: UnlockedVault) -> None:
    edit = new_case_edit(services)
    services.case_edits.save(edit)
    first = services.listing.page(r.CaseFilter()).rows[0]
    assert first.subject_name == SUBJECT[0] and first.next_deadline is None

    loaded = services.cases.get_case(edit.case_id)
    summary = dataclasses.replace(loaded, case=dataclasses.replace(loaded.case, summary="Fictional."))
    services.case_edits.save(CaseEdit(summary, loaded))
    second = services.listing.page(r.CaseFilter()).rows[0]
    assert second.updated_at > first.updated_at and second.subject_name == SUBJECT[0]

    certificate = r.LegalEvent(
        edit.case_id, LegalEventKind.CERTIFICATE_EXTENDED, valid_until=PartialDate(2027, 3, 1), id=r.new_id()
    )
    primary = dataclasses.replace(summary.subject.names[0], text="Нұрлан Серік")
    changed = dataclasses.replace(
        summary,
        subject=dataclasses.replace(summary.subject, names=(primary, summary.subject.names[1])),
        legal_events=(*summary.legal_events, certificate),
    )
    services.case_edits.save(CaseEdit(changed, services.cases.get_case(edit.case_id)))
    third = services.listing.page(r.CaseFilter()).rows[0]
    assert third.subject_name == "Нұрлан Серік" and third.next_deadline == PartialDate(2027, 3, 1)


def test_a_revision_holds_the_values_its_row_holds(services: Services, vault: UnlockedVault) -> None:
    edit = new_case_edit(services)
    services.case_edits.save(edit)
    with vault.db.transaction(readonly=True) as session:
        row = session.get(m.Attachment, edit.attachments[0].id)
        assert row is not None
        values = session.scalar(select(m.Revision.values).where(m.Revision.id == row.rev))
    assert values is not None and values["created_at"] == row.created_at.isoformat()
    assert values["sha256"] == hashlib.sha256(PDF).hexdigest()


def test_the_duplicate_lookup_is_one_read(services: Services, statements: list[str]) -> None:
    known = services.cases.open_case(
        r.Person(birth_date=PartialDate(1984)),
        [r.PersonName("", SUBJECT[0]), r.PersonName("", "努尔兰·赛力克")],
        r.Case("", "", reference="A-0042"),
    )
    person = services.cases.get_case(known).subject
    son = new_case_edit(services)  # the same man is the father in his son's case
    son_case = dataclasses.replace(
        son.case,
        relative_people=(person,),
        relatives=(dataclasses.replace(son.case.relatives[0], person_id=person.person.id),),
        subject=r.PersonFile(
            son.case.subject.person,
            (r.PersonName(son.case.subject.person.id, "Арман Нұрланұлы", id=r.new_id()),),
        ),
    )
    services.case_edits.save(dataclasses.replace(son, case=son_case, attachments=()))
    statements.clear()

    (candidate,) = services.names.duplicate_candidates([SUBJECT[1]], r.new_id()).shown

    assert [s for s in statements if s.startswith("BEGIN")] == ["BEGIN"]
    assert candidate.person_id == person.person.id and set(candidate.names) == {SUBJECT[0], "努尔兰·赛力克"}
    assert candidate.birth == PartialDate(1984)
    mentions = [(c.case_id, c.reference, c.is_subject, c.subject_name) for c in candidate.cases]
    assert mentions == [(known, "A-0042", True, SUBJECT[0]), (son.case_id, "E-1", False, "Арман Нұрланұлы")]
    assert not services.names.duplicate_candidates(
        [SUBJECT[1]], r.new_id(), dismissed=[person.person.id]
    ).shown
