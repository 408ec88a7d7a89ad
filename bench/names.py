# SPDX-License-Identifier: GPL-3.0-or-later
"""Name-search benchmark: index build, cross-script query latency and recall, raw FTS5 baseline.

    .venv/bin/python bench/names.py [--persons 100000] [--quick] [--queries 300] [--dir DIR] [--no-profile]

Everything happens in a temporary directory (under ``--dir`` or the system temp folder) that
is deleted afterwards; all data is the app's fictional demo data (``populate``); no network.

  1. a vault with ``--persons`` persons (``populate(vault, persons // 2)``: a subject and a
     relative per case, 4 stored spellings each — Kazakh Cyrillic, 2021 Latin, Arabic, Chinese);
  2. ``NameSearchService.rebuild_index()`` over every spelling, name caches cleared first;
  3. ~300 queries built from sampled stored persons but spelled as nobody stored them (passport
     and press Latin, Russian-style Cyrillic, Russian surname first, shortened patronymic, swapped
     order, the given name alone, Arabic script with the patronymic, Chinese without the middle
     dot); ``search(q)`` timed per query (warm name caches, and again with them cleared per query);
  4. raw baseline in the same vault file and key: an FTS5 table over every spelling, queried
     with MATCH on the query's first token.

Recall rule. The demo draws names from 18 given x 10 father's names, so hundreds of persons
share one name and nothing in a name can tell them apart.  A result counts as the intended
person when it IS that person or has exactly the same set of stored spellings (same four
texts); recall@k = share of person-specific queries with such a result among the first k.
Queries of the given name alone are timed but left out of recall (they name no one person).

The last line printed is one JSON object with every figure (seconds, ratios, shares).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import shutil
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from common import ms, pct, raw_connect, say, timed  # bench/common.py (scripts run from bench/)
from sqlalchemy import func, literal_column, select

from app.db import models as m
from app.db.engine import DB_FILENAME, database_key
from app.names import keys, similarity, transliterate
from app.names.match import clear_caches
from app.services import name_candidates
from app.services.demo import populate
from app.services.name_candidates import Tier, candidate_tiers
from app.services.name_index import SEARCH_THRESHOLD as THRESHOLD
from app.services.name_index import NameSearchService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

PASSPHRASE = "bench passphrase Қазақ 馬"  # fictional
GOAL_INDEX_S = 30.0
GOAL_SEARCH_P95_S = 0.030  # issue #13
FTS_TABLE = "bench_names_fts"

# Exactly the pragmas of app/db/engine.py (_keyed_connect), in the same order.

PATRONYMIC = re.compile(r"(ұлы|қызы)$")
FIRST_TOKEN = re.compile(r"\w+")


# -- helpers -----------------------------------------------------------------------------------------


def tap(tiers: Iterator[Tier], read: list[Tier]) -> Iterator[Tier]:
    """``tiers`` as they are, each one also kept in ``read`` when the ranker asks for it."""
    for tier in tiers:
        read.append(tier)
        yield tier


def fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


# -- queries -----------------------------------------------------------------------------------------


class Person:
    __slots__ = ("by_script", "id", "texts")

    def __init__(self, person_id: str) -> None:
        self.id = person_id
        self.texts: set[str] = set()
        self.by_script: dict[str, str] = {}


def _parts(cyrillic: str) -> tuple[str, str, str]:
    """'Нұрлан Ахметұлы' -> ('Нұрлан', 'Ахметұлы', 'Ахмет')."""
    given, patronymic = cyrillic.split()
    return given, patronymic, PATRONYMIC.sub("", patronymic)


def _ru(text: str) -> str:
    return transliterate(text, "ru-cyrl")


def _ru_surname(p: Person) -> str:
    given, patronymic, father = _parts(p.by_script["Cyrl"])
    ending = "ова" if patronymic.endswith("қызы") else "ов"
    return f"{_ru(father)}{ending} {_ru(given)}"


def _short_patronymic(p: Person) -> str:
    given, _, father = _parts(p.by_script["Cyrl"])
    return transliterate(f"{given} {father}", "passport")


def _swapped(p: Person) -> str:
    given, patronymic, _ = _parts(p.by_script["Cyrl"])
    return transliterate(f"{patronymic} {given}", "journalism")


#: kind -> (how the query is written, names one person?)
QUERY_KINDS: dict[str, tuple[Callable[[Person], str], bool]] = {
    "passport": (lambda p: transliterate(p.by_script["Cyrl"], "passport"), True),
    "journalism": (lambda p: transliterate(p.by_script["Cyrl"], "journalism"), True),
    "ru-cyrl": (lambda p: _ru(p.by_script["Cyrl"]), True),
    "ru-surname-first": (_ru_surname, True),
    "short-patronymic": (_short_patronymic, True),
    "swapped-order": (_swapped, True),
    "arabic+patronymic": (lambda p: transliterate(p.by_script["Cyrl"], "kk-arab"), True),
    "chinese-no-dot": (lambda p: p.by_script["Hani"].replace("·", ""), True),
    "given-only": (lambda p: transliterate(_parts(p.by_script["Cyrl"])[0], "passport"), False),
}


def make_queries(persons: dict[str, Person], n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` queries, kinds in turn, each from a random stored person and unlike any of its spellings."""
    rng = random.Random(seed)
    ids = list(persons)
    queries: list[dict[str, Any]] = []
    kinds = list(QUERY_KINDS)
    while len(queries) < n:
        kind = kinds[len(queries) % len(kinds)]
        make, specific = QUERY_KINDS[kind]
        person = persons[rng.choice(ids)]
        text = make(person)
        if text in person.texts:  # must be spelled differently than stored
            continue
        queries.append({"kind": kind, "q": text, "person": person.id, "specific": specific})
    return queries


# -- the run -------------------------------------------------------------------------------------------


def load_people(vault: UnlockedVault) -> dict[str, Person]:
    """Every person with all of their stored spellings."""
    persons: dict[str, Person] = {}
    with vault.db.transaction(readonly=True) as session:
        # in insertion order (rowid), so a seeded demo gives the same persons the same queries
        rows = session.execute(
            select(m.PersonName.person_id, m.PersonName.text, m.PersonName.script).order_by(
                literal_column("person_names.rowid")
            )
        ).all()
    for person_id, text, script in rows:
        p = persons.get(person_id) or persons.setdefault(person_id, Person(person_id))
        p.texts.add(text)
        p.by_script.setdefault(script, text)
    return persons


def count(vault: UnlockedVault, model: Any) -> int:
    with vault.db.transaction(readonly=True) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def open_copy(work: Path, source: Path, passphrase: str) -> UnlockedVault:
    """A copy of an existing (test-KDF) vault, unlocked: the source is never opened or written."""
    say(f"copying {source}")
    shutil.copytree(source, work / "vault")
    (work / "vault" / "pana.lock").unlink(missing_ok=True)
    return VaultService(work / "vault", kdf=KdfParams.minimum()).open(passphrase)


def populated(work: Path, n_cases: int, fig: dict[str, Any]) -> UnlockedVault:
    """A new vault with ``n_cases`` demo cases."""
    say("creating vault (minimum KDF)")
    vault = (
        VaultService(work / "vault", kdf=KdfParams.minimum())
        .create(office_name="Fictional Office Almaty", username="bench", passphrase=PASSPHRASE)
        .vault
    )
    say(f"populate({n_cases}) -> ~{2 * n_cases} persons")
    last = [0.0]

    def progress(done: int, total: int, _: str) -> None:
        if time.perf_counter() - last[0] > 15:
            last[0] = time.perf_counter()
            say(f"   demo {done}/{total}")

    fig["populate_s"], _ = timed(lambda: populate(vault, n_cases, progress=progress))
    return vault


def bench(
    work: Path, n_persons: int, n_queries: int, profile: bool, copy_of: tuple[Path, str] | None = None
) -> dict[str, Any]:
    fig: dict[str, Any] = {"populate_s": None}

    # 1. The vault.
    vault = open_copy(work, *copy_of) if copy_of else populated(work, max(1, n_persons // 2), fig)
    db_key = database_key(vault.master_key)
    try:
        fig["cases"] = count(vault, m.Case)
        fig["persons"] = count(vault, m.Person)
        fig["spellings"] = count(vault, m.PersonName)
        fig["name_keys_after_populate"] = count(vault, m.NameKey)
        persons = load_people(vault)
        fig["distinct_spelling_texts"] = len({t for p in persons.values() for t in p.texts})
        sets = Counter(frozenset(p.texts) for p in persons.values())
        fig["distinct_spelling_sets"] = len(sets)
        fig["persons_per_spelling_set_median"] = statistics.median(sets.values())
        fig["persons_per_spelling_set_max"] = max(sets.values())

        # 2. Index build (name caches cleared: as after an upgrade of app.names, in a fresh process).
        say("rebuild_index()")
        clear_caches()
        service = NameSearchService(vault)
        fig["index_build_s"], rebuilt = timed(service.rebuild_index)
        fig["index_build_spellings"] = rebuilt
        fig["name_keys"] = count(vault, m.NameKey)
        fig["index_build_goal_s"] = GOAL_INDEX_S
        # keys() alone with every cache cleared before each call: what a vault of all-distinct
        # spellings would spend computing keys (the demo has only a few hundred distinct texts).
        texts = sorted({t for p in persons.values() for t in p.texts})
        uncached = []
        for text in texts:
            clear_caches()
            uncached.append(timed(lambda text=text: keys(text))[0])
        clear_caches()
        fig["keys_uncached_mean_s"] = statistics.fmean(uncached)
        fig["keys_compute_projected_all_distinct_s"] = fig["keys_uncached_mean_s"] * fig["spellings"]

        # 3. Queries.
        queries = make_queries(persons, n_queries, seed=11)
        fig["queries"] = len(queries)
        fig["queries_person_specific"] = sum(q["specific"] for q in queries)
        person_set = {pid: frozenset(p.texts) for pid, p in persons.items()}
        for warm in ("Nurlan", "Айгүл Ахметқызы", "努尔兰", "Serik Kasymov"):
            service.search(warm)

        def run_searches(cold: bool) -> list[float]:
            samples = []
            for q in queries:
                if cold:
                    clear_caches()
                elapsed, results = timed(lambda q=q: service.search(q["q"]))
                samples.append(elapsed)
                if not cold:
                    q["results"] = [r.person_id for r in results]
                    q["scores"] = [r.score for r in results]
            return samples

        say(f"search() x{len(queries)} (warm caches)")
        warm_s = run_searches(cold=False)
        for q, s in zip(queries, warm_s, strict=True):
            q["s"] = s
        say(f"search() x{len(queries)} (caches cleared before each)")
        cold_s = run_searches(cold=True)
        fig["search_p50_s"], fig["search_p95_s"], fig["search_max_s"] = (
            pct(warm_s, 50),
            pct(warm_s, 95),
            max(warm_s),
        )
        fig["search_cold_p50_s"], fig["search_cold_p95_s"] = pct(cold_s, 50), pct(cold_s, 95)
        fig["search_cold_max_s"] = max(cold_s)
        fig["search_goal_p95_s"] = GOAL_SEARCH_P95_S

        def hit(q: dict[str, Any], k: int) -> bool:
            want = person_set[q["person"]]
            return any(pid == q["person"] or person_set[pid] == want for pid in q["results"][:k])

        specific = [q for q in queries if q["specific"]]
        fig["recall_at_1"] = statistics.fmean(hit(q, 1) for q in specific)
        fig["recall_at_10"] = statistics.fmean(hit(q, 10) for q in specific)
        fig["recall_strict_same_person_in_results"] = statistics.fmean(
            q["person"] in q["results"] for q in specific
        )
        fig["results_median"] = statistics.median(len(q["results"]) for q in queries)
        fig["no_result_share"] = statistics.fmean(not q["results"] for q in queries)

        # The candidate phase of search() alone: the tiers search() read (the same functions), read again.
        cands, sql_s = [], []
        with vault.db.transaction(readonly=True) as session:
            for q in queries:
                ks = sorted(keys(q["q"]))
                q["keyrows"] = session.scalar(
                    select(func.count()).select_from(m.NameKey).where(m.NameKey.key.in_(ks))
                )
                read: list[Tier] = []
                name_candidates.rank(q["q"], tap(candidate_tiers(session, ks), read), THRESHOLD, 50)
                tiers = len(read)
                elapsed, _ = timed(lambda ks=ks, n=tiers: list(islice(candidate_tiers(session, ks), n)))
                sql_s.append(elapsed)
                q["rows_read"] = sum(tier.rows_read for tier in read)
                q["candidates"] = sum(len(tier.spellings) for tier in read)
                q["candidate_texts"] = len({text for tier in read for _, _, text in tier.spellings})
                cands.append(q["candidates"])
        fig["candidate_sql_p50_s"], fig["candidate_sql_p95_s"] = pct(sql_s, 50), pct(sql_s, 95)
        fig["candidate_distinct_texts_p50"] = pct([q["candidate_texts"] for q in queries], 50)
        fig["candidate_distinct_texts_p95"] = pct([q["candidate_texts"] for q in queries], 95)
        fig["candidates_p50"], fig["candidates_p95"] = pct(cands, 50), pct(cands, 95)
        fig["candidates_capped_share"] = statistics.fmean(c >= name_candidates.MAX_SCORED for c in cands)
        fig["key_rows_p50"] = pct([q["keyrows"] for q in queries], 50)
        fig["key_rows_p95"] = pct([q["keyrows"] for q in queries], 95)
        fig["rows_read_p50"] = pct([q["rows_read"] for q in queries], 50)
        fig["rows_read_p95"] = pct([q["rows_read"] for q in queries], 95)
        rng = random.Random(5)
        sim = []
        for q in queries[:100]:
            for text in rng.sample(texts, 5):
                clear_caches()
                sim.append(timed(lambda q=q, text=text: similarity(q["q"], text))[0])
        clear_caches()
        fig["similarity_uncached_mean_s"] = statistics.fmean(sim)
        fig["scoring_projected_at_cap_s"] = fig["similarity_uncached_mean_s"] * name_candidates.MAX_SCORED

        # 4. Raw baseline: FTS5 over every spelling, same file, same key, same pragmas.
        say("raw FTS5 baseline")
        raw = raw_connect(work / "vault" / DB_FILENAME, db_key)
        try:

            def build_fts() -> None:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(text)")
                raw.execute(f"INSERT INTO {FTS_TABLE}(rowid, text) SELECT rowid, text FROM person_names")
                raw.execute("COMMIT")

            fig["raw_fts_build_s"], _ = timed(build_fts)
            rowid_person = dict(raw.execute("SELECT rowid, person_id FROM person_names"))
            sql_all = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
            sql_50 = sql_all + " LIMIT 50"
            for warm in ("Nurlan", "Марат"):
                raw.execute(sql_all, (fts_phrase(warm),)).fetchall()
            raw_all, raw_50 = [], []
            for q in queries:
                token = FIRST_TOKEN.search(q["q"])
                phrase = fts_phrase(token.group(0) if token else q["q"])
                elapsed, rows = timed(lambda phrase=phrase: raw.execute(sql_all, (phrase,)).fetchall())
                raw_all.append(elapsed)
                elapsed50, rows50 = timed(lambda phrase=phrase: raw.execute(sql_50, (phrase,)).fetchall())
                raw_50.append(elapsed50)
                want = person_set[q["person"]]
                q["raw_rows"] = len(rows)
                q["raw_found"] = any(person_set[rowid_person[r]] == want for (r,) in rows)
                q["raw_found50"] = any(person_set[rowid_person[r]] == want for (r,) in rows50)
                q["raw_s"] = elapsed
        finally:
            raw.close()
        fig["raw_fts_p50_s"], fig["raw_fts_p95_s"] = pct(raw_all, 50), pct(raw_all, 95)
        fig["raw_fts_limit50_p50_s"], fig["raw_fts_limit50_p95_s"] = pct(raw_50, 50), pct(raw_50, 95)
        fig["search_p95_over_raw_p95"] = fig["search_p95_s"] / fig["raw_fts_p95_s"]
        fig["search_p50_over_raw_p50"] = fig["search_p50_s"] / fig["raw_fts_p50_s"]
        fig["search_p95_over_raw_limit50_p95"] = fig["search_p95_s"] / fig["raw_fts_limit50_p95_s"]
        fig["raw_fts_found_intended"] = statistics.fmean(q["raw_found"] for q in specific)
        fig["raw_fts_found_intended_first50"] = statistics.fmean(q["raw_found50"] for q in specific)
        fig["raw_fts_rows_median"] = statistics.median(q["raw_rows"] for q in queries)

        # Per kind.
        per_kind: dict[str, dict[str, Any]] = {}
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for q in queries:
            groups[q["kind"]].append(q)
        for kind, group in groups.items():
            row: dict[str, Any] = {
                "n": len(group),
                "example": group[0]["q"],
                "p50_s": pct([q["s"] for q in group], 50),
                "p95_s": pct([q["s"] for q in group], 95),
                "candidates_p50": pct([q["candidates"] for q in group], 50),
                "raw_p95_s": pct([q["raw_s"] for q in group], 95),
            }
            if group[0]["specific"]:
                row["recall_at_1"] = statistics.fmean(hit(q, 1) for q in group)
                row["recall_at_10"] = statistics.fmean(hit(q, 10) for q in group)
                row["raw_found"] = statistics.fmean(q["raw_found"] for q in group)
            per_kind[kind] = row
        fig["per_kind"] = per_kind

        def top(q: dict[str, Any]) -> str:
            if not q["results"]:
                return "(nothing)"
            return f"{persons[q['results'][0]].by_script.get('Cyrl', '')} {q['scores'][0]:.3f}"

        def want_score(q: dict[str, Any]) -> float:
            return max(similarity(q["q"], text) for text in persons[q["person"]].texts)

        missed_1 = [q for q in specific if not hit(q, 1)]
        fig["misses_at_1_count"] = len(missed_1)
        # a miss whose intended person scores exactly the top score: lost a tie (arbitrary order)
        fig["misses_at_1_tied"] = sum(
            bool(q["scores"]) and abs(want_score(q) - q["scores"][0]) < 1e-9 for q in missed_1
        )
        fig["misses_at_1"] = [
            {
                "kind": q["kind"],
                "q": q["q"],
                "want": f"{persons[q['person']].by_script.get('Cyrl', '')} {want_score(q):.3f}",
                "got": top(q),
            }
            for q in missed_1
        ][:12]
        fig["misses_at_10"] = [
            {"kind": q["kind"], "q": q["q"], "want": persons[q["person"]].by_script.get("Cyrl", "")}
            for q in specific
            if not hit(q, 10)
        ][:12]

        # Where the time goes (cProfile over the warm query set), if the goal is missed.
        if profile and fig["search_p95_s"] > GOAL_SEARCH_P95_S:
            say("profiling search()")
            fig["profile"] = profile_search(service, [q["q"] for q in queries])
    finally:
        vault.lock()
    return fig


def profile_search(service: NameSearchService, texts: list[str]) -> dict[str, Any]:
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        service.search(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = cumulative = 0.0
    parts: dict[str, float] = defaultdict(float)
    watched = {
        ("name_index.py", "search"): "search_total",
        ("match.py", "similarity"): "similarity",
        ("match.py", "keys"): "keys",
        ("name_index.py", "cases_of"): "cases_of",
    }
    for (path, _, fn), (_, _, tt, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += tt
        label = watched.get((Path(path).name, fn))
        if label:
            parts[label] += ct
        elif "sqlcipher3.dbapi2.Cursor" in fn:  # SQLite runs the statement while stepping/fetching
            parts["sqlite (all statements)"] += tt
    cumulative = parts.get("search_total", total) or total
    top = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:12]  # type: ignore[attr-defined]
    return {
        "queries": len(texts),
        "search_total_s": cumulative,
        "parts_s": dict(parts),
        "parts_share": {k: v / cumulative for k, v in parts.items() if k != "search_total"},
        "top_tottime": [
            {"fn": f"{Path(p).name}:{line}:{fn}", "calls": nc, "tottime_s": tt, "cumtime_s": ct}
            for (p, line, fn), (_, nc, tt, ct, _) in top
        ],
    }


# -- report ------------------------------------------------------------------------------------------


def line(label: str, value: str, note: str = "") -> None:
    print(f"{label:<46}{value:>18}   {note}".rstrip())


def report(fig: dict[str, Any]) -> None:
    def goal(good: bool) -> str:
        return "ok" if good else "MISSED"

    cap = name_candidates.MAX_SCORED
    print()
    print("Pana name-search benchmark (fictional demo data)")
    print("=" * 92)
    print(
        f"vault: {fig['cases']:,} cases, {fig['persons']:,} persons, {fig['spellings']:,} spellings, "
        f"{fig['name_keys']:,} name_keys rows"
    )
    print(
        f"       {fig['distinct_spelling_texts']:,} distinct spelling texts, "
        f"{fig['distinct_spelling_sets']} distinct spelling sets (persons sharing one: median "
        f"{fig['persons_per_spelling_set_median']:.0f}, max {fig['persons_per_spelling_set_max']})"
    )
    populate_s = "reused a vault" if fig["populate_s"] is None else f"{fig['populate_s']:.1f} s"
    print(
        f"populate: {populate_s}; {fig['cpus']} CPUs, load average "
        f"{fig['loadavg_1min_before']:.2f} before / {fig['loadavg_1min_after']:.2f} after"
    )
    print()
    line("figure", "value", "goal / note")
    print("-" * 92)
    ok_index = fig["index_build_s"] <= GOAL_INDEX_S
    line(
        "index build: rebuild_index()",
        f"{fig['index_build_s']:.2f} s",
        f"<= {GOAL_INDEX_S:.0f} s {goal(ok_index)}",
    )
    line(
        "  keys() uncached, projected all-distinct",
        f"{fig['keys_compute_projected_all_distinct_s']:.2f} s",
        f"{fig['keys_uncached_mean_s'] * 1e6:.0f} us per spelling",
    )
    ok_search = fig["search_p95_s"] <= GOAL_SEARCH_P95_S
    line("search() p50 (warm name caches)", ms(fig["search_p50_s"]))
    goal_ms = f"<= {GOAL_SEARCH_P95_S * 1000:.0f} ms"
    line("search() p95 (warm name caches)", ms(fig["search_p95_s"]), f"{goal_ms} {goal(ok_search)}")
    line("search() max", ms(fig["search_max_s"]))
    line(
        "search() p50 / p95, caches cleared per query",
        f"{ms(fig['search_cold_p50_s'])} / {ms(fig['search_cold_p95_s'])}",
    )
    line(
        "candidate spellings scored p50 / p95",
        f"{fig['candidates_p50']:,.0f} / {fig['candidates_p95']:,.0f}",
        f"cap {cap:,}, reached by {fig['candidates_capped_share']:.0%} of queries",
    )
    line(
        "  distinct texts among them p50 / p95",
        f"{fig['candidate_distinct_texts_p50']:,.0f} / {fig['candidate_distinct_texts_p95']:,.0f}",
    )
    line(
        "  name_keys rows read for them p50 / p95",
        f"{fig['rows_read_p50']:,.0f} / {fig['rows_read_p95']:,.0f}",
    )
    line(
        "  name_keys rows under the query's keys p50/p95",
        f"{fig['key_rows_p50']:,.0f} / {fig['key_rows_p95']:,.0f}",
        "all of them, uncut",
    )
    line(
        "candidate phase alone p50 / p95",
        f"{ms(fig['candidate_sql_p50_s'])} / {ms(fig['candidate_sql_p95_s'])}",
    )
    line(
        "similarity() uncached, each",
        f"{fig['similarity_uncached_mean_s'] * 1e6:.0f} us",
        f"x {cap:,} candidates = {fig['scoring_projected_at_cap_s'] * 1000:.0f} ms (all-distinct vault)",
    )
    line(
        "raw FTS5 MATCH first token, all rows p50/p95",
        f"{ms(fig['raw_fts_p50_s'])} / {ms(fig['raw_fts_p95_s'])}",
        f"FTS build {fig['raw_fts_build_s']:.2f} s",
    )
    line(
        "raw FTS5 ... LIMIT 50 p50 / p95",
        f"{ms(fig['raw_fts_limit50_p50_s'])} / {ms(fig['raw_fts_limit50_p95_s'])}",
    )
    line("ratio search p95 / raw p95 (all rows)", f"{fig['search_p95_over_raw_p95']:,.0f}x")
    line("ratio search p95 / raw p95 (LIMIT 50)", f"{fig['search_p95_over_raw_limit50_p95']:,.0f}x")
    line(
        "recall@1 / recall@10 (same spelling set)",
        f"{fig['recall_at_1']:.1%} / {fig['recall_at_10']:.1%}",
        f"{fig['queries_person_specific']} person-specific queries",
    )
    line(
        "  misses at 1 that are exact score ties",
        f"{fig['misses_at_1_tied']} of {fig['misses_at_1_count']}",
    )
    line("  the very person among the <=50 results", f"{fig['recall_strict_same_person_in_results']:.1%}")
    line(
        "raw FTS5 finds intended: any row / first 50",
        f"{fig['raw_fts_found_intended']:.1%} / {fig['raw_fts_found_intended_first50']:.1%}",
        f"unranked; median {fig['raw_fts_rows_median']:,.0f} rows per query",
    )
    print()
    head = f"{'query kind':<18}{'n':>4}{'p50':>9}{'p95':>9}{'cands':>7}{'R@1':>6}{'R@10':>6}{'raw':>6}"
    print(f"{head}  example")
    print("-" * 92)
    for kind, row in fig["per_kind"].items():
        r1 = f"{row['recall_at_1']:.0%}" if "recall_at_1" in row else "-"
        r10 = f"{row['recall_at_10']:.0%}" if "recall_at_10" in row else "-"
        rf = f"{row['raw_found']:.0%}" if "raw_found" in row else "-"
        print(
            f"{kind:<18}{row['n']:>4}{row['p50_s'] * 1000:>7.1f}ms{row['p95_s'] * 1000:>7.1f}ms"
            f"{row['candidates_p50']:>7,.0f}{r1:>6}{r10:>6}{rf:>6}  {row['example']}"
        )
    for key, title in (
        ("misses_at_1", "top result neither the person nor a namesake (best score of the wanted one shown)"),
        ("misses_at_10", "person (or a namesake) not in the top 10"),
    ):
        if fig[key]:
            print()
            print(f"{title} (first 12):")
            for miss in fig[key]:
                got = f"  got {miss['got']}" if "got" in miss else ""
                print(f"  {miss['kind']:<18} {miss['q']!r:<30} wanted {miss['want']:<18}{got}")
    if "profile" in fig:
        prof = fig["profile"]
        print()
        print(
            f"cProfile, {prof['queries']} warm queries, search() {prof['search_total_s']:.2f} s (profiled):"
        )
        for label, share in sorted(prof["parts_share"].items(), key=lambda kv: -kv[1]):
            print(f"  {label:<26}{prof['parts_s'][label]:>8.2f} s  {share:>6.1%}")
        print("  top functions by own time:")
        for row in prof["top_tottime"]:
            print(f"    {row['tottime_s']:>7.3f} s {row['calls']:>9} calls  {row['fn']}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="5,000 persons")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="parent of the temporary directory")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument(
        "--vault", type=Path, default=None, help="measure a copy of this test-KDF vault instead of populating"
    )
    parser.add_argument("--passphrase", default=PASSPHRASE, help="of --vault")
    args = parser.parse_args()
    persons = 5_000 if args.quick else args.persons
    work = Path(tempfile.mkdtemp(prefix="pana-bench-names-", dir=args.dir))
    try:
        started = time.perf_counter()
        load_before = os.getloadavg()[0]
        copy_of = (args.vault, args.passphrase) if args.vault else None
        fig = bench(work, persons, args.queries, profile=not args.no_profile, copy_of=copy_of)
        fig["bench_wall_s"] = time.perf_counter() - started
        fig["loadavg_1min_before"], fig["loadavg_1min_after"] = load_before, os.getloadavg()[0]
        fig["cpus"] = os.cpu_count()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(fig)
    print(json.dumps(fig, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
