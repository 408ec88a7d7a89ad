# SPDX-License-Identifier: GPL-3.0-or-later
"""Labels set in running text, by petitions and the timeline alike: parts joined with commas, and a
label that keeps its capital only where a sentence or a list starts."""

from __future__ import annotations

#: Names a label may start with, which keep their capital inside a sentence ("кто: Казахстан: КНБ").
PROPER_NOUNS = frozenset(
    [
        "Казахстан",
        "Қазақстан",
        "Kazakhstan",
        "Китай",
        "Қытай",
        "China",
        "Синьцзян",
        "Шыңжаң",
        "Xinjiang",
        "Алматы",
        "Almaty",
        "Астана",
        "Astana",
    ]
)


#: The case endings a name may carry and stay a name ("Қазақстанда", "Қытайдан", "Казахстане"); a
#: word made from it ("казахстанский", "қытайша", "қазақстандық", "казахстанец") is written small.
_CASE_ENDINGS = frozenset(
    {
        "",
        # Russian
        *("а", "у", "е", "ом", "ой", "ы", "и", "ю", "я", "ем"),
        # Kazakh (after a vowel or a consonant, voiced or not)
        *("да", "де", "та", "те", "нда", "нде", "ға", "ге", "қа", "ке", "на", "не", "а", "е"),
        *("ның", "нің", "дың", "дің", "тың", "тің", "ды", "ді", "ты", "ті", "ны", "ні", "н"),
        *("дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен"),
        *("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"),
    }
)


def _is_name(word: str) -> bool:
    return any(word.startswith(noun) and word[len(noun) :] in _CASE_ENDINGS for noun in PROPER_NOUNS)


def lower_first(text: object) -> str:
    """A label inside a sentence ("Отказ в присвоении ИИН" → "отказ в присвоении ИИН"); a word
    in capitals ("ИИН не присвоен"), a grade ("B: обычно надёжен") or a name in any case
    ("Казахстан: КНБ", "Қазақстанда") stays as it is."""
    written = str(text)
    first_word = written.split(maxsplit=1)[0].strip(":,.;") if written.strip() else ""
    starts_a_word = len(written) > 1 and (written[1].islower() or written[1] == " ")  # "В заключении"
    if starts_a_word and written[0].isupper() and not _is_name(first_word):
        return written[0].lower() + written[1:]
    return written


def joined(*parts: str, sep: str = ", ") -> str:
    return sep.join(part.strip() for part in parts if part and part.strip())


def listed(labels: list[str]) -> str:
    """Labels in a running list: "Угрозы, требование вернуться" (only the first keeps its capital)."""
    return joined(*labels[:1], *(lower_first(label) for label in labels[1:]))
