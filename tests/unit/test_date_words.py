# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates in plain English words (``pana show``): as precise as remembered, never more."""

from __future__ import annotations

import pytest

from app.domain.date_words import in_words
from app.domain.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "unknown"),
        ("2018-05-12", "12 May 2018"),
        ("2018-05", "May 2018"),
        ("2018", "2018"),
        ("2018-05-12~", "about 12 May 2018"),
        ("2018-05~", "about May 2018"),
        ("1985~", "about 1985"),
        ("2019-12-late", "late December 2019"),
        ("2017-early", "early 2017"),
        ("[2017..2019]", "between 2017 and 2019"),
        ("[2019-12-21..2019-12-31]", "between 21 December 2019 and 31 December 2019"),
        ("[2016-03..2016-11]", "between March 2016 and November 2016"),
    ],
)
def test_every_form_reads_as_remembered(text: str, words: str) -> None:
    assert in_words(PartialDate.parse(text)) == words


def test_unknown_takes_the_callers_word() -> None:
    assert in_words(PartialDate(), unknown="-") == "-"
