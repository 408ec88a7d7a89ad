# SPDX-License-Identifier: GPL-3.0-or-later
"""Turning typed errors into the user's language: the domain names a field and a reason, never a UI text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import PanaError, ValidationError


def validation_text(error: ValidationError) -> str:
    """A short sentence for the inline message next to ``error.field``."""
    if error.field == "consent_given":
        return QCoreApplication.translate(
            "CaseEditorMessages", "Record informed consent (given, and how) before the account is saved."
        )
    if error.field == "consent_recording" and error.kind != "unknown-code":
        return QCoreApplication.translate("CaseEditorMessages", "Say how consent was recorded.")
    if error.field == "names" and error.kind == "no-name":
        return QCoreApplication.translate(
            "CaseEditorMessages", "Enter a spelling of the name or, if it is not known, a description."
        )
    if error.field == "names":
        return QCoreApplication.translate("CaseEditorMessages", "Enter at least one spelling of the name.")
    if error.field == "text" and error.kind == "empty":
        return QCoreApplication.translate("CaseEditorMessages", "A spelling must not be empty.")
    by_kind = {
        "empty": QCoreApplication.translate("CaseEditorMessages", "This must not be empty."),
        "unknown-reference": QCoreApplication.translate(
            "CaseEditorMessages", "This names a relative, person or file the case no longer has."
        ),
        "wrong-case": QCoreApplication.translate("CaseEditorMessages", "This belongs to another case."),
        "missing-link-end": QCoreApplication.translate(
            "CaseEditorMessages", "A linked record no longer exists; remove the link."
        ),
        "link-ends": QCoreApplication.translate(
            "CaseEditorMessages", "This kind of link cannot join these records."
        ),
        "too-long": QCoreApplication.translate("CaseEditorMessages", "This text is too long to be stored."),
        "not-text": QCoreApplication.translate(
            "CaseEditorMessages", "This text contains characters that cannot be stored."
        ),
        "unknown-code": QCoreApplication.translate(
            "CaseEditorMessages", "This choice is not known to this version of Pana."
        ),
        "negative": QCoreApplication.translate("CaseEditorMessages", "This number must not be negative."),
        "empty-file": QCoreApplication.translate(
            "CaseEditorMessages", "An added file is empty (0 bytes); remove it."
        ),
        "file-too-large": QCoreApplication.translate(
            "CaseEditorMessages", "An added file is too large to be stored; remove it."
        ),
        "exclusive-scopes": QCoreApplication.translate(
            "CaseEditorMessages", '"Documentation only" cannot be given with any other use.'
        ),
        "ends-before-start": QCoreApplication.translate(
            "CaseEditorMessages", "This date is before the date it follows; check both."
        ),
        "reference-taken": QCoreApplication.translate(
            "CaseEditorMessages",
            "Another case has this reference; choose another, or leave it empty for a new one.",
        ),
    }
    if error.kind in by_kind:
        return by_kind[error.kind]
    return QCoreApplication.translate("CaseEditorMessages", "This value cannot be saved.")


def failure_text(error: Exception) -> str:
    """The sentence shown when Save or loading failed; never the exception text (it may quote data)."""
    code = getattr(error, "code", "")
    texts = {
        "storage": QCoreApplication.translate(
            "CaseEditorMessages",
            "The vault could not be written (disk full, read-only or removed medium). "
            "Your changes are kept as a draft.",
        ),
        "vault-locked": QCoreApplication.translate(
            "CaseEditorMessages", "The vault is locked. Your changes are kept as a draft."
        ),
        "vault-damaged": QCoreApplication.translate(
            "CaseEditorMessages", "The vault is damaged; restore it from a backup."
        ),
        "not-found": QCoreApplication.translate(
            "CaseEditorMessages", "This case no longer exists in the vault."
        ),
        "invalid": QCoreApplication.translate(
            "CaseEditorMessages", "Some of the case could not be saved; see the marked field."
        ),
    }
    if isinstance(error, PanaError) and code in texts:
        return texts[code]
    return QCoreApplication.translate(
        "CaseEditorMessages",
        "The case could not be saved because of an internal error. Your changes are kept as a draft.",
    )
