# SPDX-License-Identifier: GPL-3.0-or-later
"""T38 through real vaults and real bundles (a Hypothesis state machine): two to five offices open cases,
edit them, add, edit and delete legal events, add relatives held in detentions, edit the
detentions and delete the relatives, link events to each other and to other cases, delete
links, and write bundles (full, since the last one, or of some cases) that are
delivered in any order, late, twice, or never.  After a full exchange all round, every office
has the same state digest, and every edit made anywhere is in the final state, superseded in
the history, or in an open conflict.

The engine-level property (``tests/unit/exchange/test_merge_convergence.py``) runs hundreds of
histories; this one runs a few, each with ExchangeService export and import end to end.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import select

from app.db import models as m
from app.db.base import Base
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind, LinkKind, Relationship
from app.exchange.merge import Rev, heads
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.exchange import ExchangeService
from app.services.merge_apply import verified
from app.services.session import UnlockedVault
from tests.unit.exchange.merge_kit import lost_edits

from .sync_kit import bundle, make_templates, open_copies, state_digest

NAMES = "ABCDE"  # up to five offices
TEXTS = ("Құлжа", "Ghulja", "Алматы", "police", "court", "", "Seen in March.")
ANY = st.integers(0, 10_000)


def ids(vault: UnlockedVault, model: type[m.SyncedRecord]) -> list[str]:
    with vault.db.transaction(readonly=True) as session:
        return sorted(session.scalars(select(model.id)))


def history(vault: UnlockedVault) -> dict[tuple[str, str], dict[str, Rev]]:
    """Every revision of the vault, by record."""
    found: dict[tuple[str, str], dict[str, Rev]] = {}
    table = Base.metadata.tables["revisions"]
    with vault.db.transaction(readonly=True) as session:
        for row in session.execute(select(table)).mappings():
            _, rev = verified(dict(row))
            found.setdefault((rev.table, rev.record_id), {})[rev.id] = rev
    return found


def offices(count: int) -> type[RuleBasedStateMachine]:
    """The state machine for ``count`` offices (the first ``count`` templates)."""
    _office = st.integers(0, count - 1)

    class Offices(RuleBasedStateMachine):
        templates: ClassVar[Path]
        scratch: ClassVar[Path]

        def __init__(self) -> None:
            super().__init__()
            self.folder = Path(tempfile.mkdtemp(dir=self.scratch))
            self.vaults = open_copies(self.templates, self.folder, NAMES[:count])
            self.mail: list[tuple[bytes, frozenset[int]]] = []
            #: (table, record id, field, value) of every edit made, anywhere
            self.edits: list[tuple[str, str, str, object]] = []

        def _pick(self, office: int, model: type[m.SyncedRecord], pick: int) -> str | None:
            found = ids(self.vaults[office], model)
            return found[pick % len(found)] if found else None

        def _event(self, office: int, pick: int) -> r.LegalEvent | None:
            event_id = self._pick(office, m.LegalEvent, pick)
            if event_id is None:
                return None
            with self.vaults[office].db.transaction(readonly=True) as session:
                case_id = session.scalar(select(m.LegalEvent.case_id).where(m.LegalEvent.id == event_id))
            events = CaseService(self.vaults[office]).get_case(str(case_id)).legal_events
            return next(e for e in events if e.id == event_id)

        @initialize()
        def a_shared_case(self) -> None:
            a = self.vaults[0]
            case_id = CaseService(a).open_case(r.Person(), [r.PersonName("", "Нұрлан Серікұлы (fictional)")])
            CaseService(a).save(r.LegalEvent(case_id, LegalEventKind.ARREST, PartialDate(2018, 4)))
            data = bundle(a, self.folder, self.vaults[1:])
            for vault in self.vaults[1:]:
                ExchangeService(vault).import_bundle(data)

        @rule(office=_office, name=st.sampled_from(["Айгүл", "Ерлан", "Gulnar"]))
        def open_case(self, office: int, name: str) -> None:
            CaseService(self.vaults[office]).open_case(r.Person(), [r.PersonName("", f"{name} (fictional)")])

        @rule(
            office=_office,
            pick=ANY,
            field=st.sampled_from(["summary", "reference"]),
            value=st.sampled_from(TEXTS),
        )
        def edit_case(self, office: int, pick: int, field: str, value: str) -> None:
            case_id = self._pick(office, m.Case, pick)
            assert case_id is not None  # the shared case is everywhere
            cases = CaseService(self.vaults[office])
            if field == "reference":  # a reference is never blank and never another case's
                value = f"{value or 'R'}-{len(self.edits)}"
            cases.save(dataclasses.replace(cases.get_case(case_id).case, **{field: value}))
            self.edits.append(("cases", case_id, field, value))

        @rule(office=_office, pick=ANY, place=st.sampled_from(TEXTS))
        def add_event(self, office: int, pick: int, place: str) -> None:
            case_id = self._pick(office, m.Case, pick)
            assert case_id is not None
            CaseService(self.vaults[office]).save(r.LegalEvent(case_id, LegalEventKind.TRIAL, place=place))

        @rule(
            office=_office,
            pick=ANY,
            field=st.sampled_from(["place", "authority", "notes"]),
            value=st.sampled_from(TEXTS),
        )
        def edit_event(self, office: int, pick: int, field: str, value: str) -> None:
            event = self._event(office, pick)
            if event is not None:
                CaseService(self.vaults[office]).save(dataclasses.replace(event, **{field: value}))
                self.edits.append(("legal_events", event.id, field, value))

        @rule(office=_office, pick=ANY)
        def delete_event(self, office: int, pick: int) -> None:
            event_id = self._pick(office, m.LegalEvent, pick)
            if event_id is not None:
                CaseService(self.vaults[office]).delete(r.LegalEvent, event_id)

        @rule(office=_office, pick=ANY, facility=st.sampled_from(TEXTS))
        def add_relative(self, office: int, pick: int, facility: str) -> None:
            """A relative, held in a detention."""
            case_id = self._pick(office, m.Case, pick)
            assert case_id is not None
            cases = CaseService(self.vaults[office])
            relative = cases.add_relative(
                r.Relative(case_id, "", Relationship.BROTHER),
                r.Person(),
                [r.PersonName("", "Серік (fictional)")],
            )
            cases.save(r.Detention(case_id, relative.id, facility=facility))

        @rule(office=_office, pick=ANY, facility=st.sampled_from(TEXTS))
        def edit_detention(self, office: int, pick: int, facility: str) -> None:
            detention_id = self._pick(office, m.Detention, pick)
            if detention_id is None:
                return
            with self.vaults[office].db.transaction(readonly=True) as session:
                case_id = session.scalar(select(m.Detention.case_id).where(m.Detention.id == detention_id))
            cases = CaseService(self.vaults[office])
            detention = next(d for d in cases.get_case(str(case_id)).detentions if d.id == detention_id)
            cases.save(dataclasses.replace(detention, facility=facility))
            self.edits.append(("detentions", detention_id, "facility", facility))

        @rule(office=_office, pick=ANY)
        def delete_relative(self, office: int, pick: int) -> None:
            relative_id = self._pick(office, m.Relative, pick)
            if relative_id is not None:
                CaseService(self.vaults[office]).delete(r.Relative, relative_id)

        @rule(office=_office, pick=ANY, other=ANY, across=st.booleans())
        def link(self, office: int, pick: int, other: int, across: bool) -> None:
            """An event follows another of its case, or concerns another case."""
            event = self._event(office, pick)
            if event is None:
                return
            if across:
                target = self._pick(office, m.Case, other)
                assert target is not None
                made = r.Link(
                    LinkKind.CONCERNS_CASE, event.case_id, "legal_events", event.id, "cases", target, target
                )
            else:
                second = self._event(office, other)
                if second is None or second.case_id != event.case_id or second.id == event.id:
                    return
                made = r.Link(
                    LinkKind.FOLLOWS, event.case_id, "legal_events", event.id, "legal_events", second.id
                )
            CaseService(self.vaults[office]).save(made)

        @rule(office=_office, pick=ANY)
        def unlink(self, office: int, pick: int) -> None:
            link_id = self._pick(office, m.Link, pick)
            if link_id is not None:
                CaseService(self.vaults[office]).delete(r.Link, link_id)

        @rule(
            office=_office,
            to=st.sets(_office, min_size=1),
            scope=st.sampled_from(["full", "since-last", "cases"]),
            pick=ANY,
        )
        def write_bundle(self, office: int, to: set[int], scope: str, pick: int) -> None:
            source = self.vaults[office]
            others = sorted(to - {office})
            cases = None
            if scope == "cases":
                case_id = self._pick(office, m.Case, pick)
                cases = [case_id] if case_id else None
            data = bundle(
                source,
                self.folder,
                [self.vaults[i] for i in others],
                cases=cases,
                since_last=scope == "since-last",
            )
            self.mail.append((data, frozenset({office, *others})))

        @rule(office=_office, pick=ANY)
        def deliver(self, office: int, pick: int) -> None:
            """Any bundle addressed to the office, whenever: late, out of order, again."""
            mine = [data for data, to in self.mail if office in to]
            if mine:
                ExchangeService(self.vaults[office]).import_bundle(mine[pick % len(mine)])

        def teardown(self) -> None:
            try:
                self._full_exchange()
                self._check()
            finally:
                for vault in self.vaults:
                    vault.lock()
                shutil.rmtree(self.folder, ignore_errors=True)

        def _full_exchange(self) -> None:
            for _ in range(2):  # merges made in the first round travel in the second
                for source in self.vaults:
                    others = [v for v in self.vaults if v is not source]
                    data = bundle(source, self.folder, others)
                    for target in others:
                        ExchangeService(target).import_bundle(data)

        def _check(self) -> None:
            digests = [state_digest(vault) for vault in self.vaults]
            assert digests[1:] == digests[:-1], "the offices hold different case data"
            revs = history(self.vaults[0])
            for table, record_id, field, value in self.edits:
                assert any(rev.values.get(field) == value for rev in revs[table, record_id].values()), (
                    f"an edit of {table}.{field} is not in the history"
                )
            for (table, record_id), record in revs.items():
                (head,) = heads(record, record)
                assert lost_edits(record, record[head]) == [], f"an edit of {table} {record_id} was lost"
            conflicts = [ConflictService(vault).open_conflicts() for vault in self.vaults]
            # Two conflicts may hold one field (merges of merges), with values of any type: compare as JSON.
            keys = [
                sorted(json.dumps([c.record_id, c.field, c.provisional], default=str) for c in found)
                for found in conflicts
            ]
            assert keys[1:] == keys[:-1], "the offices disagree on the open conflicts"

    return Offices


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_templates(tmp_path_factory.mktemp("offices"), NAMES)


@pytest.mark.parametrize("count", [2, 3, 5])
def test_offices_exchanging_real_bundles_converge_without_losing_an_edit(
    templates: Path, tmp_path: Path, count: int
) -> None:
    """T38 (vaults): a few generated histories of two, three and five offices, each checked as
    described above."""
    machine = offices(count)
    machine.templates, machine.scratch = templates, tmp_path
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=6 if count == 3 else 3,
            stateful_step_count=25,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
