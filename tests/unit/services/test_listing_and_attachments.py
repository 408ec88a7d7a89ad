# SPDX-License-Identifier: GPL-3.0-or-later
"""Case list paging, sorting, filters and dashboard; attachments in chunks with their SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import update

from app.db import models as m
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError, VaultDamagedError
from app.domain.vocab import CaseStatus, LegalEventKind
from app.services import attachments
from app.services.attachments import AttachmentService, safe_display_name
from app.services.cases import CaseService
from app.services.listing import DASHBOARD_ROWS, ListingService
from app.services.session import UnlockedVault

TODAY = dt.date(2026, 11, 22)


def _case(service: CaseService, name: str, status: CaseStatus = CaseStatus.OPEN) -> str:
    return service.open_case(r.Person(), [r.PersonName("", name)], r.Case("", "", status=status))


def test_pages_sort_by_alphabet_of_each_script(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    for name in ("Яков Петров", "Әсел Ахмет", "Айгүл Оспан", "Zhanar Ospan", "Asel Ahmet"):
        _case(cases, name)
    listing = ListingService(vault)
    first = listing.page(r.CaseFilter(), sort=r.CaseSort.NAME, descending=False, limit=3)
    second = listing.page(
        r.CaseFilter(), sort=r.CaseSort.NAME, descending=False, after=first.last_key, limit=3
    )
    assert first.total == 5
    names = [row.subject_name for row in first.rows + second.rows]
    assert names == ["Asel Ahmet", "Zhanar Ospan", "Айгүл Оспан", "Әсел Ахмет", "Яков Петров"]


def test_filters_and_dashboard_deadlines(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    soon = _case(cases, "Нұрлан Серікұлы")
    later = _case(cases, "Марат Ахметұлы", CaseStatus.WAITING)
    expired = _case(cases, "Болат Тұрсынұлы")
    for case_id, until in ((soon, "2026-12-15"), (later, "2027-09-01"), (expired, "2026-10-01")):
        cases.save(
            r.LegalEvent(case_id, LegalEventKind.CERTIFICATE_EXTENDED, valid_until=PartialDate.parse(until))
        )
    listing = ListingService(vault)
    assert {row.id for row in listing.page(r.CaseFilter(status=CaseStatus.WAITING)).rows} == {later}
    within = listing.page(r.CaseFilter(deadline=r.DeadlineFilter.DUE_WITHIN, deadline_days=60), today=TODAY)
    assert {row.id for row in within.rows} == {soon}
    overdue = listing.page(r.CaseFilter(deadline=r.DeadlineFilter.OVERDUE), today=TODAY)
    assert {row.id for row in overdue.rows} == {expired}
    board = listing.dashboard(within_days=60, today=TODAY)
    assert [row.id for row in board.expiring] == [soon]
    assert [row.id for row in board.expired] == [expired]
    by_deadline = listing.page(r.CaseFilter(), sort=r.CaseSort.DEADLINE, descending=False)
    assert [row.id for row in by_deadline.rows] == [expired, soon, later]


def test_attachment_round_trip_in_chunks(vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "CHUNK_SIZE", 1000)
    case_id = _case(CaseService(vault), "Жанар Оспанқызы")
    data = bytes(range(256)) * 20
    stored = AttachmentService(vault).add(case_id, "../../passport scan.png", data, "image/png")
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.display_name == "passport scan.png"
    assert stored.kind == "photo"
    assert AttachmentService(vault).read(stored.id) == data
    assert CaseService(vault).get_case(case_id).attachments == (stored,)


def test_a_changed_chunk_is_reported_as_damage(vault: UnlockedVault) -> None:
    case_id = _case(CaseService(vault), "Жанар Оспанқызы")
    stored = AttachmentService(vault).add(case_id, "a.bin", b"original bytes", "application/octet-stream")
    with vault.db.transaction() as session:
        session.execute(update(m.AttachmentChunk).values(data=b"swapped bytes!"))
    with pytest.raises(VaultDamagedError):
        AttachmentService(vault).read(stored.id)


@pytest.mark.parametrize(("size", "kind"), [(0, "empty-file"), (11, "file-too-large")])
def test_an_empty_or_too_large_file_is_refused_and_nothing_is_stored(
    vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch, size: int, kind: str
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT", 10)
    case_id = _case(CaseService(vault), "Жанар Оспанқызы")
    with pytest.raises(ValidationError) as refused:
        AttachmentService(vault).add(case_id, "scan.pdf", b"x" * size, "application/pdf")
    assert (refused.value.field, refused.value.kind) == ("attachment", kind)
    assert CaseService(vault).get_case(case_id).attachments == ()


def test_an_empty_file_another_office_stored_is_here_not_waiting_to_be_received(vault: UnlockedVault) -> None:
    """Older versions took a file of 0 bytes, which has no chunks: it reads as empty, never as a file
    whose bytes another office has not sent."""
    case_id = _case(CaseService(vault), "Жанар Оспанқызы")
    with vault.db.transaction() as session:
        session.add(
            m.Attachment(
                id="empty-file",
                case_id=case_id,
                display_name="empty.pdf",
                media_type="application/pdf",
                kind="document",
                size=0,
                sha256=hashlib.sha256(b"").hexdigest(),
            )
        )
    assert AttachmentService(vault).read("empty-file") == b""
    assert CaseService(vault).get_case(case_id).files_not_received == frozenset()


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("../../.bashrc", "bashrc"),
        ("..\\..\\AppData\\x", "x"),
        ("/etc/passwd", "passwd"),
        ("C:\\x", "x"),
        ("\\\\srv\\share\\x", "x"),
        ("a\x00b.txt", "a_b.txt"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("．．／．．／x", "x"),
    ],
)
def test_attachment_names_are_only_labels(hostile: str, expected: str) -> None:
    assert safe_display_name(hostile) == expected
    assert len(safe_display_name("x" * 10_000 + ".pdf")) <= 120


def test_search_result_rows_respect_the_filter(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    waiting = _case(cases, "Марат Ахметұлы", CaseStatus.WAITING)
    other = _case(cases, "Марат Оспанұлы")
    listing = ListingService(vault)
    assert [row.id for row in listing.rows([other, waiting])] == [other, waiting]
    assert [row.id for row in listing.rows([other, waiting], r.CaseFilter(status=CaseStatus.WAITING))] == [
        waiting
    ]


def test_later_pages_can_skip_the_count(vault: UnlockedVault) -> None:
    _case(CaseService(vault), "Марат Ахметұлы")
    assert ListingService(vault).page(r.CaseFilter(), count=False).total == -1
    assert ListingService(vault).page(r.CaseFilter()).total == 1


def test_dashboard_totals_are_true_totals_beyond_the_listed_rows(vault: UnlockedVault) -> None:
    """#12: "Certificates already expired (100)" was a capped list shown as a total."""
    cases = CaseService(vault)
    expected: dict[str, int] = {"expired": 0, "expiring": 0}
    for index in range(DASHBOARD_ROWS + 60):
        status = CaseStatus.CLOSED if index % 7 == 0 else CaseStatus.OPEN
        until = TODAY - dt.timedelta(days=index + 1) if index % 5 else TODAY + dt.timedelta(days=index)
        case_id = _case(cases, f"Айгүл Оспан {index}", status)
        certificate = r.LegalEvent(
            case_id, LegalEventKind.CERTIFICATE_EXTENDED, valid_until=PartialDate.parse(until.isoformat())
        )
        cases.save(certificate)
        if status is CaseStatus.OPEN and until < TODAY:
            expected["expired"] += 1
        elif status is CaseStatus.OPEN and until <= TODAY + dt.timedelta(days=60):
            expected["expiring"] += 1
    board = ListingService(vault).dashboard(within_days=60, today=TODAY)
    assert expected["expired"] > DASHBOARD_ROWS
    assert (board.expired_total, board.expiring_total) == (expected["expired"], expected["expiring"])
    assert len(board.expired) == min(DASHBOARD_ROWS, expected["expired"])


def test_deadline_filters_count_what_they_say(vault: UnlockedVault) -> None:
    """#12: "within 7 days" returned closed cases and deadlines ten months past; now future only,
    overdue and none are their own choices, and closed cases only when their status is asked for."""
    cases = CaseService(vault)
    truth: list[tuple[str, CaseStatus, dt.date | None]] = []
    for index in range(60):
        status = (CaseStatus.CLOSED, CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.ARCHIVED)[index % 4]
        until = None if index % 6 == 5 else TODAY + dt.timedelta(days=(index * 37) % 40 - 20)
        case_id = _case(cases, f"Жанар Серікқызы {index}", status)
        if until is not None:
            certificate = r.LegalEvent(
                case_id, LegalEventKind.CERTIFICATE_EXTENDED, valid_until=PartialDate.parse(until.isoformat())
            )
            cases.save(certificate)
        truth.append((case_id, status, until))
    listing = ListingService(vault)
    active = [(i, s, u) for i, s, u in truth if s not in (CaseStatus.CLOSED, CaseStatus.ARCHIVED)]

    def found(case_filter: r.CaseFilter) -> set[str]:
        page = listing.page(case_filter, today=TODAY, limit=1000)
        assert page.total == len(page.rows)
        return {row.id for row in page.rows}

    week = TODAY + dt.timedelta(days=7)
    due = {i for i, _, u in active if u is not None and TODAY <= u <= week}
    overdue = {i for i, _, u in active if u is not None and u < TODAY}
    unknown = {i for i, _, u in active if u is None}
    assert due and overdue and unknown
    assert found(r.CaseFilter(deadline=r.DeadlineFilter.DUE_WITHIN, deadline_days=7)) == due
    assert found(r.CaseFilter(deadline=r.DeadlineFilter.OVERDUE)) == overdue
    assert found(r.CaseFilter(deadline=r.DeadlineFilter.NONE)) == unknown
    closed_overdue = r.CaseFilter(status=CaseStatus.CLOSED, deadline=r.DeadlineFilter.OVERDUE)
    expected = {i for i, s, u in truth if s is CaseStatus.CLOSED and u and u < TODAY}
    assert expected and found(closed_overdue) == expected
