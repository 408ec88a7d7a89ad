# SPDX-License-Identifier: GPL-3.0-or-later
"""``require_history``: what an export of chosen cases and a purge ask before they start. A record
deleted here still has its history (a file carries the deletion, a purge removes it); an id this
vault never held is not found, named in the caller's words."""

from __future__ import annotations

import pytest

from app.db.revisions import require_history, with_history
from app.domain import records as r
from app.domain.errors import NotFoundError
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from tests.conftest import MORE_IDS_THAN_SQLITE_BINDS


def test_a_live_or_deleted_record_has_history_and_an_unknown_one_is_named(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    live = cases.open_case(r.Person(), [r.PersonName("", "Айгүл Серікқызы (fictional)")])
    deleted = cases.open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы (fictional)")])
    cases.delete_case(deleted)
    unknown = sorted(r.new_id() for _ in range(600))
    with vault.db.transaction(readonly=True) as session:
        connection = session.connection()
        require_history(connection, "cases", [live, deleted, live])
        with pytest.raises(NotFoundError) as named:
            require_history(connection, "cases", [*reversed(unknown), live], "No case {} in this vault.")
        assert str(named.value) == f"No case {unknown[0]} in this vault."
        with pytest.raises(NotFoundError) as plain:
            require_history(connection, "persons", [live])  # a case's id is no person's
        assert str(plain.value) == NotFoundError.default_message


def test_more_ids_than_sqlite_binds_are_looked_up_whole(vault: UnlockedVault) -> None:
    """A list longer than SQLite's limit on bound parameters is asked in one statement."""
    cases = CaseService(vault)
    live = cases.open_case(r.Person(), [r.PersonName("", "Айгүл Серікқызы (fictional)")])
    deleted = cases.open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы (fictional)")])
    cases.delete_case(deleted)
    asked = [f"{n:032x}" for n in range(MORE_IDS_THAN_SQLITE_BINDS)]
    asked[1000:1000] = [live]
    asked.append(deleted)
    with vault.db.transaction(readonly=True) as session:
        connection = session.connection()
        assert with_history(connection, "cases", asked) == {live, deleted}
        assert with_history(connection, "cases", []) == set()
        assert with_history(connection, "persons", asked) == set()
