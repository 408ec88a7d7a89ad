# SPDX-License-Identifier: GPL-3.0-or-later
"""The records of a case named in a petition's language, and each record's links read from its end.

"отвечает на: обращение «Гражданство», 2 сентября 2024" under a reply, "ответ: правовое
событие «Отказ в гражданстве», 1 марта 2025" under the request.  A record outside this case
file is named by its kind, and another case by its reference and subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.link_rules import ends
from app.domain.running_text import joined, lower_first
from app.domain.vocab import NameKind
from app.petitions.date_text import date_text
from app.petitions.words import label


def word(table: str, code: object, language: str, sex: object = "", speaker: object = "") -> str:
    """A vocabulary label, agreeing with ``sex`` (and the ``speaker``'s) where the language needs it;
    ``""`` for ``unknown`` (the context prints nothing for what is not known)."""
    text = str(getattr(code, "value", code) or "")
    if text in ("", "unknown"):
        return ""
    return label(
        table,
        text,
        language,
        str(getattr(sex, "value", sex)),
        speaker=str(getattr(speaker, "value", speaker)),
    )


#: The script a petition in each language is written in (ISO 15924).
_SCRIPT_OF = {"ru": "Cyrl", "kk": "Cyrl", "en": "Latn"}
#: Whole names, the spelling on an identity document first.
_WHOLE = (NameKind.DOCUMENT, NameKind.FULL)


def name_in(person: r.PersonFile, language: str) -> str:
    """The person's name as a petition in ``language`` prints it: the primary spelling when it is in
    the language's script; else a whole name recorded in that script (as on a document first), so an
    English letter does not name people in Cyrillic only; else the primary one."""
    primary = person.primary_name
    wanted = _SCRIPT_OF.get(language)
    if primary is None or wanted is None or primary.script == wanted:
        return person.display_name
    in_script = [n for n in person.names if n.script == wanted and n.kind in _WHOLE]
    in_script.sort(key=lambda n: _WHOLE.index(n.kind))
    return in_script[0].text if in_script else person.display_name


def quoted(text: str, language: str) -> str:
    """``text`` in the language's quotation marks (``""`` stays empty)."""
    if not text:
        return ""
    return f"“{text}”" if language == "en" else f"«{text}»"


#: Records told apart by their date alone.
_DATED = frozenset({"pressure_reports", "interviews"})


class Names:
    """Every record of ``case_file`` named in ``language``, for link text and lists."""

    def __init__(self, case_file: r.CaseFile, language: str) -> None:
        self.case_file = case_file
        self.language = language
        self._names: dict[str, str] = {}
        self._relatives = {
            relative.id: (relative, person)
            for relative, person in zip(case_file.relatives, case_file.relative_people, strict=True)
        }
        when: Callable[[PartialDate], str] = lambda d: date_text(d, language)  # noqa: E731
        describe: dict[str, tuple[tuple[Any, ...], Callable[[Any], str]]] = {
            "legal_events": (
                case_file.legal_events,
                lambda x: joined(self.quoted("legal_event_kind", x.kind), when(x.date)),
            ),
            "requests": (
                case_file.requests,
                lambda x: joined(self.quoted("request_kind", x.kind), when(x.filed_on)),
            ),
            "pressure_reports": (case_file.pressure_reports, lambda x: when(x.occurred_on)),
            "detentions": (case_file.detentions, lambda x: joined(x.facility or x.place, when(x.started_on))),
            "interviews": (case_file.interviews, lambda x: when(x.held_on)),
            "sources": (case_file.sources, lambda x: x.title or x.publisher),
            "parties": (case_file.parties, lambda x: joined(x.name, x.position)),
            "relative_statuses": (
                case_file.relative_statuses,
                lambda x: joined(
                    quoted(self.vocab("relative_status", x.status, self._sex(x.relative_id)), language),
                    when(x.started_on),
                ),
            ),
            "relatives": (case_file.relatives, lambda x: self.who(x.id)),
        }
        for table, (records, describer) in describe.items():
            for record in records:
                self._names[record.id] = self._named(table, describer(record), dated=table in _DATED)
        for person in (self.case_file.subject, *self.case_file.relative_people):
            self._names[person.person.id] = self._named("persons", name_in(person, language))
            for document in person.documents:
                text = joined(self.quoted("document_kind", document.kind), document.number)
                self._names[document.id] = self._named("identity_documents", text)
            for residence in person.residences:
                self._names[residence.id] = self._named("residences", residence.place)

    def vocab(self, table: str, code: object, sex: object = "") -> str:
        """A label as the applicant, whose petition it is, says it (``word``)."""
        return word(table, code, self.language, sex, self.case_file.subject.person.sex)

    def quoted(self, table: str, code: object) -> str:
        return quoted(self.vocab(table, code), self.language)

    def _table(self, table: str) -> str:
        """A kind of record in running text: "обращение", "legal event"."""
        return lower_first(self.vocab("record_table", table))

    def _named(self, table: str, description: str, *, dated: bool = False) -> str:
        """The kind of record, then what tells it apart: "источник «Показания»", or after a comma a date
        alone ("сообщение о давлении, начало апреля 2023")."""
        return joined(self._table(table), description, sep=", " if dated else " ")

    def who(self, relative_id: str | None) -> str:
        """The subject's name (None), or a relative by name or description, with the relationship."""
        if relative_id is None:
            return name_in(self.case_file.subject, self.language)
        if relative_id not in self._relatives:
            return ""
        relative, person = self._relatives[relative_id]
        name = name_in(person, self.language) or relative.description
        relationship = self.vocab("relationship", relative.relationship, person.person.sex)
        if name and relationship:
            return f"{name} ({lower_first(relationship)})"  # "Ерлан (старший брат)"
        return name or relationship

    def who_is_person(self, person_id: str | None) -> str:
        """The subject or a relative of the case by person id, as ``who`` names them; ``""`` otherwise."""
        if person_id and person_id == self.case_file.subject.person.id:
            return self.who(None)
        found = next((r_id for r_id, (rel, _) in self._relatives.items() if rel.person_id == person_id), None)
        return self.who(found) if person_id and found is not None else ""

    def _sex(self, relative_id: str) -> object:
        found = self._relatives.get(relative_id)
        return found[1].person.sex if found is not None else ""

    def name(self, table: str, record_id: str, case_id: str) -> str:
        if record_id in self._names:
            return self._names[record_id]
        if table == "cases" or (case_id and case_id != self.case_file.case.id):
            other = next((c for c in self.case_file.other_cases if c.id in (record_id, case_id)), None)
            case = joined(self._table("cases"), other.label if other else "", sep=" ")
            return case if table == "cases" else joined(self._table(table), case)
        return self._table(table)

    def links(self, record_id: str) -> list[str]:
        """The links at ``record_id`` as text, each read from this end; a link's note follows in quotes."""
        lines = []
        for end in ends(self.case_file.links, record_id):
            phrase = self.vocab("link_kind" if end.outgoing else "link_kind_reverse", end.link.kind)
            note = f": {quoted(end.link.note, self.language)}" if end.link.note else ""
            name, kind = self.name(end.table, end.record_id, end.case_id), self._table(end.table)
            if phrase.casefold() == kind.casefold() and name.startswith(kind + " "):
                name = name[len(kind) + 1 :]  # "источник: «Показания»", not "источник: источник «…»"
            lines.append(f"{phrase}: {name}{note}")
        return lines
