# SPDX-License-Identifier: GPL-3.0-or-later
"""Where things live: the user's vault folder, and resources/ and migrations/ (source tree or frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAULT = "PANA_VAULT"


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def migrations_dir() -> Path:
    return _root() / "migrations"


def default_vault_dir() -> Path:
    """``$PANA_VAULT``, else the platform's per-user application-data folder."""
    explicit = os.environ.get(ENV_VAULT)
    if explicit:
        return Path(explicit).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "Pana" / "vault"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Pana" / "vault"
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "pana" / "vault"
