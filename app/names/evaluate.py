# SPDX-License-Identifier: GPL-3.0-or-later
"""Recall of name matching on a labelled TSV: `python -m app.names.evaluate PATH_TO_TSV`.

The TSV has columns cluster, role (canon / variant / distractor), script, scheme, text.
Every variant is ranked against all canon and distractor rows; a hit@k is its own
cluster's canon within the first k (ties counted against it).
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from app.names import SAME_PERSON_THRESHOLD, keys, similarity
from app.names.match import clear_caches


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _rank(variant: str, own: int, candidates: list[str]) -> tuple[int, float]:
    scores = [similarity(variant, text) for text in candidates]
    mine = scores[own]
    better = sum(1 for i, s in enumerate(scores) if s >= mine and i != own)
    return 1 + better, mine


def evaluate(rows: list[dict[str, str]]) -> dict[str, Any]:
    """All figures for one labelled set: recall@1/@5 overall, per scheme and per script."""
    pool = [r for r in rows if r["role"] in ("canon", "distractor")]
    texts = [r["text"] for r in pool]
    canon_at = {r["cluster"]: i for i, r in enumerate(pool) if r["role"] == "canon"}
    variants = [r for r in rows if r["role"] == "variant" and r["cluster"] in canon_at]

    clear_caches()
    started = time.perf_counter()
    ranked = [_rank(v["text"], canon_at[v["cluster"]], texts) for v in variants]
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for v in variants:
        _rank(v["text"], canon_at[v["cluster"]], texts)
    warm = time.perf_counter() - started
    pairs = max(1, len(variants) * len(texts))

    groups: dict[str, dict[str, list[int]]] = {
        "overall": {"all": []},
        "scheme": defaultdict(list),
        "script": defaultdict(list),
    }
    key_misses: list[str] = []
    true_scores: list[float] = []
    for v, (rank, score) in zip(variants, ranked, strict=True):
        groups["overall"]["all"].append(rank)
        groups["scheme"][v["scheme"]].append(rank)
        groups["script"][v["script"]].append(rank)
        true_scores.append(score)
        if not keys(v["text"]) & keys(pool[canon_at[v["cluster"]]]["text"]):
            key_misses.append(v["text"])

    def recall(ranks: list[int]) -> dict[str, float | int]:
        n = len(ranks)
        return {
            "n": n,
            "r1": round(sum(r <= 1 for r in ranks) / n, 4),
            "r5": round(sum(r <= 5 for r in ranks) / n, 4),
        }

    all_keys = [len(keys(t)) for t in texts]
    return {
        "overall": recall(groups["overall"]["all"]),
        "scheme": {k: recall(v) for k, v in sorted(groups["scheme"].items())},
        "script": {k: recall(v) for k, v in sorted(groups["script"].items())},
        "us_per_pair_cold": round(cold / pairs * 1e6, 2),
        "us_per_pair_warm": round(warm / pairs * 1e6, 2),
        "pairs": pairs,
        "threshold": SAME_PERSON_THRESHOLD,
        "true_pairs_above_threshold": round(
            sum(s >= SAME_PERSON_THRESHOLD for s in true_scores) / max(1, len(true_scores)), 4
        ),
        "min_true_pair_similarity": round(min(true_scores, default=0.0), 4),
        "key_recall": round(1 - len(key_misses) / max(1, len(variants)), 4),
        "key_misses": key_misses,
        "mean_keys_per_name": round(sum(all_keys) / max(1, len(all_keys)), 2),
    }


def _table(title: str, rows: dict[str, dict[str, float | int]]) -> list[str]:
    width = max(len(title), *(len(k) for k in rows))
    lines = [f"{title:<{width}}  {'n':>4}  {'recall@1':>8}  {'recall@5':>8}"]
    lines += [f"{k:<{width}}  {v['n']:>4}  {v['r1']:>8.3f}  {v['r5']:>8.3f}" for k, v in rows.items()]
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m app.names.evaluate PATH_TO_TSV", file=sys.stderr)
        return 2
    result = evaluate(read_rows(Path(args[0])))
    lines = [*_table("overall", {"all": result["overall"]}), ""]
    lines += [*_table("scheme", result["scheme"]), "", *_table("script", result["script"]), ""]
    lines += [
        f"µs/pair: {result['us_per_pair_cold']} cold (caches empty), "
        f"{result['us_per_pair_warm']} warm, over {result['pairs']} pairs",
        f"true pairs ≥ SAME_PERSON_THRESHOLD {result['threshold']}: "
        f"{result['true_pairs_above_threshold']:.3f} (lowest {result['min_true_pair_similarity']})",
        f"variants sharing a key with their canon: {result['key_recall']:.3f}; "
        f"keys per name: {result['mean_keys_per_name']}",
    ]
    print("\n".join(lines))
    print(json.dumps(result, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
