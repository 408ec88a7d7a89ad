# SPDX-License-Identifier: GPL-3.0-or-later
"""Petitions from a case: the kinds on offer, the form the lawyer completes, the filled document,
and the office's own templates kept in the vault.

The document is filled from the case as read in one transaction (with the annexes' images),
and kept in the registry together with that data, so what was printed can be shown again
and explained.  Rendering is pure (``render_pdf``) and runs on any thread.

Threading: any thread; each call is one transaction.  Errors: TemplateError (a template's
file and line), BlankFieldsError with ``strict``, TemplateNotFoundError, CaseNotFoundError,
ValidationError for an office template that cannot be kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain import records as r
from app.domain.deadlines import DeadlineRule
from app.domain.errors import ValidationError
from app.domain.petition_flow import NOT_FILED
from app.domain.vocab import PetitionStatus
from app.files import removed_on_failure, write_whole
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.document import PetitionDocument, from_json, to_json
from app.petitions.pdf import render_pdf as render_pdf
from app.petitions.pdf import render_petition as render_petition
from app.petitions.protect import protected
from app.petitions.templates import parse_template
from app.petitions.timeline_page import timeline_chart
from app.services.attachments import read_attachment
from app.services.cases import read_case
from app.services.deadlines import DeadlineService
from app.services.petitions import PetitionRegistry, read_petition
from app.services.session import UnlockedVault

#: Images a petition appends as pages (anything else is listed only).
IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff"})
MAX_OFFICE_TEMPLATES = 500


@dataclass(frozen=True, slots=True)
class PetitionKindInfo:
    code: str
    summary: str  # one line in English, from the template
    languages: tuple[str, ...]
    filed: bool  # a filing with an authority (a case summary is not)
    summaries: tuple[tuple[str, str], ...] = ()  # (language, that language's template's summary)

    def summary_in(self, language: str) -> str:
        """The summary in ``language`` when the kind is written in it, else the English one."""
        return dict(self.summaries).get(language, self.summary)


@dataclass(frozen=True, slots=True)
class FieldEntry:
    """One blank of the form, with the value the case suggests."""

    name: str
    label: str
    value: str
    multiline: bool


@dataclass(frozen=True, slots=True)
class AnnexChoice:
    attachment_id: str
    name: str
    image: bool  # appended as a page when chosen


@dataclass(frozen=True, slots=True)
class PetitionForm:
    case_id: str
    kind: str
    language: str
    fields: tuple[FieldEntry, ...]
    annexes: tuple[AnnexChoice, ...]


@dataclass(frozen=True, slots=True)
class ComposedPetition:
    """A filled petition and what it was filled from (what the registry keeps with it)."""

    case_id: str
    kind: str
    language: str
    document: PetitionDocument
    template_sha256: str
    snapshot: str
    fields: tuple[tuple[str, str], ...]
    annex_ids: tuple[str, ...]
    #: Set when this is a petition the registry keeps already (a reprint).
    petition_id: str = ""

    def record(self, document: PetitionDocument, sha256: str) -> r.Petition:
        """The registry record for ``document`` (the final text, edits included): printed when it
        has its PDF's ``sha256``, else a draft."""
        return r.Petition(
            case_id=self.case_id,
            kind=self.kind,
            language=self.language,
            title=document.title,
            status=PetitionStatus.PRINTED if sha256 else PetitionStatus.DRAFT,
            template_sha256=self.template_sha256,
            fields=self.fields,
            content=to_json(document),
            snapshot=self.snapshot,
            annex_ids=self.annex_ids,
            sha256=sha256,
        )


class PetitionService:
    def __init__(self, vault: UnlockedVault, *, today: dt.date | None = None) -> None:
        self._vault = vault
        self._today = today
        self.registry = PetitionRegistry(vault)

    def templates(self) -> TemplateSet:
        """The shipped templates with the office's over them (one read; broken office files are in
        ``problems``, the rest still work)."""
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.execute(select(m.PetitionTemplate.name, m.PetitionTemplate.text)).all()
        return TemplateSet([(name, text) for name, text in rows])

    def kinds(self) -> tuple[PetitionKindInfo, ...]:
        return tuple(
            PetitionKindInfo(
                info.code, info.summary, info.languages, info.code not in NOT_FILED, info.summaries
            )
            for info in self.templates().kinds()
        )

    def form(self, case_id: str, kind: str, language: str) -> PetitionForm:
        """The blanks of ``kind`` in ``language`` with what the case suggests, and the case's files."""
        templates = self.templates()
        template = templates.template(kind, language)
        with self._vault.db.transaction(readonly=True) as session:
            case_file = read_case(session, case_id)
        context = case_context(case_file, language, today=self._day(), rules=self._rules())
        defaults = templates.default_fields(template, context)
        fields = tuple(
            FieldEntry(spec.name, spec.label, defaults.get(spec.name, ""), spec.multiline)
            for spec in template.fields
        )
        annexes = tuple(
            AnnexChoice(a.id, a.display_name, a.media_type in IMAGE_TYPES) for a in case_file.attachments
        )
        return PetitionForm(case_id, kind, language, fields, annexes)

    def compose(
        self,
        case_id: str,
        kind: str,
        language: str,
        fields: Mapping[str, str],
        annex_ids: Sequence[str] = (),
        *,
        strict: bool = False,
    ) -> ComposedPetition:
        """The petition filled from the case as it is now; images of chosen annexes become pages."""
        templates = self.templates()
        template = templates.template(kind, language)
        with self._vault.db.transaction(readonly=True) as session:
            case_file = read_case(session, case_id)
            files = {a.id: a for a in case_file.attachments}
            unknown = [i for i in annex_ids if i not in files]
            if unknown:
                raise ValidationError("annexes", "an annex must be a file of this case", "wrong-case")
            chosen = [files[i] for i in annex_ids]
            images = [read_attachment(session, a.id) if a.media_type in IMAGE_TYPES else None for a in chosen]
        context = case_context(
            case_file,
            language,
            today=self._day(),
            annexes=[a.display_name for a in chosen],
            rules=self._rules(),
        )
        document = templates.fill(template, context, fields, strict=strict)
        document = dataclasses.replace(
            document,
            annexes=tuple(
                dataclasses.replace(a, image=image) for a, image in zip(document.annexes, images, strict=True)
            ),
            timeline=timeline_chart(case_file, language, self._day()) if template.timeline else None,
        )
        return ComposedPetition(
            case_id,
            kind,
            language,
            document,
            template.sha256,
            json.dumps(context, ensure_ascii=False, default=str, sort_keys=True),
            tuple((spec.name, fields.get(spec.name, "")) for spec in template.fields),
            tuple(annex_ids),
        )

    def reopen(self, petition_id: str) -> ComposedPetition:
        """A kept petition as it was printed (its annexes' images read again), to print once more."""
        with self._vault.db.transaction(readonly=True) as session:
            petition = read_petition(session, petition_id)
            images = [_image_or_none(session, attachment_id) for attachment_id in petition.annex_ids]
        return ComposedPetition(
            petition.case_id,
            petition.kind,
            petition.language,
            from_json(petition.content, images),
            petition.template_sha256,
            petition.snapshot,
            petition.fields,
            petition.annex_ids,
            petition.id,
        )

    def save_pdf(
        self,
        composed: ComposedPetition,
        document: PetitionDocument,
        pdf: bytes,
        out: Path,
        *,
        replace: bool = False,
        password: str = "",
    ) -> r.Petition:
        """Write ``pdf`` where the user chose (whole and synced; over a file only with ``replace``), then
        keep it in the registry with the SHA-256 of the file written.  With ``password`` the file is
        encrypted (``app.petitions.protect``; ValidationError for a password too short, before anything
        is written).  The file is removed again when it cannot be kept (a full disk): no case data in a
        file the vault does not know of.  OSError when it cannot be written."""
        written = protected(pdf, password) if password else pdf
        write_whole(out, written, replace=replace)
        with removed_on_failure(out):
            return self.keep(composed, document, pdf_sha256(written))

    def keep(self, composed: ComposedPetition, document: PetitionDocument, sha256: str = "") -> r.Petition:
        """Keep ``document`` (the final text) in the registry: a new petition, or a reprint of a kept one."""
        if composed.petition_id and sha256:
            return self.registry.mark_printed(composed.petition_id, sha256)
        if composed.petition_id:
            return self.registry.get(composed.petition_id)
        return self.registry.keep(composed.record(document, sha256))

    # -- the office's own templates ---------------------------------------------------------------
    def add_template(self, name: str, text: str) -> None:
        """Keep an office template (``KIND.LANG.txt``; the same name as a shipped one overrides it).

        TemplateError (file and line) when it is not a valid template; nothing is kept then.
        """
        parse_template(name, text, office=True)
        with self._vault.db.transaction() as session:
            count = session.query(m.PetitionTemplate).count()
            existing = session.get(m.PetitionTemplate, name)
            if existing is None and count >= MAX_OFFICE_TEMPLATES:
                raise ValidationError(
                    "templates", f"an office keeps at most {MAX_OFFICE_TEMPLATES} templates"
                )
            if existing is None:
                session.add(m.PetitionTemplate(name=name, text=text))
            else:
                existing.text = text
                existing.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def remove_template(self, name: str) -> bool:
        """Forget an office template (a shipped one of that name is used again); False if none."""
        with self._vault.db.transaction() as session:
            existing = session.get(m.PetitionTemplate, name)
            if existing is None:
                return False
            session.delete(existing)
            return True

    def office_templates(self) -> tuple[str, ...]:
        with self._vault.db.transaction(readonly=True) as session:
            return tuple(session.scalars(select(m.PetitionTemplate.name).order_by(m.PetitionTemplate.name)))

    def _rules(self) -> dict[str, DeadlineRule]:
        """The deadline rules in force, by id: a petition's time limits are the deadlines list's."""
        return {rule.id: rule for rule in DeadlineService(self._vault).rule_book().rules}

    def _day(self) -> dt.date:
        return self._today or dt.date.today()


def _image_or_none(session: Session, attachment_id: str) -> bytes | None:
    row = session.get(m.Attachment, attachment_id)
    if row is None or row.media_type not in IMAGE_TYPES:
        return None
    return read_attachment(session, attachment_id)


def pdf_sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()
