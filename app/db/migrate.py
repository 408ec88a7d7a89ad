# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations with Alembic on the vault's own keyed connection, all-or-nothing.

Foreign keys are switched off *outside* the transaction (SQLite ignores the pragma
inside one), the upgrade runs in a single real ``BEGIN``, ``foreign_key_check``
must come back empty before commit, and any failure rolls the whole upgrade back.
After the commit a fresh connection must find the schema at head before the
upgrade counts as done.  A full or failing disk is reported as such
(``DiskFullError``/``StorageError``), not as a failed migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from app import paths
from app.db.bulk import bulk_cache
from app.db.errors import translate_driver_error, translated
from app.domain.errors import MigrationError, PanaError, VaultTooNewError
from app.domain.progress import Progress

if TYPE_CHECKING:  # Alembic (~0.1 s of imports) is loaded when a vault's schema is looked at, not at start
    from alembic.config import Config


def alembic_config(migrations: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations or paths.migrations_dir()))
    return config


@dataclass(frozen=True, slots=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def is_new(self) -> bool:
        return self.current is None

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


def _current(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def known_revisions(config: Config | None = None) -> list[str]:
    """Every schema revision this code knows, oldest first (the last is the head)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(config or alembic_config())
    return [rev.revision for rev in reversed(list(scripts.walk_revisions()))]


def schema_state(engine: Engine, config: Config | None = None) -> SchemaState:
    """Where the vault's schema stands; raises VaultTooNewError for a schema this code does not know."""
    config = config or alembic_config()
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(config)
    with translated(), engine.connect() as connection:
        current = _current(connection)
    if current is not None and current not in {rev.revision for rev in scripts.walk_revisions()}:
        raise VaultTooNewError()
    head = scripts.get_current_head()
    assert head is not None
    return SchemaState(current, head)


def upgrade(engine: Engine, config: Config | None = None, progress: Progress | None = None) -> None:
    """Bring the schema to head in one transaction; on failure nothing changes (MigrationError)."""
    config = config or alembic_config()
    state = schema_state(engine, config)
    if not state.needs_upgrade:
        return
    if progress:
        progress(0, 1, "migrating")
    with translated(), engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            # The bulk jobs' larger page cache: a migration that copies a large table fills a new key.
            with connection.begin(), bulk_cache(connection):
                config.attributes["connection"] = connection
                config.attributes["progress"] = progress  # a long step tells how far it is
                from alembic import command

                command.upgrade(config, "head")
                if connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    raise MigrationError(
                        "The upgraded vault failed its foreign-key check; nothing was changed."
                    )
        except PanaError:
            raise
        except DBAPIError as exc:
            typed = translate_driver_error(exc.orig or exc)
            raise (typed if isinstance(typed, PanaError) else MigrationError()) from exc
        except Exception as exc:
            raise MigrationError() from exc
        finally:
            config.attributes.pop("connection", None)
            config.attributes.pop("progress", None)
            raw.execute("PRAGMA foreign_keys = ON")
    engine.dispose()  # verify on a fresh connection: the commit must really have happened
    if schema_state(engine, config).needs_upgrade:
        raise MigrationError()
    if progress:
        progress(1, 1, "migrated")
