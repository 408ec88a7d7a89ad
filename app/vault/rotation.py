# SPDX-License-Identifier: GPL-3.0-or-later
"""Rotating the vault master key in the key file: a new generation beside the old, then one of them dropped.

``KeyRing`` inherits these steps; the database re-key between them is ``app.services.rekey``.
Every step re-reads the key file first and writes it atomically (``KeyRing._reload``/``_commit``).
"""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from app.domain.errors import ValidationError, WrongPassphraseError
from app.vault import recovery
from app.vault.kdf import KdfParams, default_params
from app.vault.keyfile import MAX_SLOTS, Document
from app.vault.memory import wipe
from app.vault.slots import (
    check_username,
    make_slot,
    new_master_key,
    passphrase_bytes,
    refuse_pending,
    seal,
    unwrap,
    user_slot,
    verify_key,
)


class KeyRotation:
    """The rotation steps of a key ring."""

    _doc: Document

    if TYPE_CHECKING:

        def _reload(self) -> Document: ...

        def _commit(self, document: Document) -> None: ...

    @property
    def rotation_pending(self) -> bool:
        """True between ``rotation_begin`` and ``rotation_commit``/``rotation_abort`` (two generations)."""
        return len(self._doc.generations()) > 1

    def rotation_begin(
        self,
        master_key: bytearray,
        *,
        user_id: str,
        username: str,
        passphrase: str,
        kdf: KdfParams | None = None,
    ) -> tuple[bytearray, str]:
        """Start a VMK rotation: add a new generation (this user's slot and a new recovery slot).

        ``passphrase`` is the one that opens the user's slot now; the new slot keeps it, so it is
        proven first: a typo would otherwise become the only passphrase left.  Returns ``(new VMK,
        new recovery key)``.  Old slots keep working until ``rotation_commit``; re-key the database
        in between.  Raises ``KeyRotationPendingError`` if a rotation is already pending,
        ``NotFoundError``/``ValidationError`` for an unknown user or a username that is not theirs,
        ``WrongPassphraseError`` (nothing written), ``KeyFileDamagedError``, ``StorageError``.
        """
        secret = passphrase_bytes(passphrase)
        try:
            doc = self._reload()
            refuse_pending(doc)
            old_generation = verify_key(doc, master_key)
            slot = user_slot(doc, user_id)
            check_username(doc, slot, username, master_key)
            if len(doc.slots) + 2 > MAX_SLOTS:
                raise ValidationError("user_id", "too many users in this vault")
            opened = unwrap(doc.vault_id, slot, secret)  # the KDF: after the checks that cost nothing
            try:
                if opened is None or not hmac.compare_digest(opened, master_key):
                    raise WrongPassphraseError()
            finally:
                wipe(opened)
            generation = old_generation + 1
            params = kdf if kdf is not None else default_params()
            new_key = new_master_key()
            text, recovery_secret = recovery.generate()
            try:
                added = (
                    make_slot(doc.vault_id, new_key, secret, params, generation, (user_id, username)),
                    make_slot(doc.vault_id, new_key, recovery_secret, params, generation),
                )
                keys = {old_generation: master_key, generation: new_key}
                self._commit(seal(doc.vault_id, (*doc.slots, *added), keys))
            except BaseException:
                wipe(new_key)
                raise
            finally:
                wipe(recovery_secret)
        finally:
            wipe(secret)
        return new_key, text

    def rotation_commit(self, new_master_key: bytearray) -> list[str]:
        """Finish a rotation: drop every slot of the old generation.

        Returns the user ids whose slots were dropped (they must be re-added
        with ``add_user``).  Idempotent: with no rotation pending and the
        current VMK it returns ``[]``.  Raises ``ValueError`` if given the old
        VMK (use ``rotation_abort``), ``KeyFileDamagedError`` if the key does
        not match, ``StorageError``.
        """
        doc = self._reload()
        generation = verify_key(doc, new_master_key)
        generations = doc.generations()
        if len(generations) > 1 and generation != generations[0]:
            raise ValueError("rotation_commit needs the new master key")
        kept = [s for s in doc.slots if s.generation == generation]
        staying = {s.user_id for s in kept}
        dropped = dict.fromkeys(s.user_id for s in doc.slots if s.user_id and s.user_id not in staying)
        if len(generations) > 1:
            self._commit(seal(doc.vault_id, kept, {generation: new_master_key}))
        return list(dropped)

    def rotation_abort(self, old_master_key: bytearray) -> None:
        """Abandon a rotation whose database re-key never happened: drop the new generation.

        Idempotent with no rotation pending.  Raises ``ValueError`` if given
        the new VMK, ``KeyFileDamagedError`` if the key does not match,
        ``StorageError``.
        """
        doc = self._reload()
        generation = verify_key(doc, old_master_key)
        generations = doc.generations()
        if len(generations) > 1:
            if generation == generations[0]:
                raise ValueError("rotation_abort needs the old master key")
            kept = [s for s in doc.slots if s.generation == generation]
            self._commit(seal(doc.vault_id, kept, {generation: old_master_key}))
