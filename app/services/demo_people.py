# SPDX-License-Identifier: GPL-3.0-or-later
"""Fictional name parts and places for demo vaults: each name in Cyrillic, Latin, Arabic script, Chinese.

Every person built from these is invented; the parts are common given names.
"""

from __future__ import annotations

from typing import NamedTuple


class NamePart(NamedTuple):
    cyrillic: str
    latin: str  # 2021 official Kazakh Latin
    arabic: str
    chinese: str


MALE = (
    NamePart("Нұрлан", "Nūrlan", "نۇرلان", "努尔兰"),
    NamePart("Марат", "Marat", "مارات", "马拉提"),
    NamePart("Болат", "Bolat", "بولات", "波拉提"),
    NamePart("Қайрат", "Qairat", "قايرات", "海拉提"),
    NamePart("Асқар", "Asqar", "اسقار", "阿斯卡尔"),
    NamePart("Ерлан", "Erlan", "ەرلان", "叶尔兰"),
    NamePart("Серік", "Serık", "سەرىك", "赛力克"),
    NamePart("Берік", "Berık", "بەرىك", "别力克"),
    NamePart("Дәулет", "Däulet", "ٴداۋلەت", "达吾列提"),
    NamePart("Ерболат", "Erbolat", "ەربولات", "叶尔波拉提"),
)
FEMALE = (
    NamePart("Айгүл", "Aigül", "ايگۇل", "阿依古丽"),
    NamePart("Гүлнар", "Gülnar", "گۇلنار", "古丽娜尔"),
    NamePart("Жанар", "Janar", "جانار", "加娜尔"),
    NamePart("Сәуле", "Säule", "ساۋلە", "萨吾列"),
    NamePart("Динара", "Dinara", "دينارا", "迪娜拉"),
    NamePart("Әсел", "Äsel", "ٴاسەل", "阿赛丽"),
    NamePart("Бақытгүл", "Baqytgül", "باقىتگۇل", "巴合提古丽"),
    NamePart("Назгүл", "Nazgül", "نازگۇل", "娜孜古丽"),
)
FATHERS = (
    NamePart("Ахмет", "Ahmet", "احمەت", "阿合买提"),
    NamePart("Қасым", "Qasym", "قاسىم", "哈斯木"),
    NamePart("Тұрсын", "Tūrsyn", "تۇرسىن", "吐尔逊"),
    NamePart("Бақыт", "Baqyt", "باقىت", "巴合提"),
    NamePart("Оспан", "Ospan", "وسپان", "吾斯潘"),
    NamePart("Жақып", "Jaqyp", "جاقىپ", "加克甫"),
    NamePart("Әбіл", "Äbıl", "ٴابىل", "阿比勒"),
    NamePart("Құрманғали", "Qūrmanğali", "قۇرمانعالي", "库尔曼哈力"),
    NamePart("Зейнолла", "Zeinolla", "زەينوللا", "再努拉"),
    NamePart("Тоқтар", "Toqtar", "توقتار", "托合塔尔"),
)
#: (county in Kazakh, prefecture, PRC region code prefix) — see shared/domain.md, Places.
COUNTIES = (
    ("Тоғызтарау", "Іле", "654027"),
    ("Күнес", "Іле", "654025"),
    ("Нылқы", "Іле", "654028"),
    ("Текес", "Іле", "654026"),
    ("Қорғас", "Іле", "654023"),
    ("Дөрбілжін", "Тарбағатай", "654221"),
    ("Толы", "Тарбағатай", "654224"),
    ("Көктоғай", "Алтай", "654322"),
    ("Қаба", "Алтай", "654324"),
    ("Шіңгіл", "Алтай", "654325"),
)
CROSSINGS = (
    ("Khorgos / Nur Zholy checkpoint", "Panfilov district court, Zharkent"),
    ("mountains, Zaisan district", "Zaisan district court"),
    ("Bakhty checkpoint", "Urdzhar district court"),
)
KZ_PLACES = ("Almaty", "Talgar", "Enbekshikazakh district", "Zharkent", "Oskemen", "Astana")
VILLAGES = ("Ақбұлақ", "Қарасу", "Жаңаауыл", "Көкжиде", "Сарыбел", "Талды")
OCCUPATIONS = ("herder", "seamstress", "driver", "teacher", "trader", "cook", "builder", "unemployed")
