# SPDX-License-Identifier: GPL-3.0-or-later
"""Developer tool: autogenerate the next Alembic revision against a throwaway encrypted vault.

Usage: .venv/bin/python packaging/scripts/new_migration.py "what changes"
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from app.db import migrate
from app.db.engine import make_engine


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    scratch = Path(sys.argv[0]).resolve().parent / ".scratch-vault"
    scratch.mkdir(exist_ok=True)
    engine = make_engine(scratch, secrets.token_bytes(32), create=True)
    try:
        config = migrate.alembic_config()
        if ScriptDirectory.from_config(config).get_current_head():
            migrate.upgrade(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True)
    finally:
        engine.dispose()
        for leftover in scratch.iterdir():
            leftover.unlink()
        scratch.rmdir()


if __name__ == "__main__":
    main()
