# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange files: written for partner offices and this office, read back verified; refused when
not for this office (T16), from an unknown or revoked sender (T19), passed on by a recipient to
another office (T20), tampered or cut short (T17, T18); nothing but the file is written (T15)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.errors import ExchangeFileError, NotFoundError, ValidationError, VaultDamagedError
from app.exchange import age_file
from app.exchange.container import Entry, pack, unpack
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.offices import OfficeService
from app.services.session import UnlockedVault

from .exchange_kit import make_office, partnered

NAME = "Айгүл Серікқызы (fictional)"


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "ABC") as offices:
        yield offices


def _case(vault: UnlockedVault) -> str:
    return CaseService(vault).open_case(
        r.Person(), [r.PersonName("", NAME)], r.Case("", "", reference="EX-1")
    )


def test_a_bundle_for_a_partner_reads_back_verified_with_every_revision(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b, _ = offices
    case_id = _case(a)
    out = tmp_path / "to-b.pana"
    before = set(tmp_path.rglob("*"))
    written = ExchangeService(a).export(out, to=[b.actor.office_id])
    assert set(tmp_path.rglob("*")) - before == {out}  # no partial file left beside it
    assert NAME.encode() not in out.read_bytes() and b"EX-1" not in out.read_bytes()
    bundle = ExchangeService(b).read(out.read_bytes())
    assert (bundle.sender_office_id, bundle.from_self, bundle.sequence) == (a.actor.office_id, False, 1)
    assert bundle.bundle_id == written.bundle_id and len(bundle.revisions) == written.revisions
    assert any(rev["record_id"] == case_id for rev in bundle.revisions)
    own = ExchangeService(a).read(out.read_bytes())  # always readable by the sender too
    assert own.from_self
    second = ExchangeService(a).export(tmp_path / "again.pana", to=[b.actor.office_id], since_last=True)
    assert second.revisions == 0  # nothing stored since the first
    assert ExchangeService(b).read((tmp_path / "again.pana").read_bytes()).sequence == 2


def test_a_bundle_of_some_cases_leaves_since_last_where_it_was(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """A file of chosen cases sends nothing of the others: the next "changes since the last file"
    must still carry them, or they would never reach the partner."""
    a, b, _ = offices
    other = _case(a)
    chosen = CaseService(a).open_case(
        r.Person(), [r.PersonName("", "Болат Тұрсынұлы (fictional)")], r.Case("", "", reference="EX-2")
    )
    to = [b.actor.office_id]
    ExchangeService(a).export(tmp_path / "some.pana", to=to, cases=[chosen])
    ExchangeService(a).export(tmp_path / "since.pana", to=to, since_last=True)
    since = ExchangeService(b).read((tmp_path / "since.pana").read_bytes())
    assert other in {rev["record_id"] for rev in since.revisions}


def test_a_bundle_not_for_this_office_or_from_a_revoked_one_is_refused(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b, c = offices
    _case(a)
    out = tmp_path / "to-b.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    data = out.read_bytes()
    with pytest.raises(ExchangeFileError) as foreign:
        ExchangeService(c).read(data)
    assert foreign.value.reason == "not-for-this-office"

    # B decrypts and passes the very container on to C: C did not receive it from A.
    inner = age_file.decrypt(data, OfficeService(b).own_identities())
    forwarded = age_file.encrypt(inner, [OfficeService(c).own_recipient()])
    with pytest.raises(ExchangeFileError) as passed_on:
        ExchangeService(c).read(forwarded)
    assert passed_on.value.reason == "not-signed-for-this-office"

    OfficeService(b).revoke(a.actor.office_id)
    with pytest.raises(ExchangeFileError) as revoked:
        ExchangeService(b).read(data)
    assert revoked.value.reason == "revoked-sender"
    with pytest.raises(ValidationError):
        ExchangeService(b).export(tmp_path / "to-a.pana", to=[a.actor.office_id])


def test_an_unknown_sender_and_damaged_files_are_refused(tmp_path: Path) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    try:
        OfficeService(a).add_partner(OfficeService(a).read_card(OfficeService(b).own_card()))
        _case(a)
        out = tmp_path / "to-b.pana"
        ExchangeService(a).export(out, to=[b.actor.office_id])
        data = out.read_bytes()
        with pytest.raises(ExchangeFileError) as unknown:
            ExchangeService(b).read(data)  # B never added A
        assert unknown.value.reason == "unknown-sender"
        OfficeService(b).add_partner(OfficeService(b).read_card(OfficeService(a).own_card()))
        assert ExchangeService(b).read(data).sender_office_id == a.actor.office_id
        for cut in (10, len(data) // 2, len(data) - 1):
            with pytest.raises(ExchangeFileError) as short:
                ExchangeService(b).read(data[:cut])
            assert short.value.reason in {"truncated", "tampered", "malformed-header"}
        flipped = bytearray(data)
        flipped[-20] ^= 0x01
        with pytest.raises(ExchangeFileError) as tampered:
            ExchangeService(b).read(bytes(flipped))
        assert tampered.value.reason == "tampered"
    finally:
        a.lock()
        b.lock()


def test_the_container_inside_is_signed_by_the_sender(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b, _ = offices
    out = tmp_path / "to-b.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    inner = age_file.decrypt(out.read_bytes(), OfficeService(b).own_identities())
    seen: list[str] = []
    unpack(inner, lambda manifest, signed, signature: seen.append(str(manifest["sender_key"])))
    assert seen == [OfficeService(a).signing_key().public_key]


def _dump(vault: UnlockedVault) -> dict[str, list[tuple[object, ...]]]:
    tables = ("cases", "persons", "person_names", "interviews", "conflicts", "revisions", "attachment_chunks")
    with vault.db.transaction(readonly=True) as session:
        connection = session.connection()
        return {
            t: sorted(tuple(row) for row in connection.exec_driver_sql(f'SELECT * FROM "{t}"'))
            for t in tables
        }


def test_import_round_trip_replay_gap_and_dry_run(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """T15 round trip with a file, T21 replay as a no-op, T23 a missing bundle named, a dry run
    that changes nothing, and concurrent edits of one field becoming the same conflict."""
    a, b, _ = offices
    case_id = _case(a)
    files = AttachmentService(a)
    scan = files.add(case_id, "scan.png", b"\\x89PNG fictional scan bytes", "image/png")
    first, second = tmp_path / "1.pana", tmp_path / "2.pana"
    ExchangeService(a).export(first, to=[b.actor.office_id])
    CaseService(a).save(r.Interview(case_id, place="Almaty", id=r.new_id()))
    ExchangeService(a).export(second, to=[b.actor.office_id], since_last=True)

    before = _dump(b)
    dry = ExchangeService(b).import_bundle(first.read_bytes(), dry_run=True)
    assert dry.dry_run and dry.merge is not None and len(dry.merge.new) > 0 and _dump(b) == before

    late = ExchangeService(b).import_bundle(second.read_bytes())
    assert late.missing == (1,)  # bundle 1 from A has not arrived yet
    done = ExchangeService(b).import_bundle(first.read_bytes())
    assert done.missing == () and done.files == 1 and not done.already_imported
    assert AttachmentService(b).read(scan.id) == b"\\x89PNG fictional scan bytes"
    assert CaseService(b).get_case(case_id).subject.names[0].text == NAME
    again = ExchangeService(b).import_bundle(first.read_bytes())
    assert again.already_imported and again.merge is None

    # Both offices change the same field: after exchanging both ways, one conflict, same at both.
    shown = CaseService(a).get_case(case_id).case
    CaseService(a).save(dataclasses.replace(shown, summary="A's summary"))
    CaseService(b).save(dataclasses.replace(shown, summary="B's summary"))
    ExchangeService(a).export(tmp_path / "a2.pana", to=[b.actor.office_id], since_last=True)
    ExchangeService(b).export(tmp_path / "b1.pana", to=[a.actor.office_id])
    at_b = ExchangeService(b).import_bundle((tmp_path / "a2.pana").read_bytes())
    at_a = ExchangeService(a).import_bundle((tmp_path / "b1.pana").read_bytes())
    assert at_a.merge is not None and at_b.merge is not None
    assert [c.field for c in at_a.merge.conflicts] == [c.field for c in at_b.merge.conflicts] == ["summary"]
    assert CaseService(a).get_case(case_id).case.summary == CaseService(b).get_case(case_id).case.summary


def test_a_file_that_does_not_match_its_record_refuses_the_whole_bundle(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """T31: a bundle signed by the sender whose file is not the file its record describes."""
    a, b, _ = offices
    case_id = _case(a)
    scan = AttachmentService(a).add(case_id, "scan.png", b"\x89PNG the real bytes", "image/png")
    out = tmp_path / "good.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    container = unpack(age_file.decrypt(out.read_bytes(), OfficeService(a).own_identities()), lambda *_: None)
    entries = [
        Entry(e.kind, e.name, b"\x89PNG other bytes!!!" if e.name == scan.id else e.data)
        for e in container.entries
    ]
    manifest = {k: v for k, v in container.manifest.items() if k not in ("entries", "format")}
    forged = pack(manifest, entries, OfficeService(a).signing_key().sign)
    data = age_file.encrypt(forged, [OfficeService(b).own_recipient()])
    before = _dump(b)
    with pytest.raises(ExchangeFileError) as refused:
        ExchangeService(b).import_bundle(data)
    assert refused.value.reason == "tampered" and _dump(b) == before
    with pytest.raises(VaultDamagedError):  # the sender's own store, damaged, is never exported
        with a.db.transaction() as session:
            session.connection().exec_driver_sql("UPDATE attachment_chunks SET data = X'00'")
        ExchangeService(a).export(tmp_path / "damaged.pana", to=[b.actor.office_id])


def _forged(
    bundle: bytes, reader: UnlockedVault, *, sign: Callable[[bytes], bytes], **manifest: object
) -> bytes:
    """``bundle``'s container with ``manifest`` fields replaced, signed by ``sign`` and encrypted
    to ``reader`` again: what anyone holding the reader's public card can make (age has no sender)."""
    inner = age_file.decrypt(bundle, OfficeService(reader).own_identities())
    container = unpack(inner, lambda *_: None)
    fields = {k: v for k, v in container.manifest.items() if k not in {"entries", "format"}}
    packed = pack({**fields, **manifest}, container.entries, sign)
    return age_file.encrypt(packed, [OfficeService(reader).own_recipient()])


def test_a_forged_or_altered_sender_is_refused_and_changes_nothing(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """T19: C, a real partner of B, passing itself off as A; A's key named but C's signature; A's
    signature over a manifest altered afterwards; no signature; a key B does not know claiming to be
    B itself.  Each is refused before anything is merged."""
    a, b, c = offices
    _case(a)
    out = tmp_path / "to-b.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    genuine = out.read_bytes()
    a_key, c_key = OfficeService(a).signing_key(), OfficeService(c).signing_key()
    a_id = a.actor.office_id

    signed_by_a = _forged(genuine, b, sign=a_key.sign)
    assert ExchangeService(b).read(signed_by_a).sender_office_id == a_id  # the forger's tools work
    inner = bytearray(age_file.decrypt(signed_by_a, OfficeService(b).own_identities()))
    year = inner.index(b'"created":"') + len(b'"created":"')
    inner[year] = ord("1") if inner[year] != ord("1") else ord("2")  # changed after A signed it
    cases = {
        "C's key under A's name": (
            _forged(genuine, b, sign=c_key.sign, sender_key=c_key.public_key),
            "unknown-sender",
        ),
        "A's key, C's signature": (_forged(genuine, b, sign=c_key.sign), "unverified-sender"),
        "altered after signing": (
            age_file.encrypt(bytes(inner), [OfficeService(b).own_recipient()]),
            "unverified-sender",
        ),
        "unsigned": (_forged(genuine, b, sign=lambda head: bytes(64)), "unverified-sender"),
        "C's key claiming to be B": (
            _forged(genuine, b, sign=c_key.sign, sender=b.actor.office_id, sender_key=c_key.public_key),
            "unverified-sender",
        ),
    }
    before = _dump(b)
    reasons = {}
    for name, (data, _) in cases.items():
        with pytest.raises(ExchangeFileError) as refused:
            ExchangeService(b).import_bundle(data)
        reasons[name] = refused.value.reason
    assert reasons == {name: reason for name, (_, reason) in cases.items()}
    assert _dump(b) == before


def _imports_audited(vault: UnlockedVault) -> list[str]:
    with vault.db.transaction(readonly=True) as session:
        rows = session.connection().exec_driver_sql("SELECT detail FROM audit_log WHERE action = 'import'")
        return [detail for (detail,) in rows]


def test_a_replay_is_audited_and_a_bundle_id_taken_by_another_office_is_refused(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """T21: the same bundle twice changes nothing but leaves an audit entry.  A partner that sends a
    bundle of its own under the identity of one of A's (C receives A's bundles too) cannot make B take
    A's real one for a replay: the real one is refused by name, not skipped as "already imported"."""
    a, b, c = offices
    _case(a)
    out = tmp_path / "to-b-and-c.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id, c.actor.office_id])
    genuine = out.read_bytes()
    c_key = OfficeService(c).signing_key()
    squatter = _forged(genuine, b, sign=c_key.sign, sender=c.actor.office_id, sender_key=c_key.public_key)
    assert ExchangeService(b).import_bundle(squatter).bundle.sender_office_id == c.actor.office_id
    before, audited = _dump(b), len(_imports_audited(b))
    with pytest.raises(ExchangeFileError) as refused:
        ExchangeService(b).import_bundle(genuine)
    assert refused.value.reason == "bundle-id-reused"
    assert _dump(b) == before and len(_imports_audited(b)) == audited

    again = ExchangeService(b).import_bundle(squatter)
    assert again.already_imported and _dump(b) == before
    assert len(_imports_audited(b)) == audited + 1 and '"again": true' in _imports_audited(b)[-1]


def test_a_bundle_of_chosen_cases_arrives_whole_and_alone(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """T15 for a scope: the chosen case reads the same at B as at A, its file byte for byte; the case
    not chosen does not arrive."""
    a, b, _ = offices
    chosen, other = (
        _case(a),
        CaseService(a).open_case(
            r.Person(), [r.PersonName("", "Болат Тұрсынұлы (fictional)")], r.Case("", "", reference="EX-2")
        ),
    )
    CaseService(a).save(r.Interview(chosen, place="Almaty", id=r.new_id()))
    scan = AttachmentService(a).add(chosen, "scan.png", os.urandom(200_000), "image/png")
    out = tmp_path / "chosen.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id], cases=[chosen])
    ExchangeService(b).import_bundle(out.read_bytes())
    assert CaseService(b).get_case(chosen) == CaseService(a).get_case(chosen)
    assert AttachmentService(b).read(scan.id) == AttachmentService(a).read(scan.id)
    with pytest.raises(NotFoundError):
        CaseService(b).get_case(other)
