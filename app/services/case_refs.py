# SPDX-License-Identifier: GPL-3.0-or-later
"""Case references: given when a case is first saved (``TLG-2026-001``: the office's prefix, the
year the case was opened, a number), editable, required and unique within the vault.

The prefix is this vault's setting (``meta``), not a synced field: each office sets its own, so
partners' references stay apart.  Until one is set it comes from the office's name.  A case that
arrives from a partner keeps the reference its office gave it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.text_sql import fold_key, folded, folded_startswith
from app.domain import records as r
from app.domain.errors import ValidationError

PREFIX_KEY = "case_reference_prefix"
MAX_PREFIX = 10
_NUMBER = re.compile(r"\d+")


def check_prefix(prefix: str) -> str:
    """``prefix`` trimmed, or ValidationError: letters and digits of any script, at most ten."""
    prefix = prefix.strip()
    if not prefix or len(prefix) > MAX_PREFIX or not prefix.isalnum():
        raise ValidationError("reference_prefix", "one to ten letters or digits", "bad-prefix")
    return prefix


def default_prefix(office_name: str) -> str:
    """The initials of the office's name (``Taldykorgan Legal Group`` → ``TLG``), or ``C``."""
    initials = "".join(word[0] for word in re.findall(r"\w+", office_name) if word[0].isalpha())
    return initials[:MAX_PREFIX].upper() or "C"


def reference_prefix(session: Session, office_id: str) -> str:
    stored = session.get(m.Meta, PREFIX_KEY)
    if stored is not None and stored.value:
        return stored.value
    office = session.get(m.Office, office_id)
    return default_prefix(office.name if office is not None else "")


def set_reference_prefix(session: Session, prefix: str) -> str:
    prefix = check_prefix(prefix)
    session.merge(m.Meta(key=PREFIX_KEY, value=prefix))
    return prefix


def next_reference(session: Session, prefix: str, year: int) -> str:
    """``PREFIX-YEAR-NNN``, one more than the highest number given under that prefix and year."""
    stem = f"{prefix}-{year}-"
    # Letter case aside, as the uniqueness check compares: "tlg-2026-001" takes number 1 of "TLG".
    given = select(m.Case.reference).where(folded_startswith(m.Case.reference, stem))
    taken = session.scalars(given)
    numbers = [int(ref[len(stem) :]) for ref in taken if _NUMBER.fullmatch(ref[len(stem) :])]
    return f"{stem}{max(numbers, default=0) + 1:03d}"


def with_reference(session: Session, case: r.Case) -> r.Case:
    """``case`` with its reference trimmed, or given if blank (numbered in the year it was opened,
    else this year)."""
    reference = case.reference.strip()
    if not reference:
        year = case.opened_on.year or dt.date.today().year
        reference = next_reference(session, reference_prefix(session, case.office_id), year)
    return case if reference == case.reference else dataclasses.replace(case, reference=reference)


def check_reference_free(session: Session, case_id: str, reference: str) -> None:
    """ValidationError if another case has ``reference`` (letter case aside).  For a reference just
    given or changed only: two offices may have given the same one before a merge, and that must not
    block every other edit of the case."""
    statement = _CLASH[reference.isascii()]
    clash = (
        session.connection().execute(statement, {"reference": fold_key(reference), "id": case_id}).scalar()
    )
    if clash:
        raise ValidationError("reference", "another case has this reference", "reference-taken")


def case_ids_with_reference(session: Session, reference: str) -> list[str]:
    """The cases whose reference is exactly ``reference`` (by the index), else those whose reference
    is it letter case aside.  Usually one or none; two offices may have given the same one before a
    merge."""
    reference = reference.strip()
    exact = list(session.scalars(select(m.Case.id).where(m.Case.reference == reference)))
    if exact:
        return exact
    folded_alike = folded(m.Case.reference, ascii=reference.isascii()) == fold_key(reference)
    return list(session.scalars(select(m.Case.id).where(folded_alike)))


#: Built once (a statement keeps its compiled form), by whether the reference is all ASCII.
_CLASH = {
    ascii: select(func.count())
    .select_from(m.Case)
    .where(folded(m.Case.reference, ascii=ascii) == bindparam("reference"), m.Case.id != bindparam("id"))
    for ascii in (True, False)
}
