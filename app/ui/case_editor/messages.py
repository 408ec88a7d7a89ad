# SPDX-License-Identifier: GPL-3.0-or-later
"""Turning typed errors into the user's language: the domain names a field and a reason, never a UI text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import PanaError, ValidationError

C = "CaseEditorMessages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def validation_text(error: ValidationError) -> str:
    """A short sentence for the inline message next to ``error.field``."""
    if error.field == "consent_given":
        return _tr("Record informed consent (given, and how) before the account is saved.")
    if error.field == "consent_recording" and error.kind != "unknown-code":
        return _tr("Say how consent was recorded.")
    if error.field == "names":
        return _tr("Enter at least one spelling of the name.")
    by_kind = {
        "empty": _tr("A spelling must not be empty."),
        "too-long": _tr("This text is too long to be stored."),
        "not-text": _tr("This text contains characters that cannot be stored."),
        "unknown-code": _tr("This choice is not known to this version of Pana."),
        "negative": _tr("This number must not be negative."),
    }
    if error.kind in by_kind:
        return by_kind[error.kind]
    return _tr("This value cannot be saved.")


def failure_text(error: Exception) -> str:
    """The sentence shown when Save or loading failed; never the exception text (it may quote data)."""
    code = getattr(error, "code", "")
    texts = {
        "storage": _tr(
            "The vault could not be written (disk full, read-only or removed medium). "
            "Your changes are kept as a draft."
        ),
        "vault-locked": _tr("The vault is locked. Your changes are kept as a draft."),
        "vault-damaged": _tr("The vault is damaged; restore it from a backup."),
        "not-found": _tr("This case no longer exists in the vault."),
        "invalid": _tr("Some of the case could not be saved; see the marked field."),
    }
    if isinstance(error, PanaError) and code in texts:
        return texts[code]
    return _tr("The case could not be saved because of an internal error. Your changes are kept as a draft.")
