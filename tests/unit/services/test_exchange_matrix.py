# SPDX-License-Identifier: GPL-3.0-or-later
"""T35 and T33/T34 through real vaults and real bundles: the delete-vs-edit matrix ported from
KeePassXC's ``TestMerge::testDeletionConflictTemplate`` (8 cases), and the edit-vs-edit matrix,
each with its expected outcome written out.

KeePassXC's eight cases: a record deleted in the source (the office that sends) or in the
target (the office that imports), before or after the other office changed it, directly or
indirectly (in KeePassXC the entry's group is deleted; here the relative a status entry
belongs to, which takes its status entries with it).  KeePassXC decides by timestamps (the
newer action wins); Pana must not: the outcome is the same whichever came first, the edit is
never lost and the deletion is never silent.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind, LinkKind, Relationship, RelativeStatus
from app.exchange.merge import DELETION
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.session import UnlockedVault

from .sync_kit import send, state_digest

CHANGE = "Change"


@dataclass(frozen=True)
class Case:
    """One row of the matrix and what both offices must show after exchanging both ways."""

    name: str
    deleted_at: str  # "source" (A, which sends first) or "target" (B, which imports first)
    delete_first: bool  # the deletion's clock is earlier than the edit's
    indirect: bool  # the record's relative is deleted (taking the record with it), not the record
    shown: bool  # the edited record is a row at both offices after the exchange
    conflict: bool  # a DELETION conflict is open for it at both offices
    parent_shown: bool = True


_MATRIX = [
    # Direct: the edit wins the row, the deletion is an open conflict, whatever the clock order.
    Case("deleted in source before changed in target", "source", True, False, True, True),
    Case("deleted in source after changed in target", "source", False, False, True, True),
    Case("deleted in target before changed in source", "target", True, False, True, True),
    Case("deleted in target after changed in source", "target", False, False, True, True),
    # Indirect: the relative was not edited anywhere, so its deletion stands; the status entry's
    # edit is kept in the history with an open conflict, but has no relative to be shown under.
    Case("parent deleted in source before changed in target", "source", True, True, False, True, False),
    Case("parent deleted in source after changed in target", "source", False, True, False, True, False),
    Case("parent deleted in target before changed in source", "target", True, True, False, True, False),
    Case("parent deleted in target after changed in source", "target", False, True, False, True, False),
]


def _start(a: UnlockedVault) -> tuple[str, r.LegalEvent, r.Relative, r.RelativeStatusEntry]:
    cases = CaseService(a)
    case_id = cases.open_case(r.Person(), [r.PersonName("", "Нұрлан Серікұлы (fictional)")])
    event = cases.save(r.LegalEvent(case_id, LegalEventKind.ARREST, PartialDate(2018, 4)))
    relative = cases.add_relative(
        r.Relative(case_id, "", Relationship.FATHER), r.Person(), [r.PersonName("", "Серік (fictional)")]
    )
    status = r.RelativeStatusEntry(case_id, relative.id, RelativeStatus.IN_CAMP, PartialDate(2018))
    status = cases.save(status)
    return case_id, event, relative, status


@pytest.mark.parametrize("row", _MATRIX, ids=[row.name for row in _MATRIX])
def test_delete_against_edit(row: Case, pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path) -> None:
    """T35: one of KeePassXC's eight deletion-conflict cases, with its expected outcome."""
    a, b = pair
    case_id, event, relative, status = _start(a)
    send(a, b, tmp_path)
    deleter, editor = (a, b) if row.deleted_at == "source" else (b, a)
    record: r.LegalEvent | r.RelativeStatusEntry = status if row.indirect else event

    def delete() -> None:
        if row.indirect:
            CaseService(deleter).delete(r.Relative, relative.id)
        else:
            CaseService(deleter).delete(r.LegalEvent, event.id)

    def edit() -> None:
        CaseService(editor).save(dataclasses.replace(record, notes=CHANGE))

    for action in (delete, edit) if row.delete_first else (edit, delete):
        action()
    at_b = send(a, b, tmp_path, since_last=True)
    at_a = send(b, a, tmp_path, since_last=True)
    assert at_a.merge is not None and at_b.merge is not None

    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        case_file = CaseService(office).get_case(case_id)
        rows = case_file.relative_statuses if row.indirect else case_file.legal_events
        assert [(x.id, x.notes) for x in rows] == ([(record.id, CHANGE)] if row.shown else [])
        assert [x.id for x in case_file.relatives] == ([relative.id] if row.parent_shown else [])
        conflicts = [(c.record_id, c.field) for c in ConflictService(office).open_conflicts()]
        assert conflicts == ([(record.id, DELETION)] if row.conflict else [])
    # the import that met the deletion named it: as a conflict, never as a silent removal
    for report in (at_a, at_b):
        assert report.merge is not None
        assert [(c.record_id, c.field) for c in report.merge.conflicts] in ([], [(record.id, DELETION)])
        assert ("legal_events", event.id) not in report.merge.deletions
    assert any(c.record_id == record.id for c in (*at_a.merge.conflicts, *at_b.merge.conflicts))


@dataclass(frozen=True)
class Edits:
    """Edit-vs-edit: what A and B change in one legal event apart, and what both must show after."""

    name: str
    at_a: dict[str, str]
    at_b: dict[str, str]
    shown: dict[str, str]  # the merged values (a conflicted field: its provisional value)
    conflicts: tuple[str, ...]  # fields with an open conflict
    kind_at_b: str  # what B's import of A's bundle (the first to meet both edits) reports


_EDITS = [
    Edits("different fields", {"place": "Құлжа"}, {"authority": "court"},
          {"place": "Құлжа", "authority": "court"}, (), "merged"),
    Edits("same field, same value", {"place": "Құлжа"}, {"place": "Құлжа"}, {"place": "Құлжа"}, (), "merged"),
    Edits("same field, different values", {"place": "Құлжа"}, {"place": "Ghulja"},
          {"place": "Ghulja"}, ("place",), "conflicted"),
    Edits("narrative text on both sides, never merged inside", {"notes": "Taken at night."},
          {"notes": "Taken at dawn."}, {"notes": "Taken at dawn."}, ("notes",), "conflicted"),
    Edits("one field clashes, another merges", {"place": "Құлжа", "authority": "police"},
          {"place": "Ghulja", "notes": "Seen by a neighbour."},
          {"place": "Ghulja", "authority": "police", "notes": "Seen by a neighbour."}, ("place",),
          "conflicted"),
    Edits("only A edits", {"place": "Құлжа"}, {}, {"place": "Құлжа"}, (), "fast_forwards"),
    Edits("only B edits", {}, {"place": "Ghulja"}, {"place": "Ghulja"}, (), "unchanged"),
]  # fmt: skip


@pytest.mark.parametrize("row", _EDITS, ids=[row.name for row in _EDITS])
def test_edit_against_edit(row: Edits, pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path) -> None:
    """T33 / T34: concurrent edits of one record at two offices, exchanged both ways (A edits first,
    B second, so B's clock is later and B's value is the provisional one of a clash)."""
    a, b = pair
    case_id, event, _, _ = _start(a)
    send(a, b, tmp_path)
    if row.at_a:
        CaseService(a).save(dataclasses.replace(event, **row.at_a))
    if row.at_b:
        CaseService(b).save(dataclasses.replace(event, **row.at_b))
    at_b = send(a, b, tmp_path, since_last=True)
    send(b, a, tmp_path, since_last=True)
    assert at_b.merge is not None
    found = {
        "merged": at_b.merge.merges,
        "conflicted": at_b.merge.conflicted,
        "fast_forwards": at_b.merge.fast_forwards,
    }
    if row.kind_at_b == "unchanged":
        assert all(("legal_events", event.id) not in refs for refs in found.values())
    else:
        assert ("legal_events", event.id) in found[row.kind_at_b]
    assert state_digest(a) == state_digest(b)  # one merge revision, made alike at both offices
    for office in (a, b):
        shown = next(e for e in CaseService(office).get_case(case_id).legal_events if e.id == event.id)
        assert {name: getattr(shown, name) for name in row.shown} == row.shown
        conflicts = ConflictService(office).open_conflicts()
        assert tuple(c.field for c in conflicts) == row.conflicts
        for conflict in conflicts:  # both values kept, side by side
            sides = {side.value for side in conflict.sides}
            assert sides == {row.at_a[conflict.field], row.at_b[conflict.field]}

    # an answer at A travels and closes the conflict at B; the next round trip changes nothing
    answer = {name: f"{row.at_a[name]} / {row.at_b[name]}" for name in row.conflicts}
    if answer:
        CaseService(a).save(dataclasses.replace(shown, **answer))
        send(a, b, tmp_path, since_last=True)
        assert ConflictService(b).open_conflicts() == ()
    again = send(b, a, tmp_path, since_last=True)
    assert again.merge is not None and again.merge.conflicts == () and again.merge.merges == ()
    assert send(a, b, tmp_path, since_last=True).counts()["conflicts"] == 0
    assert state_digest(a) == state_digest(b)


def test_a_detention_edited_while_its_relative_is_deleted_elsewhere_is_a_conflict(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """T35, indirect, for the other record that goes with a relative: its detentions.  They used to
    go by the database's cascade without a tombstone, so an edit made meanwhile at another office
    vanished at both without a conflict; now the deletion travels and meets the edit."""
    a, b = pair
    case_id, _, relative, _ = _start(a)
    detention = CaseService(a).save(r.Detention(case_id, relative.id, facility="camp (fictional)"))
    send(a, b, tmp_path)
    CaseService(b).save(dataclasses.replace(detention, facility="camp No. 3 (fictional)"))
    CaseService(a).delete(r.Relative, relative.id)
    send(a, b, tmp_path, since_last=True)
    send(b, a, tmp_path, since_last=True)
    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        (conflict,) = ConflictService(office).open_conflicts()
        assert (conflict.record_table, conflict.record_id, conflict.field) == (
            "detentions",
            detention.id,
            DELETION,
        )
        assert CaseService(office).get_case(case_id).detentions == ()


@pytest.mark.parametrize("across", [False, True], ids=["event follows event", "event concerns a case"])
def test_a_link_made_to_a_record_deleted_elsewhere_is_gone_at_both_offices(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, across: bool
) -> None:
    """T35 / T38 (found by the property test): B links A's event while A deletes that event.  A
    never shows the link (its end is gone); B must not keep showing it either, or the offices
    differ for good.  The link stays in the history and both imports name it as kept back."""
    a, b = pair
    case_id, event, _, _ = _start(a)
    other = CaseService(a).open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы (fictional)")])
    later = CaseService(a).save(r.LegalEvent(case_id, LegalEventKind.SENTENCE, PartialDate(2019)))
    send(a, b, tmp_path)
    if across:
        link = r.Link(LinkKind.CONCERNS_CASE, case_id, "legal_events", event.id, "cases", other, other)
    else:
        link = r.Link(LinkKind.FOLLOWS, case_id, "legal_events", later.id, "legal_events", event.id)
    made = CaseService(b).save(link)
    CaseService(a).delete(r.LegalEvent, event.id)
    at_b = send(a, b, tmp_path, since_last=True)
    at_a = send(b, a, tmp_path, since_last=True)
    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        assert CaseService(office).get_case(case_id).links == ()
    assert at_a.merge is not None and at_b.merge is not None
    for report in (at_a, at_b):
        assert [(s.table, s.record_id) for s in report.merge.skipped] == [("links", made.id)]
