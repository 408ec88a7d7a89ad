# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates and waiting times written out in a petition's language: Russian, Kazakh or English.

Russian follows official letters ("12 мая 2018", "около 2017", "между 2017 и 2019"),
Kazakh the state-language style ("2018 жылғы 12 мамыр", "шамамен 2017 жыл").  English is
``app.domain.date_words``, the one English phrasing; any other language gets English.  An
unknown date is an empty string.

A date stands alone as written, without "года" or "г." ("12 мая 2018", "сентябрь 2019": after a
colon, in a list or a table).  A sentence takes one of its other forms (``DateText``), which in
Russian say "года" as legal documents do: ``of`` after "от", "до", "с" ("от 12 мая 2018 года",
"от сентября 2019 года", "до 2025 года", "от 2017–2019 годов (точная дата неизвестна)"), ``when``
for the time of an act ("подана 12 мая 2018 года", "в сентябре 2019 года", "в 2019 году", "filed
in September 2019"), ``full`` where no preposition governs it, in parentheses or after a dash
("(12 мая 2018 года, ДМС)", "(сентябрь 2019 года)", "(2019 год)").  English and Kazakh read the
same in every form but the English ``when`` ("on 12 May 2018") and ``of`` of a range, and the
Kazakh ``when`` ("2019 жылы"); Kazakh templates write dates after a label ("күні: …").
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.domain import date_words
from app.domain import records as r
from app.domain.dates import DatePart, PartialDate
from app.domain.requests import rough_span, waiting_days, waiting_is_exact, waiting_words

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
RU_PREPOSITIONAL = (
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip
RU_PARTS = {DatePart.EARLY: "начало", DatePart.MID: "середина", DatePart.LATE: "конец"}
RU_PARTS_GENITIVE = {DatePart.EARLY: "начала", DatePart.MID: "середины", DatePart.LATE: "конца"}
RU_PARTS_PREPOSITIONAL = {DatePart.EARLY: "начале", DatePart.MID: "середине", DatePart.LATE: "конце"}

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
#: Locative of each month ("маусымда": in June); the ending follows the last sound.
KK_MONTHS_LOCATIVE = (
    "қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда",
    "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда",
)  # fmt: skip


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


def _ru_genitive(year: int, month: int | None, day: int | None) -> str:
    """The day, month or year in the genitive with "года": "12 мая 2018 года", "мая 2018 года",
    "2019 года"."""
    if day is not None and month:
        return f"{day} {RU_GENITIVE[month - 1]} {year} года"
    return f"{RU_GENITIVE[month - 1]} {year} года" if month else f"{year} года"


def _ru_instrumental(year: int, month: int | None, day: int | None) -> str:
    """After "между … и": "21 декабря 2019 года", "маем 2017 года", "2019 годом"."""
    if day is not None and month:
        return _ru_genitive(year, month, day)
    return f"{RU_INSTRUMENTAL[month - 1]} {year} года" if month else f"{year} годом"


def _ru_full(date: PartialDate) -> str:
    """In a sentence, where no preposition governs it: "12 мая 2018 года", "сентябрь 2019 года",
    "2019 год", "конец мая 2018 года", "около 2017 года", "между 2017 и 2019 годами"."""
    assert date.year is not None
    end = date.end
    if end is not None:
        assert end.year is not None
        if date.month is None and end.month is None:
            return f"между {date.year} и {end.year} годами"
        first = _ru_instrumental(date.year, date.month, date.day)
        return f"между {first} и {_ru_instrumental(end.year, end.month, end.day)}"
    if date.part is not None:
        return f"{RU_PARTS[date.part]} {_ru_genitive(date.year, date.month, None)}"
    if date.approximate:
        return "около " + _ru_genitive(date.year, date.month, date.day)
    if date.day is not None and date.month:
        return _ru_genitive(date.year, date.month, date.day)
    return f"{RU_NOMINATIVE[date.month - 1]} {date.year} года" if date.month else f"{date.year} год"


def _ru_of(date: PartialDate) -> str:
    """After "от", "до", "с": "12 мая 2018 года", "сентября 2019 года", "2019 года", "конца мая 2018
    года"."""
    assert date.year is not None
    if date.end is not None:  # "от между 2017 и 2019" is no Russian either
        return f"{_ru_span_of(date.start, date.end)} (точная дата неизвестна)"
    if date.approximate:  # "от около мая 2018" is no Russian: "от мая 2018 года (приблизительно)"
        return f"{_ru_of(dataclasses.replace(date, approximate=False))} (приблизительно)"
    if date.part is not None:
        return f"{RU_PARTS_GENITIVE[date.part]} {_ru_genitive(date.year, date.month, None)}"
    return _ru_genitive(date.year, date.month, date.day)


def _ru_span_of(start: PartialDate, end: PartialDate) -> str:
    """A range after a preposition: "2017–2019 годов", "мая 2017 года – июня 2019 года"."""
    if start.month is None and end.month is None:
        return f"{start.year}–{end.year} годов"
    return f"{_ru_of(start)} – {_ru_of(end)}"


def _ru_when(date: PartialDate) -> str:
    """When something happened: "12 мая 2018 года", "в сентябре 2019 года", "в 2019 году", "в конце
    мая 2018 года", "около 2017 года"."""
    assert date.year is not None
    if date.end is not None or date.approximate or (date.day is not None and date.month):
        return _ru_full(date)
    if date.part is not None:
        return f"в {RU_PARTS_PREPOSITIONAL[date.part]} {_ru_genitive(date.year, date.month, None)}"
    if date.month:
        return f"в {RU_PREPOSITIONAL[date.month - 1]} {date.year} года"
    return f"в {date.year} году"


def _en_when(date: PartialDate) -> str:
    """When something happened: "on 12 May 2018", "in September 2019", "in late 2019", "about 2017"."""
    text = date_words.in_words(date, unknown="")
    if date.end is not None or date.approximate:
        return text
    return f"on {text}" if date.day is not None and date.part is None else f"in {text}"


class DateText(str):
    """A date written out for a petition: the text itself is the form that stands alone; ``of``,
    ``when`` and ``full`` are the forms a sentence needs after a preposition, to say when, and
    elsewhere in it (module docstring)."""

    of: str
    when: str
    full: str

    def __new__(
        cls, text: str, *, of: str | None = None, when: str | None = None, full: str | None = None
    ) -> DateText:
        written = super().__new__(cls, text)
        written.of = text if of is None else of
        written.when = text if when is None else when
        written.full = text if full is None else full
        return written


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


def _kk_when(date: PartialDate) -> str:
    """When something happened: "2026 жылғы 19 маусымда", "2026 жылғы маусымда", "2026 жылы"; a range,
    an approximate date or a part of one as it stands."""
    if date.end is not None or date.approximate or date.part is not None:
        return _kk(date)
    if date.month is None:
        return f"{date.year} жылы"
    day = f"{date.day} " if date.day is not None else ""
    return f"{date.year} жылғы {day}{KK_MONTHS_LOCATIVE[date.month - 1]}"


def date_text(date: PartialDate, language: str) -> DateText:
    """``date`` in ``language`` as precisely as it is known, with its other forms; ``""`` (all its
    forms too) when it is not known."""
    if not date.is_known:
        return DateText("")
    if language == "ru":
        return DateText(_ru(date), of=_ru_of(date), when=_ru_when(date), full=_ru_full(date))
    if language == "kk":
        return DateText(_kk(date), when=_kk_when(date))
    text = date_words.in_words(date, unknown="")
    # "act No. 12 of between 2022 and 2023" is no English either
    return DateText(text, when=_en_when(date), of=f"an unknown date {text}" if date.end is not None else text)


def until_text(date: PartialDate, language: str) -> DateText:
    """How long a document is valid, as a sentence says it after "до" / "until": a date known only to
    the month or year runs to its end ("до конца июня 2023 года", "until the end of June 2023"), as
    the case counts it; "до июня 2023 года" would read as "before June"."""
    whole_month_or_year = date.is_known and date.day is None and date.part is None
    if not whole_month_or_year or date.end is not None or date.approximate or language == "kk":
        return date_text(date, language)  # Kazakh's "…-ға дейін" after the date reads right as it is
    if language == "ru":
        assert date.year is not None
        end = f"конца {_ru_genitive(date.year, date.month, None)}"
        return DateText(_ru(date), of=end, when=_ru_when(date), full=_ru_full(date))
    month_or_year = date_words.in_words(date, unknown="")
    return DateText(f"the end of {month_or_year}", when=f"at the end of {month_or_year}")


#: How a detention's time is written: both ends, the end only, the start only, no news of release.
_PERIOD_WORDS = {
    "ru": ("период: {} — {}", "окончание: {}", "начало: {}", "сведений об освобождении нет"),
    "kk": ("кезеңі: {} – {}", "аяқталуы: {}", "басталуы: {}", "босатылғаны туралы мәлімет жоқ"),
    "en": ("period: {} to {}", "ended: {}", "began: {}", "no news of release"),
}


def period_text(started: PartialDate, ended: PartialDate, language: str, *, still_held: bool) -> str:
    """A detention's time: "период: апрель 2018 — ноябрь 2019", or "начало: 2020; сведений об
    освобождении нет" when nothing says it ended (``still_held``: a relative with no release on record),
    so a bare start never reads as a period that ended."""
    both, end_only, start_only, no_news = _PERIOD_WORDS.get(language, _PERIOD_WORDS["en"])
    start, end = date_text(started, language), date_text(ended, language)
    if start and end:
        return both.format(start, end)
    if end:
        return end_only.format(end)
    parts = [start_only.format(start)] if start else []
    return "; ".join([*parts, no_news] if still_held else parts)


def day_text(day: dt.date, language: str) -> DateText:
    """A calendar day (today's date under a petition) in ``language``, with its other forms."""
    return date_text(PartialDate.of(day), language)


def days_between(first: dt.date, last: dt.date, language: str) -> DateText:
    """The last day of a time limit known only to lie from ``first`` to ``last``, where a sentence
    names it ("истёк …", "ran out on …", "соңғы күні — …"); in Russian its ``when`` and ``full``
    say "года" ("мог истечь в период с 2 июня 2025 года по …")."""
    one, other = day_text(first, language), day_text(last, language)
    if language == "ru":
        in_text = f"в период с {one.of} по {other.of} (точная дата неизвестна)"
        return DateText(
            f"в период с {one} по {other} (точная дата неизвестна)",
            of=f"{one.of} – {other.of} (точная дата неизвестна)",
            when=in_text,
            full=in_text,
        )
    if language == "kk":
        return DateText(f"{one} – {other} аралығындағы бір күн (нақты күні белгісіз)")
    return DateText(f"a day between {one} and {other} (the exact date is not known)")


def _ru_plural(count: int, one: str, few: str, many: str) -> str:
    if count % 10 == 1 and count % 100 != 11:
        return one
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return few
    return many


def waiting_text(request: r.Request, today: dt.date, language: str) -> str:
    """How long an open request has waited ("ожидает ответа 40 дней", "… 2654 дня (около 7 лет)"), at
    least ("не менее …") from the last day a filing date known to the month or year can mean: a
    document never states a longer wait than the case shows; ``""`` when closed or undated."""
    days = waiting_days(request, today, at_least=True)
    if days is None:
        return ""
    span, exact = rough_span(days), waiting_is_exact(request)
    if language == "ru":
        # "не менее" takes the genitive: не менее 401 дня, 22 дней.
        days_word = (
            _ru_plural(days, "день", "дня", "дней") if exact else _ru_plural(days, "дня", "дней", "дней")
        )
        text = f"ожидает ответа {'' if exact else 'не менее '}{days} {days_word}"
        if span is not None:
            count, unit = span
            words = ("месяца", "месяцев", "месяцев") if unit == "month" else ("года", "лет", "лет")
            text += f" (около {count} {_ru_plural(count, *words)})"
        return text
    if language == "kk":
        text = f"жауап {'' if exact else 'кемінде '}{days} күн күтілуде"
        if span is not None:
            count, unit = span
            text += f" (шамамен {count} {'ай' if unit == 'month' else 'жыл'})"
        return text
    return waiting_words(request, today)


def term_text(months: int | None, suspended: bool, credit_days: int | None, language: str) -> str:
    """A sentence's term in ``language``: "1 год 6 месяцев, условно; зачтено 108 дней под стражей",
    "6 months, suspended"; ``""`` when nothing of it is recorded."""
    parts = []
    if months:
        years, rest = divmod(months, 12)
        if language == "ru":
            spans = [(years, ("год", "года", "лет")), (rest, ("месяц", "месяца", "месяцев"))]
            parts.append(" ".join(f"{n} {_ru_plural(n, *words)}" for n, words in spans if n))
        elif language == "kk":
            parts.append(" ".join(f"{n} {word}" for n, word in ((years, "жыл"), (rest, "ай")) if n))
        else:
            spans_en = [(years, "year"), (rest, "month")]
            parts.append(" ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in spans_en if n))
    if suspended:
        parts.append({"ru": "условно", "kk": "шартты түрде"}.get(language, "suspended"))
    text = ", ".join(parts)
    if credit_days:
        if language == "ru":
            credit = f"зачтено {credit_days} {_ru_plural(credit_days, 'день', 'дня', 'дней')} под стражей"
        elif language == "kk":
            credit = f"қамауда болған {credit_days} күн есепке алынды"
        else:
            credit = f"{credit_days} {'day' if credit_days == 1 else 'days'} in custody credited"
        text = f"{text}; {credit}" if text else credit
    return text
