# SPDX-License-Identifier: GPL-3.0-or-later
"""Export profiles and redaction: what a lawyer packet withholds, and the redacted copy of a history.

A profile (``resources/exchange/profiles.toml``, data with its reasons) names the fields it
withholds.  A revision's id is the hash of its content, so a redacted file cannot carry the
original revisions: ``redact`` replaces every one by its copy with the same record, author,
clock and deletion, the profile's fields set to ``WITHHELD``, and as parents the copies of its
parents.  The copy is a function of the revision and its ancestry alone, so the same revision
always redacts to the same id: a second packet of the same cases fast-forwards at the
receiver.  A revision with nothing withheld in it or its ancestry stays exactly as it was.

Pure: revisions (the columns of ``manifest.REVISION_COLUMNS``) in, revisions out.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.domain.revision_id import revision_id
from app.exchange.merge import WITHHELD, is_withheld
from app.paths import resources_dir

FULL = "full"
#: The shipped profile of a lawyer packet (resources/exchange/profiles.toml).
LAWYER = "lawyer"
#: Tables whose records belong to one person: ``withhold_from_others`` applies to them.
PERSON_TABLES = ("persons", "person_names", "identity_documents", "residences")

Fields = Mapping[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Profile:
    """What an export withholds: ``withhold`` in every record, ``withhold_from_others`` in the records
    of persons who are not the subject of a case in the file; ``cases_only``: never the whole vault."""

    name: str
    cases_only: bool = False
    withhold: Fields = field(default_factory=dict)
    withhold_from_others: Fields = field(default_factory=dict)

    @property
    def redacts(self) -> bool:
        return any(self.withhold.values()) or any(self.withhold_from_others.values())

    def check_scope(self, *, whole_vault: bool, since_last: bool) -> None:
        """ValidationError unless an export with this profile may have this scope: a ``cases_only``
        profile never takes the whole vault, and a redacted file carries each record's whole history
        (the copies of its revisions are made from their ancestry), never only the latest changes."""
        if self.cases_only and whole_vault:
            raise ValidationError(
                "cases",
                f"a {self.name} packet is of chosen cases, never the whole vault",
                "profile-needs-cases",
            )
        if self.redacts and since_last:
            raise ValidationError(
                "since_last",
                f"a {self.name} packet carries the whole history of its cases",
                "profile-whole-history",
            )

    def withholds(self, table: str, name: str) -> bool:
        """Whether the field is withheld in every record of ``table``."""
        return name in self.withhold.get(table, frozenset())


def profiles_file() -> Path:
    return resources_dir() / "exchange" / "profiles.toml"


@cache
def profiles() -> Mapping[str, Profile]:
    """The shipped profiles by name (read once)."""
    return load_profiles(profiles_file())


def profile(name: str) -> Profile:
    """The shipped profile ``name``; ValidationError (kind ``unknown-profile``) otherwise."""
    found = profiles().get(name)
    if found is None:
        known = ", ".join(sorted(profiles()))
        raise ValidationError("profile", f"no export profile {name!r} (known: {known})", "unknown-profile")
    return found


def load_profiles(path: Path) -> dict[str, Profile]:
    """The profiles of a TOML file; ValidationError (kind ``bad-profiles``) when it is not valid."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError("profiles", f"{path.name}: {exc}", "bad-profiles") from None
    tables = data.get("profiles")
    if not isinstance(tables, dict) or FULL not in tables:
        raise ValidationError("profiles", f"{path.name}: no [profiles.{FULL}]", "bad-profiles")
    found = {name: _profile(path, name, item) for name, item in tables.items()}
    if found[FULL].redacts:
        raise ValidationError(
            "profiles", f"{path.name}: profile {FULL} must withhold nothing", "bad-profiles"
        )
    return found


def _profile(path: Path, name: str, item: object) -> Profile:
    if not isinstance(item, dict) or not isinstance(item.get("cases_only", False), bool):
        raise ValidationError("profiles", f"{path.name}: profile {name} is not valid", "bad-profiles")
    return Profile(
        name,
        item.get("cases_only", False),
        _fields(path, name, item.get("withhold", {})),
        _fields(path, name, item.get("withhold_from_others", {})),
    )


def _fields(path: Path, name: str, tables: object) -> dict[str, frozenset[str]]:
    if not isinstance(tables, dict) or not all(
        isinstance(names, list) and all(isinstance(n, str) for n in names) for names in tables.values()
    ):
        raise ValidationError(
            "profiles", f"{path.name}: profile {name}: table = [field, ...]", "bad-profiles"
        )
    return {table: frozenset(names) for table, names in tables.items()}


def redact(revisions: Iterable[Mapping[str, Any]], chosen: Profile) -> list[dict[str, Any]]:
    """The redacted copy of each revision, in the same order.

    Give each record's whole history: a parent that is not among ``revisions`` (one this vault
    never received, or purged) is left out of the copy's parents, never named by its original id.
    """
    rows = [dict(row) for row in revisions]
    if not chosen.redacts:
        return rows
    by_id = {row["id"]: row for row in rows}
    subjects = {row["values"].get("subject_id") for row in rows if row["record_table"] == "cases"} - {None}
    copies: dict[str, dict[str, Any]] = {}
    for row in rows:
        stack = [row["id"]]
        while stack:  # parents first, without recursion: a history can be thousands deep
            current = by_id[stack[-1]]
            waiting = [p for p in current["parents"] if p in by_id and p not in copies]
            if waiting:
                stack.extend(waiting)
                continue
            stack.pop()
            if current["id"] not in copies:
                copies[current["id"]] = _copy(current, copies, chosen, subjects)
    return [copies[row["id"]] for row in rows]


def _copy(
    row: Mapping[str, Any], copies: Mapping[str, Mapping[str, Any]], chosen: Profile, subjects: set[object]
) -> dict[str, Any]:
    table = row["record_table"]
    hidden = set(chosen.withhold.get(table, ()))
    if table in PERSON_TABLES:
        person = row["record_id"] if table == "persons" else row["values"].get("person_id")
        if person not in subjects:
            hidden |= chosen.withhold_from_others.get(table, frozenset())
    values = {name: dict(WITHHELD) if name in hidden else value for name, value in row["values"].items()}
    parents = [copies[parent]["id"] for parent in row["parents"] if parent in copies]
    author = (row["author_user_id"], row["author_device_id"], row["author_office_id"])
    rev_id = revision_id(table, row["record_id"], parents, values, row["deleted"], author, row["hlc"])
    return {**row, "id": rev_id, "parents": parents, "values": values}


def withheld_fields(revisions: Sequence[Mapping[str, Any]]) -> int:
    """How many fields arrive withheld: those of each record's latest revisions in ``revisions``
    (the ones no other revision of the file descends from)."""
    below = {parent for row in revisions for parent in row["parents"]}
    return sum(
        sum(1 for value in row["values"].values() if is_withheld(value))
        for row in revisions
        if row["id"] not in below and isinstance(row["values"], Mapping)
    )
