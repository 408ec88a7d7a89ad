# SPDX-License-Identifier: GPL-3.0-or-later
"""Bundles that arrive late, from laptops with wrong clocks, or from another version of Pana:
stale replay (T22), clock skew (T37), older and newer formats and data models (T24)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from app.db import migrate
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ExchangeFileError
from app.domain.hlc import HybridClock
from app.domain.vocab import LegalEventKind
from app.exchange import age_file, container
from app.exchange.container import Entry, pack, unpack
from app.exchange.manifest import EXCHANGED_MODEL
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.exchange import ExchangeService
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from tests.security.kit import files_under, table_rows

from .sync_kit import bundle, content, send, state_digest

FIVE_YEARS_MS = 5 * 365 * 24 * 3600 * 1000


def _case(vault: UnlockedVault) -> tuple[str, r.LegalEvent, r.LegalEvent]:
    cases = CaseService(vault)
    case_id = cases.open_case(r.Person(), [r.PersonName("", "Айгүл Серікқызы (fictional)")])
    arrest = cases.save(r.LegalEvent(case_id, LegalEventKind.ARREST, PartialDate(2018, 4), place="Құлжа"))
    trial = cases.save(r.LegalEvent(case_id, LegalEventKind.TRIAL, PartialDate(2018, 12)))
    return case_id, arrest, trial


def test_a_stale_bundle_brings_nothing_back_and_overwrites_nothing(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """T22: an old bundle imported after later edits and deletions, straight from the sender and
    by way of a third office that still holds the old state: no resurrection, no overwrite."""
    a, b, c = offices
    case_id, arrest, trial = _case(a)
    old = bundle(a, tmp_path, [b, c])  # written now, delivered late
    ExchangeService(c).import_bundle(old)  # C keeps the old state
    CaseService(a).save(dataclasses.replace(arrest, place="Ghulja", notes="Corrected later."))
    CaseService(a).delete(r.LegalEvent, trial.id)
    CaseService(a).save(dataclasses.replace(CaseService(a).get_case(case_id).case, summary="Later."))
    send(a, b, tmp_path)  # a newer full bundle
    # C's own office row comes with C's bundle (it is new here, and not stale)
    not_offices = {"revisions": ("record_table != 'offices'", {}), "offices": ("0", {})}
    before, digest = table_rows(b, not_offices), state_digest(b)

    for stale in (old, bundle(c, tmp_path, [b])):
        report = ExchangeService(b).import_bundle(stale)
        assert report.merge is not None and not report.already_imported
        counts = report.counts()
        assert {table for table, _ in report.merge.new} <= {"offices"}  # C's own office row
        assert (counts["updated"], counts["merged"], counts["deleted"], counts["conflicts"]) == (0, 0, 0, 0)
        assert state_digest(b) == digest
    shown = CaseService(b).get_case(case_id)
    assert [(e.id, e.place, e.notes) for e in shown.legal_events] == [
        (arrest.id, "Ghulja", "Corrected later.")
    ]
    assert shown.case.summary == "Later."
    # only the ledger and the audit log moved
    after = table_rows(b, not_offices)
    assert {name for name in before if before[name] != after[name]} <= {"exchange_bundles", "audit_log"}
    assert ExchangeService(b).import_bundle(old).already_imported  # and a replay is a no-op (T21)


@contextlib.contextmanager
def skewed(vault: UnlockedVault, offset_ms: int) -> Iterator[None]:
    """The vault's device clock is ``offset_ms`` off for the edits made inside."""
    vault.db.clock = HybridClock(vault.db.clock.now(), wall=lambda: time.time_ns() // 1_000_000 + offset_ms)
    try:
        yield
    finally:
        vault.db.clock = HybridClock(vault.db.clock.now())


def test_a_clock_five_years_off_changes_nothing_in_the_merge_and_the_future_is_flagged(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """T37: F's clock is 5 years ahead, P's 5 years behind.  Concurrent edits merge by ancestry:
    different fields both kept, one field a conflict (never the later clock silently winning); the
    far-future stamps are named in the import report; an edit made on the slow laptop after the
    future one is a descendant and wins the row, whatever its clock says."""
    normal, future, past = offices
    case_id, arrest, _ = _case(normal)
    send(normal, future, tmp_path)
    send(normal, past, tmp_path)
    with skewed(future, FIVE_YEARS_MS):
        CaseService(future).save(dataclasses.replace(arrest, authority="police", notes="Future note."))
    with skewed(past, -FIVE_YEARS_MS):
        CaseService(past).save(dataclasses.replace(arrest, place="Ghulja", notes="Past note."))
    from_future = send(future, normal, tmp_path, since_last=True)
    assert from_future.merge is not None and len(from_future.merge.future_clock) >= 1
    assert from_future.counts()["future_clock"] == len(from_future.merge.future_clock)  # ledger, audit
    from_past = send(past, normal, tmp_path, since_last=True)
    assert from_past.merge is not None and from_past.merge.future_clock == ()
    for office in (future, past):
        report = send(normal, office, tmp_path, since_last=True)
        assert report.merge is not None
    assert state_digest(normal) == state_digest(future) == state_digest(past)
    for office in offices:
        shown = next(e for e in CaseService(office).get_case(case_id).legal_events if e.id == arrest.id)
        assert (shown.place, shown.authority) == ("Ghulja", "police")  # both edits, neither lost
        (conflict,) = ConflictService(office).open_conflicts()
        assert conflict.field == "notes"
        assert {side.value for side in conflict.sides} == {"Future note.", "Past note."}

    # The slow laptop answers the conflict: its stamp is older than the merge it descends from,
    # and it still wins everywhere, because it descends from it.
    with skewed(past, -FIVE_YEARS_MS):
        merged = next(e for e in CaseService(past).get_case(case_id).legal_events if e.id == arrest.id)
        CaseService(past).save(dataclasses.replace(merged, notes="Both notes, checked by phone."))
    for office in (normal, future):
        report = send(past, office, tmp_path, since_last=True)
        assert report.merge is not None and ("legal_events", arrest.id) in report.merge.fast_forwards
        assert ConflictService(office).open_conflicts() == ()
    send(normal, past, tmp_path, since_last=True)
    assert state_digest(normal) == state_digest(future) == state_digest(past)


def _reseal(
    data: bytes,
    sender: UnlockedVault,
    receiver: UnlockedVault,
    *,
    version: tuple[int, int] = (container.MAJOR, container.MINOR),
    manifest: Mapping[str, Any] | None = None,
) -> bytes:
    """``data`` opened with the sender's keys, its manifest changed, packed again as ``version``,
    properly signed by the sender and encrypted to ``receiver``: a file only Pana itself could tell
    apart from a genuine one of that version."""
    inner = unpack(age_file.decrypt(data, OfficeService(sender).own_identities()), lambda *_: None)
    kept = {k: v for k, v in inner.manifest.items() if k not in ("entries", "format")}
    entries = [Entry(e.kind, e.name, e.data) for e in inner.entries]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(container, "MAJOR", version[0])
        patch.setattr(container, "MINOR", version[1])
        packed = pack({**kept, **(manifest or {})}, entries, OfficeService(sender).signing_key().sign)
    return age_file.encrypt(packed, [OfficeService(receiver).own_recipient()])


_OLDEST_SCHEMA = migrate.known_revisions()[0]


@pytest.mark.parametrize(
    ("label", "version", "manifest", "reason", "words"),
    [
        ("inner major 0", (0, 0), None, "unsupported-bundle", "format 0.0"),
        ("inner major 2", (2, 0), None, "unsupported-bundle", "format 2.0"),
        ("inner major 255", (255, 9), None, "unsupported-bundle", "format 255.9"),
        ("newer data model", None, {"schema": "9999_from_a_newer_pana"}, "unsupported-schema", "data model"),
        ("no data model", None, {"schema": None}, "unsupported-schema", "data model"),
        ("unknown critical feature", None, {"critical": ["purge-v9"]}, "unsupported-bundle", "purge-v9"),
        ("critical features not a list", None, {"critical": "purge-v9"}, "malformed-bundle", "critical"),
    ],
)
def test_a_bundle_of_another_version_is_refused_with_its_message_and_changes_nothing(
    offices: list[UnlockedVault],
    tmp_path: Path,
    label: str,
    version: tuple[int, int] | None,
    manifest: dict[str, Any] | None,
    reason: str,
    words: str,
) -> None:
    """T24: inner format majors other than 1, a data model (schema) newer than this Pana knows, an
    unknown critical feature: each refused with its own reason and words; zero changes, no file."""
    a, b, _ = offices
    _case(a)
    data = _reseal(bundle(a, tmp_path, [b]), a, b, version=version or (1, 0), manifest=manifest)
    before, files = table_rows(b), {p: hashlib.sha256(p.read_bytes()).digest() for p in files_under(tmp_path)}
    for attempt in (ExchangeService(b).read, ExchangeService(b).import_bundle):
        with pytest.raises(ExchangeFileError) as refused:
            attempt(data)
        assert refused.value.reason == reason, label
        assert words in str(refused.value), str(refused.value)
    assert table_rows(b) == before
    assert {p: hashlib.sha256(p.read_bytes()).digest() for p in files_under(tmp_path)} == files


def test_a_bundle_of_an_older_known_data_model_and_minor_version_is_read(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """T24, the other side: an older data model Pana still knows, and a newer minor version of the
    same major (additions an older reader may ignore), are read and merged."""
    a, b, _ = offices
    case_id, _, _ = _case(a)
    data = _reseal(bundle(a, tmp_path, [b]), a, b, version=(1, container.MINOR + 1))
    data_old = _reseal(bundle(a, tmp_path, [b]), a, b, manifest={"schema": _OLDEST_SCHEMA})
    assert ExchangeService(b).read(data).schema == EXCHANGED_MODEL
    assert ExchangeService(b).import_bundle(data_old).bundle.schema == _OLDEST_SCHEMA
    assert CaseService(b).get_case(case_id).case.id == case_id


def test_an_office_that_has_not_upgraded_reads_a_bundle_from_one_that_has(
    offices: list[UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migrations after the exchanged model change only how a vault stores what travels: a Pana
    that stops at that model (it knows no later migration) reads and merges this one's bundle."""
    a, b, _ = offices
    case_id, _, _ = _case(a)
    data = bundle(a, tmp_path, [b])
    known = migrate.known_revisions()
    monkeypatch.setattr(migrate, "known_revisions", lambda: known[: known.index(EXCHANGED_MODEL) + 1])
    assert ExchangeService(b).import_bundle(data).bundle.schema == EXCHANGED_MODEL
    assert CaseService(b).get_case(case_id).case.id == case_id


def test_bundles_delivered_out_of_order_and_twice_end_as_in_order_delivery(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """T23: A's bundles 1, 2, 3 reach B as 3, 1, 1 again, 2 and C in order: B names the gap while 2
    is missing, and ends with C's state."""
    a, b, c = offices
    cases = CaseService(a)
    case_id = cases.open_case(r.Person(), [r.PersonName("", "Out Of Order (fictional)")], r.Case("", ""))
    files = [bundle(a, tmp_path, [b, c], since_last=True)]
    shown = cases.get_case(case_id).case
    cases.save(dataclasses.replace(shown, summary="Second bundle's summary."))
    files.append(bundle(a, tmp_path, [b, c], since_last=True))
    cases.save(r.Interview(case_id, place="Almaty", id=r.new_id()))
    cases.save(dataclasses.replace(cases.get_case(case_id).case, summary="Third bundle's summary."))
    files.append(bundle(a, tmp_path, [b, c], since_last=True))
    for data in files:
        ExchangeService(c).import_bundle(data)

    third = ExchangeService(b).import_bundle(files[2])
    assert third.missing == (1, 2)
    assert ExchangeService(b).import_bundle(files[0]).missing == (2,)
    assert ExchangeService(b).import_bundle(files[0]).already_imported
    assert ExchangeService(b).import_bundle(files[1]).missing == ()
    at_b, at_c = content(b), content(c)
    assert {t: rows for t, rows in at_b.items() if rows != at_c[t]} == {}
    assert state_digest(b) == state_digest(c)
    assert CaseService(b).get_case(case_id).case.summary == "Third bundle's summary."


def test_a_bundle_lost_for_good_is_made_good_by_a_whole_vault_file(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """A since-last bundle that never arrives (a lost stick) holds back the merges of every record it
    changed; the remedy is a whole-vault file from the sender. Once it is imported the records
    converge and the lost number is no longer reported missing, then or by later imports.

    B keeps each case's third revision while the second is lost, so it holds two heads of it; the
    one its row shows must stay the local head whatever their ids (three cases, so that an order
    chosen by id fails at least one of them all but about one time in sixty)."""
    a, b, c = offices
    cases = CaseService(a)
    ids = [
        cases.open_case(r.Person(), [r.PersonName("", f"Lost Stick {n} (fictional)")], r.Case("", ""))
        for n in range(3)
    ]

    def edit_all(summary: str) -> None:
        for case_id in ids:
            cases.save(dataclasses.replace(cases.get_case(case_id).case, summary=summary))

    def summaries(vault: UnlockedVault) -> set[str]:
        return {CaseService(vault).get_case(case_id).case.summary for case_id in ids}

    files = [bundle(a, tmp_path, [b, c], since_last=True)]
    edit_all("On the lost stick.")
    files.append(bundle(a, tmp_path, [b, c], since_last=True))
    edit_all("After the lost stick.")
    files.append(bundle(a, tmp_path, [b, c], since_last=True))
    for data in files:
        ExchangeService(c).import_bundle(data)
    ExchangeService(b).import_bundle(files[0])
    assert ExchangeService(b).import_bundle(files[2]).missing == (2,)
    assert summaries(b) == {""}
    # Neither one case's file nor a whole vault without its files carries all that 2 did.
    for partial in (
        bundle(a, tmp_path, [b, c], cases=ids[:1]),
        bundle(a, tmp_path, [b, c], attachments=False),
    ):
        ExchangeService(c).import_bundle(partial)
        assert ExchangeService(b).import_bundle(partial).missing == (2,)
    assert summaries(b) == {"After the lost stick."}

    whole = bundle(a, tmp_path, [b, c])
    ExchangeService(c).import_bundle(whole)
    assert ExchangeService(b).import_bundle(whole).missing == ()
    edit_all("Later still.")
    later = bundle(a, tmp_path, [b, c], since_last=True)
    ExchangeService(c).import_bundle(later)
    assert ExchangeService(b).import_bundle(later).missing == ()
    assert summaries(b) == {"Later still."}
    assert state_digest(b) == state_digest(c)


@pytest.mark.parametrize(
    "manifest",
    [
        {"scope": "whole"},
        {"scope": {"since_last": False, "files": True}},  # no "cases": not said to be every case
        {"scope": {"cases": [], "since_last": False, "files": True}},
        {"scope": {"cases": None, "since_last": 0, "files": True}},
        {"scope": {"cases": None, "since_last": False, "files": 1}},
        {"scope": {"cases": None, "since_last": False, "files": "true"}},
        {"profile": "lawyer"},
    ],
    ids=["not-a-dict", "no-cases", "some-cases", "since-last-0", "files-1", "files-text", "lawyer"],
)
def test_only_a_scope_that_says_it_exactly_makes_a_bundle_whole(
    offices: list[UnlockedVault], tmp_path: Path, manifest: dict[str, Any]
) -> None:
    """A whole bundle makes good every earlier number from its sender (migration 0014): a scope that
    is malformed, or true only loosely, must not."""
    a, b, _ = offices
    _case(a)
    genuine = bundle(a, tmp_path, [b])
    assert ExchangeService(b).read(genuine).whole
    assert not ExchangeService(b).read(_reseal(genuine, a, b, manifest=manifest)).whole
