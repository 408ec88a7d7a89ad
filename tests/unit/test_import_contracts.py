# SPDX-License-Identifier: GPL-3.0-or-later
"""The import contracts hold: Qt stays in app.ui, and no Qt-free module reaches it through another."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
QT_CONTRACT = "Only app.ui imports Qt"
#: The GUI itself, and the composition root that starts either the CLI or the GUI.
MAY_IMPORT_QT = {"app.ui", "app.__main__"}


def _contract(name: str) -> dict[str, Any]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, Any]] = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["name"] == name)


def _top_level_modules() -> set[str]:
    found = set()
    for path in (REPO / "app").iterdir():
        if path.suffix == ".py" and path.name != "__init__.py":
            found.add(f"app.{path.stem}")
        elif (path / "__init__.py").exists():
            found.add(f"app.{path.name}")
    return found


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on the tree at ``root`` (its own copy of ``app`` first on the path, no cache)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_every_module_but_the_gui_is_held_to_the_qt_contract() -> None:
    contract = _contract(QT_CONTRACT)
    assert contract["allow_indirect_imports"] is False
    assert set(contract["source_modules"]) == _top_level_modules() - MAY_IMPORT_QT


def test_a_gui_import_through_another_module_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    clean = _lint_imports(tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    cli = tmp_path / "app" / "cli.py"
    # The probe imports no Qt itself: only app.ui.app does.
    cli.write_text(cli.read_text(encoding="utf-8") + "\nimport app.ui.app  # probe\n", encoding="utf-8")
    probed = _lint_imports(tmp_path)
    assert probed.returncode != 0
    assert f"{QT_CONTRACT} BROKEN" in probed.stdout
    assert "app.cli -> app.ui.app" in probed.stdout
