# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared development set: recall targets, key recall, and the same-person threshold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.names import SAME_PERSON_THRESHOLD, similarity
from app.names.evaluate import evaluate, main, read_rows

DEV_SET = Path(__file__).resolve().parents[3].parent / "shared" / "names-dev.tsv"

pytestmark = pytest.mark.skipif(not DEV_SET.is_file(), reason=f"development set not found at {DEV_SET}")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_rows(DEV_SET)


@pytest.fixture(scope="module")
def result(rows: list[dict[str, str]]) -> dict[str, Any]:
    return evaluate(rows)


def test_recall_at_1_overall(result: dict[str, Any]) -> None:
    assert result["overall"]["r1"] >= 0.98


def test_recall_at_1_per_scheme(result: dict[str, Any]) -> None:
    assert {"kk-arab", "zh-transcription"} <= set(result["scheme"])
    low = {k: v["r1"] for k, v in result["scheme"].items() if v["r1"] < 0.9}
    assert not low


def test_every_variant_shares_a_key_with_its_canon(result: dict[str, Any]) -> None:
    assert result["key_misses"] == []
    assert result["mean_keys_per_name"] <= 3


def test_true_pairs_clear_the_threshold(result: dict[str, Any]) -> None:
    assert result["min_true_pair_similarity"] >= SAME_PERSON_THRESHOLD


def test_named_hard_negatives_stay_below_every_true_pair(result: dict[str, Any]) -> None:
    for other in ("Нұржан Серікұлы", "Нұрлан Әбілұлы"):
        assert similarity("Нұрлан Серікұлы", other) < result["min_true_pair_similarity"] - 0.1


def test_evaluate_command_prints_a_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main([str(DEV_SET)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert "recall@1" in lines[0]
    figures = json.loads(lines[-1])
    assert figures["overall"]["r1"] >= 0.98
