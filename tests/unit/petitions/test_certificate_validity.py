"""A certificate extension names the validity the deadlines list counts to: both ask
``deadline_chains.valid_longest``, over the certificate's records and the legal events that issued or
extended it, whether or not the case has a record of the certificate itself."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app import paths
from app.domain import records as r
from app.domain.dates import PartialDate as D
from app.domain.deadline_chains import case_deadlines
from app.domain.deadlines import DeadlineRule, WhatIsDue, load_rules
from app.domain.vocab import DocumentKind, LegalEventKind
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from tests.unit.petitions.fictional_case import CASE, TODAY, case_file


@pytest.fixture(scope="module")
def rules() -> dict[str, DeadlineRule]:
    return {rule.id: rule for rule in load_rules(paths.resources_dir() / "deadlines" / "rules.toml")}


def _without_certificate(*events: r.LegalEvent) -> r.CaseFile:
    """The fictional case with no refugee certificate on record, and ``events`` besides its own."""
    file = case_file()
    subject = dataclasses.replace(
        file.subject,
        documents=tuple(d for d in file.subject.documents if d.kind != DocumentKind.REFUGEE_CERTIFICATE),
    )
    return dataclasses.replace(file, subject=subject, legal_events=(*file.legal_events, *events))


def _extended(on: D, until: D, event_id: str) -> r.LegalEvent:
    return r.LegalEvent(CASE, LegalEventKind.CERTIFICATE_EXTENDED, on, valid_until=until, id=event_id)


@pytest.mark.parametrize(("language", "said"), [("ru", "19 июня 2028 года"), ("en", "19 June 2028")])
def test_the_extension_names_the_day_the_deadlines_list_counts_to(
    templates: TemplateSet, rules: dict[str, DeadlineRule], language: str, said: str
) -> None:
    """Two extensions entered out of order: the one dated last runs to 2027, the other to 2028.  The
    petition took the validity of the event dated last, the deadlines list the longest."""
    file = _without_certificate(
        _extended(D(2026, 6, 1), D(2028, 6, 19), "e1"), _extended(D(2026, 6, 2), D(2027, 6, 19), "e2")
    )
    expires = next(d for d in case_deadlines(file, rules, TODAY) if d.what == WhatIsDue.CERTIFICATE_EXPIRES)
    assert expires.due.isoformat() == "2028-06-19"
    template = templates.template("refugee-certificate-extension", language)
    context = case_context(file, language, today=TODAY, rules=rules)
    assert templates.default_fields(template, context)["valid_until"] == said


def test_with_no_end_on_record_the_validity_is_left_to_the_lawyer(templates: TemplateSet) -> None:
    file = _without_certificate()
    file = dataclasses.replace(
        file, legal_events=tuple(dataclasses.replace(e, valid_until=D()) for e in file.legal_events)
    )
    template = templates.template("refugee-certificate-extension", "ru")
    context = case_context(file, "ru", today=TODAY)
    assert not context["certificate"]("refugee-certificate")  # type: ignore[operator]
    assert templates.default_fields(template, context)["valid_until"] == ""


def test_an_extension_after_the_known_end_with_no_term_of_its_own_leaves_the_validity_unknown(
    templates: TemplateSet,
) -> None:
    """The certificate ran to June 2023, and was extended in 2024 for a term nobody recorded: the
    petition must not say it ran out in 2023."""
    file = _without_certificate(
        _extended(D(2022, 6, 20), D(2023, 6, 19), "e1"), _extended(D(2024, 3, 1), D(), "e2")
    )
    file = dataclasses.replace(file, legal_events=tuple(e for e in file.legal_events if e.id in ("e1", "e2")))
    context = case_context(file, "ru", today=TODAY)
    assert not context["certificate"]("refugee-certificate")  # type: ignore[operator]
    template = templates.template("refugee-certificate-extension", "ru")
    assert templates.default_fields(template, context)["valid_until"] == ""


def test_an_office_copy_of_the_earlier_template_still_prints() -> None:
    """An office's own copy of the last release's extension letter calls ``longest_valid``, which
    ``certificate`` replaced in the shipped ones: it must go on printing, with the validity."""
    copy = Path(__file__).parents[2] / "data" / "office-templates" / "refugee-certificate-extension.ru.txt"
    templates = TemplateSet([(copy.name, copy.read_text(encoding="utf-8"))])
    assert not templates.problems
    template = templates.template("refugee-certificate-extension", "ru")
    assert template.office
    context = case_context(case_file(), "ru", today=TODAY)
    filled = templates.default_fields(template, context)
    assert filled["valid_until"]
    assert templates.fill(template, context, filled).blocks
