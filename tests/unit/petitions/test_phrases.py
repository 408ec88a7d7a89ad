"""What the shipped templates share, said once per language (app.petitions.phrases) or once for all
(the refusal kinds), and handed to them by the context."""

from __future__ import annotations

import pytest

from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.phrases import numbered
from tests.unit.petitions.fictional_case import TODAY, case_file


@pytest.mark.parametrize(
    ("number", "ru", "en"),
    [
        ("17-3", "№ 17-3", "No. 17-3"),
        ("№ 17-3/2022", "№ 17-3/2022", "№ 17-3/2022"),
        ("№17", "№17", "№17"),
        ("No.17", "№ No.17", "No.17"),
        ("вх. 55", "вх. 55", "вх. 55"),
    ],
)
def test_a_number_takes_its_mark_once(number: str, ru: str, en: str) -> None:
    assert numbered(number, "ru") == ru
    assert numbered(number, "kk") == ru
    assert numbered(number, "en") == en
    assert numbered(number, "zh") == en  # English otherwise


def test_templates_call_no_from_the_context() -> None:
    assert case_context(case_file(), "kk", today=TODAY)["no"]("A-1") == "№ A-1"  # type: ignore[operator]


def test_the_complaint_and_the_claim_name_the_refusals_once(templates: TemplateSet) -> None:
    context = case_context(case_file(), "ru", today=TODAY)
    assert "citizenship-refused" in context["refusal_codes"]  # type: ignore[operator]
    assert "deportation-refused" not in context["refusal_codes"]  # type: ignore[operator]
    template = templates.template("administrative-complaint", "ru")
    assert templates.default_fields(template, context)["act_content"] == "отказ в приёме в гражданство"
