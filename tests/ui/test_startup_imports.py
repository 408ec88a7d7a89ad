# SPDX-License-Identifier: GPL-3.0-or-later
"""What start-up imports (issue #13 item 4): the unlock screen comes before everything only an
unlocked vault or later work needs; a fresh interpreter shows it (``bench/startup.py`` times it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.ui.shell import AFTER_UNLOCK_MODULES

ROOT = Path(__file__).resolve().parents[2]
#: Only later work needs these: matplotlib (~0.4 s, a chart), openpyxl (~0.15 s, a workbook),
#: svglib (a PDF report), pypinyin (~0.25 s, the first Chinese name), Alembic with Mako and
#: Pygments (~0.1 s, the schema check at unlock), holidays (~0.1 s, the first deadline).
LATER_WORK = ("matplotlib", "openpyxl", "svglib", "pypinyin", "alembic", "mako", "holidays")
#: And these only an unlocked vault: the main window, the case editor, every service, ReportLab,
#: SQLAlchemy and the driver (an unlock loads them; the unlock screen shows before).
AFTER_UNLOCK = (
    *AFTER_UNLOCK_MODULES,
    "app.ui.case_editor",
    "app.petitions.pdf",
    "reportlab",
    "sqlalchemy",
    "sqlcipher3",
    "app.db",
)


def _printed_by(code: str) -> str:
    """What ``code`` prints in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    return done.stdout.strip()


def _loaded_after(imports: str, names: tuple[str, ...]) -> list[str]:
    code = f"import sys, {imports}; print([m for m in {names!r} if m in sys.modules])"
    return eval(_printed_by(code))  # a list of the names above, printed by the child


def test_the_gui_reaches_the_unlock_screen_without_what_comes_after() -> None:
    assert _loaded_after("app.ui.app", LATER_WORK + AFTER_UNLOCK) == []


def test_the_command_line_and_the_main_window_leave_out_later_work() -> None:
    assert _loaded_after("app.cli, app.ui.app, app.ui.main_window", LATER_WORK) == []


def test_what_the_warm_up_imports_exists() -> None:
    import importlib.util

    assert all(importlib.util.find_spec(name) for name in AFTER_UNLOCK_MODULES)


def test_the_warm_up_runs_once_per_process(monkeypatch) -> None:
    """A freeze after a lock would keep a closed session's objects (case text) from being collected."""
    import gc
    import threading

    from app.ui import shell

    started: list[str] = []
    monkeypatch.setattr(threading.Thread, "start", lambda thread: started.append(thread.name))
    monkeypatch.setattr(gc, "freeze", lambda: started.append("freeze"))
    shell.warm_up.cache_clear()
    for _ in range(3):  # the first unlock screen, then two locks
        shell.warm_up()
    assert started == ["pana-warm-up"]


def test_the_first_chinese_name_imports_nothing_the_warm_up_left_out() -> None:
    """Whatever the first Chinese name needs (search keys, the name sort) is warmed and frozen at the
    unlock screen: loaded later, pypinyin held the GIL for 0.2 s while the first case painted, and its
    190,000 objects stayed in every full garbage collection."""
    warmed = ", ".join(AFTER_UNLOCK_MODULES)
    code = (
        f"import sys, {warmed}; before = set(sys.modules); "
        "from app.names import keys; from app.names.collation import sort_key; "
        "keys('努尔兰 赛提卡力'); sort_key('努尔兰'); "
        "print(sorted(set(sys.modules) - before))"
    )
    assert _printed_by(code) == "[]"
