# SPDX-License-Identifier: GPL-3.0-or-later
"""Two vaults made from one template edit the same case apart, exchange revisions both ways with
``MergeService`` and end with the same rows, the same history and the same open conflicts."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, event, insert, select

from app.db import models as m
from app.db.base import Base
from app.db.revisions import revision_row
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ExchangeFileError, TamperedRevisionError, ValidationError
from app.domain.validation import LONG_TEXT_LIMIT
from app.domain.vocab import LegalEventKind, LinkKind, Relationship, SourceKind
from app.exchange.merge import DELETION, WITHHELD
from app.services.cases import CaseService
from app.services.merge_apply import MergeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.unit.services.sync_kit import WRITTEN_HERE

_COMPARED = [*sorted(m.SYNCED_MODELS), "name_keys", "case_listing", "conflicts", "revisions"]


@pytest.fixture
def pair(
    template_vault: tuple[Path, str], tmp_path: Path, kdf: KdfParams
) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    """Offices A and B: two copies of one template vault, both unlocked."""
    opened = []
    for name in ("a", "b"):
        shutil.copytree(template_vault[0], tmp_path / name, ignore=shutil.ignore_patterns("pana.lock"))
        opened.append(VaultService(tmp_path / name, kdf=kdf).open(PASSPHRASE))
    yield opened[0], opened[1]
    for vault in opened:
        vault.lock()


def dump(vault: UnlockedVault) -> dict[str, list[tuple[Any, ...]]]:
    """What both offices must agree on: every synced row, the derived tables, conflicts, history."""
    found = {}
    with vault.db.transaction(readonly=True) as session:
        for name in _COMPARED:
            table = Base.metadata.tables[name]
            columns = [c for c in table.c if c.name not in WRITTEN_HERE]
            found[name] = sorted((tuple(row) for row in session.execute(select(*columns))), key=repr)
    return found


def revisions_of(vault: UnlockedVault) -> list[dict[str, Any]]:
    table = Base.metadata.tables["revisions"]
    with vault.db.transaction(readonly=True) as session:
        return [dict(row) for row in session.execute(select(table)).mappings()]


def records_in(revisions: list[dict[str, Any]]) -> int:
    return len({(x["record_table"], x["record_id"]) for x in revisions})


def send(source: UnlockedVault, target: UnlockedVault, *, dry_run: bool = False) -> Any:
    """Everything ``source`` has goes to ``target`` (what a full-sync bundle carries)."""
    return MergeService(target).apply(revisions_of(source), dry_run=dry_run)


def open_case(vault: UnlockedVault) -> tuple[str, r.CaseFile]:
    cases = CaseService(vault)
    person = r.Person(birth_date=PartialDate(1984, 6), birth_place="Құлжа")
    case_id = cases.open_case(person, [r.PersonName("", "Нұрлан Серікұлы", is_primary=True)])
    cases.add_relative(
        r.Relative(case_id, "", Relationship.FATHER, village="Шәуешек"),
        r.Person(),
        [r.PersonName("", "Серік")],
    )
    return case_id, cases.get_case(case_id)


def test_concurrent_edits_merge_to_the_same_rows_and_conflicts_at_both_offices(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    a, b = pair
    case_id, _ = open_case(a)
    first = send(a, b)
    assert first.conflicts == () and len(first.new) == 6 and first.skipped == ()
    assert dump(a) == dump(b)

    at_a, at_b = CaseService(a), CaseService(b)
    case = at_a.get_case(case_id)
    relative = case.relatives[0]
    at_a.save(dataclasses.replace(case.case, summary="Detained in 2018; the family asks for news."))
    at_a.save(dataclasses.replace(relative, village="Құлжа"))
    case_b = at_b.get_case(case_id)
    at_b.save(dataclasses.replace(case_b.case, summary="Sentenced in 2019.", reference="E-7"))
    at_b.save(dataclasses.replace(case_b.subject.person, occupation="teacher"))

    before = dump(a)
    dry = send(b, a, dry_run=True)
    assert dump(a) == before
    to_a = send(b, a)
    assert dataclasses.replace(to_a, added=0) == dataclasses.replace(dry, added=0)
    assert to_a.conflicted == (("cases", case_id),)
    assert to_a.fast_forwards == (("persons", case.subject.person.id),)
    to_b = send(a, b)  # B receives A's merge revision: a fast-forward, with its open conflict
    assert set(to_b.fast_forwards) == {("cases", case_id), ("relatives", relative.id)}
    assert to_b.conflicts == to_a.conflicts
    assert dump(a) == dump(b)  # T33/T34: one merge revision, one provisional value, at both

    (conflict,) = to_a.conflicts
    assert conflict == to_b.conflicts[0] and conflict.field == "summary"
    merged = at_a.get_case(case_id).case
    assert merged.reference == "E-7" and merged.summary == conflict.provisional
    assert {c.value for c in conflict.candidates} == {
        "Sentenced in 2019.",
        "Detained in 2018; the family asks for news.",
    }

    # a person answers at B: an ordinary revision after the merge closes the conflict at A too
    at_b.save(dataclasses.replace(merged, summary="Detained in 2018, sentenced in 2019."))
    closing = send(b, a)
    assert closing.conflicts == () and closing.fast_forwards == (("cases", case_id),)
    assert send(a, b).added == 0
    assert dump(a) == dump(b) and dump(a)["conflicts"] == []
    assert send(a, b).unchanged == records_in(revisions_of(a)) and dump(a) == dump(b)  # no ping-pong


def test_delete_against_edit_keeps_the_record_and_raises_a_conflict(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    a, b = pair
    case_id, case = open_case(a)
    send(a, b)
    relative = case.relatives[0]
    CaseService(a).delete(r.Relative, relative.id)
    CaseService(b).save(dataclasses.replace(relative, notes="Seen in Ghulja in March."))
    to_b, to_a = send(a, b), send(b, a)
    assert dump(a) == dump(b)
    for report in (to_a, to_b):
        assert [c.field for c in report.conflicts] == [DELETION]
    kept = CaseService(a).get_case(case_id).relatives
    assert [(k.id, k.notes) for k in kept] == [(relative.id, "Seen in Ghulja in March.")]


def test_stale_replay_changes_nothing(pair: tuple[UnlockedVault, UnlockedVault]) -> None:
    a, b = pair
    case_id, case = open_case(a)
    old = revisions_of(a)
    CaseService(a).delete(r.Relative, case.relatives[0].id)
    CaseService(a).save(dataclasses.replace(case.case, summary="Later."))
    send(a, b)
    before = dump(b)
    replay = MergeService(b).apply(old)
    assert replay.added == 0 and replay.unchanged == records_in(old)
    assert dump(b) == before and CaseService(b).get_case(case_id).relatives == ()


def test_a_tampered_revision_is_refused_and_nothing_changes(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    a, b = pair
    open_case(a)
    sent = revisions_of(a)
    sent[-1] = {**sent[-1], "values": {**sent[-1]["values"], "text": "Someone else"}}
    before = dump(b)
    with pytest.raises(TamperedRevisionError):
        MergeService(b).apply(sent)
    assert dump(b) == before


def test_a_text_longer_than_any_field_accepts_is_refused_and_nothing_changes(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    """T28: a sender that skipped validation cannot store a 100 MB text here (a valid revision id)."""
    a, b = pair
    case_id, _ = open_case(a)
    head = next(x for x in revisions_of(a) if x["record_id"] == case_id)
    values = {**head["values"], "summary": "x" * (LONG_TEXT_LIMIT + 1)}
    huge = revision_row("cases", case_id, values, [head["id"]], a.actor, head["hlc"])
    before = dump(b)
    with pytest.raises(ExchangeFileError) as refused:
        MergeService(b).apply([*revisions_of(a), huge])
    assert refused.value.reason == "text-too-long" and dump(b) == before


def test_a_date_no_one_can_read_is_refused_and_nothing_changes(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    """A sender that skipped validation cannot store an opened date the case list could not order
    (its stored order key is computed from it on the way in)."""
    a, b = pair
    case_id, _ = open_case(a)
    head = next(x for x in revisions_of(a) if x["record_id"] == case_id)
    values = {**head["values"], "opened_on": "the spring after the border"}
    unreadable = revision_row("cases", case_id, values, [head["id"]], a.actor, head["hlc"])
    before = dump(b)
    with pytest.raises(ValidationError):
        MergeService(b).apply([*revisions_of(a), unreadable])
    assert dump(b) == before


def test_a_withheld_field_never_blanks_a_value(pair: tuple[UnlockedVault, UnlockedVault]) -> None:
    a, b = pair
    case_id, case = open_case(a)
    send(a, b)
    person = case.subject.person
    head = next(x for x in revisions_of(a) if x["id"] == _rev_of(a, person.id))
    values = {**head["values"], "birth_place": dict(WITHHELD), "occupation": "lawyer"}
    redacted = revision_row("persons", person.id, values, [head["id"]], a.actor, "9999999999999.0000")
    report = MergeService(b).apply([redacted])
    assert report.fast_forwards == (("persons", person.id),) and report.future_clock == (redacted["id"],)
    stored = CaseService(b).get_case(case_id).subject.person
    assert (stored.birth_place, stored.occupation) == ("Құлжа", "lawyer")


def test_a_child_without_its_parent_waits_for_it(pair: tuple[UnlockedVault, UnlockedVault]) -> None:
    a, b = pair
    _, case = open_case(a)
    everything = revisions_of(a)
    spelling = case.subject.names[0].id
    names_only = [x for x in everything if x["record_table"] == "person_names" and x["record_id"] == spelling]
    report = MergeService(b).apply(names_only)
    assert [(s.table, s.record_id, s.reason) for s in report.skipped] == [
        ("person_names", spelling, "parent-missing")
    ]
    MergeService(b).apply(everything)
    assert dump(a) == dump(b)


def _rev_of(vault: UnlockedVault, person_id: str) -> str:
    with vault.db.transaction(readonly=True) as session:
        return str(session.scalar(select(m.Person.rev).where(m.Person.id == person_id)))


def test_a_link_made_at_one_office_survives_an_edit_of_its_end_at_the_other(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    a, b = pair
    case_id, _ = open_case(a)
    other = CaseService(a).open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы")])
    event = CaseService(a).save(r.LegalEvent(case_id, LegalEventKind.ARREST, PartialDate(2018, 4)))
    send(a, b)
    link = r.Link(LinkKind.CONCERNS_CASE, case_id, "legal_events", event.id, "cases", other, other)
    made = CaseService(b).save(link)
    CaseService(a).save(dataclasses.replace(event, place="Құлжа"))
    to_a, to_b = send(b, a), send(a, b)
    assert to_a.new == (("links", made.id),) and to_b.fast_forwards == (("legal_events", event.id),)
    assert dump(a) == dump(b)
    links = CaseService(a).get_case(case_id).links
    assert [(x.id, x.target_id) for x in links] == [(made.id, other)]


def test_the_deletion_of_a_person_a_case_here_still_names_is_held_as_a_conflict(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    """T35: the case's row would stand on a person deleted here but nowhere else (kept back, it used to
    be shown here and not where the deletion came from); held, it stays at both until answered."""
    a, b = pair
    case_id, case = open_case(a)
    send(a, b)
    person = case.subject.person
    head = next(x for x in revisions_of(b) if x["id"] == _rev_of(b, person.id))
    gone = revision_row(
        "persons", person.id, head["values"], [head["id"]], a.actor, head["hlc"], deleted=True
    )
    report = MergeService(b).apply([gone])  # the person is still the subject of a case at B
    assert (report.skipped, report.deletions, report.conflicted) == ((), (), (("persons", person.id),))
    assert [(c.record_id, c.field) for c in report.conflicts] == [(person.id, DELETION)]
    assert CaseService(b).get_case(case_id).subject.person.id == person.id


def test_a_row_a_removal_changed_is_written_as_the_removal_left_it(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    """The import reads its rows before it removes any; removing the witness sets the source's person
    to NULL in the database, so the source is read again and its withheld person stays NULL."""
    a, b = pair
    case_id, _ = open_case(a)
    witness = CaseService(a).save(r.Person(notes="a witness"))
    source = CaseService(a).save(r.Source(case_id, SourceKind.PERSON, witness.id, title="statement"))
    send(a, b)
    heads = {x["record_id"]: x for x in revisions_of(a)}
    person, said = heads[witness.id], heads[source.id]
    gone = revision_row(
        "persons", witness.id, person["values"], [person["id"]], a.actor, person["hlc"], deleted=True
    )
    values = {**said["values"], "person_id": dict(WITHHELD), "title": "statement, redacted"}
    redacted = revision_row("sources", source.id, values, [said["id"]], a.actor, said["hlc"])
    report = MergeService(b).apply([gone, redacted])
    assert (report.deletions, report.fast_forwards, report.skipped) == (
        (("persons", witness.id),),
        (("sources", source.id),),
        (),
    )
    stored = CaseService(b).get_case(case_id).sources
    assert [(x.person_id, x.title) for x in stored] == [(None, "statement, redacted")]


def _waiting(vault: UnlockedVault) -> list[tuple[str, str, str | None, str | None]]:
    w = m.WaitingRow
    with vault.db.transaction(readonly=True) as session:
        rows = session.execute(select(w.record_table, w.record_id, w.wait_table, w.wait_id)).all()
    return sorted((str(t), str(i), wt, wi) for t, i, wt, wi in rows)


def _case_with_a_relative_status(vault: UnlockedVault) -> tuple[str, r.Relative, r.RelativeStatusEntry]:
    case_id, case = open_case(vault)
    relative = case.relatives[0]
    status = CaseService(vault).save(r.RelativeStatusEntry(case_id, relative.id, notes="watched"))
    return case_id, relative, status


def test_an_import_reads_no_waiting_record_unless_it_brings_what_it_waits_for(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    """A relative whose case has not come waits for that case; an import of another case does not
    read it (its revisions went into every import's statements before); the case's import writes it."""
    a, b = pair
    case_id, relative, _ = _case_with_a_relative_status(a)
    everything = revisions_of(a)
    kept = MergeService(b).apply([x for x in everything if x["record_table"] != "cases"])
    assert ("relatives", relative.id, "cases", case_id) in _waiting(b)
    assert kept.waiting == len(_waiting(b)) == 2  # the relative and its status
    other = CaseService(a).open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы (fictional)")])
    sent: list[tuple[str, Any]] = []
    listen = lambda *args: sent.append((args[2], args[3]))  # noqa: E731 (statement, parameters)
    event.listen(b.db.engine, "before_cursor_execute", listen)
    known = {x["id"] for x in everything}
    try:
        report = MergeService(b).apply([x for x in revisions_of(a) if x["id"] not in known])
    finally:
        event.remove(b.db.engine, "before_cursor_execute", listen)
    assert ("cases", other) in report.new and not report.skipped
    assert report.waiting == 2  # still waiting, though not read
    assert sent and not [text for text, parameters in sent if relative.id in repr(parameters)]
    arrived = MergeService(b).apply([x for x in everything if x["record_id"] == case_id])
    assert arrived.waiting == 0 and _waiting(b) == [] and dump(a) == dump(b)


def test_what_waits_for_a_row_written_in_the_same_import_is_written_in_it(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    """The case arrives with a relative's status; the relative, kept by an earlier import, is written
    once its case is, and then the status that refers to it: no record is left for the next import."""
    a, b = pair
    _, relative, status = _case_with_a_relative_status(a)
    everything = revisions_of(a)
    later = {"cases", "relative_statuses"}
    MergeService(b).apply([x for x in everything if x["record_table"] not in later])
    report = MergeService(b).apply([x for x in everything if x["record_table"] in later])
    assert not report.skipped
    assert {("relatives", relative.id), ("relative_statuses", status.id)} <= set(report.new)
    assert _waiting(b) == [] and dump(a) == dump(b)


def test_a_record_kept_before_it_named_what_it_waits_for_is_tried_at_the_next_import(
    pair: tuple[UnlockedVault, UnlockedVault],
) -> None:
    """Waiting rows kept before migration 0016 name no row: the next import tries them, whatever it brings."""
    a, b = pair
    _, case = open_case(a)
    spelling = case.subject.names[0].id
    everything = revisions_of(a)
    MergeService(b).apply([x for x in everything if x["record_id"] == spelling])
    with b.db.transaction() as session:  # its person arrives while nothing names the spelling as waiting
        session.execute(delete(m.WaitingRow))
    MergeService(b).apply([x for x in everything if x["record_table"] == "persons"])
    with b.db.transaction() as session:
        session.execute(insert(m.WaitingRow).values(record_table="person_names", record_id=spelling))
    report = MergeService(b).apply([])
    assert report.new == (("person_names", spelling),) and _waiting(b) == []
