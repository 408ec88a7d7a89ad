# SPDX-License-Identifier: GPL-3.0-or-later
"""Recall of vault name search on the development set, among many namesakes: each variant searched.

    .venv/bin/python bench/names_devset.py DEV_TSV [--vault DIR --passphrase P] [--dir DIR]

Each canon and distractor of the development set (columns cluster, role, script, scheme, text)
becomes a person in a vault: a new empty one, or a copy of ``--vault`` (a test-KDF demo vault, so
that thousands of demo persons crowd the results).  Every variant is then searched with
``NameSearchService.search``; a hit@k is its own canon's person within the first k results.
Also printed: ``app.names.evaluate`` (similarity alone, no index) on the same file.  The copy
is deleted afterwards; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from common import pct, say, timed  # bench/common.py (scripts run from bench/)

from app.domain import records as r
from app.names.evaluate import evaluate, read_rows
from app.services.cases import CaseService
from app.services.name_index import NameSearchService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

PASSPHRASE = "bench passphrase Қазақ 馬"  # fictional


def open_vault(work: Path, source: Path | None, passphrase: str) -> UnlockedVault:
    if source is None:
        service = VaultService(work / "vault", kdf=KdfParams.minimum())
        return service.create(office_name="Fictional Office", username="bench", passphrase=PASSPHRASE).vault
    say(f"copying {source}")
    shutil.copytree(source, work / "vault", ignore=shutil.ignore_patterns("pana.lock"))
    return VaultService(work / "vault", kdf=KdfParams.minimum()).open(passphrase)


def measure(vault: UnlockedVault, rows: list[dict[str, str]]) -> dict[str, Any]:
    cases = CaseService(vault)
    person_of: dict[str, str] = {}
    for row in rows:
        if row["role"] in ("canon", "distractor"):
            who = row["cluster"] if row["role"] == "canon" else row["text"]
            # ids from the text, so that runs compare: ties between equal scores go by person id,
            # and which rows of a common key are read by name id
            person_of[who] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"pana-devset:{who}"))
            name_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"pana-devset-name:{who}"))
            cases.open_case(r.Person(id=person_of[who]), [r.PersonName("", row["text"], id=name_id)])
    search = NameSearchService(vault)
    ranks: dict[str, list[int]] = defaultdict(list)
    seconds = []
    for row in rows:
        if row["role"] != "variant" or row["cluster"] not in person_of:
            continue
        elapsed, found = timed(lambda text=row["text"]: search.search(text, limit=10))
        seconds.append(elapsed)
        ids = [match.person_id for match in found]
        rank = ids.index(person_of[row["cluster"]]) + 1 if person_of[row["cluster"]] in ids else 99
        ranks["all"].append(rank)
        ranks[row["scheme"]].append(rank)
    return {
        "recall": {
            group: {
                "n": len(found),
                "r1": round(statistics.fmean(x <= 1 for x in found), 4),
                "r10": round(statistics.fmean(x <= 10 for x in found), 4),
            }
            for group, found in sorted(ranks.items())
        },
        "search_p50_s": pct(seconds, 50),
        "search_p95_s": pct(seconds, 95),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("devset", type=Path)
    parser.add_argument("--vault", type=Path, default=None)
    parser.add_argument("--passphrase", default=PASSPHRASE)
    parser.add_argument("--dir", type=Path, default=None, help="parent of the temporary directory")
    args = parser.parse_args()
    rows = read_rows(args.devset)
    work = Path(tempfile.mkdtemp(prefix="pana-bench-devset-", dir=args.dir))
    try:
        load = os.getloadavg()[0]
        vault = open_vault(work, args.vault, args.passphrase)
        try:
            fig = measure(vault, rows)
        finally:
            vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    similarity_only = evaluate(rows)["overall"]
    fig.update(loadavg_1min=load, similarity_only=similarity_only, vault=str(args.vault or "new"))
    print(f"vault: {fig['vault']}; load average {load:.2f}")
    print(f"{'scheme':<22}{'n':>5}{'R@1':>8}{'R@10':>8}")
    for group, row in fig["recall"].items():
        print(f"{group:<22}{row['n']:>5}{row['r1']:>8.1%}{row['r10']:>8.1%}")
    print(f"search p50 / p95: {fig['search_p50_s'] * 1000:.1f} / {fig['search_p95_s'] * 1000:.1f} ms")
    print(
        f"similarity alone (app.names.evaluate): "
        f"R@1 {similarity_only['r1']:.1%}, R@5 {similarity_only['r5']:.1%}"
    )
    print(json.dumps(fig, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
