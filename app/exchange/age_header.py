# SPDX-License-Identifier: GPL-3.0-or-later
"""A bounded, strict parser of the age v1 header, run before any cryptography touches a received file.

The age format puts no bound on a header: a hostile file can carry thousands of stanzas (each one costs
key agreement before the header MAC can be checked), megabyte lines, or an scrypt work factor that takes
minutes and gigabytes to derive. This parser reads the header line by line inside fixed limits and stops
at the first line beyond one, so refusing such a file costs microseconds. It also applies the grammar of
https://age-encryption.org/v1 to the letter (canonical base64, 64-column stanza bodies ending with a
short line, an scrypt stanza alone), which the library does not fully enforce.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from app.domain.errors import ExchangeFileError, ExchangeRefusal

MAGIC = b"age-encryption.org/"
VERSION = b"v1"
#: A payload chunk as stored: 64 KiB of plaintext and its 16-byte Poly1305 tag.
CHUNK = 64 * 1024 + 16
NONCE = 16
TAG = 16
_COLUMNS = 64
_BASE64 = re.compile(rb"[A-Za-z0-9+/]*")
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
_WORK_FACTOR = re.compile(rb"[1-9][0-9]*")


@dataclass(frozen=True, slots=True)
class HeaderLimits:
    """What Pana accepts in a received age file; anything beyond is refused before decryption.

    ``max_scrypt_log_n`` bounds passphrase stanzas (age's own default is 18; 20 already needs 1 GiB of
    memory to derive). Pana decrypts only with office keys, so such a file is refused either way, but a
    higher factor is named as the reason. An armored file is decoded in memory (a few copies of it), so it
    has its own, smaller size limit: Pana itself writes binary files.
    """

    max_file_size: int = 2 * 1024**3
    max_armored_size: int = 128 * 1024**2
    max_header_size: int = 64 * 1024
    max_line_length: int = 4096
    max_stanzas: int = 64
    max_stanza_body: int = 4096
    max_scrypt_log_n: int = 20


DEFAULT_LIMITS = HeaderLimits()


@dataclass(frozen=True, slots=True)
class Stanza:
    """One recipient stanza: its arguments (the first names its type) and its decoded body."""

    args: tuple[str, ...]
    body: bytes

    @property
    def kind(self) -> str:
        return self.args[0]


@dataclass(frozen=True, slots=True)
class AgeHeader:
    """A header that passed every check: its stanzas, its MAC, and where the payload starts."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    length: int


def _malformed(detail: str) -> ExchangeFileError:
    return ExchangeFileError(ExchangeRefusal.MALFORMED_HEADER, detail)


def _unpadded_base64(text: bytes) -> bytes | None:
    """The bytes of canonical, unpadded base64 text; None for anything else."""
    if not _BASE64.fullmatch(text) or len(text) % 4 == 1:
        return None
    raw = base64.b64decode(text + b"=" * (-len(text) % 4))
    return raw if base64.b64encode(raw).rstrip(b"=") == text else None


class _Lines:
    """The header's LF-terminated lines, never looking past the header or line limit."""

    def __init__(self, data: bytes, limits: HeaderLimits) -> None:
        self._data = data
        self._limits = limits
        self.position = 0
        self.number = 0

    def next(self) -> bytes:
        data, start = self._data, self.position
        header_end = self._limits.max_header_size
        window = min(len(data), start + self._limits.max_line_length + 1, header_end)
        end = data.find(b"\n", start, window)
        if end < 0:
            if window == len(data):
                raise ExchangeFileError(ExchangeRefusal.TRUNCATED, "the file ends inside its header")
            if window == header_end:
                raise ExchangeFileError(
                    ExchangeRefusal.HEADER_TOO_LARGE, f"the header is longer than {header_end} bytes"
                )
            raise ExchangeFileError(
                ExchangeRefusal.HEADER_TOO_LARGE,
                f"header line {self.number + 1} is longer than {self._limits.max_line_length} bytes",
            )
        self.position = end + 1
        self.number += 1
        return data[start:end]


def _version(lines: _Lines, data: bytes) -> None:
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):
            raise ExchangeFileError(ExchangeRefusal.TRUNCATED, "the file ends inside its first line")
        raise ExchangeFileError(ExchangeRefusal.NOT_AGE)
    version = lines.next()[len(MAGIC) :]
    if not _ARGUMENT.fullmatch(version):
        raise _malformed("the version line has characters the format does not allow")
    if version != VERSION:
        raise ExchangeFileError(ExchangeRefusal.UNSUPPORTED_VERSION, "only age v1 is supported")


def _body(lines: _Lines, limits: HeaderLimits) -> bytes:
    """A stanza body: full 64-column lines, then one shorter line (possibly empty)."""
    text = b""
    while True:
        line = lines.next()
        if len(line) > _COLUMNS or not _BASE64.fullmatch(line):
            raise _malformed(f"header line {lines.number} is not a stanza body line")
        text += line
        if len(text) * 3 // 4 > limits.max_stanza_body:
            raise ExchangeFileError(
                ExchangeRefusal.HEADER_TOO_LARGE,
                f"a stanza body is longer than {limits.max_stanza_body} bytes",
            )
        if len(line) < _COLUMNS:
            break
    body = _unpadded_base64(text)
    if body is None:
        raise _malformed(f"the stanza body ending on line {lines.number} is not canonical base64")
    return body


#: The native stanza types of the spec: how many arguments after the type, and the decoded length of each
#: base64 argument (None: not base64, checked on its own). Every native body is a 32-byte wrapped file key.
_NATIVE_KINDS: dict[str, tuple[int | None, ...]] = {
    "X25519": (32,),
    "mlkem768x25519": (1120,),
    "p256tag": (4, 65),
    "mlkem768p256tag": (4, 1153),
    "scrypt": (16, None),
}


def _check_native_kind(stanza: Stanza, limits: HeaderLimits) -> None:
    """The argument and body rules the spec sets for its native stanza types; other types pass untouched.

    Pana holds only X25519 keys, so it is stricter than age here: a malformed stanza of another native
    type refuses the whole file instead of being skipped (only a buggy or hostile sender makes one).
    """
    shape = _NATIVE_KINDS.get(stanza.kind)
    if shape is None:
        return
    args = stanza.args[1:]
    if len(args) != len(shape) or len(stanza.body) != 32:
        raise _malformed(f"a {stanza.kind} stanza is not in the form the format requires")
    for arg, length in zip(args, shape, strict=True):
        raw = _unpadded_base64(arg.encode()) if length is not None else b""
        if raw is None or (length is not None and len(raw) != length):
            raise _malformed(f"a {stanza.kind} stanza is not in the form the format requires")
    if stanza.kind == "scrypt":
        _check_work_factor(args[1], limits)


def _check_work_factor(log_n: str, limits: HeaderLimits) -> None:
    if not _WORK_FACTOR.fullmatch(log_n.encode()):
        raise _malformed("a passphrase (scrypt) stanza has a malformed work factor")
    # Three digits already exceed any sane cap; never hand int() an unbounded string.
    if len(log_n) > 2 or int(log_n) > limits.max_scrypt_log_n:
        raise ExchangeFileError(
            ExchangeRefusal.WORK_FACTOR_TOO_HIGH,
            f"scrypt work factor 2^{log_n[:6]} is above Pana's cap of 2^{limits.max_scrypt_log_n}",
        )


def parse_header(data: bytes, limits: HeaderLimits = DEFAULT_LIMITS) -> AgeHeader:
    """Check a binary age file's header and payload framing within ``limits``; raise ``ExchangeFileError``.

    Costs at most ``max_header_size`` bytes of scanning whatever the file holds. The payload is not
    decrypted; only its framing is checked (a nonce and at least one tag, a last chunk longer than a tag).
    """
    lines = _Lines(data, limits)
    _version(lines, data)
    stanzas: list[Stanza] = []
    line = lines.next()
    while line.startswith(b"-> "):
        if len(stanzas) >= limits.max_stanzas:
            raise ExchangeFileError(
                ExchangeRefusal.TOO_MANY_STANZAS, f"more than {limits.max_stanzas} recipient stanzas"
            )
        args = line[3:].split(b" ")
        if not all(_ARGUMENT.fullmatch(arg) for arg in args):
            raise _malformed(f"header line {lines.number} has an empty or non-ASCII stanza argument")
        stanza = Stanza(tuple(arg.decode("ascii") for arg in args), _body(lines, limits))
        _check_native_kind(stanza, limits)
        stanzas.append(stanza)
        line = lines.next()
    if not line.startswith(b"---"):
        raise _malformed(f"header line {lines.number} starts with neither '->' nor '---'")
    if not stanzas:
        raise _malformed("the header has no recipient stanza")
    if len(stanzas) > 1 and any(stanza.kind == "scrypt" for stanza in stanzas):
        raise _malformed("a passphrase (scrypt) stanza must be the only stanza of a file")
    mac = _unpadded_base64(line[4:]) if line.startswith(b"--- ") else None
    if mac is None or len(mac) != 32:
        raise _malformed("the header MAC line is not in the form the format requires")
    _check_payload_framing(len(data) - lines.position)
    return AgeHeader(tuple(stanzas), mac, lines.position)


def _check_payload_framing(size: int) -> None:
    if size < NONCE + TAG:
        raise ExchangeFileError(ExchangeRefusal.TRUNCATED, "the encrypted payload is missing or cut short")
    last_chunk = (size - NONCE) % CHUNK
    if 0 < last_chunk < TAG:
        raise ExchangeFileError(ExchangeRefusal.TRUNCATED, "the last payload chunk is cut short")
