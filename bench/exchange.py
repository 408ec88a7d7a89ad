# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange benchmark (issue #10): a full-sync bundle of a large vault, exported, imported into an empty
partner office and imported again, each beside the raw cost of age on the same bytes in the same run.

    .venv/bin/python bench/exchange.py [--cases 10000] [--quick] [--profile] [--dir DIR]

Everything happens in a temporary directory (under ``--dir`` or the system temp folder) that is
deleted afterwards; all data is fictional; no network.  Office A gets ``--cases`` cases of ten
revisions each (a person with four spellings, an identity document, a residence, the case, an
interview, and one edit of the case as ``revisions.save`` makes it), written in bulk.  Office B,
A's partner, starts empty.

Figures (goals for 10,000 cases; scaled linearly for other sizes):
  1. export: ``ExchangeService.export`` of the whole vault to B, no attachments (goal <= 10 s), beside
     ``pyrage.encrypt`` of the same plaintext to the same two recipients plus writing the file;
  2. import + merge into B's empty vault: ``ExchangeService.import_bundle`` (goal <= 20 s), beside
     ``pyrage.decrypt`` of the same file; its parts: ``read`` (decrypt, verify, parse) and the
     revision checks (``merge_apply.verified``: each id is the hash of its content);
  3. re-import of the same bundle, a no-op (goal <= 3 s), beside the same decrypt;
  and copying the file (read + write + fsync) as the cost of merely moving the bytes.

``--profile`` prints each step's cProfile (top 25 by cumulative time) on stderr.
``--memory-security on`` runs with SQLCipher's ``cipher_memory_security`` on (the app and the library
leave it off; on, it wipes and locks every SQLite allocation): to show what that setting would cost.
The last line printed is one JSON object with every figure (seconds, ratios).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pyrage
from common import (  # bench/common.py (scripts run from bench/)
    make_office,
    ms,
    print_report,
    say,
    timed,
)
from pyrage import x25519
from sqlalchemy import func, select

from app.db import engine
from app.db import models as m
from app.db.base import utcnow
from app.db.bulk import BulkWriter
from app.domain.dates import PartialDate
from app.domain.vocab import CaseStatus, DocumentKind
from app.names.collation import sort_key
from app.services.demo import BATCH, CaseBuilder
from app.services.demo_people import FATHERS, FEMALE, KZ_PLACES, MALE
from app.services.exchange import ExchangeService
from app.services.listing_rows import order_keys
from app.services.merge_apply import verified
from app.services.offices import OfficeService
from app.services.session import UnlockedVault

GOALS = {"export": 10.0, "import": 20.0, "reimport": 3.0}  # seconds, at 10,000 cases
GOAL_CASES = 10_000
T = TypeVar("T")


# -- the two offices -------------------------------------------------------------------------------------


def introduce(a: UnlockedVault, b: UnlockedVault) -> None:
    """Each office adds the other from its card (as tests/unit/services/exchange_kit.partners does)."""
    for one, other in ((a, b), (b, a)):
        service = OfficeService(one)
        service.add_partner(service.read_card(OfficeService(other).own_card()))


def add_case(builder: CaseBuilder, writer: BulkWriter, number: int) -> None:
    """One case of ten revisions: person, four spellings, document, residence, case, interview, an edit."""
    rng = builder.rng
    female = rng.random() < 0.45
    given, father = rng.choice(FEMALE if female else MALE), rng.choice(FATHERS)
    born = PartialDate(rng.randint(1950, 2000), rng.randint(1, 12))
    person_id, name = builder.person(given, father, female, born, "Fictional county")
    writer.add(
        m.IdentityDocument,
        person_id=person_id,
        kind=DocumentKind.PRC_RESIDENT_ID.value,
        number=f"{number:018d}",
    )
    writer.add(m.Residence, person_id=person_id, place=rng.choice(KZ_PLACES), country="KZ")
    opened_on = PartialDate(2020, rng.randint(1, 12))
    case_id = writer.add(
        m.Case,
        reference=f"X-{number:06d}",
        subject_id=person_id,
        office_id=builder.office_id,
        status=CaseStatus.OPEN.value,
        opened_on=opened_on,
    )
    writer.add(
        m.Interview,
        case_id=case_id,
        held_on=PartialDate(2020, rng.randint(1, 12)),
        place=rng.choice(KZ_PLACES),
        interviewer="bench",
        language="kk",
        narrative="Fictional benchmark account: feared internment, crossed the border, was arrested.",
    )
    writer.add_plain(
        m.CaseListing,
        case_id=case_id,
        subject_name=name,
        sort_name=sort_key(name),
        updated_at=utcnow(),
        **order_keys(opened_on.isoformat(), ""),
    )
    writer.edit(m.Case, case_id, summary=f"Fictional summary of case {number}, edited once.")


def build(vault: UnlockedVault, n_cases: int) -> None:
    rng = random.Random(2024)
    for start in range(0, n_cases, BATCH):
        with vault.db.transaction() as session:
            writer = BulkWriter(session, vault.actor, vault.db.clock)
            builder = CaseBuilder(writer, rng, vault.actor.office_id, "")
            for number in range(start, min(start + BATCH, n_cases)):
                add_case(builder, writer, number + 1)
            writer.flush()


def count(vault: UnlockedVault, model: type[Any]) -> int:
    with vault.db.transaction(readonly=True) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# -- measuring ---------------------------------------------------------------------------------------------


def measured(label: str, fn: Callable[[], T], profile: bool) -> tuple[float, float, T]:
    """Wall and CPU seconds of ``fn()`` and its result; with ``profile``, its cProfile on stderr (the
    times then include the profiler's overhead).  CPU time leaves out waiting for other processes."""
    profiler = cProfile.Profile() if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn() if profiler is None else profiler.runcall(fn)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profiler is not None:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(25)
        print(f"\n=== profile: {label} ({wall:.2f} s) ===\n{text.getvalue()}", file=sys.stderr)
    return wall, cpu, result


def copy_file(source: Path, target: Path) -> None:
    """Read the bytes, write them to a new file and fsync it: what moving the bundle costs."""
    data = source.read_bytes()
    with open(target, "xb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def bench(work: Path, n_cases: int, profile: bool) -> dict[str, Any]:
    fig: dict[str, Any] = {"cases": n_cases}
    say("two offices")
    a, b = make_office(work, "a"), make_office(work, "b")
    introduce(a, b)
    say(f"building {n_cases} cases in office A")
    fig["build_s"], _ = timed(lambda: build(a, n_cases))
    fig["revisions"] = count(a, m.Revision)
    partner = OfficeService(b).own_recipient()
    b_office = b.actor.office_id

    say("1 export")
    out = work / "bundle.pana"
    fig["export_s"], fig["export_cpu_s"], written = measured(
        "export", lambda: ExchangeService(a).export(out, to=[b_office], attachments=False), profile
    )
    fig["bundle_revisions"], fig["bundle_bytes"] = written.revisions, written.size
    data = out.read_bytes()
    plain = pyrage.decrypt(data, [x25519.Identity.from_str(k) for k in OfficeService(a).own_identities()])
    fig["plaintext_bytes"] = len(plain)
    recipients = [x25519.Recipient.from_str(k) for k in (OfficeService(a).own_recipient(), partner)]
    fig["raw_encrypt_s"], encrypted = timed(lambda: pyrage.encrypt(plain, recipients))
    fig["raw_write_s"], _ = timed(lambda: copy_file(out, work / "copy-1.pana"))
    fig["raw_copy_s"] = fig["raw_write_s"]
    fig["raw_export_s"] = fig["raw_encrypt_s"] + fig["raw_write_s"]
    assert len(encrypted) >= len(plain)

    say("2 import + merge into B's empty vault")
    identities = [x25519.Identity.from_str(k) for k in OfficeService(b).own_identities()]
    fig["raw_decrypt_s"], _ = timed(lambda: pyrage.decrypt(data, identities))
    fig["read_s"], fig["read_cpu_s"], bundle = measured(
        "read (decrypt, verify, parse)", lambda: ExchangeService(b).read(data), profile
    )
    fig["verify_revisions_s"], _ = timed(lambda: [verified(row) for row in bundle.revisions])
    fig["import_s"], fig["import_cpu_s"], report = measured(
        "import", lambda: ExchangeService(b).import_bundle(data), profile
    )
    merged = report.merge
    assert merged is not None and not report.already_imported
    fig["import_new_records"] = len(merged.new)
    fig["import_skipped"] = len(merged.skipped)
    for name, model in (("cases", m.Case), ("listing", m.CaseListing), ("name_keys", m.NameKey)):
        fig[f"b_{name}"] = count(b, model)
    assert fig["b_cases"] == n_cases == fig["b_listing"], fig
    assert fig["import_skipped"] == 0, merged.skipped[:5]

    say("3 re-import (no-op)")
    fig["raw_decrypt_again_s"], _ = timed(lambda: pyrage.decrypt(data, identities))
    fig["reimport_s"], fig["reimport_cpu_s"], again = measured(
        "re-import", lambda: ExchangeService(b).import_bundle(data), profile
    )
    assert again.already_imported and again.merge is None

    fig["export_ratio"] = fig["export_s"] / fig["raw_export_s"]
    fig["import_ratio"] = fig["import_s"] / fig["raw_decrypt_s"]
    fig["reimport_ratio"] = fig["reimport_s"] / fig["raw_decrypt_again_s"]
    scale = n_cases / GOAL_CASES
    for step, goal in GOALS.items():
        fig[f"{step}_goal_s"] = goal * scale
        fig[f"{step}_pass"] = fig[f"{step}_s"] <= goal * scale
    a.lock()
    b.lock()
    return fig


# -- report ------------------------------------------------------------------------------------------------


def report(fig: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []

    def row(
        name: str, seconds: float, goal: str = "", ratio: float | None = None, ok: bool | None = None
    ) -> None:
        verdict = "" if ok is None else "PASS" if ok else "FAIL"
        rows.append((name, ms(seconds), goal, "" if ratio is None else f"{ratio:.1f}x", verdict))

    def goal(step: str) -> str:
        return f"<= {fig[f'{step}_goal_s']:.1f} s"

    row(
        "1 export (full sync, to A and B)",
        fig["export_s"],
        goal("export"),
        fig["export_ratio"],
        fig["export_pass"],
    )
    row("1   CPU time of the export", fig["export_cpu_s"], "(info)")
    row("1 raw: age-encrypt the plaintext", fig["raw_encrypt_s"], "baseline")
    row("1 raw: copy the file (read, write, fsync)", fig["raw_copy_s"], "baseline")
    row(
        "2 import + merge into an empty vault",
        fig["import_s"],
        goal("import"),
        fig["import_ratio"],
        fig["import_pass"],
    )
    row(
        "2   read alone (decrypt, verify, parse)",
        fig["read_s"],
        "(info)",
        fig["read_s"] / fig["raw_decrypt_s"],
    )
    row("2   CPU time of the import", fig["import_cpu_s"], "(info)")
    row("2   revision checks (hash of each) alone", fig["verify_revisions_s"], "(info)")
    row("2 raw: age-decrypt the file", fig["raw_decrypt_s"], "baseline")
    row(
        "3 re-import (no-op)",
        fig["reimport_s"],
        goal("reimport"),
        fig["reimport_ratio"],
        fig["reimport_pass"],
    )
    row("3   CPU time of the re-import", fig["reimport_cpu_s"], "(info)")
    row("3 raw: age-decrypt the file", fig["raw_decrypt_again_s"], "baseline")
    row(f"  building office A ({fig['cases']} cases, bulk)", fig["build_s"], "(setup)")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cases", type=int, default=None, help="cases in office A (default 10000, 1000 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="1000 cases")
    parser.add_argument("--profile", action="store_true", help="cProfile of each step on stderr")
    parser.add_argument(
        "--memory-security", choices=("on", "off"), default="off", help="SQLCipher memory security (app: off)"
    )
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary directory")
    args = parser.parse_args(argv)
    n_cases = args.cases or (1000 if args.quick else GOAL_CASES)
    if args.memory_security == "on":  # before the first connection: once on, it stays on in the process
        engine.PRAGMAS_BEFORE_KEY = tuple(
            p.replace("= OFF", "= ON") if "memory_security" in p else p for p in engine.PRAGMAS_BEFORE_KEY
        )

    work = Path(tempfile.mkdtemp(prefix="pana-bench-", dir=args.dir))
    try:
        started, load_before = time.perf_counter(), os.getloadavg()[0]
        fig = bench(work, n_cases, args.profile)
        fig["memory_security"] = args.memory_security
        fig["bench_wall_s"] = time.perf_counter() - started
        fig["loadavg_1min_before"], fig["loadavg_1min_after"] = load_before, os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows = report(fig)
    print(
        f"Pana exchange benchmark: {n_cases} cases, {fig['revisions']} revisions, bundle "
        f"{fig['bundle_bytes'] / 1e6:.1f} MB ({fig['plaintext_bytes'] / 1e6:.1f} MB plaintext), "
        f"SQLCipher memory security {args.memory_security}, "
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
        f"{fig['loadavg_1min_before']:.2f} before / {fig['loadavg_1min_after']:.2f} after"
    )
    if n_cases != GOAL_CASES:
        print(f"Goals scaled linearly from {GOAL_CASES} cases.")
    print_report(fig, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
