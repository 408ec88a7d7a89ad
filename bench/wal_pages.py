# SPDX-License-Identifier: GPL-3.0-or-later
"""Which pages one audited case edit writes, by table and index, against the raw commit's (issue #13).

SQLCipher encrypts and authenticates every page a commit writes, about 16 µs of CPU each on the
development laptop (0.06 ms + 0.016 ms per page, measured with single-row UPDATEs on N tables):
the pages are the part of the save's cost no Python layer can remove.  This script makes a demo
vault (test-strength KDF), saves one case ``--saves`` times as ``bench/store.py`` does (row,
revision, listing, audit entry, one transaction), and reads the page number of every WAL frame
(frame headers are not encrypted).  To say whose page each is, it decrypts a copy of the database
in memory with the vault's own key (AES-256-CBC, SQLCipher 4's page layout) and asks SQLite's
``dbstat`` of the Python standard library.  The raw baseline (one row INSERT + COMMIT on a table
with a text key, as in ``bench/store.py``) is counted the same way in the same run.

    PYTHONPATH=$PWD .venv/bin/python bench/wal_pages.py [--cases 1000] [--saves 50]

Prints a table, then one JSON object with every figure.  Fictional data only, in a temporary folder.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import sqlite3
import struct
import sys
import tempfile
from pathlib import Path

from common import print_table, say  # bench/common.py (scripts run from bench/)
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from store import PASSPHRASE, USERNAME, RawCommitter, first_case_id, save_same_transaction

from app.db.engine import DB_FILENAME, database_key
from app.services.cases import CaseService
from app.services.demo import populate
from app.services.vault import VaultService
from app.vault import KdfParams

PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC-SHA512 at the end of every page
WAL_HEADER, FRAME_HEADER = 32, 24


def wal_pages(wal: Path) -> list[int]:
    """The page number of every valid frame in the WAL file (its salt matches the header's)."""
    data = wal.read_bytes()
    salt, pages, offset = data[16:24], [], WAL_HEADER
    while offset + FRAME_HEADER <= len(data) and data[offset + 8 : offset + 16] == salt:
        pages.append(struct.unpack(">I", data[offset : offset + 4])[0])
        offset += FRAME_HEADER + PAGE
    return pages


def page_owners(db: Path, key: bytes) -> dict[int, str]:
    """Table or index name by page number, from a copy of ``db`` decrypted in memory."""
    raw = db.read_bytes()
    plain = bytearray()
    for number in range(len(raw) // PAGE):
        page = raw[number * PAGE : (number + 1) * PAGE]
        start = 16 if number == 0 else 0  # page 1 begins with the salt, in clear
        decryptor = Cipher(
            algorithms.AES(key), modes.CBC(page[PAGE - RESERVE : PAGE - RESERVE + 16])
        ).decryptor()
        body = decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()
        plain += (b"SQLite format 3\0" if number == 0 else b"") + body + bytes(RESERVE)
    plain[18:20] = b"\x01\x01"  # read as a rollback-journal database: an image in memory has no WAL
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(bytes(plain))  # never written anywhere
        return dict(connection.execute("SELECT pageno, name FROM dbstat"))
    finally:
        connection.close()


def frames_by_owner(pages: list[int], owners: dict[int, str], count: int) -> dict[str, float]:
    counted = collections.Counter(owners.get(page, "(free or new)") for page in pages)
    return {name: n / count for name, n in counted.most_common()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=50)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pana-wal-pages-") as folder:
        work = Path(folder)
        say(f"populate({args.cases}) in a test-strength vault")
        vault = (
            VaultService(work / "vault", kdf=KdfParams.minimum())
            .create(office_name="Fictional Office", username=USERNAME, passphrase=PASSPHRASE)
            .vault
        )
        key = database_key(vault.master_key)
        populate(vault, args.cases)
        case = CaseService(vault).get_case(first_case_id(vault)).case
        for warm in range(10):
            save_same_transaction(vault, dataclasses.replace(case, summary=f"Fictional warm-up {warm}."))
        with vault.db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        say(f"{args.saves} audited edits of one case, then the WAL read")
        for edit in range(args.saves):
            save_same_transaction(vault, dataclasses.replace(case, summary=f"Fictional edit {edit}."))
        db = work / "vault" / DB_FILENAME
        saved = wal_pages(Path(f"{db}-wal"))
        vault.lock()  # checkpoints: the database file now holds every page the saves wrote
        owners = page_owners(db, key)

        say(f"{args.saves} raw INSERT+COMMIT on a raw connection")
        raw_db = work / "raw.db"
        raw = RawCommitter(raw_db, key)
        raw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        for _ in range(args.saves):
            raw.commit()
        raw_pages = wal_pages(Path(f"{raw_db}-wal"))
        raw.close()
        raw_owners = page_owners(raw_db, key)

    by_owner = frames_by_owner(saved, owners, args.saves)
    raw_by_owner = frames_by_owner(raw_pages, raw_owners, args.saves)
    figures = {
        "cases": args.cases,
        "saves": args.saves,
        "save_frames_per_commit": len(saved) / args.saves,
        "raw_frames_per_commit": len(raw_pages) / args.saves,
        "save_frames_by_owner": by_owner,
        "raw_frames_by_owner": raw_by_owner,
    }
    figures["ratio"] = figures["save_frames_per_commit"] / figures["raw_frames_per_commit"]
    rows = [
        (
            "raw INSERT+COMMIT: WAL frames per commit",
            f"{figures['raw_frames_per_commit']:.2f}",
            "baseline",
            "1.00x",
            "",
        )
    ]
    rows += [(f"  {name}", f"{n:.2f}", "", "", "") for name, n in raw_by_owner.items()]
    rows.append(
        (
            "audited case edit: WAL frames per commit",
            f"{figures['save_frames_per_commit']:.2f}",
            "",
            f"{figures['ratio']:.2f}x",
            "",
        )
    )
    rows += [(f"  {name}", f"{n:.2f}", "", "", "") for name, n in by_owner.items()]
    print(f"Pages one audited case edit writes, {args.cases} demo cases, {args.saves} saves each")
    print_table(rows)
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
