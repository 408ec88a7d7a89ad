# SPDX-License-Identifier: GPL-3.0-or-later
"""Offices that exchange real bundles in tests: fast copies of partnered template vaults, bundles
passed through ``ExchangeService``, and the state digest of the content they sync.

``state_digest`` is what two offices must agree on after a full exchange (T15, T38): every
row of every synced table but the office-local ones (users, the offices themselves), the
history of those records, the open conflicts and the derived name index; never the columns
that say when this laptop wrote a row.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import models as m
from app.db.base import Base
from app.exchange import age_file
from app.exchange.container import Entry, pack, unpack
from app.services.exchange import ExchangeService, ImportReport
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.unit.services.exchange_kit import make_office, partners

#: Synced tables that never travel whole: a user is a key slot of one vault; an office row travels
#: only with a case of that office.
NOT_COMPARED = frozenset({"users", "offices"})
#: Columns that say when (or in what order) this laptop wrote a row, not what the row holds.
WRITTEN_HERE = frozenset({"updated_at", "created_at", "found_at", "stored"})
CONTENT_TABLES = tuple(sorted(set(m.SYNCED_MODELS) - NOT_COMPARED))


def make_templates(folder: Path, names: str = "ABC") -> Path:
    """Partnered office vaults (locked) under ``folder``, one sub-folder per name, to copy from."""
    vaults = [make_office(folder, name) for name in names]
    partners(*vaults)
    for vault in vaults:
        vault.lock()
    return folder


def open_copies(templates: Path, into: Path, names: str = "ABC") -> list[UnlockedVault]:
    """Unlocked copies of the template offices (same office ids and keys), in ``into``."""
    opened = []
    for name in names:
        target = into / name
        shutil.copytree(templates / name, target, ignore=shutil.ignore_patterns("pana.lock"))
        opened.append(VaultService(target, kdf=KdfParams.minimum()).open(PASSPHRASE))
    return opened


def bundle(
    source: UnlockedVault,
    folder: Path,
    to: list[UnlockedVault],
    *,
    cases: list[str] | None = None,
    since_last: bool = False,
    attachments: bool = True,
) -> bytes:
    """The bytes of a bundle ``source`` writes for the offices ``to``."""
    out = folder / f"{uuid.uuid4().hex}.pana"
    ExchangeService(source).export(
        out, to=[v.actor.office_id for v in to], cases=cases, since_last=since_last, attachments=attachments
    )
    data = out.read_bytes()
    out.unlink()
    return data


def carried_files(source: UnlockedVault, data: bytes) -> dict[str, bytes]:
    """The attachment bytes a bundle ``source`` wrote carries, by attachment id."""
    inner = unpack(age_file.decrypt(data, OfficeService(source).own_identities()), lambda *_: None)
    return {e.name: e.data for e in inner.entries if e.kind == "attachment"}


def with_files(source: UnlockedVault, data: bytes, files: dict[str, bytes], to: list[UnlockedVault]) -> bytes:
    """The bundle ``data`` that ``source`` wrote, its attachment bytes replaced by ``files``, signed again
    by ``source`` and encrypted to ``to``: what a modified Pana at the sending office could send."""
    inner = unpack(age_file.decrypt(data, OfficeService(source).own_identities()), lambda *_: None)
    entries = [Entry(e.kind, e.name, files.get(e.name, e.data)) for e in inner.entries]
    manifest = {k: v for k, v in inner.manifest.items() if k not in ("entries", "format")}
    packed = pack(manifest, entries, OfficeService(source).signing_key().sign)
    return age_file.encrypt(packed, [OfficeService(v).own_recipient() for v in to])


def send(source: UnlockedVault, target: UnlockedVault, folder: Path, **scope: Any) -> ImportReport:
    """``source`` writes a bundle for ``target``, which imports it."""
    return ExchangeService(target).import_bundle(bundle(source, folder, [target], **scope))


def content(vault: UnlockedVault) -> dict[str, list[tuple[Any, ...]]]:
    """The synced content of a vault, table by table, rows sorted (see the module's docstring)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with vault.db.transaction(readonly=True) as session:
        for name in (*CONTENT_TABLES, "conflicts", "name_keys", "revisions"):
            table = Base.metadata.tables[name]
            query = select(*(c for c in table.c if c.name not in WRITTEN_HERE))
            if name == "revisions":
                query = query.where(table.c.record_table.in_(CONTENT_TABLES))
            rows = (tuple(row) for row in session.execute(query))
            found[name] = sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))
    return found


def state_digest(vault: UnlockedVault) -> str:
    """SHA-256 of ``content``: equal at two offices exactly when they hold the same synced state."""
    blob = json.dumps(sorted(content(vault).items()), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()
