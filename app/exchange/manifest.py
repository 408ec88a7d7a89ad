# SPDX-License-Identifier: GPL-3.0-or-later
"""What a verified exchange container says: its manifest and revisions checked for shape, as an
``IncomingBundle`` (hostile input: every field bounded, every refusal an ``ExchangeFileError``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.bounded_json import JsonRefused, loads
from app.domain.errors import ExchangeFileError
from app.domain.errors import ExchangeRefusal as R
from app.exchange.container import Container

MAX_REVISION_LINE = 4 * 1024 * 1024
#: The data model a bundle says it carries (its manifest's "schema"): the newest migration that changed
#: what travels, the columns of synced records or of tombstones.  Later ones (0008-0016: indexes,
#: keys, the case list's own table, the records waiting for a row and what each waits for, which
#: received bundles covered earlier ones) change only how a vault stores it, so an office that has
#: not upgraded yet still reads a bundle from one that has.  A migration that changes what travels
#: sets this to itself (``tests/unit/exchange/test_exchanged_model.py`` pins the columns).
EXCHANGED_MODEL = "0007"
#: A tombstone as it travels (``Tombstone``): a record purged for good, and nothing of its content.
TOMBSTONE_COLUMNS = ("record_table", "record_id", "purged_at", "office_id", "user_id")
_MAX_ID = 64
#: Features a bundle may say it cannot be read without (its manifest's "critical" list): a later Pana
#: that changes what a bundle means lists them, and this one refuses what it does not know.
KNOWN_CRITICAL: frozenset[str] = frozenset()
_FEATURE = re.compile(r"[a-z0-9][a-z0-9.-]{0,39}")
#: The columns of a revision as it travels.
REVISION_COLUMNS = (
    "id",
    "record_table",
    "record_id",
    "parents",
    "values",
    "deleted",
    "author_user_id",
    "author_device_id",
    "author_office_id",
    "hlc",
)


@dataclass(frozen=True, slots=True)
class Tombstone:
    """A purged record: which (table, id), when, by which office and user (ids, never content)."""

    record_table: str
    record_id: str
    purged_at: dt.datetime
    office_id: str
    user_id: str

    def wire(self) -> dict[str, str]:
        """The tombstone as a bundle carries it (``TOMBSTONE_COLUMNS``)."""
        return {
            "record_table": self.record_table,
            "record_id": self.record_id,
            "purged_at": self.purged_at.isoformat(),
            "office_id": self.office_id,
            "user_id": self.user_id,
        }


@dataclass(frozen=True, slots=True)
class IncomingBundle:
    """A bundle that decrypted and verified: who sent it, to whom, and what it carries."""

    bundle_id: str
    sender_office_id: str
    from_self: bool
    recipients: tuple[str, ...]
    sequence: int  # the sender's running number towards this office
    schema: str
    created_at: dt.datetime
    revisions: tuple[dict[str, Any], ...]
    attachments: Mapping[str, bytes]
    #: The sender's export profile: "full", or a redacted packet's ("lawyer"), as signed.
    profile: str = "full"
    #: Every record the sender (or an office before it) purged; empty from a bundle of format 1.0.
    tombstones: tuple[Tombstone, ...] = ()
    #: It carries the sender's whole vault, unredacted, with its files (its signed "scope"): all
    #: that any earlier bundle from the sender carried, so it makes good one that was lost.
    whole: bool = False


def incoming(container: Container, own_office_id: str, known_schemas: Sequence[str]) -> IncomingBundle:
    """The bundle a verified container holds, if it is addressed to this office and its data model
    is one this Pana knows."""
    manifest = container.manifest
    recipients = _strings(manifest.get("recipients"))
    if own_office_id not in recipients:
        raise ExchangeFileError(R.NOT_SIGNED_FOR_THIS_OFFICE)
    schema = manifest.get("schema")
    if not isinstance(schema, str) or schema not in known_schemas:
        raise ExchangeFileError(R.UNSUPPORTED_SCHEMA, f"data model {str(schema)[:20]}")
    _check_critical(manifest.get("critical", []))
    profile = _text(manifest, "profile") if "profile" in manifest else "full"
    sequences = manifest.get("sequences")
    sequence = sequences.get(own_office_id) if isinstance(sequences, dict) else None
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "no running number for this office")
    return IncomingBundle(
        bundle_id=_text(manifest, "bundle"),
        sender_office_id=_text(manifest, "sender"),
        from_self=_text(manifest, "sender") == own_office_id,
        recipients=tuple(recipients),
        sequence=sequence,
        schema=schema,
        created_at=_created(manifest),
        revisions=_revisions(container),
        attachments={e.name: e.data for e in container.entries if e.kind == "attachment"},
        profile=profile,
        tombstones=_tombstones(container),
        whole=profile == "full" and _whole_vault(manifest.get("scope")),
    )


def _whole_vault(scope: object) -> bool:
    """The scope of a file of every case, not only changes since the last one, with their files (a
    file from before scopes said so counts as without them)."""
    if not isinstance(scope, dict) or "cases" not in scope:
        return False
    return scope["cases"] is None and scope.get("since_last") is False and scope.get("files") is True


def _check_critical(critical: object) -> None:
    if not isinstance(critical, list) or not all(isinstance(name, str) for name in critical):
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "no list of critical features")
    unknown = sorted(set(critical) - KNOWN_CRITICAL)
    if unknown:
        named = ", ".join(name for name in unknown[:3] if _FEATURE.fullmatch(name)) or "unnamed"
        raise ExchangeFileError(R.UNSUPPORTED_BUNDLE, f"it needs features this Pana lacks: {named}")


def _text(manifest: Mapping[str, Any], key: str) -> str:
    value = manifest.get(key)
    if not isinstance(value, str) or not value or len(value) > 100:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, f"no {key}")
    return value


def _strings(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or len(value) > 1000:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "no recipient list")
    return list(value)


def _created(manifest: Mapping[str, Any]) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(_text(manifest, "created").removesuffix("Z"))
    except ValueError:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "no creation time") from None


def _lines(data: bytes, what: str, columns: Sequence[str]) -> list[dict[str, Any]]:
    """JSON objects, one a line, each with exactly ``columns``."""
    found = []
    for number, line in enumerate(data.split(b"\n")[:-1], start=1):
        if len(line) > MAX_REVISION_LINE:
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"{what} {number} is too large")
        try:
            item = loads(line, max_depth=16)
        except (JsonRefused, UnicodeDecodeError):
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"{what} {number} is not valid") from None
        if not isinstance(item, dict) or set(item) != set(columns):
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"{what} {number} is not a {what}")
        found.append(item)
    return found


def _revisions(container: Container) -> tuple[dict[str, Any], ...]:
    entry = container.entry("revisions", "revisions")
    if entry is None:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "no revisions")
    return tuple(_lines(entry.data, "revision", REVISION_COLUMNS))


def _tombstones(container: Container) -> tuple[Tombstone, ...]:
    entry = container.entry("tombstones", "tombstones")
    if entry is None:
        return ()
    found = []
    for number, item in enumerate(_lines(entry.data, "tombstone", TOMBSTONE_COLUMNS), start=1):
        ids = [item[key] for key in ("record_table", "record_id", "office_id", "user_id")]
        if not all(isinstance(value, str) and len(value) <= _MAX_ID for value in ids) or not ids[1]:
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"tombstone {number} is not a tombstone")
        try:
            purged_at = dt.datetime.fromisoformat(str(item["purged_at"])[:40])
        except ValueError:
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"tombstone {number} has no time") from None
        found.append(Tombstone(ids[0], ids[1], purged_at.replace(tzinfo=None), ids[2], ids[3]))
    return tuple(found)
