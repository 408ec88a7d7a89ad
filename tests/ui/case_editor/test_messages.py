# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor's sentences for typed validation errors: each reason has its own, none quotes data."""

from __future__ import annotations

from typing import Any

from app.domain.errors import ValidationError
from app.ui.case_editor.messages import validation_text


def test_each_reason_has_its_own_sentence(qapp: Any) -> None:
    texts = {
        (field, kind): validation_text(ValidationError(field, "Нұрлан (fictional) is secret", kind))
        for field, kind in (
            ("target_ids", "unknown-reference"),
            ("case_id", "wrong-case"),
            ("target_id", "missing-link-end"),
            ("kind", "link-ends"),
            ("name", "empty"),
            ("text", "empty"),
            ("names", "no-name"),
        )
    }
    assert texts["target_ids", "unknown-reference"] == (
        "This names a relative, person or file the case no longer has."
    )
    assert texts["name", "empty"] == "This must not be empty."  # a party's name is not a spelling
    assert texts["text", "empty"] == "A spelling must not be empty."
    assert texts["names", "no-name"].startswith("Enter a spelling of the name or, if it is not known")
    assert len(set(texts.values())) == len(texts)
    assert not any("Нұрлан" in text for text in texts.values())
