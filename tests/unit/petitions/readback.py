# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF read-back helpers for the renderer's tests: poppler's pdftotext/pdffonts and qpdf, in memory."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

_EMBEDDING_MARKS = dict.fromkeys(range(0x202A, 0x202F))  # pdftotext wraps RTL text in RLE ... PDF


def needs(tool: str) -> pytest.MarkDecorator:
    """Skip, saying why, when a PDF tool is missing (packaging/bootstrap installs poppler-utils and qpdf)."""
    return pytest.mark.skipif(
        shutil.which(tool) is None, reason=f"{tool} not installed (Debian: poppler-utils / qpdf)"
    )


def pdf_text(pdf: bytes, *, layout: bool = False) -> str:
    """The PDF's text as pdftotext reads it, NFKC-normalised, embedding marks removed, spaces collapsed.

    NFKC turns the Arabic presentation forms the renderer draws back into ordinary letters, and
    pdftotext puts right-to-left text back in logical order, so an Arabic-script name reads back
    exactly as it was written (a neutral character right after it, such as ")", may move: pdftotext
    runs its own bidi over the line). ``layout`` keeps the physical layout: use it when a
    justified line's wide gaps would make pdftotext read it as columns.
    """
    options = ["-layout"] if layout else []
    out = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    text = unicodedata.normalize("NFKC", out.stdout.decode("utf-8")).translate(_EMBEDDING_MARKS)
    return re.sub(r"\s+", " ", text)


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
