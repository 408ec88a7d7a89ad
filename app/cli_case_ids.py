# SPDX-License-Identifier: GPL-3.0-or-later
"""CASE_ID arguments: a case's id (the UUID ``pana cases`` prints first) or its reference
(``TLG-2026-001``, what a lawyer sees on every screen and petition), found once the vault is open.

Arguments are parsed before the passphrase is asked, so a reference is kept as a ``CaseReference``
and ``resolve_references`` turns every one in the parsed arguments into its case's id.
"""

from __future__ import annotations

import argparse
import uuid

from app.domain.errors import CaseNotFoundError, ValidationError
from app.services.case_text_kit import safe
from app.services.listing import ListingService
from app.services.session import UnlockedVault

#: The longest reference a case can have (``cases.reference``).
MAX_REFERENCE = 40


class CaseReference(str):
    """A CASE_ID given as a case reference, not yet looked up."""


def case_id(value: str) -> str:
    """An argparse ``type``: the UUID as text, or a ``CaseReference``; ValidationError for neither."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        pass
    reference = value.strip()
    if not reference or len(reference) > MAX_REFERENCE or not reference.isprintable():
        raise ValidationError(
            "CASE_ID", "is neither a case id nor a case reference (as 'pana cases' prints them)"
        )
    return CaseReference(reference)


def resolve_references(args: argparse.Namespace, vault: UnlockedVault) -> None:
    """Replace each ``CaseReference`` among ``args`` (alone or in a list) by its case's id, and keep
    the text as typed in ``args.typed_case_ids`` (by id), to be typed again as a confirmation.
    CaseNotFoundError for a reference no case has; ValidationError when two cases have it."""
    listing, typed = ListingService(vault), {}

    def found(value: object) -> object:
        if not isinstance(value, CaseReference):
            return value
        ids = listing.ids_with_reference(value)
        if not ids:
            raise CaseNotFoundError(f"No case has the reference {safe(value)}; 'pana cases' lists them.")
        if len(ids) > 1:
            raise ValidationError(
                "CASE_ID",
                f"{len(ids)} cases have the reference {safe(value)}; give the id "
                f"('pana cases --search {safe(value)}' lists them)",
                "ambiguous-reference",
            )
        typed[ids[0]] = str(value)
        return ids[0]

    for name, value in vars(args).items():
        setattr(args, name, [found(item) for item in value] if isinstance(value, list) else found(value))
    args.typed_case_ids = typed
