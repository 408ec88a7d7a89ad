# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt bindings must not leak or drop references: PySide6 6.12.0 on Python 3.11 drops one
reference to None (and True) on many calls, and CPython aborts after a few hundred case opens."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox


def test_calls_into_qt_keep_the_reference_counts_of_none_and_true(qapp) -> None:  # type: ignore[no-untyped-def]
    target, box = QObject(), QCheckBox()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        target.setObjectName("probe")
        box.setChecked(True)
        box.setChecked(False)
    # A handful of references may be taken by objects made meanwhile; a drop per call would be -2,000.
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
