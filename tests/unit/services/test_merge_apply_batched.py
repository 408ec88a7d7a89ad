# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing many new records costs a few statements per table, not one or more per record: the
exchange benchmark's 100,000 revisions would otherwise take minutes (issue #10)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from app.db import models as m
from app.services.demo import populate
from app.services.exchange_scope import Scope, revisions_in_scope
from app.services.merge_apply import MergeService
from app.services.session import UnlockedVault
from tests.unit.services.exchange_kit import make_office


@contextmanager
def statements(vault: UnlockedVault) -> Iterator[list[str]]:
    """Every SQL statement the vault's engine sends (an executemany counts once)."""
    sent: list[str] = []

    def count(*args: Any) -> None:
        sent.append(args[2])

    event.listen(vault.db.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(vault.db.engine, "before_cursor_execute", count)


def _import_demo(tmp_path: Path, cases: int) -> tuple[int, int]:
    """(statements, revisions) of merging ``cases`` demo cases into an empty partner vault."""
    source, target = make_office(tmp_path / str(cases), "a"), make_office(tmp_path / str(cases), "b")
    populate(source, cases)
    with source.db.transaction(readonly=True) as session:
        rows = list(revisions_in_scope(session.connection(), Scope()))
    with statements(target) as sent:
        report = MergeService(target).apply(rows)
    assert not report.skipped
    with target.db.transaction(readonly=True) as session:
        assert session.scalar(select(func.count()).select_from(m.Case)) == cases
        assert session.scalar(select(func.count()).select_from(m.CaseListing)) == cases
    return len(sent), len(rows)


def test_new_records_are_written_a_few_statements_per_table(tmp_path: Path) -> None:
    few, few_revisions = _import_demo(tmp_path, 3)
    many, many_revisions = _import_demo(tmp_path, 30)
    assert many_revisions > 10 * few_revisions // 2  # the larger import really is about ten times larger
    assert many - few <= 10, (few, many)
    assert many < many_revisions // 10, (many, many_revisions)


def test_an_import_reads_each_row_once(tmp_path: Path) -> None:
    """The merge needs the revision each row shows and the row writer its content: one read serves both."""
    source, target = make_office(tmp_path, "a"), make_office(tmp_path, "b")
    populate(source, 3)
    with source.db.transaction(readonly=True) as session:
        rows = list(revisions_in_scope(session.connection(), Scope()))
    with statements(target) as sent:
        MergeService(target).apply(rows)
    reads = Counter(
        table
        for text in sent
        for table in m.SYNCED_MODELS
        if text.startswith(f"SELECT {table}.id, {table}.rev")
    )
    assert len(reads) > 10 and set(reads.values()) == {1}, reads
