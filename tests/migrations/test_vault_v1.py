# SPDX-License-Identifier: GPL-3.0-or-later
"""A vault made by the v1 code (tests/data/vault-v1) opened with today's: every v1 value in its v2 place.

The fixture's tables are read raw (the copy opened with its key at schema 0001, no upgrade),
then the copy is unlocked the ordinary way (backup, upgrade) and read raw again.  The
expected v2 values are written out here by hand, not taken from the migration or the models.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from app.db import migrate
from app.db.engine import close_engine, make_engine
from app.db.mapping import content_columns, revision_values, table_of
from app.db.models import SYNCED_MODELS, Revision
from app.db.upcast import upcast
from app.services.admin import AdminService
from app.services.case_export import CaseExportService, case_json_text
from app.services.cases import CaseService
from app.services.history import HistoryService
from app.services.session import UnlockedVault
from app.services.told import STEPS
from app.services.vault import VaultService
from app.vault import KdfParams
from app.vault.keyring import KeyRing

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vault-v1"
USERNAME, PASSPHRASE = "aigerim", "v1 fixture passphrase, Құпия сөз"
KDF = KdfParams.minimum()

Tables = dict[str, dict[tuple[Any, ...], dict[str, Any]]]

#: v1 columns that moved elsewhere (checked one by one below).
MOVED = {"relatives": {"status"}, "pressure_reports": {"kind", "relative_id"}, "petitions": {"filed_at"}}
RELIABILITY = {"high": "B", "medium": "C", "low": "D", "unknown": "F"}
#: Every column 0002 adds to a v1 table, with the raw value an upgraded row must hold.
NEW_COLUMNS: dict[str, dict[str, Any]] = {
    "persons": {
        "occupation": "",
        "civil_status": "unknown",
        "age": None,
        "age_on": "",
        "lacks": "[]",
        "blocked": "[]",
    },
    "relatives": {"description": "", "minor": 0},
    "pressure_reports": {
        "frequency": "unknown",
        "reported_on": "",
        "relayed_by_id": None,
        "words": "",
        "sort_order": 0,
    },
    "detentions": {"sort_order": 0},
    "interviews": {"sort_order": 0},
    "legal_events": {"sort_order": 0},
    "petitions": {
        "title": "",
        "template_sha256": "",
        "fields": "[]",
        "content": "",
        "annex_ids": "[]",
        "printed_at": None,
        "filed_on": "",
        "authority": "",
        "reference_number": "",
        "answered_on": "",
        "outcome": "none",
        "reply_attachment_id": None,
        "contested_on": "",
        "request_id": None,
    },
}
DERIVED_COLUMNS = {
    "pressure_reports": {"kinds", "target_ids"},
    "case_listing": {"opened_order", "deadline_order"},  # 0011, checked in their own test
    "revisions": {"stored"},  # 0017: the rowid, checked in its own test
}
NEW_TABLES = {
    "parties",
    "residences",
    "links",
    "sources",
    "requests",
    "relative_statuses",
    "petition_templates",
    "office_keys",
    "exchange_bundles",
    "partner_offices",
    "conflicts",
    "tombstones",
    "waiting_rows",
    "waiting_file_chunks",
    "files_owed",
}
#: New tables the first unlock fills: the office's key pairs (0004), one current of each kind.
MADE_AT_UNLOCK = {"office_keys"}
#: Tables that opening a vault appends to (an unlock is audited; 0002 adds revisions, moves the version).
APPENDED = {"audit_log", "revisions", "alembic_version"}


@contextmanager
def raw_engine(directory: Path) -> Iterator[sa.Engine]:
    """The vault's database with its key, as it is: no schema upgrade, no service."""
    unlocked = KeyRing.load(directory / "pana.keys").candidates(PASSPHRASE, USERNAME)[0]
    engine = make_engine(directory, unlocked.master_key)
    try:
        yield engine
    finally:
        close_engine(engine)


def read_tables(directory: Path) -> Tables:
    """Every row of every table, raw (dates and JSON as the text stored), by primary key."""
    found: Tables = {}
    with raw_engine(directory) as engine, engine.connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).scalars()
        for name in list(names):
            info = connection.exec_driver_sql(f'PRAGMA table_info("{name}")').all()
            key = [column[1] for column in sorted(info, key=lambda c: c[5]) if column[5]] or [info[0][1]]
            if name == "revisions":  # keyed (record_id, id) since 0012; the id alone is unique too
                key = ["id"]
            rows = connection.exec_driver_sql(f'SELECT * FROM "{name}"').mappings()
            found[name] = {tuple(row[k] for k in key): dict(row) for row in rows}
    return found


def upgraded_copy(tmp_path: Path, name: str, edit: str = "") -> tuple[Path, Tables]:
    """A copy of the fixture, its raw tables before the upgrade (after ``edit``), then unlocked once."""
    directory = tmp_path / name
    shutil.copytree(FIXTURE, directory)
    if edit:
        with raw_engine(directory) as engine, engine.begin() as connection:
            for statement in edit.split(";"):
                connection.exec_driver_sql(statement)
    before = read_tables(directory)
    assert before["alembic_version"] == {("0001",): {"version_num": "0001"}}
    VaultService(directory, kdf=KDF).open(PASSPHRASE, USERNAME).lock()
    return directory, before


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Tables, Tables]:
    directory, before = upgraded_copy(tmp_path_factory.mktemp("v1"), "vault")
    return directory, before, read_tables(directory)


@pytest.fixture
def opened(upgraded: tuple[Path, Tables, Tables]) -> Iterator[UnlockedVault]:
    vault = VaultService(upgraded[0], kdf=KDF).open(PASSPHRASE, USERNAME)
    try:
        yield vault
    finally:
        vault.lock()


def assert_every_v1_value_in_its_v2_place(before: Tables, after: Tables) -> None:
    head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert after["alembic_version"] == {(head,): {"version_num": head}}
    assert set(after) == set(before) | NEW_TABLES
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        moved = MOVED.get(table, set())
        added = set(NEW_COLUMNS.get(table, {})) | DERIVED_COLUMNS.get(table, set())
        if rows:
            assert set(next(iter(after[table].values()))) == (set(next(iter(rows.values()))) - moved) | added
        if table not in APPENDED:
            assert after[table].keys() == rows.keys(), table
        for key, old in rows.items():
            new = after[table][key]
            kept = {column: value for column, value in old.items() if column not in moved}
            if table == "pressure_reports":
                kept["reliability"] = RELIABILITY[old["reliability"]]
                assert json.loads(new["kinds"]) == [old["kind"]]
                assert json.loads(new["target_ids"]) == ([old["relative_id"]] if old["relative_id"] else [])
            assert {column: new[column] for column in kept} == kept, (table, key)
            assert {column: new[column] for column in NEW_COLUMNS.get(table, {})} == NEW_COLUMNS.get(
                table, {}
            )
    for table in NEW_TABLES - {"relative_statuses"} - MADE_AT_UNLOCK:
        assert after[table] == {}, table
    keys = list(after["office_keys"].values())
    assert sorted((k["kind"], k["retired_at"]) for k in keys) == [("ed25519", None), ("x25519", None)]
    statuses = list(after["relative_statuses"].values())
    expected = sorted(
        (row["id"], row["case_id"], row["status"])
        for row in before["relatives"].values()
        if row["status"] != "unknown"
    )
    assert sorted((s["relative_id"], s["case_id"], s["status"]) for s in statuses) == expected
    assert {(s["started_on"], s["ended_on"], s["notes"], s["sort_order"]) for s in statuses} <= {
        ("", "", "", 0)
    }
    assert len(after["revisions"]) == len(before["revisions"]) + len(statuses)
    for status in statuses:
        revision = after["revisions"][(status["rev"],)]
        origin = after["revisions"][(before["relatives"][(status["relative_id"],)]["rev"],)]
        assert (revision["record_table"], revision["record_id"]) == ("relative_statuses", status["id"])
        assert revision["hlc"] == origin["hlc"]
        assert revision["author_user_id"] == origin["author_user_id"]


def assert_sound(directory: Path) -> None:
    with raw_engine(directory) as engine, engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]


def test_every_v1_value_is_in_its_v2_place(upgraded: tuple[Path, Tables, Tables]) -> None:
    directory, before, after = upgraded
    assert len(list(directory.glob("before-upgrade-0001-*.panabackup"))) == 1
    # The fixture has what the mapping needs to be seen working.
    assert {row["status"] for row in before["relatives"].values()} - {"unknown"}
    assert before["pressure_reports"]
    assert_every_v1_value_in_its_v2_place(before, after)
    assert_sound(directory)


def test_null_targets_unknown_statuses_and_every_reliability(tmp_path: Path) -> None:
    """What the fixture lacks, set at schema 0001 on a copy: a report aimed at no one, a relative
    whose status is unknown (no status row), and each of the four v1 reliabilities."""
    edit = (
        "UPDATE pressure_reports SET relative_id = NULL WHERE id = (SELECT min(id) FROM pressure_reports);"
        "UPDATE relatives SET status = 'unknown' WHERE id = (SELECT min(id) FROM relatives);"
        "UPDATE pressure_reports SET reliability = CASE rowid % 4 WHEN 0 THEN 'high' WHEN 1 THEN 'medium'"
        " WHEN 2 THEN 'low' ELSE 'unknown' END"
    )
    directory, before = upgraded_copy(tmp_path, "vault", edit)
    assert None in {row["relative_id"] for row in before["pressure_reports"].values()}
    assert "unknown" in {row["status"] for row in before["relatives"].values()}
    assert {row["reliability"] for row in before["pressure_reports"].values()} == set(RELIABILITY)
    assert_every_v1_value_in_its_v2_place(before, read_tables(directory))
    assert_sound(directory)


def test_the_listing_rows_get_the_keys_of_the_opened_and_deadline_orders(tmp_path: Path) -> None:
    """Migration 0011 on partial dates (set at schema 0001 on a copy): the text of each order."""
    first, second = "591ea9f5-f3ae-4ea2-b63f-f839b0f9c1ae", "3972528f-c2d4-425c-bd6e-904dc68bc0ce"
    edit = (
        f"UPDATE cases SET opened_on = '2019-10' WHERE id = '{first}';"
        f"UPDATE case_listing SET next_deadline = '2026-08' WHERE case_id = '{first}';"
        f"UPDATE cases SET opened_on = '[2017..2019]' WHERE id = '{second}'"
    )
    directory, before = upgraded_copy(tmp_path, "vault", edit)
    after = read_tables(directory)["case_listing"]
    expected = {
        first: ("2019-10-01 2019-10-31", "2026-08-31 2026-08-01"),
        second: ("2017-01-01 2019-12-31", "2026-01-28 2026-01-28"),
        "6ce66082-c427-4272-9ed2-fb4ce6301594": ("2018-03-30 2018-03-30", "2026-11-04 2026-11-04"),
        "592e8ae3-a5cf-442a-80f8-b42cb9d922bf": ("~", "~"),  # opened on an unknown day, no certificate
    }
    for case_id, keys in expected.items():
        assert (after[(case_id,)]["opened_order"], after[(case_id,)]["deadline_order"]) == keys
    assert after.keys() == before["case_listing"].keys()
    assert {row["next_deadline"] for row in after.values()} == {
        row["next_deadline"] for row in before["case_listing"].values()
    }
    assert_sound(directory)


def test_two_offices_upgrading_the_same_vault_make_the_same_rows(
    upgraded: tuple[Path, Tables, Tables], tmp_path: Path
) -> None:
    directory, _ = upgraded_copy(tmp_path, "other")
    again = read_tables(directory)
    first = upgraded[2]
    assert again["relative_statuses"] == first["relative_statuses"]
    assert again["revisions"].keys() == first["revisions"].keys()


def test_the_upgraded_vault_passes_its_check_and_every_case_reads(
    opened: UnlockedVault, upgraded: tuple[Path, Tables, Tables]
) -> None:
    assert AdminService(opened).check().ok
    before = upgraded[1]
    statuses = {row["id"]: row["status"] for row in before["relatives"].values()}
    for (case_id,) in before["cases"]:
        case = CaseService(opened).get_case(case_id)
        assert {(s.relative_id, s.status) for s in case.relative_statuses} == {
            (relative.id, statuses[relative.id])
            for relative in case.relatives
            if statuses[relative.id] != "unknown"
        }
        shown = json.loads(case_json_text(CaseExportService(opened).read(case_id, "json")))
        assert shown["case"]["id"] == case_id


def test_old_revisions_read_as_the_rows_the_upgrade_made(
    opened: UnlockedVault, upgraded: tuple[Path, Tables, Tables]
) -> None:
    """A row 0002 rewrote still points at its v1 revision: upcast, that revision's values are the row."""
    v1_revisions = {key[0] for key in upgraded[1]["revisions"]}
    compared = set()
    with opened.db.transaction(readonly=True) as session:
        for table, model in SYNCED_MODELS.items():
            columns = content_columns(model)
            for row in session.execute(sa.select(table_of(model))).mappings():
                if row["rev"] in v1_revisions:
                    of_row = (Revision.record_id == row["id"]) & (Revision.id == row["rev"])
                    stored = session.scalars(sa.select(Revision.values).where(of_row)).one()
                    expected = revision_values({c: row[c] for c in columns})
                    if table == "attachments":  # v1 wrote null where the INSERT then took the clock
                        assert stored["created_at"] is None
                        expected["created_at"] = None
                    assert upcast(table, stored) == expected, table
                    compared.add(table)
    assert {"pressure_reports", "relatives", "persons", "interviews"} <= compared


def test_history_shows_old_revisions_in_v2_shape(
    opened: UnlockedVault, upgraded: tuple[Path, Tables, Tables]
) -> None:
    report = next(iter(upgraded[1]["pressure_reports"].values()))
    history = HistoryService(opened).case_history(report["case_id"])
    shown = {view.table: view for view in history}
    assert shown["pressure_reports"].values["kinds"] == [report["kind"]]
    assert "kind" not in shown["pressure_reports"].values
    assert shown["pressure_reports"].values["reliability"] == RELIABILITY[report["reliability"]]
    assert "status" not in shown["relatives"].values
    assert shown["relative_statuses"].values["status"]


def test_the_unlock_tells_the_backup_before_the_upgrade(tmp_path: Path) -> None:
    """The copy kept before an upgrade is the long first step at a large vault: it has its own progress."""
    directory = tmp_path / "vault"
    shutil.copytree(FIXTURE, directory)
    told: list[tuple[int, int, str]] = []
    VaultService(directory, kdf=KDF).open(
        PASSPHRASE, USERNAME, progress=lambda *step: told.append(step)
    ).lock()
    steps = [message for _, _, message in told]
    first_other = next(index for index, message in enumerate(steps) if message != "backup")
    assert set(steps[:first_other]) == {"backup"} and "backup" not in steps[first_other:]
    assert told[0][:2] == (0, STEPS) and told[first_other - 1][:2] == (STEPS, STEPS)
    assert {"migrating", "migrated"} <= set(steps[first_other:])
    assert len(list(directory.glob("before-upgrade-0001-*.panabackup"))) == 1
