# SPDX-License-Identifier: GPL-3.0-or-later
"""What an export of chosen cases carries: every record of those cases with all its revisions (a
deleted one as its tombstone), the people and parties they name, and nothing of other cases (T40)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection, event

from app.domain import records as r
from app.services.bundle import Services
from app.services.exchange_scope import Scope, records_in_scope, revision_mark, revisions_in_scope
from app.services.session import UnlockedVault

from .v2_kit import v2_case

CANARY = "Канарейка Басқаісқызы"  # fictional: a person linked only to the other case


def _scope(vault: UnlockedVault, scope: Scope) -> list[dict[str, object]]:
    with vault.db.transaction(readonly=True) as session:
        return list(revisions_in_scope(session.connection(), scope))


def test_a_case_scope_carries_its_records_and_people_and_nothing_of_another_case(
    vault: UnlockedVault,
) -> None:
    services = Services.for_vault(vault)
    shown = v2_case(services, "SC-1")
    other = v2_case(services, "SC-2")
    services.cases.add_relative(r.Relative(other.case.id, ""), r.Person(), [r.PersonName("", CANARY)])
    interview = services.cases.save(r.Interview(shown.case.id, place="office", id=r.new_id()))
    services.cases.delete(r.Interview, interview.id)

    with vault.db.transaction(readonly=True) as session:
        records = records_in_scope(session.connection(), [shown.case.id])
    assert records["cases"] == {shown.case.id}
    assert shown.subject.person.id in records["persons"]
    assert {p.person.id for p in shown.relative_people} <= records["persons"]
    assert {q.id for q in shown.requests} <= records["requests"]
    assert {link.id for link in shown.links} <= records["links"]
    assert {party.id for party in shown.parties} <= records["parties"]
    assert interview.id in records["interviews"]  # deleted since: it travels as its tombstone
    assert other.subject.person.id not in records["persons"]

    carried = _scope(vault, Scope(frozenset({shown.case.id})))
    text = repr(carried)
    assert CANARY not in text and "SC-2" not in text and "SC-1" in text
    assert any(rev["record_id"] == interview.id and rev["deleted"] for rev in carried)
    hlcs = [str(rev["hlc"]) for rev in carried]
    assert len({rev["id"] for rev in carried}) == len(carried)

    everything = _scope(vault, Scope())
    assert CANARY in repr(everything) and len(everything) > len(carried)
    assert [str(rev["hlc"]) for rev in everything] == sorted(str(rev["hlc"]) for rev in everything)
    with vault.db.transaction(readonly=True) as session:
        mark = revision_mark(session.connection())
    assert _scope(vault, Scope(after=mark)) == []
    services.cases.save(r.Interview(shown.case.id, place="Almaty", id=r.new_id()))
    (later,) = _scope(vault, Scope(after=mark))
    assert later["record_table"] == "interviews" and str(later["hlc"]) > max(hlcs)


def test_the_changes_since_a_mark_are_read_by_their_stored_numbers(vault: UnlockedVault) -> None:
    """A whole-vault file since the last one walks the revisions stored after its mark (the rowid),
    not every revision: its statement's plan searches the rowid range."""
    v2_case(Services.for_vault(vault), "SC-3")
    sent: list[tuple[str, object]] = []
    with vault.db.transaction(readonly=True) as session:
        connection = session.connection()
        after = revision_mark(connection) - 1
        with _statements(connection, sent):
            (carried,) = revisions_in_scope(connection, Scope(after=after))
        ((sql, parameters),) = sent
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters).all()
    assert carried["record_table"] and "SEARCH revisions USING INTEGER PRIMARY KEY (rowid>?)" in [
        row[-1] for row in plan
    ], plan


@contextlib.contextmanager
def _statements(connection: Connection, sent: list[tuple[str, object]]) -> Iterator[None]:
    """``sent`` gets each statement run on ``connection`` in the block, with its parameters."""

    def caught(_conn: object, _cursor: object, sql: str, parameters: object, *_: object) -> None:
        sent.append((sql, parameters))

    event.listen(connection, "before_cursor_execute", caught)
    try:
        yield
    finally:
        event.remove(connection, "before_cursor_execute", caught)
