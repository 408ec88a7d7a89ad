# SPDX-License-Identifier: GPL-3.0-or-later
"""Naming the records of a case in words, and its links read from either end, for ``pana show``.

Each link is printed under both of its records: "answers request citizenship of 12 April
2021" under the reply, "answered by legal event citizenship-refused of 3 May 2021" under
the request.  A record outside the case file (another case's) is named by table and id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain import records as r
from app.domain.link_rules import ends
from app.domain.vocab import LinkKind
from app.services.case_text_kit import Writer, on, safe, shown

#: kind → (read from the source, read from the target).
PHRASES: dict[str, tuple[str, str]] = {
    LinkKind.ANSWERS: ("answers", "answered by"),
    LinkKind.CONTESTS: ("contests", "contested by"),
    LinkKind.EXTENDS: ("extends", "extended by"),
    LinkKind.FOLLOWS: ("follows", "followed by"),
    LinkKind.MAY_ANSWER: ("may answer", "may be answered by"),
    LinkKind.CONCERNS: ("concerns", "concerned by"),
    LinkKind.CONCERNS_CASE: ("concerns", "concerned by"),
    LinkKind.SOURCE_OF: ("source of", "according to"),
    LinkKind.PERPETRATOR: ("perpetrator of", "perpetrator:"),
    LinkKind.DECISION_MAKER: ("decision-maker of", "decided by"),
    LinkKind.INTERVENING: ("intervened in", "intervention by"),
}

_NAMERS: dict[str, Callable[[Any], str]] = {
    "legal_events": lambda x: f"legal event {shown(x.kind)}{on(x.date)}",
    "requests": lambda x: f"request {shown(x.kind)}{on(x.filed_on)}",
    "pressure_reports": lambda x: f"pressure report{on(x.occurred_on)}",
    "detentions": lambda x: f"detention{on(x.started_on)}",
    "interviews": lambda x: f"interview{on(x.held_on)}",
    "sources": lambda x: f"source {shown(x.kind)} {safe(x.title or x.publisher)}".rstrip(),
    "parties": lambda x: f"party {safe(x.name)}" + (f" ({safe(x.position)})" if x.position else ""),
    "relative_statuses": lambda x: f"status {shown(x.status)}{on(x.started_on)}",
    "identity_documents": lambda x: f"document {shown(x.kind)} {safe(x.number)}".rstrip(),
    "residences": lambda x: f"residence {safe(x.place)}".rstrip(),
}


class Labels:
    """Every record of a case file by id, named in words, and the links touching each."""

    def __init__(self, case_file: r.CaseFile) -> None:
        self.case_file = case_file
        self._names: dict[str, str] = {case_file.case.id: "this case"}
        for table, records in (
            ("legal_events", case_file.legal_events),
            ("requests", case_file.requests),
            ("pressure_reports", case_file.pressure_reports),
            ("detentions", case_file.detentions),
            ("interviews", case_file.interviews),
            ("sources", case_file.sources),
            ("parties", case_file.parties),
            ("relative_statuses", case_file.relative_statuses),
        ):
            for record in records:
                self._names[record.id] = _NAMERS[table](record)
        for person in (case_file.subject, *case_file.relative_people):
            self._names[person.person.id] = f"person {safe(person.display_name) or 'unnamed'}"
            for document in person.documents:
                self._names[document.id] = _NAMERS["identity_documents"](document)
            for residence in person.residences:
                self._names[residence.id] = _NAMERS["residences"](residence)
        for relative in case_file.relatives:
            self._names[relative.id] = f"relative {self.who(relative.id)}"

    def who(self, relative_id: str | None) -> str:
        """A relative by name or, unnamed, by description: "Ерлан (brother)", "her mother (mother)"."""
        if relative_id is None:
            return "the subject"
        for relative, person in zip(self.case_file.relatives, self.case_file.relative_people, strict=True):
            if relative.id == relative_id:
                name = safe(person.display_name) or safe(relative.description) or "unnamed"
                return f"{name} ({shown(relative.relationship)})"
        return f"relative {safe(relative_id)}"

    def name(self, table: str, record_id: str, case_id: str = "") -> str:
        if record_id in self._names:
            return self._names[record_id]
        if table == "cases":
            return f"case {self._case_name(record_id)}"
        elsewhere = (
            f" in case {self._case_name(case_id)}" if case_id and case_id != self.case_file.case.id else ""
        )
        return f"{table} {safe(record_id)}{elsewhere}"

    def _case_name(self, case_id: str) -> str:
        """Another case by reference and subject ("K-2019-0042 Серік Жақыпұлы"), else by id."""
        found = next((c for c in self.case_file.other_cases if c.id == case_id), None)
        return safe(found.label) if found is not None and found.label else safe(case_id)

    def link_lines(self, record_id: str) -> list[str]:
        """The links at ``record_id``, each read from this end."""
        return [
            f"{PHRASES[end.link.kind][0 if end.outgoing else 1]} "
            f"{self.name(end.table, end.record_id, end.case_id)}{_extra(end.link)}"
            for end in ends(self.case_file.links, record_id)
        ]

    def links(self, out: Writer, depth: int, record_id: str) -> None:
        for line in self.link_lines(record_id):
            out.line(depth, f"link: {line}")


def _extra(link: r.Link) -> str:
    said = f': "{safe(link.note)}"' if link.note else ""
    return said + (" (preferred)" if link.preferred else "")
