# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole case as one JSON-ready dict (``pana show --json``; exports and petitions reuse it).

The shape (``FORMAT`` names it; keys are stable, documented in the README):

* ``format``: ``"pana-case/2"``; ``office``: ``{"id", "name"}``; ``case``: the ``Case`` record;
* ``subject``: ``{"person", "names", "documents", "residences"}``: the ``Person``, every
  spelling (``PersonName``, primary first), every ``IdentityDocument`` and ``Residence``;
* ``relatives``: ``[{"relative", "statuses", "person", "names", "documents", "residences"}]``,
  in the case file's order; ``statuses`` is the relative's ``RelativeStatusEntry`` history;
* ``interviews``, ``legal_events``, ``detentions``, ``pressure_reports``, ``requests``: the
  records in the one chronological order (``app.domain.chronology``); ``sources``,
  ``attachments``, ``petitions`` as added;
* ``links``: every ``Link`` touching the case (kept with it or pointing into it);
  ``parties``: the ``Party`` records those links name; ``other_cases``: ``{"id",
  "reference", "subject_name"}`` of every other case those links reach;
* ``files_not_received``: the ids of attachments whose bytes another office has not sent yet.

Format 2 (case model v2) replaced format 1: a relative's ``status`` became ``statuses``,
a pressure report's ``kind`` and ``relative_id`` became ``kinds`` and ``target_ids``.

A record is an object whose keys are its dataclass field names.  Values: partial dates as
their canonical text (``PartialDate.isoformat``: ``"1990-05"``, ``"2018~"``,
``"[2017..2019]"``, ``""`` when unknown); vocabulary values as their codes; timestamps as
ISO 8601 in UTC (``"2024-05-01T10:00:00.123456Z"``); an interview's ``sections`` as
``[code, text]`` pairs; text verbatim.  Attachments carry name, type, size and SHA-256,
never their bytes.

Reading a whole case for the command line is a disclosure: ``CaseExportService.read``
records an ``export`` audit entry (case id and format, never content) in the same
transaction as the read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from app.db import audit
from app.db import models as m
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import AuditAction
from app.services.case_withheld import withheld_in
from app.services.cases import read_case
from app.services.session import UnlockedVault

FORMAT = "pana-case/2"
#: The record lists of a case file, in the order they are exported.
_LISTS = (
    "interviews",
    "legal_events",
    "detentions",
    "pressure_reports",
    "requests",
    "sources",
    "attachments",
    "petitions",
    "links",
    "parties",
    "other_cases",
)
# DEL and the C1 controls: JSON allows them raw, but a terminal may act on them.
_RAW_CONTROLS = re.compile("[\x7f-\x9f]")


@dataclasses.dataclass(frozen=True, slots=True)
class ExportedCase:
    """A case file with the office it belongs to."""

    office: r.Office
    file: r.CaseFile
    #: (table, record id) → fields a redacted packet withheld from this vault (``case_withheld``).
    withheld: Mapping[tuple[str, str], tuple[str, ...]] = dataclasses.field(default_factory=dict)


class CaseExportService:
    """Reads a whole case for showing or exporting it, and audits that it was read."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def read(self, case_id: str, shown_as: str) -> ExportedCase:
        """The case and its office; CaseNotFoundError when there is no such case.

        ``shown_as`` (e.g. ``"text"``, ``"json"``) is recorded in the audit entry.
        """
        vault = self._vault
        with vault.db.transaction() as session:
            case_file = read_case(session, case_id)
            withheld = withheld_in(session, case_file)
            name = session.scalar(select(m.Office.name).where(m.Office.id == case_file.case.office_id))
            audit.append(
                session,
                AuditAction.EXPORT,
                vault.actor.user_id,
                vault.actor.device_id,
                case=case_id,
                format=shown_as,
            )
        return ExportedCase(r.Office(name or "", id=case_file.case.office_id), case_file, withheld)


def value(field_value: object) -> object:
    """One field's value as JSON: see the module docstring."""
    if isinstance(field_value, PartialDate):
        return field_value.isoformat()
    if isinstance(field_value, enum.Enum):
        return field_value.value
    if isinstance(field_value, dt.datetime):
        if field_value.tzinfo is not None:  # the vault stores naive UTC; accept an aware one too
            field_value = field_value.astimezone(dt.UTC).replace(tzinfo=None)
        return field_value.isoformat() + "Z"
    if isinstance(field_value, tuple):
        return [value(item) for item in field_value]
    return field_value


def record(item: Any) -> dict[str, object]:
    """A record as a dict of its fields (dataclass field names as keys)."""
    return {f.name: value(getattr(item, f.name)) for f in dataclasses.fields(item)}


def person_file(person: r.PersonFile) -> dict[str, object]:
    return {
        "person": record(person.person),
        "names": [record(name) for name in person.names],
        "documents": [record(document) for document in person.documents],
        "residences": [record(residence) for residence in person.residences],
    }


def case_to_json(exported: ExportedCase) -> dict[str, object]:
    """The whole case as a JSON-ready dict (the shape is the module docstring's)."""
    case_file = exported.file
    data: dict[str, object] = {
        "format": FORMAT,
        "office": record(exported.office),
        "case": record(case_file.case),
        "subject": person_file(case_file.subject),
        "relatives": [
            {
                "relative": record(relative),
                "statuses": [record(x) for x in case_file.relative_statuses if x.relative_id == relative.id],
                **person_file(people),
            }
            for relative, people in zip(case_file.relatives, case_file.relative_people, strict=True)
        ],
    }
    for name in _LISTS:
        data[name] = [record(item) for item in getattr(case_file, name)]
    data["files_not_received"] = sorted(case_file.files_not_received)
    return data


def case_json_text(exported: ExportedCase) -> str:
    """``case_to_json`` as text: keys sorted, UTF-8 (names readable in every script), indented.

    Control characters in the data are escaped (``\\u001b``), so the text is safe to print.
    """
    text = json.dumps(case_to_json(exported), ensure_ascii=False, sort_keys=True, indent=2)
    return _RAW_CONTROLS.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
