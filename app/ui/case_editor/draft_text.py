# SPDX-License-Identifier: GPL-3.0-or-later
"""What a draft would change in the case as stored, in words for the restore banner
("changed: Case, Legal event ×2; new: Relative; removed: Source")."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import link_rules as lr
from app.domain import records as r
from app.ui.case_editor.state import CaseState
from app.ui.models.vocab_labels import RECORD_TABLE, label


def draft_changes(payload: dict[str, Any], baseline: CaseState) -> str:
    """The records the draft adds, changes and removes, counted by kind; "" when it changes
    nothing.  ValueError, KeyError or TypeError when the draft cannot be read."""
    restored = CaseState.from_payload(payload, baseline)
    changes = restored.edit(baseline, draft_id="").changes()
    stored = {record.id for record in baseline.edit(None, draft_id="").changes().records}
    new, changed = Counter[str](), Counter[str]()
    for record in changes.records:
        (changed if record.id in stored else new)[record_kind(type(record))] += 1
    removed = Counter(record_kind(record_type) for record_type, _ in changes.deletions)
    parts = []
    for heading, counts in (
        (QCoreApplication.translate("DraftText", "changed: %1"), changed),
        (QCoreApplication.translate("DraftText", "new: %1"), new),
        (QCoreApplication.translate("DraftText", "removed: %1"), removed),
    ):
        if counts:
            kinds = ", ".join(kind if n == 1 else f"{kind} ×{n}" for kind, n in sorted(counts.items()))
            parts.append(heading.replace("%1", kinds))
    return "; ".join(parts)


#: The kinds a case file holds that no link can reach (``link_rules.TABLE_OF`` names the others).
_UNLINKED_TABLES: dict[type[Any], str] = {
    r.PersonName: "person_names",
    r.RelativeStatusEntry: "relative_statuses",
    r.Link: "links",
    r.Attachment: "attachments",
    r.Petition: "petitions",
}


def record_kind(record_type: type[Any]) -> str:
    """A kind of record as the editor names it (\"Legal event\")."""
    return label(RECORD_TABLE, lr.TABLE_OF.get(record_type) or _UNLINKED_TABLES.get(record_type, ""))
