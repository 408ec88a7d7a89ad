# SPDX-License-Identifier: GPL-3.0-or-later
"""Sort keys for names and other typed text: each script in its own alphabet, scripts grouped, and
any text a partner's file may bring (controls, lone surrogates, a huge field) sorted without fail."""

from __future__ import annotations

import pytest

from app.names.collation import collation_key, sort_key


def test_each_script_in_its_alphabet_and_the_scripts_grouped() -> None:
    names = ["Ясин", "Әсел", "Айгүл", "Ұлан", "Үміт", "Zhanar", "Äsel", "Asqar", "جانار", "加娜尔"]
    assert sorted(names, key=collation_key) == [
        "Asqar", "Äsel", "Zhanar", "Айгүл", "Әсел", "Ұлан", "Үміт", "Ясин", "جانار", "加娜尔",
    ]  # fmt: skip


def test_the_cached_key_is_the_same_key() -> None:
    for name in ("Әбіл Әбілұлы", "Abil-Äbilūly", "阿比勒"):
        assert sort_key(name) == collation_key(name)


@pytest.mark.parametrize(
    "hostile",
    [
        "",
        "   ",
        "\u202eливе\u202c",  # a right-to-left override
        "Айгүл\x00Маратқызы",
        "\ud800Әсел",  # a lone surrogate, as a damaged field may hold
        "a\u0301\u0301\u0301\u0301\u0301",  # stacked combining marks
        "Ә" * 140_000,
    ],
)
def test_any_typed_text_gets_a_key_and_the_same_key_again(hostile: str) -> None:
    key = collation_key(hostile)
    assert isinstance(key, str) and key == collation_key(hostile)
    assert sorted([hostile, "Айгүл"], key=collation_key)  # comparable with an ordinary name
