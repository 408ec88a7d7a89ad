# SPDX-License-Identifier: GPL-3.0-or-later
"""The ASCII armor of age files, decoded strictly in memory before the header is parsed.

Pana writes binary exchange files; it also reads the armored form (age's optional PEM text, "-----BEGIN
AGE ENCRYPTED FILE-----") so that a file pasted into an e-mail still opens. The decoder is the strict one
the age specification asks for: RFC 7468 "strict" PEM with exactly this label, no headers, lines of 64
characters with a shorter (1-64 character) last line, canonical padded base64. It allows, as the spec does,
whitespace before and after the block and CRLF line ends. The decoded bytes then go through the same
bounded header checks as a binary file, so armor never lets a file around them.
"""

from __future__ import annotations

import base64
import binascii
import re

from app.domain.errors import ExchangeFileError, ExchangeRefusal

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
_COLUMNS = 64
_WHITESPACE = b" \t\r\n"
_LEADING_WHITESPACE = re.compile(rb"[ \t\r\n]*")
#: How far into a file a misplaced BEGIN line is still recognised (to name the armor as the problem).
_SNIFF = 1024


def looks_armored(data: bytes) -> bool:
    """True when ``data`` is meant as armor: it opens with a PEM-like line, or has the BEGIN line early on.

    A binary age file starts with ``age-encryption.org/`` and is never taken for armor.
    """
    start = _LEADING_WHITESPACE.match(data)
    first = start.end() if start else 0
    return data.startswith(b"-----", first) or (
        not data.startswith(b"age-encryption.org/") and data.find(BEGIN, 0, _SNIFF) >= 0
    )


def _refuse(detail: str) -> ExchangeFileError:
    return ExchangeFileError(ExchangeRefusal.MALFORMED_ARMOR, detail)


def decode_armor(data: bytes) -> bytes:
    """The binary age file inside strict armor; ``ExchangeFileError`` (malformed-armor) otherwise."""
    text = data.strip(_WHITESPACE)
    if not text.startswith(BEGIN):
        raise _refuse("the first line is not the age BEGIN line")
    if not text.endswith(END):
        raise _refuse("the last line is not the age END line")
    body = text[len(BEGIN) : len(text) - len(END)].replace(b"\r\n", b"\n")
    if not body.startswith(b"\n"):
        raise _refuse("the BEGIN line does not end where it should")
    body = body[1:]
    if not body:
        return b""
    # Lines of 64 characters and a last line of 1 to 64: the line feeds sit at every 65th byte.
    full_lines = (len(body) - 1) // (_COLUMNS + 1)
    last_length = len(body) - full_lines * (_COLUMNS + 1) - 1
    if (
        not body.endswith(b"\n")
        or not 1 <= last_length <= _COLUMNS
        or body.count(b"\n") != full_lines + 1
        or body[_COLUMNS : full_lines * (_COLUMNS + 1) : _COLUMNS + 1] != b"\n" * full_lines
    ):
        raise _refuse("its lines are not 64 characters wide, or a line is empty")
    encoded = body.replace(b"\n", b"")
    del body
    try:
        decoded = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise _refuse("it has a character outside base64 or wrong padding") from None
    # Only the last group of four can carry non-zero spare bits (the non-canonical form age forbids).
    tail = len(decoded) - (len(decoded) % 3 or 3)
    if base64.b64encode(decoded[tail:]) != encoded[-4:]:
        raise _refuse("its base64 is not in canonical form")
    return decoded
