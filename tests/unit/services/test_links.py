# SPDX-License-Identifier: GPL-3.0-or-later
"""Links (docs/model-v2.md §2): every kind saved, read from both ends, kept in history, checked on Save."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy import event

from app.domain import records as r
from app.domain.errors import ValidationError
from app.domain.vocab import LegalEventKind, LinkKind, RequestKind
from app.services.bundle import Services
from app.services.case_edit import CaseEdit
from app.services.case_text_links import PHRASES, Labels
from app.services.session import UnlockedVault
from tests.security.kit import digest, table_rows
from tests.unit.services.v2_kit import event_of, minister, request_of, v2_case, without

End = tuple[str, str]
#: kind → (source, target) picked from the case file, the party and the other case's id.
Pick = Callable[[r.CaseFile, r.Party, str], tuple[End, End]]
E, Q = LegalEventKind, RequestKind
LINKS: dict[str, tuple[LinkKind, Pick]] = {
    "answers": (
        LinkKind.ANSWERS,
        lambda f, p, o: (
            ("legal_events", event_of(f, E.CITIZENSHIP_REFUSED).id),
            ("requests", request_of(f, Q.CITIZENSHIP).id),
        ),
    ),
    "contests": (
        LinkKind.CONTESTS,
        lambda f, p, o: (
            ("requests", request_of(f, Q.COMPLAINT).id),
            ("legal_events", event_of(f, E.CITIZENSHIP_REFUSED).id),
        ),
    ),
    "extends": (
        LinkKind.EXTENDS,
        lambda f, p, o: (
            ("legal_events", event_of(f, E.CERTIFICATE_EXTENDED).id),
            ("legal_events", event_of(f, E.CERTIFICATE_ISSUED).id),
        ),
    ),
    "follows": (
        LinkKind.FOLLOWS,
        lambda f, p, o: (
            ("legal_events", event_of(f, E.SENTENCE).id),
            ("legal_events", event_of(f, E.TRIAL).id),
        ),
    ),
    "may-answer": (
        LinkKind.MAY_ANSWER,
        lambda f, p, o: (
            ("pressure_reports", f.pressure_reports[0].id),
            ("legal_events", event_of(f, E.PUBLIC_TESTIMONY).id),
        ),
    ),
    "concerns detention": (
        LinkKind.CONCERNS,
        lambda f, p, o: (("pressure_reports", f.pressure_reports[0].id), ("detentions", f.detentions[0].id)),
    ),
    "concerns relative": (
        LinkKind.CONCERNS,
        lambda f, p, o: (("requests", request_of(f, Q.COMPLAINT).id), ("relatives", f.relatives[1].id)),
    ),
    "concerns-case": (
        LinkKind.CONCERNS_CASE,
        lambda f, p, o: (("legal_events", event_of(f, E.CITIZENSHIP_REFUSED).id), ("cases", o)),
    ),
    "source-of": (
        LinkKind.SOURCE_OF,
        lambda f, p, o: (("sources", f.sources[0].id), ("legal_events", event_of(f, E.SENTENCE).id)),
    ),
    "perpetrator": (
        LinkKind.PERPETRATOR,
        lambda f, p, o: (("parties", p.id), ("pressure_reports", f.pressure_reports[0].id)),
    ),
    "decision-maker": (
        LinkKind.DECISION_MAKER,
        lambda f, p, o: (("parties", p.id), ("legal_events", event_of(f, E.CITIZENSHIP_REFUSED).id)),
    ),
    "intervening": (
        LinkKind.INTERVENING,
        lambda f, p, o: (("parties", p.id), ("requests", request_of(f, Q.COMPLAINT).id)),
    ),
}


@pytest.fixture
def services(vault: UnlockedVault) -> Services:
    return Services.for_vault(vault)


def test_every_link_kind_has_a_case_in_this_test() -> None:
    assert {kind for kind, _ in LINKS.values()} == set(LinkKind)


def _linked(services: Services, name: str) -> tuple[r.CaseFile, r.Link, str]:
    """The v2 case with one link of ``name`` saved: the case as stored, the link, the other case's id."""
    stored = v2_case(services)
    party = minister(services)
    other = services.cases.open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы")])
    kind, pick = LINKS[name]
    (source_table, source_id), (target_table, target_id) = pick(stored, party, other)
    link = r.Link(
        kind, stored.case.id, source_table, source_id, target_table, target_id, note="n", id=r.new_id()
    )
    edit = dataclasses.replace(stored, links=(link,), parties=(party,))
    saved = services.case_edits.save(CaseEdit(edit, stored)).case
    return saved, link, other


@pytest.mark.parametrize("name", list(LINKS))
def test_a_link_is_read_from_both_ends_kept_in_history_and_deleted_with_its_record(
    services: Services, name: str
) -> None:
    saved, link, other = _linked(services, name)
    (stored_link,) = saved.links
    expected_case = other if link.kind == LinkKind.CONCERNS_CASE else ""
    assert stored_link == dataclasses.replace(link, target_case_id=expected_case)  # filled in by the service
    assert services.cases.get_case(saved.case.id).links == (stored_link,)
    others = [c.id for c in services.cases.get_case(saved.case.id).other_cases]
    assert others == ([other] if link.kind == LinkKind.CONCERNS_CASE else [])  # never the case itself
    forward, backward = PHRASES[link.kind]
    labels = Labels(saved)
    assert any(line.startswith(forward) for line in labels.link_lines(link.source_id))
    if link.kind == LinkKind.CONCERNS_CASE:  # read from the other case too
        other_file = services.cases.get_case(other)
        assert other_file.links == (stored_link,)
        assert Labels(other_file).link_lines(other) == [
            f'{backward} legal_events {link.source_id} in case {saved.case.reference} Нұрлан Серікұлы: "n"'
        ]  # the other case by its reference and subject
        assert other_file.other_cases == (r.CaseRef(saved.case.id, saved.case.reference, "Нұрлан Серікұлы"),)
        assert any(v.record_id == link.id for v in services.history.case_history(other))
    else:
        assert any(line.startswith(backward) for line in labels.link_lines(link.target_id))
    history = [v for v in services.history.case_history(saved.case.id) if v.record_id == link.id]
    assert [v.deleted for v in history] == [False]
    assert history[0].values["kind"] == link.kind.value

    # Deleting an end (the source; a party is office-wide, so then the target) deletes the link.
    end = link.target_id if link.source_table == "parties" else link.source_id
    after = services.case_edits.save(CaseEdit(without(saved, end), saved)).case
    assert after.links == ()
    history = [v for v in services.history.case_history(saved.case.id) if v.record_id == link.id]
    assert [v.deleted for v in history] == [False, True]  # its tombstone


def _refused(services: Services, stored: r.CaseFile, link: r.Link, vault: UnlockedVault) -> ValidationError:
    before = digest(table_rows(vault))
    with pytest.raises(ValidationError) as info:
        services.case_edits.save(CaseEdit(dataclasses.replace(stored, links=(link,)), stored))
    assert digest(table_rows(vault)) == before
    return info.value


def test_a_link_with_a_missing_end_unknown_table_or_unfit_kind_is_refused(
    services: Services, vault: UnlockedVault
) -> None:
    stored = v2_case(services)
    c, refusal = stored.case.id, event_of(stored, E.CITIZENSHIP_REFUSED).id
    request = request_of(stored, Q.CITIZENSHIP).id
    answers = r.Link(LinkKind.ANSWERS, c, "legal_events", refusal, "requests", request, id=r.new_id())
    cases = [
        (dataclasses.replace(answers, target_id=r.new_id()), "target_id"),
        (dataclasses.replace(answers, source_id=r.new_id()), "source_id"),
        (dataclasses.replace(answers, target_table="users"), "target_table"),
        (dataclasses.replace(answers, source_table="no_such_table"), "source_table"),
        (dataclasses.replace(answers, kind=LinkKind.FOLLOWS), "kind"),  # follows joins two legal events
        (
            dataclasses.replace(
                answers,
                source_table="requests",
                source_id=request,
                target_table="legal_events",
                target_id=refusal,
            ),
            "kind",
        ),  # reversed: a request does not answer an event
    ]
    for link, field in cases:
        assert _refused(services, stored, link, vault).field == field, link
    # A link into another case naming the wrong case is refused; an empty one is filled in.
    other = services.cases.open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы")])
    third = services.cases.open_case(r.Person(), [r.PersonName("", "Болат Тұрсынұлы")])
    into = r.Link(LinkKind.CONCERNS_CASE, c, "legal_events", refusal, "cases", other, target_case_id=third)
    assert _refused(services, stored, into, vault).field == "target_case_id"


def test_a_link_to_a_record_deleted_in_the_same_save_is_refused(
    services: Services, vault: UnlockedVault
) -> None:
    stored = v2_case(services)
    detention = stored.detentions[0].id
    link = r.Link(
        LinkKind.CONCERNS,
        stored.case.id,
        "pressure_reports",
        stored.pressure_reports[0].id,
        "detentions",
        detention,
    )
    edit = dataclasses.replace(without(stored, detention), links=(link,))
    before = digest(table_rows(vault))
    with pytest.raises(ValidationError) as info:
        services.case_edits.save(CaseEdit(edit, stored))
    assert info.value.field == "target_id" and digest(table_rows(vault)) == before


def test_preparing_to_read_runs_every_statement_a_case_read_runs_and_reads_no_record(
    services: Services, vault: UnlockedVault
) -> None:
    """#13: the first case opened after an unlock took 21-28 ms to read, the next 5 ms (compiling)."""
    stored, party = v2_case(services), minister(services)
    other = services.cases.open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы")])
    links = []
    for name in ("perpetrator", "concerns-case"):  # to a party and to another case
        kind, pick = LINKS[name]
        (source_table, source_id), (target_table, target_id) = pick(stored, party, other)
        links.append(
            r.Link(kind, stored.case.id, source_table, source_id, target_table, target_id, id=r.new_id())
        )
    edit = dataclasses.replace(stored, links=tuple(links), parties=(party,))
    case_id = services.case_edits.save(CaseEdit(edit, stored)).case.case.id
    services.attachments.add(case_id, "scan.pdf", b"%PDF-1.4 fictional", "application/pdf")
    engine = vault.db.engine
    ran: list[tuple[object, object]] = []

    def record(conn: object, clause: object, multiparams: object, params: object, options: object) -> None:
        ran.append((clause, params))

    event.listen(engine, "before_execute", record)
    try:
        services.cases.prepare_reading()
        prepared = {id(clause) for clause, _ in ran}
        assert all(params in ({"key": "-"}, {"key": ["-"]}) for _, params in ran)  # a key no record has
        ran.clear()
        read = services.cases.get_case(case_id)
        assert read.other_cases and read.parties and read.attachments and read.relatives
    finally:
        event.remove(engine, "before_execute", record)
    read_by_cases = {id(clause) for clause, _ in ran}
    assert len(read_by_cases) >= 14 and read_by_cases <= prepared
