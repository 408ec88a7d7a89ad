# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates and waiting times written out in a petition's language: Russian, Kazakh or English.

Russian follows official letters ("12 мая 2018", "около 2017", "между 2017 и 2019"),
Kazakh the state-language style ("2018 жылғы 12 мамыр", "шамамен 2017 жыл").  Neither adds
"г." or "ж.": the template writes "г.р." or "года" after a date where its sentence needs it
(docs/petition-templates.md), and no sentence ends in "г..".  English is
``app.domain.date_words``, the one English phrasing; any other language gets English.  An
unknown date is an empty string.
"""

from __future__ import annotations

import datetime as dt

from app.domain import date_words
from app.domain import records as r
from app.domain.dates import DatePart, PartialDate
from app.domain.requests import rough_span, waiting_days, waiting_words

RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
RU_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
RU_INSTRUMENTAL = (
    "январём", "февралём", "мартом", "апрелем", "маем", "июнем",
    "июлем", "августом", "сентябрём", "октябрём", "ноябрём", "декабрём",
)  # fmt: skip
RU_PARTS = {DatePart.EARLY: "начало", DatePart.MID: "середина", DatePart.LATE: "конец"}

KK_MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
#: Genitive of each month ("мамырдың басы": early May); the ending follows the last sound.
KK_MONTHS_GENITIVE = (
    "қаңтардың", "ақпанның", "наурыздың", "сәуірдің", "мамырдың", "маусымның",
    "шілденің", "тамыздың", "қыркүйектің", "қазанның", "қарашаның", "желтоқсанның",
)  # fmt: skip
KK_PARTS = {DatePart.EARLY: "басы", DatePart.MID: "ортасы", DatePart.LATE: "аяғы"}


def _ru_plain(year: int, month: int | None, day: int | None, *, months: tuple[str, ...]) -> str:
    if day is not None and month is not None:
        return f"{day} {RU_GENITIVE[month - 1]} {year}"
    if month is not None:
        return f"{months[month - 1]} {year}"
    return str(year)


def _ru(date: PartialDate) -> str:
    assert date.year is not None
    end = date.end
    if end is not None:
        assert end.year is not None
        if date.month is None and end.month is None:
            return f"между {date.year} и {end.year}"
        first = _ru_plain(date.year, date.month, date.day, months=RU_INSTRUMENTAL)
        return f"между {first} и {_ru_plain(end.year, end.month, end.day, months=RU_INSTRUMENTAL)}"
    if date.part is not None:
        what = f"{RU_GENITIVE[date.month - 1]} {date.year}" if date.month else str(date.year)
        return f"{RU_PARTS[date.part]} {what}"
    if date.approximate:
        return "около " + _ru_plain(date.year, date.month, date.day, months=RU_GENITIVE)
    return _ru_plain(date.year, date.month, date.day, months=RU_NOMINATIVE)


def _kk_plain(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year} жыл"
    return " ".join([f"{year} жылғы", *([str(day)] if day is not None else []), KK_MONTHS[month - 1]])


def _kk(date: PartialDate) -> str:
    assert date.year is not None
    end = date.end
    if end is not None:
        assert end.year is not None
        if date.month is None and end.month is None:
            return f"{date.year}–{end.year} жылдар аралығында"
        start = _kk_plain(date.year, date.month, date.day)
        return f"{start} – {_kk_plain(end.year, end.month, end.day)} аралығында"
    if date.part is not None:
        if date.month is None:
            return f"{date.year} жылдың {KK_PARTS[date.part]}"
        return f"{date.year} жылғы {KK_MONTHS_GENITIVE[date.month - 1]} {KK_PARTS[date.part]}"
    text = _kk_plain(date.year, date.month, date.day)
    return f"шамамен {text}" if date.approximate else text


def date_text(date: PartialDate, language: str) -> str:
    """``date`` in ``language`` as precisely as it is known; ``""`` when it is not known."""
    if not date.is_known:
        return ""
    if language == "ru":
        return _ru(date)
    if language == "kk":
        return _kk(date)
    return date_words.in_words(date, unknown="")


def day_text(day: dt.date, language: str) -> str:
    """A calendar day (today's date under a petition) in ``language``."""
    return date_text(PartialDate.of(day), language)


def _ru_plural(count: int, one: str, few: str, many: str) -> str:
    if count % 10 == 1 and count % 100 != 11:
        return one
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return few
    return many


def waiting_text(request: r.Request, today: dt.date, language: str) -> str:
    """How long an open request has waited ("ожидает ответа 40 дней", "… 2654 дня (около 7 лет)");
    ``""`` when closed or undated."""
    days = waiting_days(request, today)
    if days is None:
        return ""
    span = rough_span(days)
    if language == "ru":
        text = f"ожидает ответа {days} {_ru_plural(days, 'день', 'дня', 'дней')}"
        if span is not None:
            count, unit = span
            words = ("месяца", "месяцев", "месяцев") if unit == "month" else ("года", "лет", "лет")
            text += f" (около {count} {_ru_plural(count, *words)})"
        return text
    if language == "kk":
        text = f"жауап {days} күн күтілуде"
        if span is not None:
            count, unit = span
            text += f" (шамамен {count} {'ай' if unit == 'month' else 'жыл'})"
        return text
    return waiting_words(request, today)
