# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole case as plain English text for a terminal (``pana show``): every fact, long text whole.

Sections in a fixed order: the case, the subject (every spelling, documents), the legal
timeline (the one chronological order), relatives, detentions, pressure reports,
interviews, attachments (name, type, size, SHA-256), petitions.  Dates read as they were
remembered ("about May 2018"); vocabulary values are printed as their codes.  A fact with
no value is left out.  Control characters in the data are shown escaped (``\\x1b``), so
stored text can never drive the terminal; line breaks of long text are kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from app.domain import records as r
from app.domain.date_words import in_words
from app.domain.dates import PartialDate
from app.services.case_export import ExportedCase, value

INDENT = "  "
Fact = tuple[str, object]


def _escape(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def safe(text: str, *, multiline: bool = False) -> str:
    """``text`` with control characters escaped; line breaks kept only when ``multiline``."""
    keep = "\n\t" if multiline else ""
    return "".join(_escape(ch) if unicodedata.category(ch) == "Cc" and ch not in keep else ch for ch in text)


def _shown(fact: object) -> str:
    if isinstance(fact, PartialDate):
        return in_words(fact)
    if isinstance(fact, bool):
        return "yes" if fact else "no"
    shown = value(fact)
    return safe(str(shown))


def _present(fact: object) -> bool:
    if isinstance(fact, PartialDate):
        return fact.is_known
    return fact is not None and fact != "" and fact != ()


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def heading(self, title: str, count: int | None = None) -> None:
        if self.lines:
            self.lines.append("")
        self.lines.append(title if count is None else f"{title} ({count})")

    def line(self, depth: int, text: str) -> None:
        self.lines.append(INDENT * depth + text)

    def facts(self, depth: int, facts: Iterable[Fact]) -> None:
        """``label: value`` for each fact that has a value; long text on its own indented lines."""
        for label, fact in facts:
            if not _present(fact):
                continue
            if isinstance(fact, str) and "\n" in fact:
                self.line(depth, f"{label}:")
                self.text(depth + 1, fact)
            else:
                self.line(depth, f"{label}: {_shown(fact)}")

    def text(self, depth: int, text: str) -> None:
        for part in safe(text, multiline=True).split("\n"):
            self.line(depth, part)


def _names(out: _Writer, depth: int, person: r.PersonFile) -> None:
    for name in person.names:
        tags = [name.script or "?", value(name.kind)]
        tags += [name.scheme] if name.scheme else []
        tags += ["primary"] if name.is_primary else []
        out.line(depth, f"{safe(name.text)}  ({safe(', '.join(str(t) for t in tags))})")


def _person(out: _Writer, depth: int, person: r.PersonFile) -> None:
    p = person.person
    out.line(depth, "names:" if person.names else "names: none recorded")
    _names(out, depth + 1, person)
    out.facts(
        depth,
        [
            ("born", p.birth_date),
            ("birth place", p.birth_place),
            ("sex", p.sex),
            ("ethnicity", p.ethnicity),
            ("citizenship", p.citizenship),
            ("notes", p.notes),
        ],
    )
    for document in person.documents:
        out.line(depth, f"document: {_shown(document.kind)}")
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
    out.facts(depth, [("person id", p.id)])


def _who(case_file: r.CaseFile, relative_id: str | None) -> str:
    if relative_id is None:
        return "the subject"
    for relative, person in zip(case_file.relatives, case_file.relative_people, strict=True):
        if relative.id == relative_id:
            return f"{safe(person.display_name) or 'unnamed'} ({_shown(relative.relationship)})"
    return f"relative {safe(relative_id)}"


def _dated(out: _Writer, date: PartialDate, what: object) -> None:
    out.line(1, f"{in_words(date)}: {_shown(what)}")


def case_text(exported: ExportedCase) -> str:
    """The whole case as text, one fact a line (see the module docstring)."""
    case_file = exported.file
    case = case_file.case
    out = _Writer()
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
    out.heading(f"Subject: {safe(case_file.subject.display_name)}")
    _person(out, 1, case_file.subject)
    _legal_timeline(out, case_file.legal_events)
    _relatives(out, case_file)
    out.heading("Detentions", len(case_file.detentions))
    for detention in case_file.detentions:
        out.line(1, f"from {in_words(detention.started_on)} to {in_words(detention.ended_on)}")
        out.facts(
            2,
            [
                ("held", _who(case_file, detention.relative_id)),
                ("facility", detention.facility),
                ("place", detention.place),
                ("stated reason", detention.stated_reason),
                ("treatment", detention.treatment),
                ("id", detention.id),
            ],
        )
    out.heading("Pressure reports", len(case_file.pressure_reports))
    for report in case_file.pressure_reports:
        _dated(out, report.occurred_on, report.kind)
        out.facts(
            2,
            [
                ("concerns", _who(case_file, report.relative_id) if report.relative_id else ""),
                ("actor", report.actor),
                ("channel", report.channel),
                ("reliability", report.reliability),
                ("how the source knows", report.source_connection),
                ("place", report.place),
                ("description", report.description),
                ("id", report.id),
            ],
        )
    _interviews(out, case_file.interviews)
    _files(out, case_file)
    return "\n".join(out.lines) + "\n"


def _legal_timeline(out: _Writer, events: Sequence[r.LegalEvent]) -> None:
    out.heading("Legal timeline", len(events))
    for event in events:
        _dated(out, event.date, event.kind)
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


def _relatives(out: _Writer, case_file: r.CaseFile) -> None:
    out.heading("Relatives", len(case_file.relatives))
    for relative, person in zip(case_file.relatives, case_file.relative_people, strict=True):
        out.line(1, f"{_shown(relative.relationship)}: {safe(person.display_name) or 'unnamed'}")
        place = ", ".join(
            safe(part)
            for part in (relative.village, relative.township, relative.county, relative.prefecture)
            if part
        )
        out.facts(
            2,
            [
                ("status", relative.status),
                ("lives in", place),
                ("country", relative.country),
                ("last contact", relative.last_contact),
                ("notes", relative.notes),
                ("id", relative.id),
            ],
        )
        _person(out, 2, person)


def _interviews(out: _Writer, interviews: Sequence[r.Interview]) -> None:
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
        for code, text in interview.sections:
            out.line(2, f"section {safe(code)}:")
            out.text(3, text)
        if interview.narrative:
            out.line(2, "narrative:")
            out.text(3, interview.narrative)


def _files(out: _Writer, case_file: r.CaseFile) -> None:
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
                ("added", attachment.created_at),
                ("note", attachment.note),
                ("id", attachment.id),
            ],
        )
    out.heading("Petitions", len(case_file.petitions))
    for petition in case_file.petitions:
        out.line(1, f"{safe(petition.kind)} ({safe(petition.language)})")
        out.facts(
            2,
            [
                ("status", petition.status),
                ("SHA-256", petition.sha256),
                ("made", petition.created_at),
                ("filed", petition.filed_at),
                ("id", petition.id),
            ],
        )
