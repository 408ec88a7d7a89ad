# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor's working copy of a case (plain Python): lists the widgets replace, and its draft form.

What a Save writes is worked out below the UI (``app.services.case_edit``) from ``CaseState.edit``.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain import records as r
from app.domain.dates import PartialDate
from app.services.case_edit import CaseEdit, PendingAttachment
from app.ui.case_editor.codec import from_json, to_json
from app.ui.case_editor.draft_merge import over_stored
from app.ui.models.entries import PENDING_PREFIX, RelativeEntry

PAYLOAD_FORMAT = "pana-case-editor/1"
#: Unsaved attachments travel in a draft only up to this many bytes in all (drafts are capped at ~4 MB).
DRAFT_ATTACHMENT_BUDGET = 1_500_000


def pending_record(item: PendingAttachment, case_id: str) -> r.Attachment:
    """How a file that is not saved yet is listed: its id marks it as pending (``is_pending``)."""
    return dataclasses.replace(item.record(case_id), id=PENDING_PREFIX + item.id)


@dataclass
class CaseState:
    """Everything the editor shows; lists hold frozen records, replaced (never mutated) on each edit."""

    case: r.Case
    subject: r.Person
    names: list[r.PersonName] = field(default_factory=list)
    documents: list[r.IdentityDocument] = field(default_factory=list)
    residences: list[r.Residence] = field(default_factory=list)
    interviews: list[r.Interview] = field(default_factory=list)
    legal_events: list[r.LegalEvent] = field(default_factory=list)
    relatives: list[RelativeEntry] = field(default_factory=list)
    detentions: list[r.Detention] = field(default_factory=list)
    pressure_reports: list[r.PressureReport] = field(default_factory=list)
    relative_statuses: list[r.RelativeStatusEntry] = field(default_factory=list)
    requests: list[r.Request] = field(default_factory=list)
    sources: list[r.Source] = field(default_factory=list)
    links: list[r.Link] = field(default_factory=list)
    #: Officials and organisations the links name (office-wide records: new ones are saved, none deleted).
    parties: list[r.Party] = field(default_factory=list)
    #: The office's officials and organisations, to choose from when linking (not saved with the case).
    known_parties: list[r.Party] = field(default_factory=list, compare=False)
    #: Other cases the links reach, to name them (read only; found ones are added when linking).
    other_cases: list[r.CaseRef] = field(default_factory=list, compare=False)
    attachments: list[r.Attachment] = field(default_factory=list)
    pending_attachments: list[PendingAttachment] = field(default_factory=list)
    not_same: list[str] = field(default_factory=list)  # persons dismissed before the subject was saved
    #: Stored attachments whose bytes another office has not sent yet (read only).
    files_not_received: frozenset[str] = field(default_factory=frozenset, compare=False)

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
            residences=list(file.subject.residences),
            interviews=list(file.interviews),
            legal_events=list(file.legal_events),
            relatives=[
                RelativeEntry(rel, people.get(rel.person_id, r.PersonFile(r.Person(id=rel.person_id))))
                for rel in file.relatives
            ],
            detentions=list(file.detentions),
            pressure_reports=list(file.pressure_reports),
            relative_statuses=list(file.relative_statuses),
            requests=list(file.requests),
            sources=list(file.sources),
            links=list(file.links),
            parties=list(file.parties),
            other_cases=list(file.other_cases),
            files_not_received=file.files_not_received,
            attachments=list(file.attachments),
        )

    def copy(self) -> CaseState:
        lists: dict[str, Any] = {f.name: list(getattr(self, f.name)) for f in _LIST_FIELDS}
        return dataclasses.replace(self, **lists)

    def with_spellings(self, names: Iterable[r.PersonName]) -> CaseState:
        """A copy with ``names`` added to the person each belongs to, the subject or a relative (what
        Save would add of the spellings typed without Enter)."""
        state = self.copy()
        for name in names:
            if name.person_id == state.subject.id:
                state.names.append(name)
                continue
            state.relatives = [
                dataclasses.replace(
                    entry, person=dataclasses.replace(entry.person, names=(*entry.person.names, name))
                )
                if entry.person.person.id == name.person_id
                else entry
                for entry in state.relatives
            ]
        return state

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
        return [*self.attachments, *(pending_record(p, self.case.id) for p in self.pending_attachments)]

    def pending(self, record_id: str) -> PendingAttachment | None:
        """The unsaved file listed under ``record_id`` (see ``pending_record``)."""
        return next((p for p in self.pending_attachments if PENDING_PREFIX + p.id == record_id), None)

    # -- saving -----------------------------------------------------------------------------------
    def snapshot(self) -> r.CaseFile:
        """The working copy as a case file (stored attachments only: pending ones go with the edit)."""
        return r.CaseFile(
            case=self.case,
            subject=r.PersonFile(
                self.subject, tuple(self.names), tuple(self.documents), tuple(self.residences)
            ),
            relatives=tuple(entry.relative for entry in self.relatives),
            relative_people=tuple(entry.person for entry in self.relatives),
            interviews=tuple(self.interviews),
            legal_events=tuple(self.legal_events),
            detentions=tuple(self.detentions),
            pressure_reports=tuple(self.pressure_reports),
            relative_statuses=tuple(self.relative_statuses),
            requests=tuple(self.requests),
            sources=tuple(self.sources),
            links=tuple(self.links),
            parties=tuple(self.parties),
            attachments=tuple(self.attachments),
        )

    def edit(self, baseline: CaseState | None, *, draft_id: str) -> CaseEdit:
        """What Save hands to ``CaseEditService``; ``baseline`` is the case as loaded (None: a new case)."""
        return CaseEdit(
            self.snapshot(),
            baseline.snapshot() if baseline is not None else None,
            tuple(self.pending_attachments),
            tuple(self.not_same),
            draft_id,
        )

    def take_saved(self, sent: CaseState, saved: CaseState) -> None:
        """Take in what a Save of ``sent`` stored as ``saved`` (the reference it gave, the scripts it
        found, the files it stored) wherever this working copy was not edited since: edits made while
        it ran are kept, files added meanwhile still wait."""
        self.case = _rebased(self.case, sent.case, saved.case)
        self.subject = _rebased(self.subject, sent.subject, saved.subject)
        for name in _SAVED_LISTS:
            sent_by_id = {record.id: record for record in getattr(sent, name)}
            saved_by_id = {record.id: record for record in getattr(saved, name)}
            setattr(
                self,
                name,
                [
                    _rebased(record, sent_by_id[record.id], saved_by_id[record.id])
                    if record.id in sent_by_id and record.id in saved_by_id
                    else record
                    for record in getattr(self, name)
                ],
            )
        stored = {item.id for item in sent.pending_attachments}
        kept = {item.id for item in self.pending_attachments if item.id in stored}  # not removed since
        self.attachments += [record for record in saved.attachments if record.id in kept]
        self.pending_attachments = [item for item in self.pending_attachments if item.id not in stored]
        self.not_same = [person_id for person_id in self.not_same if person_id not in sent.not_same]

    # -- drafts -----------------------------------------------------------------------------------
    def to_payload(self, *, is_new: bool, base: CaseState | None = None) -> dict[str, Any]:
        """A JSON-safe dict of the whole working copy (unsaved attachments too, while they are small;
        the names of those left out), with ``base``, the case as it was when the editing began: a
        restore lays only what changed since over the case as stored then (``draft_merge``)."""
        budget = DRAFT_ATTACHMENT_BUDGET
        pending, left_out = [], []
        for item in self.pending_attachments:
            if len(item.data) > budget:
                left_out.append(item.display_name)
            else:
                budget -= len(item.data)
                pending.append(
                    {
                        "key": PENDING_PREFIX + item.id,
                        "display_name": item.display_name,
                        "media_type": item.media_type,
                        "sha256": item.sha256,
                        "data": _b64(item.data),
                    }
                )
        payload = {
            "format": PAYLOAD_FORMAT,
            "is_new": is_new,
            "case": to_json(self.case),
            "subject": to_json(self.subject),
            "names": [to_json(x) for x in self.names],
            "documents": [to_json(x) for x in self.documents],
            "residences": [to_json(x) for x in self.residences],
            "interviews": [to_json(x) for x in self.interviews],
            "legal_events": [to_json(x) for x in self.legal_events],
            "relatives": [
                {
                    "relative": to_json(e.relative),
                    "person": to_json(e.person.person),
                    "names": [to_json(n) for n in e.person.names],
                    "documents": [to_json(d) for d in e.person.documents],
                    "residences": [to_json(d) for d in e.person.residences],
                }
                for e in self.relatives
            ],
            "detentions": [to_json(x) for x in self.detentions],
            "pressure_reports": [to_json(x) for x in self.pressure_reports],
            **{key: [to_json(x) for x in getattr(self, key)] for key in _V2_LISTS},
            "attachments": [to_json(x) for x in self.attachments],
            "pending_attachments": pending,
            "left_out": left_out,
            "not_same": list(self.not_same),
        }
        if base is not None and not is_new:  # a new case has nothing stored to lay it over
            payload["base"] = base.to_payload(is_new=False)
        return payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any], stored: CaseState) -> CaseState:
        """The working copy a draft holds, laid over ``stored`` (the case as loaded now) when the
        draft knows the case it started from; else ``stored`` gives only what older drafts lack
        (stored attachments, relatives' documents)."""
        return cls.restored(payload, stored)[0]

    @classmethod
    def restored(cls, payload: dict[str, Any], stored: CaseState) -> tuple[CaseState, list[type[Any]]]:
        """``from_payload``, with the kinds of record in which someone else changed since a field the
        draft changes too (the draft's value is kept)."""
        draft = cls._parsed(payload, stored)
        if "base" not in payload:
            return draft, []
        return over_stored(draft, cls._parsed(payload["base"], stored), stored)

    @classmethod
    def _parsed(cls, payload: dict[str, Any], stored: CaseState) -> CaseState:
        if payload.get("format") != PAYLOAD_FORMAT:
            raise ValueError("not a case editor draft")
        stored_documents = {e.person.person.id: e.person.documents for e in stored.relatives}

        def many(key: str, record_type: type[Any]) -> list[Any]:
            return [from_json(record_type, item) for item in payload.get(key, [])]

        def relative(item: dict[str, Any]) -> RelativeEntry:
            person = from_json(r.Person, item["person"])
            names = tuple(from_json(r.PersonName, n) for n in item.get("names", []))
            if "documents" in item:
                documents = tuple(from_json(r.IdentityDocument, d) for d in item["documents"])
            else:
                documents = stored_documents.get(person.id, ())
            residences = tuple(from_json(r.Residence, d) for d in item.get("residences", []))
            entry = from_json(r.Relative, item["relative"])
            return RelativeEntry(entry, r.PersonFile(person, names, documents, residences))

        return cls(
            case=from_json(r.Case, payload["case"]),
            subject=from_json(r.Person, payload["subject"]),
            names=many("names", r.PersonName),
            documents=many("documents", r.IdentityDocument),
            residences=many("residences", r.Residence),
            interviews=many("interviews", r.Interview),
            legal_events=many("legal_events", r.LegalEvent),
            relatives=[relative(item) for item in payload.get("relatives", [])],
            detentions=many("detentions", r.Detention),
            pressure_reports=many("pressure_reports", r.PressureReport),
            **{key: many(key, record_type) for key, record_type in _V2_LISTS.items()},
            attachments=many("attachments", r.Attachment)
            if "attachments" in payload
            else list(stored.attachments),
            known_parties=list(stored.known_parties),
            other_cases=list(stored.other_cases),
            files_not_received=stored.files_not_received,
            pending_attachments=[
                PendingAttachment(
                    str(item["key"]).removeprefix(PENDING_PREFIX),
                    item["display_name"],
                    item["media_type"],
                    _unb64(item["data"]),
                    item["sha256"],
                )
                for item in payload.get("pending_attachments", [])
            ],
            not_same=[str(x) for x in payload.get("not_same", [])],
        )


#: Lists added with case model v2, as drafts hold them (drafts older than v2 have none).
_V2_LISTS: dict[str, type[Any]] = {
    "relative_statuses": r.RelativeStatusEntry,
    "requests": r.Request,
    "sources": r.Source,
    "links": r.Link,
    "parties": r.Party,
}
_LIST_FIELDS = [f for f in dataclasses.fields(CaseState) if f.default_factory is list]
#: The lists a Save stores and reads back (the others are the editor's own or read only).
_SAVED_LISTS = [
    f.name for f in _LIST_FIELDS if f.compare and f.name not in ("pending_attachments", "not_same")
]


def _rebased(mine: Any, sent: Any, saved: Any) -> Any:
    """``mine`` with each field it still holds as ``sent`` taken from ``saved``."""
    if mine == sent:
        return saved
    taken = {
        f.name: getattr(saved, f.name)
        for f in dataclasses.fields(mine)
        if getattr(mine, f.name) == getattr(sent, f.name)
    }
    return dataclasses.replace(mine, **taken)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
