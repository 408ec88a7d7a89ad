# SPDX-License-Identifier: GPL-3.0-or-later
"""A draft restored over the case as it is stored now: only what the draft's author changed (the
draft against the case they started from) is laid over the stored case, so what someone else saved
meanwhile, or an import brought, stays.  A field both changed takes the draft's value (restoring is
the author's choice) and is named, for the editor to say so.  Plain Python."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from app.domain import records as r
from app.ui.models.entries import RelativeEntry

if TYPE_CHECKING:
    from app.ui.case_editor.state import CaseState

R = TypeVar("R")

#: The lists of ``CaseState`` a draft and the stored case both hold, merged record by record.
_LISTS = (
    "names", "documents", "residences", "interviews", "legal_events", "detentions", "pressure_reports",
    "relative_statuses", "requests", "sources", "links", "parties", "attachments",
)  # fmt: skip


def over_stored(draft: CaseState, base: CaseState, stored: CaseState) -> tuple[CaseState, list[type[Any]]]:
    """``draft``'s changes since ``base`` laid over ``stored``; also the kinds of record in which
    someone else changed a field the draft changes too."""
    clashes: list[type[Any]] = []
    case = _record(draft.case, base.case, stored.case, clashes)
    subject = _record(draft.subject, base.subject, stored.subject, clashes)
    lists: dict[str, Any] = {
        name: _records(getattr(draft, name), getattr(base, name), getattr(stored, name), clashes)
        for name in _LISTS
    }
    merged = dataclasses.replace(
        stored,
        case=case,
        subject=subject,
        **lists,
        relatives=_relatives(draft.relatives, base.relatives, stored.relatives, clashes),
        pending_attachments=list(draft.pending_attachments),
        not_same=list(draft.not_same),
    )
    return merged, clashes


def _record(mine: R, base: R | None, now: R | None, clashes: list[type[Any]]) -> R:
    """Field by field: the draft's value where it changed the field, else the stored one."""
    if base is None or now is None:
        return mine  # new in the draft, or removed since by someone else: the draft keeps it
    if mine == base:
        return now
    fields = {}
    for field in dataclasses.fields(mine):  # type: ignore[arg-type]
        ours, before, theirs = (getattr(x, field.name) for x in (mine, base, now))
        fields[field.name] = ours if ours != before else theirs
        if ours != before and theirs not in (before, ours) and type(mine) not in clashes:
            clashes.append(type(mine))
    return dataclasses.replace(now, **fields)  # type: ignore[type-var]


def _records(
    mine: Sequence[Any], base: Sequence[Any], now: Sequence[Any], clashes: list[type[Any]]
) -> list[Any]:
    """Records by id: the stored ones, less those the draft removed, with the draft's changes, then
    the draft's new ones; a record the draft changed stays even if someone removed it since."""
    ours, before = {x.id: x for x in mine}, {x.id: x for x in base}
    result = []
    for record in now:
        if record.id in before and record.id not in ours:
            continue  # the draft removed it
        result.append(
            _record(ours[record.id], before.get(record.id), record, clashes) if record.id in ours else record
        )
    stored = {x.id for x in now}
    result += [x for x in mine if x.id not in stored and (x.id not in before or x != before[x.id])]
    return result


def _relatives(
    mine: Sequence[RelativeEntry],
    base: Sequence[RelativeEntry],
    now: Sequence[RelativeEntry],
    clashes: list[type[Any]],
) -> list[RelativeEntry]:
    """As ``_records``, each relative with their person, spellings, documents and places merged too."""
    before = {entry.id: entry for entry in base}
    now_by_id = {entry.id: entry for entry in now}
    merged = _records(
        [e.relative for e in mine], [e.relative for e in base], [e.relative for e in now], clashes
    )
    ours = {entry.id: entry for entry in mine}
    entries = []
    for relative in merged:
        entry, old, current = ours.get(relative.id), before.get(relative.id), now_by_id.get(relative.id)
        if entry is None or current is None or old is None:
            entries.append(RelativeEntry(relative, (entry or current or old).person))  # type: ignore[union-attr]
            continue
        person = r.PersonFile(
            _record(entry.person.person, old.person.person, current.person.person, clashes),
            *(
                tuple(
                    _records(
                        getattr(entry.person, part),
                        getattr(old.person, part),
                        getattr(current.person, part),
                        clashes,
                    )
                )
                for part in ("names", "documents", "residences")
            ),
        )
        entries.append(RelativeEntry(relative, person))
    return entries
