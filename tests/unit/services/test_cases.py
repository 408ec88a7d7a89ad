# SPDX-License-Identifier: GPL-3.0-or-later
"""The case service: a whole case written and read back equal, validation, deletion and history."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError, VaultLockedError
from app.domain.vocab import LegalEventKind, Relationship, RelativeStatus
from app.services.cases import CaseService
from app.services.history import HistoryService
from app.services.session import UnlockedVault

NAMES = ("Нұрлан Серікұлы", "Nūrlan Serıkūly", "نۇرلان سەرىك", "努尔兰·赛力克")


def new_case(service: CaseService) -> str:
    person = r.Person(birth_date=PartialDate(1984, 6), birth_place="Тоғызтарау", ethnicity="Kazakh")
    return service.open_case(person, [r.PersonName("", text) for text in NAMES])


def test_a_case_in_four_scripts_reads_back_equal(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    case_id = new_case(service)
    event = service.save(
        r.LegalEvent(
            case_id,
            LegalEventKind.SENTENCE,
            date=PartialDate(2019, 1, 16),
            authority="Panfilov district court",
            reference_number="2-117/19",
            term_months=6,
            suspended=True,
            detention_credit_days=60,
        )
    )
    relative = service.add_relative(
        r.Relative(case_id, "", Relationship.FATHER, county="Тоғызтарау"),
        r.Person(birth_date=PartialDate(1950, approximate=True)),
        [r.PersonName("", "Серік Жақыпұлы")],
    )
    service.save(r.Detention(case_id, relative.id, facility="camp", started_on=PartialDate(2018, 4)))
    status = service.save(
        r.RelativeStatusEntry(case_id, relative.id, RelativeStatus.IN_CAMP, PartialDate(2018))
    )
    case = service.get_case(case_id)
    assert case.relative_statuses == (status,)
    assert {n.text for n in case.subject.names} == set(NAMES)
    assert {n.script for n in case.subject.names} == {"Cyrl", "Latn", "Arab", "Hani"}
    assert case.subject.display_name == NAMES[0]
    assert case.legal_events == (event,)
    assert case.relatives == (relative,)
    assert case.relative_people[0].display_name == "Серік Жақыпұлы"
    assert case.detentions[0].relative_id == relative.id
    assert case.subject.person.birth_date == PartialDate(1984, 6)


def test_saving_an_unchanged_record_adds_no_revision(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    case_id = new_case(service)
    before = len(HistoryService(vault).case_history(case_id))
    case = service.get_case(case_id).case
    service.save(case)
    assert len(HistoryService(vault).case_history(case_id)) == before


def test_history_shows_who_changed_which_field(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    case_id = new_case(service)
    case = service.get_case(case_id).case
    service.save(dataclasses.replace(case, summary="Refused citizenship twice"))
    history = HistoryService(vault).case_history(case_id)
    last = [h for h in history if h.table == "cases"][-1]
    assert [c.field for c in last.changes] == ["summary"]
    assert last.changes[0].new == "Refused citizenship twice"
    assert last.author == "aigerim"
    assert last.parents and last.parents[0] in {h.id for h in history}


def test_a_record_moved_from_another_case_shows_only_what_moved(vault: UnlockedVault) -> None:
    """Its parent revision belongs to the other case's history: it is read by its key."""
    service = CaseService(vault)
    first, second = new_case(service), new_case(service)
    event = service.save(r.LegalEvent(first, LegalEventKind.ARREST, place="Ghulja"))
    service.save(dataclasses.replace(event, case_id=second))
    moved = [h for h in HistoryService(vault).case_history(second) if h.table == "legal_events"]
    assert [h.parents[0] in {m.id for m in moved} for h in moved] == [False]  # the parent is not here
    assert [(c.field, c.old, c.new) for c in moved[0].changes] == [("case_id", first, second)]


def test_deletion_leaves_a_tombstone(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    case_id = new_case(service)
    event = service.save(r.LegalEvent(case_id, LegalEventKind.ARREST))
    service.delete(r.LegalEvent, event.id)
    assert service.get_case(case_id).legal_events == ()
    tombstones = [h for h in HistoryService(vault).case_history(case_id) if h.deleted]
    assert [t.record_id for t in tombstones] == [event.id]


def test_narrative_needs_consent_and_nothing_is_written(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    case_id = new_case(service)
    with pytest.raises(ValidationError) as error:
        service.save(r.Interview(case_id, narrative="We crossed at night."))
    assert error.value.field == "consent_given"
    assert service.get_case(case_id).interviews == ()
    saved = service.save(
        r.Interview(
            case_id,
            narrative="We crossed at night.",
            consent_given=True,
            consent_recording="written",
            consent_scope="legal-action",
            sections=(("flight", "On foot."),),
        )
    )
    assert service.get_case(case_id).interviews == (saved,)


@pytest.mark.parametrize(
    "record",
    [
        r.LegalEvent("x", "not-a-kind"),  # type: ignore[arg-type]
        r.PersonName("p", "   "),
        r.LegalEvent("x", LegalEventKind.SENTENCE, term_months=-1),
        r.LegalEvent("x", LegalEventKind.OTHER, notes="\ud800 lone surrogate"),
        r.LegalEvent("x", LegalEventKind.OTHER, place="x" * 5000),
    ],
)
def test_bad_input_names_the_field(vault: UnlockedVault, record: object) -> None:
    with pytest.raises(ValidationError):
        CaseService(vault).save(record)


def test_after_lock_every_call_refuses(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    case_id = new_case(service)
    vault.lock()
    with pytest.raises(VaultLockedError):
        service.get_case(case_id)


def test_records_are_written_parents_first_whatever_their_order(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    person = r.Person(id=r.new_id())
    case = r.Case(person.id, vault.actor.office_id, id=r.new_id())
    event = r.LegalEvent(case.id, LegalEventKind.ARREST, id=r.new_id())
    name = r.PersonName(person.id, NAMES[0], is_primary=True, id=r.new_id())
    stored = service.save_all([event, case, name, person])  # children before parents
    assert [type(x) for x in stored] == [r.LegalEvent, r.Case, r.PersonName, r.Person]
    assert service.get_case(case.id).legal_events == (stored[0],)


def test_a_whole_case_is_never_deleted_record_by_record(vault: UnlockedVault) -> None:
    service = CaseService(vault)
    case_id = new_case(service)
    event = service.save(r.LegalEvent(case_id, LegalEventKind.ARREST))
    with pytest.raises(ValidationError):
        service.save_all([], [(r.LegalEvent, event.id), (r.Case, case_id)])
    assert service.get_case(case_id).legal_events == (event,)  # nothing of it was written
