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
    )


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


def _revisions(container: Container) -> tuple[dict[str, Any], ...]:
    entry = container.entry("revisions", "revisions")
    if entry is None:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "no revisions")
    found = []
    for number, line in enumerate(entry.data.split(b"\n")[:-1], start=1):
        if len(line) > MAX_REVISION_LINE:
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"revision {number} is too large")
        try:
            revision = loads(line, max_depth=16)
        except (JsonRefused, UnicodeDecodeError):
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"revision {number} is not valid") from None
        if not isinstance(revision, dict) or set(revision) != set(REVISION_COLUMNS):
            raise ExchangeFileError(R.MALFORMED_BUNDLE, f"revision {number} is not a revision")
        found.append(revision)
    return tuple(found)
