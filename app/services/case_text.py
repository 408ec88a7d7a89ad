# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole case as plain English text for a terminal (``pana show``): every fact, long text whole.

Sections in a fixed order: the case, the subject (every spelling, documents, residences),
the legal timeline (the one chronological order), requests (with the waiting time of open
ones and their answer), relatives (with their status history), detentions, pressure
reports, sources, parties, interviews, attachments (name, type, size, SHA-256), petitions,
links, and the fields a redacted packet (a lawyer's) withheld from this vault.  Each record
lists its links read from its own end (``case_text_links``).  Dates read as they were
remembered ("about May 2018"); vocabulary values are printed as their codes.  A fact with
no value is left out.  Control characters are shown escaped.
"""

from __future__ import annotations

import datetime as dt

from app.domain import records as r
from app.domain.date_words import in_words
from app.domain.requests import waiting_words
from app.services.case_export import ExportedCase, value
from app.services.case_text_kit import Writer, safe, shown
from app.services.case_text_links import Labels


def _names(out: Writer, depth: int, person: r.PersonFile) -> None:
    for name in person.names:
        tags = [name.script or "?", value(name.kind)]
        tags += [name.scheme] if name.scheme else []
        tags += ["primary"] if name.is_primary else []
        out.line(depth, f"{safe(name.text)}  ({safe(', '.join(str(t) for t in tags))})")


def _person(out: Writer, depth: int, person: r.PersonFile) -> None:
    p = person.person
    out.line(depth, "names:" if person.names else "names: none recorded")
    _names(out, depth + 1, person)
    age = f"{p.age}" + (f" in {in_words(p.age_on)}" if p.age_on.is_known else "") if p.age is not None else ""
    out.facts(
        depth,
        [
            ("born", p.birth_date),
            ("age", age),
            ("birth place", p.birth_place),
            ("sex", p.sex),
            ("ethnicity", p.ethnicity),
            ("citizenship", p.citizenship),
            ("occupation", p.occupation),
            ("civil status", p.civil_status if p.civil_status != "unknown" else ""),
            ("lacks", p.lacks),
            ("which blocks", p.blocked),
            ("notes", p.notes),
        ],
    )
    for document in person.documents:
        out.line(depth, f"document: {shown(document.kind)}")
        out.facts(
            depth + 1,
            [
                ("number", document.number),
                ("issuer", document.issuer),
                ("issued", document.issued_on),
                ("valid until", document.valid_until),
                ("notes", document.notes),
            ],
        )
    for residence in person.residences:
        place = ", ".join(safe(x) for x in (residence.place, residence.region, residence.country) if x)
        out.line(depth, f"lives in: {place or 'unknown place'}")
        out.facts(
            depth + 1,
            [("since", residence.since), ("until", residence.until), ("notes", residence.notes)],
        )
    out.facts(depth, [("person id", p.id)])


def case_text(exported: ExportedCase, today: dt.date | None = None) -> str:
    """The whole case as text, one fact a line (see the module docstring); waiting times to ``today``."""
    case_file = exported.file
    labels = Labels(case_file)
    case = case_file.case
    out = Writer()
    out.heading(f"Case {safe(case.reference) or '(no reference)'}")
    out.facts(
        1,
        [
            ("id", case.id),
            ("status", case.status),
            ("confidentiality", case.confidentiality),
            ("office", exported.office.name),
            ("opened", case.opened_on),
            ("closed", case.closed_on),
            ("summary", case.summary),
        ],
    )
    labels.links(out, 1, case.id)
    out.heading(f"Subject: {safe(case_file.subject.display_name)}")
    _person(out, 1, case_file.subject)
    _legal_timeline(out, labels)
    _requests(out, labels, today or dt.date.today())
    _relatives(out, labels)
    out.heading("Detentions", len(case_file.detentions))
    for detention in case_file.detentions:
        out.line(1, f"from {in_words(detention.started_on)} to {in_words(detention.ended_on)}")
        out.facts(
            2,
            [
                ("held", labels.who(detention.relative_id)),
                ("facility", detention.facility),
                ("place", detention.place),
                ("stated reason", detention.stated_reason),
                ("treatment", detention.treatment),
                ("id", detention.id),
            ],
        )
        labels.links(out, 2, detention.id)
    _pressure(out, labels)
    _sources(out, labels)
    _interviews(out, labels)
    _files(out, case_file)
    _links(out, labels)
    _withheld(out, labels, exported)
    return "\n".join(out.lines) + "\n"


def _legal_timeline(out: Writer, labels: Labels) -> None:
    events = labels.case_file.legal_events
    out.heading("Legal timeline", len(events))
    for event in events:
        out.line(1, f"{in_words(event.date)}: {shown(event.kind)}")
        out.facts(
            2,
            [
                ("place", event.place),
                ("authority", event.authority),
                ("reference number", event.reference_number),
                ("term (months)", event.term_months),
                ("suspended", event.suspended or None),
                ("detention credit (days)", event.detention_credit_days),
                ("valid until", event.valid_until),
                ("legal basis", event.legal_basis),
                ("outcome", event.outcome),
                ("destination country", event.destination_country),
                ("notes", event.notes),
                ("id", event.id),
            ],
        )
        labels.links(out, 2, event.id)


def _requests(out: Writer, labels: Labels, today: dt.date) -> None:
    requests = labels.case_file.requests
    out.heading("Requests", len(requests))
    for request in requests:
        out.line(1, f"{in_words(request.filed_on)}: {shown(request.kind)} ({shown(request.status)})")
        out.facts(
            2,
            [
                ("waiting", waiting_words(request, today).removeprefix("waiting ")),
                ("authority", request.authority),
                ("reference number", request.reference_number),
                ("asked", request.asked),
                ("answered", request.answered_on),
                ("outcome", request.outcome if request.outcome != "none" else ""),
                ("answer basis", request.answer_basis),
                ("answer reference", request.answer_reference),
                ("answer attachment", request.answer_attachment_id),
                ("notes", request.notes),
                ("id", request.id),
            ],
        )
        labels.links(out, 2, request.id)


def _relatives(out: Writer, labels: Labels) -> None:
    case_file = labels.case_file
    out.heading("Relatives", len(case_file.relatives))
    for relative, person in zip(case_file.relatives, case_file.relative_people, strict=True):
        name = safe(person.display_name) or safe(relative.description) or "unnamed"
        out.line(1, f"{shown(relative.relationship)}: {name}")
        place = ", ".join(
            safe(part)
            for part in (relative.village, relative.township, relative.county, relative.prefecture)
            if part
        )
        out.facts(
            2,
            [
                ("description", relative.description),
                ("minor", relative.minor or None),
                ("lives in", place),
                ("country", relative.country),
                ("last contact", relative.last_contact),
                ("notes", relative.notes),
                ("id", relative.id),
            ],
        )
        for status in case_file.relative_statuses:
            if status.relative_id == relative.id:
                span = f"from {in_words(status.started_on)} to {in_words(status.ended_on, 'now or unknown')}"
                out.line(2, f"status: {shown(status.status)}, {span}")
                out.facts(3, [("notes", status.notes), ("id", status.id)])
        labels.links(out, 2, relative.id)
        _person(out, 2, person)


def _pressure(out: Writer, labels: Labels) -> None:
    case_file = labels.case_file
    out.heading("Pressure reports", len(case_file.pressure_reports))
    for report in case_file.pressure_reports:
        out.line(1, f"{in_words(report.occurred_on)}: {shown(report.kinds) or 'kind not recorded'}")
        relayed = case_file.person(report.relayed_by_id) if report.relayed_by_id else None
        out.facts(
            2,
            [
                ("aimed at", "; ".join(labels.who(target) for target in report.target_ids)),
                ("how often", report.frequency if report.frequency != "unknown" else ""),
                ("reported", report.reported_on),
                (
                    "relayed by",
                    (safe(relayed.display_name) or "unnamed") if relayed else report.relayed_by_id,
                ),
                ("actor", report.actor),
                ("channel", report.channel),
                ("reliability", report.reliability),
                ("how the source knows", report.source_connection),
                ("place", report.place),
                ("description", report.description),
                ("words", report.words),
                ("id", report.id),
            ],
        )
        labels.links(out, 2, report.id)


def _sources(out: Writer, labels: Labels) -> None:
    case_file = labels.case_file
    out.heading("Sources", len(case_file.sources))
    for source in case_file.sources:
        person = case_file.person(source.person_id) if source.person_id else None
        out.line(1, f"{shown(source.kind)}: {safe(source.title) or safe(source.publisher) or 'untitled'}")
        out.facts(
            2,
            [
                ("person", (safe(person.display_name) or "unnamed") if person else source.person_id),
                ("publisher", source.publisher),
                ("published", source.published_on),
                ("information of", source.information_on),
                ("language", source.language),
                ("how the source knows", source.connection),
                ("reliability", source.reliability),
                ("notes", source.notes),
                ("id", source.id),
            ],
        )
        labels.links(out, 2, source.id)
    out.heading("Parties", len(case_file.parties))
    for party in case_file.parties:
        out.line(1, safe(party.name))
        out.facts(
            2,
            [
                ("kind", party.kind),
                ("position", party.position),
                ("organisation", party.organisation),
                ("country", party.country),
                ("notes", party.notes),
                ("id", party.id),
            ],
        )
        labels.links(out, 2, party.id)


def _interviews(out: Writer, labels: Labels) -> None:
    interviews = labels.case_file.interviews
    out.heading("Interviews", len(interviews))
    for interview in interviews:
        out.line(1, f"{in_words(interview.held_on)}: interview")
        out.facts(
            2,
            [
                ("place", interview.place),
                ("interviewer", interview.interviewer),
                ("language", interview.language),
                ("interpreter", interview.interpreter),
                ("consent given", interview.consent_given),
                ("consent scope", interview.consent_scope),
                ("consent recorded as", interview.consent_recording),
                ("id", interview.id),
            ],
        )
        labels.links(out, 2, interview.id)
        for code, text in interview.sections:
            out.line(2, f"section {safe(code)}:")
            out.text(3, text)
        if interview.narrative:
            out.line(2, "narrative:")
            out.text(3, interview.narrative)


def _files(out: Writer, case_file: r.CaseFile) -> None:
    out.heading("Attachments", len(case_file.attachments))
    for attachment in case_file.attachments:
        out.line(1, safe(attachment.display_name))
        out.facts(
            2,
            [
                ("kind", attachment.kind),
                ("type", attachment.media_type),
                ("size", f"{attachment.size:,} bytes"),
                ("SHA-256", attachment.sha256),
                ("bytes", "not received yet" if attachment.id in case_file.files_not_received else ""),
                ("added", attachment.created_at),
                ("note", attachment.note),
                ("id", attachment.id),
            ],
        )
    out.heading("Petitions", len(case_file.petitions))
    for petition in case_file.petitions:
        out.line(
            1, f"{safe(petition.title or petition.kind)} ({safe(petition.kind)}, {safe(petition.language)})"
        )
        out.facts(
            2,
            [
                ("status", petition.status),
                ("SHA-256", petition.sha256),
                ("made", petition.created_at),
                ("printed", petition.printed_at),
                ("filed", petition.filed_on),
                ("with", petition.authority),
                ("number", petition.reference_number),
                ("answered", petition.answered_on),
                ("outcome", petition.outcome if petition.outcome != "none" else ""),
                ("id", petition.id),
            ],
        )


def _withheld(out: Writer, labels: Labels, exported: ExportedCase) -> None:
    """The fields a redacted packet withheld: left out above like unknown ones, named here."""
    if not exported.withheld:
        return
    out.heading("Withheld by the sending office", len(exported.withheld))
    for name, fields in sorted((labels.name(*ref), fields) for ref, fields in exported.withheld.items()):
        out.line(1, f"{name}: {', '.join(fields)}")


def _links(out: Writer, labels: Labels) -> None:
    links = labels.case_file.links
    out.heading("Links", len(links))
    for link in links:
        source = labels.name(link.source_table, link.source_id, link.case_id)
        target = labels.name(link.target_table, link.target_id, link.target_case_id or link.case_id)
        out.line(1, f"{source} → {value(link.kind)} → {target}")
        out.facts(2, [("note", link.note), ("preferred", link.preferred or None), ("id", link.id)])
