# SPDX-License-Identifier: GPL-3.0-or-later
"""A fictional petition naming people in Kazakh Cyrillic, Latin, Arabic script and Chinese.

For the renderer's tests, its benchmark and a smoke check of a frozen build: every script the
renderer must get right, on one to a few pages. Nobody in it exists.
"""

from __future__ import annotations

from app.petitions.document import Annex, Block, BlockKind, Labels, PetitionDocument

NAME_CYRILLIC = "Айгүл Серікқызы"
NAME_LATIN = "Aigul Serikkyzy"
NAME_ARABIC = "ئايگۈل سېرىكقىزى"
NAME_CHINESE = "艾古丽·赛力克"
BIRTH_DATE = "12 марта 1985 года"
SIGNED_ON = "6 December 2026"

_FACTS = (
    f"Заявитель {NAME_CYRILLIC} ({NAME_LATIN}; в документах КНР {NAME_CHINESE}, уйгурским письмом "
    f"{NAME_ARABIC}) родилась {BIRTH_DATE} в г. Құлжа. С 2019 года проживает в г. Алматы, "
    "ул. Әуезова 14, кв. 3. Паспорт КНР изъят органами в 2017 году и не возвращён."
)
_GROUNDS = (
    "На основании статья 9 Закона Республики Казахстан «О беженцах» и Article 28 of the 1951 "
    "Convention relating to the Status of Refugees заявитель просит выдать ей проездной документ. "
    "Өтініш беруші Қытайдағы туыстарымен байланыс жоқ екенін растайды; the applicant has no valid "
    "national passport and cannot obtain one without risk to her relatives."
)
_RELATIVES = (
    "Мать: Гүлнар Төлегенқызы (Gulnar Tolegenkyzy, گۈلنار تۆلەگەنقىزى, 古丽娜尔·托列根), 1958 г.р., Құлжа",
    "Брат: Ерлан Серікұлы (Erlan Serikuly, ئېرلان سېرىكئۇلى, 叶尔兰·赛力克), 1988 г.р., "
    "местонахождение неизвестно",
    "Сын: Нұрлан Асқарұлы (Nurlan Askaruly), 2012 г.р., проживает с заявителем",
)


def specimen(*, sections: int = 1, image: bytes | None = None) -> PetitionDocument:
    """The petition; ``sections`` repeats its body (3 gives about three A4 pages).

    ``image``, if given, is the first annex's scan (its own page at the end).
    """
    blocks: list[Block] = []
    for number in range(1, sections + 1):
        blocks += [
            Block(BlockKind.HEADING, f"{number}. Обстоятельства / Мән-жайлар / Facts"),
            Block(BlockKind.PARAGRAPH, _FACTS),
            Block(BlockKind.PARAGRAPH, _GROUNDS),
            Block(BlockKind.HEADING, "Родственники / Туыстары / Relatives"),
            *(Block(BlockKind.ITEM, text) for text in _RELATIVES),
        ]
    return PetitionDocument(
        kind="travel-document",
        language="ru",
        title="Заявление о выдаче проездного документа",
        addressee=("В Департамент миграционной службы", "Полиции г. Алматы"),
        applicant=(
            f"от {NAME_CYRILLIC} ({NAME_LATIN})",
            NAME_ARABIC,
            NAME_CHINESE,
            "г. Алматы, ул. Әуезова 14",
        ),
        blocks=tuple(blocks),
        annexes=(
            Annex("Справка о регистрации ходатайства / Certificate of registration", image),
            Annex("Свидетельство о рождении (копия), 出生证明"),
        ),
        place="г. Алматы",
        date=SIGNED_ON,
        signatory=f"{NAME_CYRILLIC} / {NAME_LATIN}",
        labels=Labels(),
    )
