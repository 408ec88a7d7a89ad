# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor's working copy of a case (plain Python): what changed since loading, and its draft form."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.domain import records as r
from app.domain.dates import PartialDate
from app.services.attachments import kind_for
from app.ui.case_editor.codec import from_json, to_json
from app.ui.models.entries import RelativeEntry

PAYLOAD_FORMAT = "pana-case-editor/1"
PENDING_PREFIX = "pending:"
#: Unsaved attachments travel in a draft only up to this many bytes in all (drafts are capped at ~4 MB).
DRAFT_ATTACHMENT_BUDGET = 1_500_000


@dataclass(frozen=True, slots=True)
class PendingAttachment:
    """A file added to a case that is not saved yet; its bytes stay in memory until the first save."""

    key: str
    display_name: str
    media_type: str
    data: bytes = field(repr=False)
    sha256: str = ""

    def as_record(self, case_id: str) -> r.Attachment:
        return r.Attachment(
            case_id,
            self.display_name,
            self.media_type,
            kind_for(self.media_type),
            len(self.data),
            self.sha256,
            id=self.key,
        )


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What Save writes: records in dependency order, and deletions (children first)."""

    records: tuple[Any, ...] = ()
    deletions: tuple[tuple[type[Any], str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.records or self.deletions)


@dataclass
class CaseState:
    """Everything the editor shows; lists hold frozen records, replaced (never mutated) on each edit."""

    case: r.Case
    subject: r.Person
    names: list[r.PersonName] = field(default_factory=list)
    documents: list[r.IdentityDocument] = field(default_factory=list)
    interviews: list[r.Interview] = field(default_factory=list)
    legal_events: list[r.LegalEvent] = field(default_factory=list)
    relatives: list[RelativeEntry] = field(default_factory=list)
    detentions: list[r.Detention] = field(default_factory=list)
    pressure_reports: list[r.PressureReport] = field(default_factory=list)
    attachments: list[r.Attachment] = field(default_factory=list)
    pending_attachments: list[PendingAttachment] = field(default_factory=list)
    not_same: list[str] = field(default_factory=list)  # persons dismissed before the subject was saved

    # -- building ---------------------------------------------------------------------------------
    @classmethod
    def new(cls, office_id: str, today: dt.date | None = None) -> CaseState:
        """An empty case with pre-assigned ids (so relatives, detentions and drafts can refer to them)."""
        person = r.Person(id=r.new_id())
        opened = PartialDate.of(today or dt.date.today())
        case = r.Case(subject_id=person.id, office_id=office_id, opened_on=opened, id=r.new_id())
        return cls(case=case, subject=person)

    @classmethod
    def from_case_file(cls, file: r.CaseFile) -> CaseState:
        people = {p.person.id: p for p in file.relative_people}
        return cls(
            case=file.case,
            subject=file.subject.person,
            names=list(file.subject.names),
            documents=list(file.subject.documents),
            interviews=list(file.interviews),
            legal_events=list(file.legal_events),
            relatives=[
                RelativeEntry(rel, people.get(rel.person_id, r.PersonFile(r.Person(id=rel.person_id))))
                for rel in file.relatives
            ],
            detentions=list(file.detentions),
            pressure_reports=list(file.pressure_reports),
            attachments=list(file.attachments),
        )

    def copy(self) -> CaseState:
        return dataclasses.replace(self, **{f.name: list(getattr(self, f.name)) for f in _LIST_FIELDS})

    # -- reading ----------------------------------------------------------------------------------
    @property
    def display_name(self) -> str:
        return r.PersonFile(self.subject, tuple(self.names)).display_name

    def people(self) -> dict[str | None, str]:
        """Display names by relative id; None is the person the case is about."""
        names: dict[str | None, str] = {None: self.display_name}
        names.update({entry.id: entry.name for entry in self.relatives})
        return names

    def all_attachments(self) -> list[r.Attachment]:
        return [*self.attachments, *(p.as_record(self.case.id) for p in self.pending_attachments)]

    # -- saving -----------------------------------------------------------------------------------
    def changes(self, baseline: CaseState, *, is_new: bool) -> ChangeSet:
        """Records to write and ids to delete so the vault holds this state (``baseline``: as loaded)."""
        saves: list[Any] = []
        deletions: list[tuple[type[Any], str]] = []

        def diff(current: list[Any], before: list[Any], record_type: type[Any]) -> None:
            old = {} if is_new else {x.id: x for x in before}
            ids = {x.id for x in current}
            saves.extend(x for x in current if old.get(x.id) != x)
            deletions.extend((record_type, x) for x in old if x not in ids)

        if is_new or self.subject != baseline.subject:
            saves.append(self.subject)
        old_people = {} if is_new else {e.person.person.id: e.person for e in baseline.relatives}
        for entry in self.relatives:
            if old_people.get(entry.person.person.id, r.PersonFile(r.Person())).person != entry.person.person:
                saves.append(entry.person.person)
        diff(self.names, baseline.names, r.PersonName)
        for entry in self.relatives:
            before = old_people.get(entry.person.person.id)
            diff(list(entry.person.names), list(before.names) if before else [], r.PersonName)
        diff(self.documents, baseline.documents, r.IdentityDocument)
        if is_new or self.case != baseline.case:
            saves.append(self.case)
        diff([e.relative for e in self.relatives], [e.relative for e in baseline.relatives], r.Relative)
        diff(self.interviews, baseline.interviews, r.Interview)
        diff(self.legal_events, baseline.legal_events, r.LegalEvent)
        diff(self.detentions, baseline.detentions, r.Detention)
        diff(self.pressure_reports, baseline.pressure_reports, r.PressureReport)
        order = [r.Detention, r.PressureReport, r.LegalEvent, r.Interview, r.Relative, r.IdentityDocument]
        deletions.sort(
            key=lambda item: order.index(item[0]) if item[0] in order else len(order)
        )  # children first
        return ChangeSet(tuple(saves), tuple(deletions))

    def differs_from(self, baseline: CaseState) -> bool:
        return self != baseline

    # -- drafts -----------------------------------------------------------------------------------
    def to_payload(self, *, is_new: bool) -> dict[str, Any]:
        """A JSON-safe dict of the whole working copy (unsaved attachments too, while they are small)."""
        budget = DRAFT_ATTACHMENT_BUDGET
        pending = []
        for item in self.pending_attachments:
            if len(item.data) <= budget:
                budget -= len(item.data)
                pending.append({**to_json(dataclasses.replace(item, data=b"")), "data": _b64(item.data)})
        return {
            "format": PAYLOAD_FORMAT,
            "is_new": is_new,
            "case": to_json(self.case),
            "subject": to_json(self.subject),
            "names": [to_json(x) for x in self.names],
            "documents": [to_json(x) for x in self.documents],
            "interviews": [to_json(x) for x in self.interviews],
            "legal_events": [to_json(x) for x in self.legal_events],
            "relatives": [
                {
                    "relative": to_json(e.relative),
                    "person": to_json(e.person.person),
                    "names": [to_json(n) for n in e.person.names],
                }
                for e in self.relatives
            ],
            "detentions": [to_json(x) for x in self.detentions],
            "pressure_reports": [to_json(x) for x in self.pressure_reports],
            "pending_attachments": pending,
            "not_same": list(self.not_same),
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any], attachments: list[r.Attachment]) -> CaseState:
        """The working copy a draft holds; ``attachments`` are the case's stored ones (not in drafts)."""
        if payload.get("format") != PAYLOAD_FORMAT:
            raise ValueError("not a case editor draft")

        def many(key: str, record_type: type[Any]) -> list[Any]:
            return [from_json(record_type, item) for item in payload.get(key, [])]

        return cls(
            case=from_json(r.Case, payload["case"]),
            subject=from_json(r.Person, payload["subject"]),
            names=many("names", r.PersonName),
            documents=many("documents", r.IdentityDocument),
            interviews=many("interviews", r.Interview),
            legal_events=many("legal_events", r.LegalEvent),
            relatives=[
                RelativeEntry(
                    from_json(r.Relative, item["relative"]),
                    r.PersonFile(
                        from_json(r.Person, item["person"]),
                        tuple(from_json(r.PersonName, n) for n in item.get("names", [])),
                    ),
                )
                for item in payload.get("relatives", [])
            ],
            detentions=many("detentions", r.Detention),
            pressure_reports=many("pressure_reports", r.PressureReport),
            attachments=list(attachments),
            pending_attachments=[
                PendingAttachment(
                    item["key"],
                    item["display_name"],
                    item["media_type"],
                    _unb64(item["data"]),
                    item["sha256"],
                )
                for item in payload.get("pending_attachments", [])
            ],
            not_same=[str(x) for x in payload.get("not_same", [])],
        )


_LIST_FIELDS = [f for f in dataclasses.fields(CaseState) if f.name not in ("case", "subject")]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
