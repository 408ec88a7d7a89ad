# SPDX-License-Identifier: GPL-3.0-or-later
"""Revision values in v1 shape read as v2; values already in v2 shape come back as they are."""

from __future__ import annotations

from app.db.upcast import upcast

V1_REPORT = {"case_id": "c", "kind": "threat", "relative_id": None, "reliability": "low", "actor": "police"}


def test_a_v1_pressure_report_reads_as_v2() -> None:
    found = upcast("pressure_reports", V1_REPORT)
    assert "kind" not in found and "relative_id" not in found
    assert (found["kinds"], found["target_ids"], found["reliability"]) == (["threat"], [], "D")
    assert (found["frequency"], found["reported_on"], found["relayed_by_id"], found["words"]) == (
        "unknown",
        "",
        None,
        "",
    )


def test_a_v1_relative_loses_its_status_and_gains_the_new_columns() -> None:
    found = upcast("relatives", {"case_id": "c", "person_id": "p", "status": "in-camp"})
    assert "status" not in found
    assert (found["description"], found["minor"]) == ("", False)


def test_v2_values_and_unknown_tables_are_left_as_they_are() -> None:
    v2 = upcast("pressure_reports", V1_REPORT)
    assert upcast("pressure_reports", v2) == v2
    assert upcast("a_table_from_a_newer_pana", {"x": 1}) == {"x": 1}
