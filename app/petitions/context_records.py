# SPDX-License-Identifier: GPL-3.0-or-later
"""How each record of a case file reads in a petition (``app.petitions.context``): the applicant and
their documents, relatives, legal events, detentions, pressure reports and interviews, as text in
the petition's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain import records as r
from app.domain.chronology import legal_timeline
from app.domain.dates import PartialDate, days_left
from app.domain.deadline_chains import EXPIRY_RULES, valid_longest
from app.domain.link_rules import IDENTITY_DOCUMENTS, LEGAL_EVENTS
from app.domain.running_text import joined, listed
from app.domain.vocab import LegalEventKind, LinkKind, RelativeStatus, SourceConnection
from app.petitions.context_lookups import Record, in_order
from app.petitions.date_text import DateText, date_text, period_text, term_text, until_text
from app.petitions.link_text import Names, name_in
from app.petitions.sandbox import nothing
from app.petitions.words import citizenship, country, ethnicity, ethnicity_code, is_kazakh

#: A relative's statuses that hold them in the authorities' hands without a detention on record.
_RESTRAINED = frozenset({RelativeStatus.UNDER_SURVEILLANCE, RelativeStatus.FORBIDDEN_TO_LEAVE})
#: A relative's statuses that end a detention.
_NOT_HELD = frozenset(
    {
        RelativeStatus.RELEASED,
        RelativeStatus.AT_HOME,
        RelativeStatus.IN_KAZAKHSTAN,
        RelativeStatus.ABROAD,
        RelativeStatus.DECEASED,
    }
)


def _itself(date: PartialDate) -> PartialDate:
    return date


def _last_day_text(date: PartialDate) -> str:
    """The last day ``date`` can mean, as ISO text that sorts ("" when unknown)."""
    last = date.latest()
    return last.isoformat() if last is not None else ""


class RecordText:
    """The records of ``case_file`` in ``language`` on ``today``, one method a record kind."""

    def __init__(self, case_file: r.CaseFile, language: str, today: dt.date) -> None:
        self.file = case_file
        self.language = language
        self.today = today
        self.names = Names(case_file, language)
        crossings = (
            e.date.earliest() for e in case_file.legal_events if e.kind == LegalEventKind.BORDER_CROSSING
        )
        #: The earliest day the applicant may have crossed the border (None: no crossing dated).
        self.crossed = min((day for day in crossings if day is not None), default=None)
        self._sex_of_person = {
            p.person.id: str(p.person.sex) for p in (case_file.subject, *case_file.relative_people)
        }
        self._person_of_relative = {rel.id: rel.person_id for rel in case_file.relatives}

    def date(self, date: PartialDate) -> DateText:
        return date_text(date, self.language)

    def vocab(self, table: str, code: object, sex: object = "") -> str:
        return self.names.vocab(table, code, sex)

    def valid_until(self, document: r.IdentityDocument) -> PartialDate:
        """How long a certificate holds: its own end, or a later one from the legal events that
        extend it (``valid_longest``)."""
        longest = valid_longest([document.valid_until, *self._extended(str(document.kind))], _itself)
        return document.valid_until if longest is None else longest

    def certificate(self, kind: str) -> Any:
        """How long the subject's certificate of ``kind`` holds (``validity``), whichever of its records
        says so (``valid_longest``: the documents of that kind, the legal events that issued or extended
        it); nothing when none has an end."""
        documents = [d.valid_until for d in self.file.subject.documents if d.kind == kind]
        longest = valid_longest([*documents, *self._extended(kind)], _itself)
        if longest is None or self._extended_since(kind, longest):
            return nothing()
        return self.validity(longest)

    def _extending(self, kind: str) -> list[r.LegalEvent]:
        """The legal events that issue or extend a certificate of ``kind`` (those of its expiry rule)."""
        rule = EXPIRY_RULES.get((IDENTITY_DOCUMENTS, kind))
        if rule is None:
            return []
        return [e for e in self.file.legal_events if EXPIRY_RULES.get((LEGAL_EVENTS, str(e.kind))) == rule]

    def _extended(self, kind: str) -> list[PartialDate]:
        """The ends the legal events that issue or extend a certificate of ``kind`` give it."""
        return [e.valid_until for e in self._extending(kind)]

    def _extended_since(self, kind: str, end: PartialDate) -> bool:
        """Whether the certificate was issued or extended after ``end`` for a term not recorded: then
        how long it holds is not known, and no petition may say it ran out at ``end``."""
        last_day = end.latest()
        return last_day is not None and any(
            e.valid_until.latest() is None and (e.date.earliest() or last_day) > last_day
            for e in self._extending(kind)
        )

    def validity(self, valid_until: PartialDate) -> Record:
        """How long a document or an event holds: in words (``valid_until``), as a sortable last day
        (``valid_until_day``, for office templates that still call ``longest_valid``), and whether it
        surely ran out before today (``expired``)."""
        left = days_left(valid_until, self.today)
        return {
            "valid_until": until_text(valid_until, self.language),
            "valid_until_day": _last_day_text(valid_until),
            "expired": left is not None and left < 0,
        }

    def subject(self) -> Record:
        person_file = self.file.subject
        person = person_file.person
        names = sorted(person_file.names, key=lambda n: not n.is_primary)
        residences = in_order(person_file.residences, lambda x: x.since)
        documents = in_order(person_file.documents, lambda x: x.issued_on)
        return {
            "name": name_in(person_file, self.language),
            "names": [
                {
                    "text": n.text,
                    "script": n.script,
                    "script_name": self.vocab("script", n.script),
                    "scheme": self.vocab("scheme", n.scheme),
                    "kind": self.vocab("name_kind", n.kind),
                    "kind_code": str(n.kind),
                }
                for n in names
            ],
            "birth_date": self.date(person.birth_date),
            "birth_place": person.birth_place,
            "sex": self.vocab("sex", person.sex),
            "sex_code": str(person.sex),
            "citizenship": citizenship(person.citizenship, self.language),
            "ethnicity": ethnicity(person.ethnicity, str(person.sex), self.language),
            "ethnicity_code": ethnicity_code(person.ethnicity),
            "kazakh": is_kazakh(person.ethnicity),
            "occupation": person.occupation,
            "civil_status": self.vocab("civil_status", person.civil_status),
            "address": joined(
                residences[-1].place, residences[-1].region, country(residences[-1].country, self.language)
            )
            if residences
            else "",
            "residences": [
                {
                    "place": x.place,
                    "region": x.region,
                    "country": country(x.country, self.language),
                    "since": self.date(x.since),
                    "until": self.date(x.until),
                }
                for x in residences
            ],
            "documents": [
                {
                    "kind": self.vocab("document_kind", d.kind),
                    "kind_code": str(d.kind),
                    "number": d.number,
                    "issuer": d.issuer,
                    "issued_on": self.date(d.issued_on),
                    **self.validity(self.valid_until(d)),
                    "notes": d.notes,
                }
                for d in documents
            ],
            "lacks": [self.vocab("lack", code) for code in person.lacks],
            "blocked": [self.vocab("blocked", code) for code in person.blocked],
        }

    def relative(self, relative: r.Relative, person: r.PersonFile) -> Record:
        entries = in_order(
            [s for s in self.file.relative_statuses if s.relative_id == relative.id], lambda s: s.started_on
        )
        sex = person.person.sex
        now = [s for s in entries if not s.ended_on.is_known]
        current = [self.vocab("relative_status", s.status, sex) for s in now]
        restrained = [self.vocab("relative_status", s.status, sex) for s in now if s.status in _RESTRAINED]
        return {
            "name": name_in(person, self.language),
            "relationship": self.vocab("relationship", relative.relationship, sex),
            "relationship_code": str(relative.relationship),
            "sex_code": str(sex),
            "birth_date": self.date(person.person.birth_date),
            "citizenship": citizenship(person.person.citizenship, self.language),
            "description": relative.description,
            "notes": relative.notes,
            "minor": relative.minor,
            "place": joined(
                relative.village,
                relative.township,
                relative.county,
                relative.prefecture,
                country(relative.country, self.language),
            ),
            "last_contact": self.date(relative.last_contact),
            "status": listed(current),
            "restrained": listed(restrained),
            "statuses": [
                {
                    "status": self.vocab("relative_status", s.status, sex),
                    "since": self.date(s.started_on),
                    "until": self.date(s.ended_on),
                    "notes": s.notes,
                }
                for s in entries
            ],
        }

    def interview(self, interview: r.Interview) -> Record:
        """An intake interview as the case summary lists it: when, where, who and in what language, and
        what the person consented to (never its text)."""
        scopes = [code for code in interview.consent_scope.split(",") if code.strip()]
        return {
            "held_on": self.date(interview.held_on),
            "place": interview.place,
            "interviewer": interview.interviewer,
            "language": self.vocab("language", interview.language),
            "interpreter": interview.interpreter,
            "consent_given": interview.consent_given,
            "consent_scope": listed([self.vocab("consent_scope", code.strip()) for code in scopes]),
            "recording": self.vocab("consent_recording", interview.consent_recording),
        }

    def event(self, event: r.LegalEvent) -> Record:
        return {
            "date": self.date(event.date),
            "kind": self.vocab("legal_event_kind", event.kind),
            "kind_code": str(event.kind),
            "place": event.place,
            "authority": event.authority,
            "reference_number": event.reference_number,
            "outcome": event.outcome,
            "term": term_text(event.term_months, event.suspended, event.detention_credit_days, self.language),
            "legal_basis": event.legal_basis,
            **self.validity(event.valid_until),
            "destination_country": country(event.destination_country, self.language),
            "notes": event.notes,
            "links": self.names.links(event.id),
        }

    def detention(self, detention: r.Detention) -> Record:
        return {
            "who": self.names.who(detention.relative_id),
            "of_subject": detention.relative_id is None,
            "period": period_text(
                detention.started_on,
                detention.ended_on,
                self.language,
                still_held=detention.relative_id is not None and not self._left_detention(detention),
            ),
            "in_origin": detention.relative_id is not None or self._before_crossing(detention.started_on),
            "facility": detention.facility,
            "place": detention.place,
            "started_on": self.date(detention.started_on),
            "ended_on": self.date(detention.ended_on),
            "stated_reason": detention.stated_reason,
            "treatment": detention.treatment,
            "links": self.names.links(detention.id),
        }

    def _left_detention(self, detention: r.Detention) -> bool:
        """A relative's status since the detention began says they are no longer held (released,
        at home, abroad, dead), though the detention has no end date."""
        if detention.relative_id is None:
            return False
        began = detention.started_on.earliest()
        for status in self.file.relative_statuses:
            if status.relative_id == detention.relative_id and status.status in _NOT_HELD:
                since = status.started_on.latest()
                if began is None or since is None or since >= began:
                    return True
        return False

    def _before_crossing(self, day: PartialDate) -> bool:
        """``day`` surely falls before the applicant's first border crossing (so the applicant was
        still in the country of origin); False when either date is unknown."""
        started = day.latest()
        return started is not None and self.crossed is not None and started < self.crossed

    def pressure(self, report: r.PressureReport) -> Record:
        return {
            "occurred_on": self.date(report.occurred_on),
            "reported_on": self.date(report.reported_on),
            "kinds": listed([self.vocab("pressure_kind", k) for k in report.kinds]),
            "kind_codes": [str(k) for k in report.kinds],
            "targets": joined(*(self.names.who(t) for t in report.target_ids)),
            "actor": self.vocab("pressure_actor", report.actor),
            "channel": self.vocab("channel", report.channel),
            "relayed_by": self.names.who_is_person(report.relayed_by_id),
            "source_connection": ""
            if report.source_connection == SourceConnection.UNKNOWN
            else self.vocab("source_connection", report.source_connection, self._source_sex(report)),
            "frequency": self.vocab("frequency", report.frequency),
            "place": report.place,
            "description": report.description,
            "words": report.words,
            "reliability": self.vocab("reliability", report.reliability),
            "after": self._act_answered(report.id),
            "links": self.names.links(report.id),
        }

    def _act_answered(self, report_id: str) -> Any:
        """The applicant's own act (a public testimony) the report may answer (``may-answer``), the
        latest when several; nothing when none."""
        ids = {
            link.target_id
            for link in self.file.links
            if link.kind == LinkKind.MAY_ANSWER and link.source_id == report_id
        }
        acts = [event for event in legal_timeline(self.file.legal_events) if event.id in ids]
        return self.event(acts[-1]) if acts else nothing()

    def _source_sex(self, report: r.PressureReport) -> str:
        """The sex of the report's source, which "how the source knows" agrees with ("сама
        пострадавшая"): the person who passed the news on; else the relatives it was aimed at when all
        are of one sex (a victim who told it is one of them), ``""`` when not; else, aimed at no
        relative, the applicant."""
        people = self._sex_of_person
        if report.relayed_by_id is not None:
            return people.get(report.relayed_by_id, "")
        if not report.target_ids:
            return str(self.file.subject.person.sex)
        sexes = {people.get(self._person_of_relative.get(target, ""), "") for target in report.target_ids}
        return sexes.pop() if len(sexes) == 1 else ""
