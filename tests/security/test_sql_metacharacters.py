# SPDX-License-Identifier: GPL-3.0-or-later
"""SQL metacharacters in every field and attachment name: stored verbatim, schema unchanged (T29)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.domain import records as r
from app.services.admin import AdminService
from app.services.attachments import AttachmentService, safe_display_name
from app.services.cases import CaseService
from app.services.drafts import DraftService
from app.services.listing import ListingService
from app.services.name_index import NameSearchService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.security.kit import free_text_fields, schema, table_rows, write_everything

PAYLOADS = ["'); DROP TABLE cases;--", '" OR 1=1', "%_\\"]
RECORD_TYPES = (
    r.Person,
    r.IdentityDocument,
    r.Case,
    r.Interview,
    r.LegalEvent,
    r.Relative,
    r.Detention,
    r.PressureReport,
)


def assert_fields(record: object, value: object) -> None:
    for name in free_text_fields(type(record)):
        assert getattr(record, name) == value(f"{type(record).__name__}.{name}"), name  # type: ignore[operator]


def test_the_helper_fills_every_free_text_field() -> None:
    """The canary and metacharacter tests cover every text field a user can type into."""
    fields = {t.__name__: free_text_fields(t) for t in RECORD_TYPES}
    assert all(fields.values()), fields
    assert sum(len(v) for v in fields.values()) >= 33
    assert "narrative" in fields["Interview"] and "legal_basis" in fields["LegalEvent"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_metacharacters_in_every_field_are_stored_verbatim(vault: UnlockedVault, payload: str) -> None:
    def value(field: str) -> str:
        return f"{payload}{field}{payload}"

    shape = schema(vault)
    names = (f"{payload} Aigerim Nurlanqyzy", f"Нұрлан {payload}", f"نۇرلان{payload}", f"努尔兰{payload}")
    data = payload.encode() * 1000
    attachment_name = f"{payload}.pdf"
    written = write_everything(vault, value, names, data, attachment_name)

    assert schema(vault) == shape
    rows = table_rows(vault)
    assert len(rows["cases"]) == 1 and len(rows["persons"]) == 2
    case = CaseService(vault).get_case(written.case_id)
    assert_fields(case.case, value)
    assert_fields(case.subject.person, value)
    assert {n.text for n in case.subject.names} == set(names)
    assert {n.scheme for n in case.subject.names} == {value("PersonName.scheme")}
    assert_fields(case.subject.documents[0], value)
    interview = case.interviews[0]
    assert_fields(interview, value)
    assert interview.sections == tuple(
        (code, value(f"Interview.sections.{code}")) for code in r.INTERVIEW_SECTIONS
    )
    assert_fields(case.legal_events[0], value)
    assert_fields(case.relatives[0], value)
    assert_fields(case.relative_people[0].person, value)
    assert {n.text for n in case.relative_people[0].names} == set(written.relative_names)
    assert_fields(case.detentions[0], value)
    assert_fields(case.pressure_reports[0], value)
    attachment = case.attachments[0]
    assert attachment.display_name == safe_display_name(attachment_name)
    assert attachment.note == value("Attachment.note")
    assert AttachmentService(vault).read(attachment.id) == data
    assert DraftService(vault).pending()[0].payload == written.draft_payload
    with vault.db.transaction(readonly=True) as session:
        assert session.scalar(select(m.NotSamePerson.note)) == value("NotSamePerson.note")
        assert session.scalar(select(func.count()).select_from(m.Case)) == 1

    # Searching and listing with the same strings neither fails nor matches everything.
    search = NameSearchService(vault)
    assert {match.person_id for match in search.search(payload)} <= {
        written.subject_id,
        written.relative_person_id,
    }
    found = search.search(names[0])
    assert found and found[0].person_id == written.subject_id
    assert [row.id for row in ListingService(vault).page(r.CaseFilter()).rows] == [written.case_id]
    assert AdminService(vault).check().ok


@pytest.mark.parametrize("payload", PAYLOADS)
def test_metacharacters_in_office_user_and_display_names(
    tmp_path: Path, kdf: KdfParams, payload: str
) -> None:
    created = VaultService(tmp_path / "vault", kdf=kdf).create(
        office_name=f"Office {payload}",
        username=f"user{payload}",
        passphrase=PASSPHRASE,
        display_name=payload,
    )
    vault = created.vault
    shape = schema(vault)
    admin = AdminService(vault, kdf=kdf)
    admin.add_user(f"{payload}second", "second passphrase", display_name=f"{payload} Second")
    assert schema(vault) == shape
    assert [o.name for o in ListingService(vault).offices()] == [f"Office {payload}"]
    users = {u.username: u.display_name for u in admin.users()}
    assert users == {f"user{payload}": payload, f"{payload}second": f"{payload} Second"}
    vault.lock()
    again = VaultService(tmp_path / "vault", kdf=kdf).open("second passphrase", f"{payload}second")
    try:
        assert again.actor.user_id in {u.id for u in AdminService(again).users()}
        assert AdminService(again).check().ok
    finally:
        again.lock()
