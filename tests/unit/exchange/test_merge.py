# SPDX-License-Identifier: GPL-3.0-or-later
"""The merge engine: ancestry decides, fields merge three-way, conflicts are data, every office agrees."""

from __future__ import annotations

import itertools

import pytest

from app.exchange.merge import (
    DELETION,
    MERGE_AUTHOR,
    WITHHELD,
    Kind,
    Outcome,
    Rev,
    hold,
    merge_pair,
    open_conflicts,
    resolve,
)
from tests.unit.exchange.merge_kit import FIVE_YEARS_MS, edit, known, rev, stamp, tombstone

BASE = {"given": "Нұрлан", "family": "Серікұлы", "village": "Шәуешек", "story": "He left in 2017."}


def both_ways(local: Rev, incoming: Rev, *history: Rev) -> tuple[Outcome, Outcome]:
    """The outcome at A (``local`` ours, ``incoming`` from B) and at B (the other way round)."""
    everything = known(*history)
    return resolve(local.id, [incoming], everything), resolve(incoming.id, [local], everything)


def test_ancestry_alone_decides_nothing_fast_forward_or_new() -> None:
    root = rev(BASE)
    later = edit(root, "B", 1, village="Құлжа")
    history = known(root, later)
    assert resolve(later.id, [root], history).kind is Kind.UNCHANGED
    forward = resolve(root.id, [later], history)
    assert (forward.kind, forward.head.id, forward.made) == (Kind.FAST_FORWARD, later.id, ())
    assert resolve(None, [root, later], history).kind is Kind.NEW
    assert resolve(None, [root, later], history).head.id == later.id


def test_t34_different_fields_merge_to_the_same_revision_at_both_offices() -> None:
    root = rev(BASE)
    at_a = edit(root, "A", 1, village="Құлжа")
    at_b = edit(root, "B", 2, given="Нурлан")
    outcome_a, outcome_b = both_ways(at_a, at_b, root, at_a, at_b)
    for outcome in (outcome_a, outcome_b):
        assert outcome.kind is Kind.MERGED and outcome.conflicts == ()
    head = outcome_a.head
    assert head.id == outcome_b.head.id
    assert head.values == {**BASE, "village": "Құлжа", "given": "Нурлан"}
    assert head.parents == tuple(sorted((at_a.id, at_b.id)))
    assert head.author == MERGE_AUTHOR and head.hlc == at_b.hlc


def test_t33_same_field_conflict_has_the_same_provisional_value_at_both_offices() -> None:
    root = rev(BASE)
    at_a = edit(root, "A", 1, village="Құлжа")
    at_b = edit(root, "B", 2, village="Ғұлжа")
    outcome_a, outcome_b = both_ways(at_a, at_b, root, at_a, at_b)
    assert outcome_a == outcome_b
    assert outcome_a.kind is Kind.CONFLICT
    (conflict,) = outcome_a.conflicts
    assert (conflict.table, conflict.record_id, conflict.field) == ("persons", "rec-1", "village")
    assert conflict.merge_id == outcome_a.head.id
    assert [(c.revision_id, c.value, c.author, c.hlc) for c in conflict.candidates] == [
        (at_a.id, "Құлжа", at_a.author, at_a.hlc),
        (at_b.id, "Ғұлжа", at_b.author, at_b.hlc),
    ]
    assert conflict.provisional == "Ғұлжа" == outcome_a.head.values["village"]


def test_both_sides_to_the_same_value_is_no_conflict() -> None:
    root = rev(BASE)
    outcome, _ = both_ways(
        a := edit(root, "A", 1, village="Құлжа"), b := edit(root, "B", 2, village="Құлжа"), root, a, b
    )
    assert outcome.kind is Kind.MERGED and outcome.head.values["village"] == "Құлжа"


def test_narrative_text_is_never_merged_inside() -> None:
    root = rev(BASE)
    at_a = edit(root, "A", 1, story="He left in 2017. His brother was detained.")
    at_b = edit(root, "B", 2, story="He left in 2017. He crossed at Khorgos.")
    outcome = resolve(at_a.id, [at_b], known(root, at_a, at_b))
    (conflict,) = outcome.conflicts
    assert conflict.field == "story"
    assert outcome.head.values["story"] == at_b.values["story"]  # one side whole, never a splice


def test_a_withheld_value_never_overwrites_and_never_counts_as_a_change() -> None:
    root = rev(BASE)
    ours = edit(root, "A", 1, village="Құлжа")
    redacted = edit(root, "B", 2, village=dict(WITHHELD), story=dict(WITHHELD), given="Нурлан")
    outcome = resolve(ours.id, [redacted], known(root, ours, redacted))
    assert outcome.kind is Kind.MERGED
    assert outcome.head.values == {**BASE, "village": "Құлжа", "given": "Нурлан"}


# KeePassXC's TestMerge::testDeletionConflictTemplate, for records: a record deleted directly, or
# with its parent (the deleting office tombstones the children too, as CaseWriter does), before or
# after the other office edited it; deleted at the incoming side ("source") or here ("target").
# KeePassXC lets the newer action win; here every one of the eight is a conflict that keeps the edit.
@pytest.mark.parametrize("deleted_here", [False, True], ids=["deleted-in-source", "deleted-in-target"])
@pytest.mark.parametrize("delete_first", [True, False], ids=["delete-before-edit", "delete-after-edit"])
@pytest.mark.parametrize("indirect", [False, True], ids=["directly", "with-its-parent"])
def test_delete_vs_edit_matrix_is_always_a_conflict(
    deleted_here: bool, delete_first: bool, indirect: bool
) -> None:
    parent = rev({"name": "Жақып"}, record="relative-1", table="relatives")
    child = rev(
        {"relative_id": "relative-1", "status": "detained"}, record="status-1", table="relative_statuses"
    )
    deleting, editing = ("A", "B") if deleted_here else ("B", "A")
    delete_step, edit_step = (1, 2) if delete_first else (2, 1)
    gone = tombstone(child, deleting, delete_step)
    edited = edit(child, editing, edit_step, status="released")
    local, incoming = (gone, edited) if deleted_here else (edited, gone)
    outcome = resolve(local.id, [incoming], known(child, gone, edited))
    assert outcome.kind is Kind.CONFLICT and not outcome.head.deleted
    assert outcome.head.values["status"] == "released"
    (conflict,) = outcome.conflicts
    assert conflict.field == DELETION and conflict.provisional is False
    assert {(c.deleted, c.value is None) for c in conflict.candidates} == {(True, True), (False, False)}
    if indirect:  # the parent, deleted on one side and untouched on the other, is deleted
        parent_gone = tombstone(parent, deleting, delete_step)
        ours, theirs = (parent_gone, parent) if deleted_here else (parent, parent_gone)
        parent_outcome = resolve(ours.id, [theirs], known(parent, parent_gone))
        assert parent_outcome.head.deleted and parent_outcome.conflicts == ()


def test_delete_vs_delete_and_delete_vs_untouched_stay_deleted() -> None:
    root = rev(BASE)
    outcome, _ = both_ways(a := tombstone(root, "A", 1), b := tombstone(root, "B", 2), root, a, b)
    assert outcome.kind is Kind.MERGED and outcome.head.deleted
    redacted_only = edit(root, "B", 3, story=dict(WITHHELD))
    gone = tombstone(root, "A", 1)
    outcome = resolve(gone.id, [redacted_only], known(root, gone, redacted_only))
    assert outcome.head.deleted and outcome.conflicts == ()


def test_t22_stale_replay_changes_nothing_and_resurrects_nothing() -> None:
    root = rev(BASE)
    first = edit(root, "A", 1, village="Құлжа")
    second = edit(first, "A", 2, given="Нурлан")
    gone = tombstone(second, "A", 3)
    history = known(root, first, second, gone)
    for replay in ([root], [root, first], [first, second], [second]):
        outcome = resolve(gone.id, replay, history)
        assert (outcome.kind, outcome.head.id, outcome.made) == (Kind.UNCHANGED, gone.id, ())


def test_t37_a_clock_five_years_ahead_does_not_win_silently() -> None:
    root = rev(BASE)
    ours = edit(root, "A", 1, village="Құлжа")
    future = rev({**BASE, "village": "Ғұлжа"}, root, office="B", hlc=stamp(2, skew_ms=FIVE_YEARS_MS))
    outcome = resolve(ours.id, [future], known(root, ours, future))
    assert outcome.kind is Kind.CONFLICT
    assert [c.field for c in outcome.conflicts] == ["village"]
    assert {c.value for c in outcome.conflicts[0].candidates} == {"Құлжа", "Ғұлжа"}
    # and a skewed edit that is an ancestor stays an ancestor, whatever its clock
    assert resolve(ours.id, [root], known(root, ours)).kind is Kind.UNCHANGED


def test_three_heads_fold_the_same_whatever_the_order_of_arrival() -> None:
    root = rev(BASE)
    heads = [
        edit(root, "A", 1, village="Құлжа"),
        edit(root, "B", 2, village="Ғұлжа", given="Нурлан"),
        edit(root, "C", 3, story="He left in 2018."),
    ]
    history = known(root, *heads)
    results = [resolve(order[0].id, list(order[1:]), history) for order in itertools.permutations(heads)]
    assert all(result == results[0] for result in results)
    head, made, conflicts = results[0].head, results[0].made, results[0].conflicts
    assert len(made) == 2 and head.values["story"] == "He left in 2018." and head.values["given"] == "Нурлан"
    assert [c.field for c in conflicts] == ["village"]


def test_a_conflict_stays_open_until_a_person_answers_it() -> None:
    root = rev(BASE)
    at_a = edit(root, "A", 1, village="Құлжа")
    at_b = edit(root, "B", 2, village="Ғұлжа")
    merged, conflicts = merge_pair(at_a, at_b, known(root, at_a, at_b))
    history = known(root, at_a, at_b, merged)
    assert open_conflicts(merged.id, history) == conflicts
    # another concurrent edit merged in later: still open (only merge revisions lie between)
    at_c = edit(root, "C", 3, given="Нурлан")
    later, _ = merge_pair(merged, at_c, {**history, at_c.id: at_c})
    history.update(known(at_c, later))
    assert [c.field for c in open_conflicts(later.id, history)] == ["village"]
    answer = edit(later, "A", 4, village="Құлжа")
    history[answer.id] = answer
    assert open_conflicts(answer.id, history) == ()
    # the answer reaches B, which had only its own merge: a fast-forward, and closed there too
    assert resolve(merged.id, [at_c, later, answer], history).head.id == answer.id


def test_a_held_deletion_is_the_same_revision_everywhere_and_a_conflict_until_answered() -> None:
    root = rev(BASE)
    gone = tombstone(root, "A", 1)
    kept = hold(gone)
    assert kept == hold(gone) and kept.is_hold and not kept.is_merge  # any office makes this one
    assert (kept.parents, kept.values, kept.deleted, kept.author) == (
        (gone.id,),
        gone.values,
        False,
        MERGE_AUTHOR,
    )
    history = known(root, gone, kept)
    (conflict,) = open_conflicts(kept.id, history)
    assert (conflict.field, conflict.merge_id, conflict.provisional) == (DELETION, kept.id, False)
    assert sorted(c.deleted for c in conflict.candidates) == [False, True]
    # an edit from a third office merged in: still open, and only once
    at_c = edit(root, "C", 2, village="Құлжа")
    merged, _ = merge_pair(kept, at_c, {**history, at_c.id: at_c})
    history.update(known(at_c, merged))
    assert [c.merge_id for c in open_conflicts(merged.id, history)] == [kept.id]
    for answer in (edit(merged, "B", 3), tombstone(merged, "B", 3)):  # kept, or deleted after all
        assert open_conflicts(answer.id, {**history, answer.id: answer}) == ()
