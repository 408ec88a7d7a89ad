# SPDX-License-Identifier: GPL-3.0-or-later
"""Wording several shipped templates share, written once per language: a number with its "№"
(``numbered``, the templates' ``no``), and what a court or a granted complaint annulled
(``annulment`` beside a decision, ``refusal_annulled`` in the applicant's words).

A template cannot include another (the sandbox has no loader), so what more than one petition
says the same way is said here and handed to templates by ``app.petitions.context``, from the
records as the context gives them.  Any language but Russian and Kazakh gets English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.vocab import RequestKind

FALLBACK = "en"

#: The mark before a reference number, and the starts that show a number already has one.
_NUMBER_MARKS = {"ru": ("№ ", ("№",)), "kk": ("№ ", ("№",)), "en": ("No. ", ("№", "No."))}


@dataclass(frozen=True, slots=True)
class _Annulled:
    """How a language says a decision was annulled: ``text`` with ``{by}`` (the court or the
    complaint), ``{refusal}`` (what was refused, in brackets) and ``{on}`` (the annulling answer, in
    brackets); the items in a bracket are joined with ``joiner``."""

    text: str
    by_court: str
    by_complaint: str
    joiner: str = ", "


#: Beside a decision in a list: "отменено судом (14 сентября 2021)".
_ANNULMENT = {
    "ru": _Annulled("отменено {by}{on}", "судом", "по жалобе"),
    "kk": _Annulled("{by} күші жойылды{on}", "сот шешімімен", "шағым бойынша"),
    "en": _Annulled("annulled {by}{on}", "by the court", "on complaint"),
}
#: The applicant's refused application for refugee status, annulled (no full stop: a template may
#: go on).
_REFUSAL_ANNULLED = {
    "ru": _Annulled(
        "Решение об отказе в присвоении мне статуса беженца{refusal} отменено {by}{on}; моё ходатайство "
        "подлежит новому рассмотрению",
        "судом",
        "по моей жалобе",
    ),
    "kk": _Annulled(
        "{by} босқын мәртебесін беруден бас тарту туралы шешімнің{refusal} күші жойылды{on}; өтінішхатым "
        "қайта қаралуға тиіс",
        "Сот шешімімен",
        "Шағымым қанағаттандырылып,",
        "; ",
    ),
    "en": _Annulled(
        "The refusal of refugee status{refusal} was annulled {by}{on}; my application is to be examined anew",
        "by the court",
        "on my complaint",
    ),
}


def numbered(number: object, language: str) -> str:
    """A reference number as a sentence names it: "№ 17-3" for "17-3"; as written when it has its
    mark already or is more than a number ("вх. 55", "№ 17-3/2022")."""
    text = str(number)
    mark, marked = _NUMBER_MARKS.get(language, _NUMBER_MARKS[FALLBACK])
    return text if text.startswith(marked) or " " in text else mark + text


def annulment(annulled_by: Any, language: str) -> str:
    """What a decision's ``annulled_by`` (a request as the context gives it) did to it, beside the
    decision: "отменено судом (14 сентября 2021)"; ``""`` when nothing annulled it."""
    if not annulled_by:
        return ""
    words = _ANNULMENT.get(language, _ANNULMENT[FALLBACK])
    on = f" ({annulled_by['answered_on']})" if annulled_by["answered_on"] else ""
    return words.text.format(by=_by(words, annulled_by), on=on)


def refusal_annulled(refused: Any, applied: Any, language: str) -> str:
    """The refusal of refugee status annulled, as the applicant says it: the ``refused`` decision (an
    event) when something annulled it, else the answer to the ``applied`` request; with the date and
    number of each, and who annulled it.  ``""`` when neither was annulled (or there is neither)."""
    words = _REFUSAL_ANNULLED.get(language, _REFUSAL_ANNULLED[FALLBACK])
    for record, date, number in (
        (refused, "date", "reference_number"),
        (applied, "answered_on", "answer_reference"),
    ):
        annulled_by = record["annulled_by"] if record else None
        if not annulled_by:
            continue
        refusal = _bracket(words, record[date].full, _number_of(record[number], language))
        on = ""
        if annulled_by["answered_on"] or annulled_by["authority"]:
            on = _bracket(
                words,
                annulled_by["answered_on"].full,
                annulled_by["authority"],
                _number_of(annulled_by["answer_reference"], language),
            )
        return words.text.format(by=_by(words, annulled_by), refusal=refusal, on=on)
    return ""


def _by(words: _Annulled, annulled_by: Any) -> str:
    return words.by_court if annulled_by["kind_code"] == RequestKind.COURT_CLAIM else words.by_complaint


def _number_of(number: str, language: str) -> str:
    return numbered(number, language) if number else ""


def _bracket(words: _Annulled, *items: str) -> str:
    """`` (a, b)`` of the items that are not empty; ``""`` when all are."""
    shown = [item for item in items if item]
    return f" ({words.joiner.join(shown)})" if shown else ""
