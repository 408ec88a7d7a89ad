# SPDX-License-Identifier: GPL-3.0-or-later
"""Password-protected PDFs (security row T47): AES-256 with PDF 2.0's standard security handler.

The rendered petition is rewritten in memory, so no unprotected copy is ever written; its text,
images and metadata are all encrypted.  The password opens the file and allows printing; nothing
else is granted without it.
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions

from app.domain.errors import ValidationError

#: A PDF travels (e-mail, a USB stick): its password is all that stands between it and a reader.
MIN_PASSWORD_CHARS = 10


def check_password(password: str) -> None:
    """ValidationError naming what is wrong with ``password`` as a PDF's password."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValidationError(
            "password", f"a PDF's password has at least {MIN_PASSWORD_CHARS} characters", "short"
        )


def protected(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with ``password`` (checked by ``check_password``)."""
    check_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),  # nobody's: the password grants what the flags say
        permissions_flag=UserAccessPermissions.PRINT | UserAccessPermissions.PRINT_TO_REPRESENTATION,
        algorithm="AES-256",
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
