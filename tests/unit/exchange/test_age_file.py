# SPDX-License-Identifier: GPL-3.0-or-later
"""The age layer of exchange files: round trips, hostile headers, flipped bytes and cuts (T16-T18, T25, T26).

Every test here runs with a private, watched TMPDIR and working folder: decryption is in memory only, so
both must stay empty (nothing written to disk, even when a file is refused half-way).
"""

from __future__ import annotations

import base64
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.errors import ExchangeFileError
from app.domain.errors import ExchangeRefusal as R
from app.exchange import age_file
from app.exchange.age_header import CHUNK, NONCE, TAG, HeaderLimits, parse_header

REPO = Path(__file__).resolve().parents[3]
#: Fictional case text: it must never appear in the encrypted file.
CANARY = "Гүлнар Тоқтарқызы — Құлжа, 2019".encode()
PLAINTEXT = CANARY + bytes(range(256)) * 590  # 151,078 bytes: three payload chunks, the last one partial
SELF, PARTNER, STRANGER = (age_file.new_identity() for _ in range(3))


@pytest.fixture(autouse=True)
def _nothing_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A private TMPDIR and working folder for each test, both empty at its end."""
    scratch, cwd = tmp_path / "tmp", tmp_path / "cwd"
    scratch.mkdir()
    cwd.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.chdir(cwd)
    yield
    assert list(scratch.iterdir()) == []
    assert list(cwd.iterdir()) == []


def refusal(data: bytes, identity: str = SELF[0], limits: HeaderLimits | None = None) -> R:
    """The reason ``decrypt`` refuses ``data`` for; fails the test if it decrypts."""
    with pytest.raises(ExchangeFileError) as refused:
        age_file.decrypt(data, [identity], limits or HeaderLimits())
    return refused.value.reason


def b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def file_with(stanzas: bytes, payload: bytes = bytes(48)) -> bytes:
    """A hand-made age file around ``stanzas`` (its MAC is not valid: the pre-parser must refuse it first)."""
    return b"age-encryption.org/v1\n" + stanzas + b"--- " + b64(bytes(32)) + b"\n" + payload


X25519_STANZA = b"-> X25519 " + b64(bytes(range(32))) + b"\n" + b64(bytes(32)) + b"\n"


def scrypt_stanza(log_n: bytes) -> bytes:
    return b"-> scrypt " + b64(bytes(16)) + b" " + log_n + b"\n" + b64(bytes(32)) + b"\n"


# --- keys and round trips ---------------------------------------------------------------------------


def test_new_identity_gives_age_text_forms() -> None:
    identity, recipient = age_file.new_identity()
    assert identity.startswith("AGE-SECRET-KEY-1") and recipient.startswith("age1")
    assert age_file.is_recipient(recipient)
    assert not age_file.is_recipient(identity)
    assert not age_file.is_recipient("age1notakey")
    assert age_file.new_identity() != (identity, recipient)


def test_round_trip_to_each_recipient_in_memory() -> None:
    encrypted = age_file.encrypt(PLAINTEXT, [SELF[1], PARTNER[1]])
    assert encrypted.startswith(b"age-encryption.org/v1\n")
    assert CANARY not in encrypted
    assert age_file.decrypt(encrypted, [SELF[0]]) == PLAINTEXT
    assert age_file.decrypt(encrypted, [PARTNER[0]]) == PLAINTEXT
    # An office that rotated its key tries the old and the new one.
    assert age_file.decrypt(encrypted, [STRANGER[0], PARTNER[0]]) == PLAINTEXT
    assert age_file.decrypt(age_file.encrypt(b"", [SELF[1]]), [SELF[0]]) == b""


def test_wrong_recipient_is_not_for_this_office() -> None:
    """T16: a file for another office."""
    encrypted = age_file.encrypt(PLAINTEXT, [SELF[1], PARTNER[1]])
    assert refusal(encrypted, STRANGER[0]) == R.NOT_FOR_THIS_OFFICE


def test_read_header_describes_the_file_without_decrypting() -> None:
    encrypted = age_file.encrypt(PLAINTEXT, [SELF[1], PARTNER[1]])
    binary, header = age_file.read_header(encrypted)
    assert binary is encrypted
    # rage adds one random "grease" stanza to every file (so that parsers keep skipping unknown types).
    kinds = [stanza.kind for stanza in header.stanzas]
    assert kinds[:2] == ["X25519", "X25519"] and len(kinds) == 3 and kinds[2].endswith("-grease")
    assert len(encrypted) - header.length == NONCE + 2 * CHUNK + (len(PLAINTEXT) - 2 * 65536) + TAG


def test_callers_mistakes_are_value_errors() -> None:
    with pytest.raises(ValueError):
        age_file.encrypt(b"x", [])
    with pytest.raises(ValueError):
        age_file.encrypt(b"x", [SELF[0]])
    with pytest.raises(ValueError):
        age_file.decrypt(b"x", [])
    with pytest.raises(ValueError):
        age_file.decrypt(b"x", [SELF[1]])


def test_every_reason_has_a_plain_message_and_a_stable_code() -> None:
    assert {reason.value for reason in R} == {
        "too-large", "header-too-large", "too-many-stanzas", "work-factor-too-high", "malformed-armor",
        "malformed-header", "not-age", "unsupported-version", "not-for-this-office", "tampered", "truncated",
        "not-a-bundle", "malformed-bundle", "duplicate-entry", "unsupported-bundle", "unverified-sender",
        "unknown-sender", "revoked-sender", "not-signed-for-this-office", "unsupported-schema",
        "text-too-long", "bundle-id-reused",
    }  # fmt: skip
    for reason in R:
        error = ExchangeFileError(reason, "line 3")
        assert error.reason is reason and error.code == "exchange-file-refused"
        assert str(error).endswith("(line 3)") and len(str(error)) > 30


# --- bounds before any cryptography (T25, T26) --------------------------------------------------------


def test_size_is_refused_before_reading() -> None:
    with pytest.raises(ExchangeFileError) as refused:
        age_file.check_size(3 * 1024**3)
    assert refused.value.reason == R.TOO_LARGE
    age_file.check_size(2 * 1024**3)
    encrypted = age_file.encrypt(PLAINTEXT, [SELF[1]])
    assert refusal(encrypted, limits=HeaderLimits(max_file_size=len(encrypted) - 1)) == R.TOO_LARGE
    armored = b"-----BEGIN AGE ENCRYPTED FILE-----\n" + b"A" * 100
    assert refusal(armored, limits=HeaderLimits(max_armored_size=64)) == R.TOO_LARGE


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("10,000 stanzas", file_with(X25519_STANZA * 10_000), R.TOO_MANY_STANZAS),
        (
            "a 10 MB stanza body",
            file_with(b"-> bomb\n" + (b"A" * 64 + b"\n") * 160_000 + b"\n"),
            R.HEADER_TOO_LARGE,
        ),
        ("a 1 MB argument line", file_with(b"-> " + b"a" * 1_000_000 + b"\n\n"), R.HEADER_TOO_LARGE),
        ("a 1 MB version line", b"age-encryption.org/" + b"v" * 1_000_000 + b"\n", R.HEADER_TOO_LARGE),
        ("scrypt log_n=23", file_with(scrypt_stanza(b"23")), R.WORK_FACTOR_TOO_HIGH),
        ("scrypt log_n=40", file_with(scrypt_stanza(b"40")), R.WORK_FACTOR_TOO_HIGH),
        ("scrypt log_n of 500 digits", file_with(scrypt_stanza(b"9" * 500)), R.WORK_FACTOR_TOO_HIGH),
        ("scrypt beside X25519", file_with(X25519_STANZA + scrypt_stanza(b"18")), R.MALFORMED_HEADER),
        ("no stanza", file_with(b""), R.MALFORMED_HEADER),
        ("a PDF", b"%PDF-1.7\n" + bytes(100), R.NOT_AGE),
        ("age v2", b"age-encryption.org/v2\n" + X25519_STANZA, R.UNSUPPORTED_VERSION),
    ],
)
def test_hostile_headers_are_refused_at_once(name: str, data: bytes, reason: R) -> None:
    start = time.perf_counter()
    assert refusal(data) == reason, name
    assert time.perf_counter() - start < 1.0


def test_the_header_limit_holds_even_when_a_stanza_may_be_huge() -> None:
    bomb = file_with(b"-> bomb\n" + (b"A" * 64 + b"\n") * 160_000 + b"\n")
    assert refusal(bomb, limits=HeaderLimits(max_stanza_body=10**9)) == R.HEADER_TOO_LARGE


def test_stanza_count_limit_is_exact() -> None:
    """64 stanzas: 63 offices and the grease stanza rage adds."""
    recipients = [age_file.new_identity()[1] for _ in range(62)]
    encrypted = age_file.encrypt(b"ok", [SELF[1], *recipients])
    assert age_file.decrypt(encrypted, [SELF[0]]) == b"ok"
    assert refusal(age_file.encrypt(b"ok", [SELF[1], SELF[1], *recipients])) == R.TOO_MANY_STANZAS


@pytest.mark.parametrize("log_n", [b"23", b"40"])
def test_huge_scrypt_work_factor_costs_under_a_second_and_100_mb(log_n: bytes) -> None:
    """T25 in a fresh interpreter, so its peak memory (VmHWM) is this refusal's (raw pyrage: 36 s, 8 GB)."""
    script = (
        "import json, sys, time\n"
        "from app.domain.errors import ExchangeFileError\n"
        "from app.exchange import age_file\n"
        "data, identity = sys.stdin.buffer.read(), age_file.new_identity()[0]\n"
        "start = time.perf_counter()\n"
        "try:\n"
        "    age_file.decrypt(data, [identity])\n"
        "except ExchangeFileError as refused:\n"
        "    seconds = time.perf_counter() - start\n"
        "    status = open('/proc/self/status').read()\n"
        "    peak = int(status.split('VmHWM:')[1].split()[0]) * 1024\n"
        "    print(json.dumps([refused.reason, seconds, peak]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=file_with(scrypt_stanza(log_n)), capture_output=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    reason, seconds, peak = json.loads(done.stdout)
    assert reason == R.WORK_FACTOR_TOO_HIGH
    assert seconds < 1.0 and peak < 100 * 1024**2


# --- flipped bytes (T18) and cuts (T17) on a real file -------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> tuple[bytes, int]:
    """A file to SELF only (three chunks), and where its header ends."""
    encrypted = age_file.encrypt(PLAINTEXT, [SELF[1]])
    return encrypted, parse_header(encrypted).length


def other_base64_char(char: int) -> int:
    return ord("B") if char == ord("A") else ord("A")


def test_flipped_bytes_are_refused_with_their_class(sample: tuple[bytes, int]) -> None:
    data, header_end = sample
    share = data.index(b"-> X25519 ") + len(b"-> X25519 ")
    body = data.index(b"\n", share) + 1
    mac = data.index(b"\n--- ") + len(b"\n--- ")
    payload = header_end + NONCE
    # Header text: swap a base64 character for another (still canonical); binary parts: flip one bit.
    text_cases = {
        "stanza share": (share, R.NOT_FOR_THIS_OFFICE),
        # age cannot tell an altered stanza from one for another key: both leave no stanza to open.
        "stanza body": (body, R.NOT_FOR_THIS_OFFICE),
        "header MAC": (mac, R.TAMPERED),
    }
    binary_cases = {
        "version line": (3, R.NOT_AGE),
        "nonce": (header_end + 5, R.TAMPERED),
        "first chunk": (payload, R.TAMPERED),
        "first chunk's tag": (payload + CHUNK - 1, R.TAMPERED),
        "second chunk": (payload + CHUNK + 30_000, R.TAMPERED),
        "final chunk": (payload + 2 * CHUNK, R.TAMPERED),
        "final byte": (len(data) - 1, R.TAMPERED),
    }
    for name, (offset, reason) in text_cases.items():
        changed = bytearray(data)
        changed[offset] = other_base64_char(changed[offset])
        assert refusal(bytes(changed)) == reason, name
    for name, (offset, reason) in binary_cases.items():
        changed = bytearray(data)
        changed[offset] ^= 0x01
        assert refusal(bytes(changed)) == reason, name


def test_every_flipped_header_bit_is_refused(sample: tuple[bytes, int]) -> None:
    data, header_end = sample
    for offset in range(header_end + NONCE):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        refusal(bytes(changed))


def expected_for_cut(length: int, header_end: int) -> R:
    """Cuts in the header, the nonce, at a chunk boundary or inside a tag are certain truncations; a cut
    elsewhere in the last chunk leaves a chunk that fails authentication, which age cannot tell from an
    altered one."""
    if length < header_end + NONCE + TAG:
        return R.TRUNCATED
    last_chunk = (length - header_end - NONCE) % CHUNK
    return R.TRUNCATED if last_chunk < TAG else R.TAMPERED


def test_truncation_sweep(sample: tuple[bytes, int]) -> None:
    data, header_end = sample
    share = data.index(b"-> X25519 ")
    payload = header_end + NONCE
    cuts = [
        0, 5, 21, 22, share + 20, share + 70, header_end - 50, header_end - 10, header_end - 1, header_end,
        header_end + 8, payload, payload + 10, payload + CHUNK // 2, payload + CHUNK, payload + CHUNK + 8,
        payload + CHUNK + 100, payload + 2 * CHUNK, payload + 2 * CHUNK + 500, len(data) - 1,
    ]  # fmt: skip
    assert len(set(cuts)) == 20
    for cut in cuts:
        assert refusal(data[:cut]) == expected_for_cut(cut, header_end), cut


def test_random_damage_never_escapes_as_another_error(sample: tuple[bytes, int]) -> None:
    """A small fuzz: random flips, cuts, insertions and repeats are refused (or, by chance, harmless)."""
    data, _ = sample
    short = age_file.encrypt(CANARY * 40, [SELF[1]])
    chance = random.Random(10)
    for source in (short, data):
        for _ in range(150):
            changed = bytearray(source)
            at = chance.randrange(len(changed))
            match chance.randrange(4):
                case 0:
                    changed[at] ^= 1 << chance.randrange(8)
                case 1:
                    del changed[at : at + chance.randrange(1, 200)]
                case 2:
                    changed[at:at] = chance.randbytes(chance.randrange(1, 200))
                case _:
                    changed[at:at] = changed[at : at + 64]
            try:
                plaintext = age_file.decrypt(bytes(changed), [SELF[0]])
            except ExchangeFileError:
                continue
            assert plaintext in (CANARY * 40, PLAINTEXT)
