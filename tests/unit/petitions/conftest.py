# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures of the petition tests: the shipped templates, read once."""

from __future__ import annotations

import pytest

from app.petitions.catalogue import TemplateSet


@pytest.fixture(scope="session")
def templates() -> TemplateSet:
    return TemplateSet()
