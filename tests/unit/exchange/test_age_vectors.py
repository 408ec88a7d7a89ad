# SPDX-License-Identifier: GPL-3.0-or-later
"""Every age test vector of the CCTV testkit (../shared/age-testkit) through the bounded pre-parser + decrypt.

A vector that must decrypt does, to the payload whose SHA-256 it names; a vector that must fail fails with a
reason of the class it names. Where Pana departs from age, the vector is listed in ``DEVIATIONS`` with
why. Pana's decrypt is all-or-nothing, so a failing vector releases no plaintext at all (stricter than the
testkit's "what decrypted before the error must match the payload hash").
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

import pytest

from app.domain.errors import ExchangeFileError
from app.domain.errors import ExchangeRefusal as R
from app.exchange import age_file
from tests.conftest import SHARED

VECTORS = SHARED / "age-testkit" / "testdata"
NAMES = sorted(path.name for path in VECTORS.iterdir()) if VECTORS.is_dir() else []

#: The reasons that count as each failure class of the testkit.
CLASSES = {
    # A header cut short (the MAC line or the nonce missing) is a header failure to age, "truncated" to Pana.
    "header failure": {
        R.MALFORMED_HEADER,
        R.NOT_AGE,
        R.UNSUPPORTED_VERSION,
        R.WORK_FACTOR_TOO_HIGH,
        R.TRUNCATED,
    },
    "HMAC failure": {R.TAMPERED},
    "payload failure": {R.TAMPERED, R.TRUNCATED},
    "no match": {R.NOT_FOR_THIS_OFFICE},
    "armor failure": {R.MALFORMED_ARMOR},
}

_PASSPHRASE = "Pana decrypts only with office (X25519) keys, never with a passphrase"
_HYBRID = "pyrage 1.4 has no post-quantum (mlkem768x25519) identity and Pana's offices hold X25519 keys"
_HYBRID_SHARE = (
    "only decapsulating the hybrid share shows it is bad; without a hybrid identity the stanza is skipped"
    " like any stanza for another recipient"
)
#: Vector → (the reason Pana gives, why it differs from what the vector expects).
DEVIATIONS: dict[str, tuple[R, str]] = {
    "scrypt": (R.NOT_FOR_THIS_OFFICE, _PASSPHRASE),
    "armor_scrypt": (R.NOT_FOR_THIS_OFFICE, _PASSPHRASE),
    "hybrid": (R.NOT_FOR_THIS_OFFICE, _HYBRID),
    "hybrid_and_x25519": (R.NOT_FOR_THIS_OFFICE, _HYBRID + " (the vector gives only the hybrid identity)"),
    "hybrid_grease": (R.NOT_FOR_THIS_OFFICE, _HYBRID),
    "hybrid_multiple_recipients": (R.NOT_FOR_THIS_OFFICE, _HYBRID),
    "armor_hybrid": (R.NOT_FOR_THIS_OFFICE, _HYBRID),
    "hybrid_identity": (R.NOT_FOR_THIS_OFFICE, _HYBRID_SHARE),
    "hybrid_low_order": (R.NOT_FOR_THIS_OFFICE, _HYBRID_SHARE),
}

#: Vectors whose exact reason matters (security-tests.md T16, T24, T25, T26; pyrage's own known deviations).
EXACT = {
    "x25519_no_match": R.NOT_FOR_THIS_OFFICE,
    "version_unsupported": R.UNSUPPORTED_VERSION,
    "scrypt_work_factor_23": R.WORK_FACTOR_TOO_HIGH,
    "scrypt_and_x25519": R.MALFORMED_HEADER,
    # pyrage 1.4 accepts these two; the pre-parser applies the grammar.
    "stanza_missing_body": R.MALFORMED_HEADER,
    "stanza_missing_final_line": R.MALFORMED_HEADER,
    "hmac_bad": R.TAMPERED,
    "stream_bad_tag": R.TAMPERED,
}


@dataclass(frozen=True)
class Vector:
    expect: str
    payload: str | None
    identities: list[str]
    data: bytes


def load(name: str) -> Vector:
    raw = (VECTORS / name).read_bytes()
    head, _, data = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode().splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        data = zlib.decompress(data)
    # Pana's situation: its office keys (X25519) and nothing else; a fresh one when the vector has none.
    x25519 = [key for key in fields.get("identity", []) if key.startswith("AGE-SECRET-KEY-1")]
    return Vector(
        fields["expect"][0],
        fields.get("payload", [None])[0],
        x25519 or [age_file.new_identity()[0]],
        data,
    )


def test_the_testkit_is_complete() -> None:
    if not NAMES:
        pytest.skip(f"the age testkit is not at {VECTORS}")
    assert len(NAMES) == 143
    assert set(DEVIATIONS) | set(EXACT) <= set(NAMES)


@pytest.mark.skipif(not NAMES, reason="the age testkit (../shared/age-testkit/testdata) is not present")
@pytest.mark.parametrize("name", NAMES or ["absent"])
def test_vector(name: str) -> None:
    vector = load(name)
    try:
        plaintext = age_file.decrypt(vector.data, vector.identities)
    except ExchangeFileError as refused:
        reason = refused.reason
    else:
        assert name not in DEVIATIONS
        assert vector.expect == "success", f"{name} must fail ({vector.expect}) but decrypted"
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload
        return
    if name in DEVIATIONS:
        assert reason == DEVIATIONS[name][0]
    elif name in EXACT:
        assert reason == EXACT[name]
    else:
        assert vector.expect != "success", f"{name} must decrypt but was refused: {reason}"
        assert reason in CLASSES[vector.expect], f"{name}: {vector.expect} refused as {reason}"


def test_deviations_are_only_features_pana_does_not_use() -> None:
    """Every success vector Pana refuses is a passphrase or post-quantum file: none is X25519-only."""
    if not NAMES:
        pytest.skip(f"the age testkit is not at {VECTORS}")
    refused_successes = {name for name in DEVIATIONS if load(name).expect == "success"}
    assert refused_successes == {
        "scrypt",
        "armor_scrypt",
        "hybrid",
        "hybrid_and_x25519",
        "hybrid_grease",
        "hybrid_multiple_recipients",
        "armor_hybrid",
    }
    assert all("scrypt" in name or "hybrid" in name for name in DEVIATIONS)
