# SPDX-License-Identifier: GPL-3.0-or-later
"""Why a file was not written, read from the system's error number: the reason a backup's error names."""

from __future__ import annotations

import errno
import os

import pytest

from app.domain.errors import BackupWriteError, DiskFullError, StorageError, WriteRefusal, storage_error


@pytest.mark.parametrize(
    ("number", "why"),
    [
        (errno.ENOSPC, WriteRefusal.FULL),
        (errno.EDQUOT, WriteRefusal.FULL),
        (errno.EROFS, WriteRefusal.READ_ONLY),
        (errno.EACCES, WriteRefusal.NOT_PERMITTED),
        (errno.EPERM, WriteRefusal.NOT_PERMITTED),
        (errno.ENOENT, WriteRefusal.NO_FOLDER),
        (errno.ENOTDIR, WriteRefusal.NO_FOLDER),
        (errno.EIO, WriteRefusal.FAILED),
        (errno.EFBIG, WriteRefusal.FAILED),
    ],
)
def test_each_error_number_is_read_as_its_reason(number: int, why: WriteRefusal) -> None:
    exc = OSError(number, os.strerror(number), "/media/usb/office.panabackup")
    assert WriteRefusal.of(exc) is why
    assert isinstance(storage_error(exc), DiskFullError) is (why is WriteRefusal.FULL)


def test_an_os_error_without_a_number_failed() -> None:
    assert WriteRefusal.of(OSError("no number")) is WriteRefusal.FAILED


def test_a_backup_not_written_names_the_file_and_why_in_one_line() -> None:
    error = BackupWriteError("/media/usb/office.panabackup", WriteRefusal.READ_ONLY)
    assert isinstance(error, StorageError)
    assert str(error) == (
        "The backup could not be written to /media/usb/office.panabackup: the medium is read-only. "
        "The vault itself is unchanged."
    )
