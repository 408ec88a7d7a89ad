# SPDX-License-Identifier: GPL-3.0-or-later
"""Lint: constructs that would leak plaintext or weaken the store never appear in app/ (T52)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from tests.security.kit import REPO

APP = REPO / "app"

#: Names that must not be used at all (as code, not in comments or docs).
FORBIDDEN_NAMES = {
    "tempfile": "temporary files can leave plaintext on disk; keep data in memory or in the vault",
    "NamedTemporaryFile": "temporary files can leave plaintext on disk",
    "mkstemp": "temporary files can leave plaintext on disk",
    "decrypt_file": "pyrage.decrypt_file leaves plaintext on disk when it fails; decrypt to memory",
}
#: Patterns in code and string literals (SQL lives in strings).
FORBIDDEN_PATTERNS = {
    r"\bsqlite3\s*\.\s*connect\b": "the stdlib sqlite3 driver stores plaintext",
    r"^\s*(import\s+sqlite3\b|from\s+sqlite3\b)": "the stdlib sqlite3 driver stores plaintext",
    r"(?i)PRAGMA\s+(re)?key\s*=(?!\s*\\?[\"']x')": "passphrase-mode key (PBKDF2): use a raw x'..' key",
    r"(?i)\bATTACH\b[^\n]*\bKEY\s*(''|\"\")": "ATTACH ... KEY '' makes a plaintext database",
    r"(?i)\bsqlcipher_export\s*\(\s*[\"']plaintext": "exporting to a plaintext database",
    r"\bRichText\b": "Qt rich text on user data renders <img>/<a> from names (use Qt.PlainText)",
}


def code_tokens(source: str) -> list[tokenize.TokenInfo]:
    """All tokens except comments (only NAME tokens are checked for names, so prose is free)."""
    return [t for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type != tokenize.COMMENT]


def violations(source: str, where: str) -> list[str]:
    found = []
    tokens = code_tokens(source)
    for token in tokens:
        if token.type == tokenize.NAME and token.string in FORBIDDEN_NAMES:
            found.append(f"{where}:{token.start[0]}: {token.string} — {FORBIDDEN_NAMES[token.string]}")
    # Patterns: match against the code with comments removed and strings kept (SQL is in strings).
    lines = source.splitlines()
    comment_free = list(lines)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            row, col = token.start
            comment_free[row - 1] = comment_free[row - 1][:col]
    for number, line in enumerate(comment_free, start=1):
        for pattern, reason in FORBIDDEN_PATTERNS.items():
            if re.search(pattern, line):
                found.append(f"{where}:{number}: {line.strip()[:80]} — {reason}")
    return found


def app_sources() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "__pycache__" not in p.parts)


def test_app_sources_are_found() -> None:
    names = {p.relative_to(APP).as_posix() for p in app_sources()}
    assert {"db/engine.py", "services/backups.py", "cli.py"} <= names


def test_no_forbidden_construct_in_the_app_source() -> None:
    problems = []
    for path in app_sources():
        problems += violations(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert problems == []


def test_no_forbidden_construct_in_ui_designer_files() -> None:
    """Qt Designer .ui files under app/ must not switch labels to rich text either."""
    problems = [
        str(path.relative_to(REPO))
        for path in sorted(APP.rglob("*.ui"))
        if re.search(r"Qt::RichText|RichText", path.read_text(encoding="utf-8"))
    ]
    assert problems == []


@pytest.mark.parametrize(
    "snippet",
    [
        "import tempfile\n",
        "from tempfile import NamedTemporaryFile\n",
        "x = tempfile.mkstemp()\n",
        "pyrage.decrypt_file(a, b)\n",
        "import sqlite3\n",
        "conn = sqlite3.connect(path)\n",
        "conn.execute(\"PRAGMA key = 'my passphrase'\")\n",
        "conn.execute(f\"PRAGMA key = '{passphrase}'\")\n",
        "conn.execute('PRAGMA rekey = \"secret\"')\n",
        "conn.execute(\"ATTACH DATABASE 'plain.db' AS plain KEY ''\")\n",
        "label.setTextFormat(Qt.RichText)\n",
        "label.setTextFormat(Qt.TextFormat.RichText)\n",
    ],
)
def test_the_lint_catches_each_forbidden_construct(snippet: str) -> None:
    assert violations(snippet, "snippet")


@pytest.mark.parametrize(
    "snippet",
    [
        'conn.execute(f"PRAGMA key = \\"x\'{key.hex()}\'\\"")\n',
        'conn.execute(f"PRAGMA rekey = \\"x\'{key.hex()}\'\\"")\n',
        "import sqlcipher3.dbapi2\n",
        "# never use tempfile here\n",
        "label.setTextFormat(Qt.PlainText)\n",
        'conn.execute("ATTACH DATABASE ? AS copy KEY ?", (path, key))\n',
    ],
)
def test_the_lint_accepts_the_safe_forms(snippet: str) -> None:
    assert violations(snippet, "snippet") == []
