# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up benchmark: from spawning ``python`` to the unlock screen's first paint, against a bare
``QMainWindow`` started the same way, with ``-X importtime`` per package (issue #13 item 4).

    .venv/bin/python bench/startup.py [--repeat 7] [--dir DIR]

Qt runs on the ``offscreen`` platform.  A vault with no cases is made in a temporary directory
(start-up to the unlock screen does not read the database); HOME and the XDG folders of the child
processes point there too, and everything is deleted afterwards.  No network.

The app side is a ``python -c`` subprocess that imports ``app.ui.app`` and builds the shell exactly
like ``run_gui`` for an existing vault, quitting once the unlock screen first paints; it is timed
from the parent's spawn to the child's first paint (same wall clock).  The anchor is a bare
``QMainWindow`` process measured the same way, run alternately with the app.  Then one more app
start under ``-X importtime``: the import seconds charged per top-level package ('app' = our own
modules), and whether any module the unlock screen does not need was imported.  Also used by
``bench/gui.py`` (its step 5).  The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import (  # bench/common.py (scripts run from bench/)
    TableRows,
    child_env,
    ms,
    print_table,
    print_verdict,
    say,
)

ROOT = Path(__file__).resolve().parents[1]
GOAL_START_S = 1.0
#: Imported only by later work (the unlock itself, a Chinese name, the schema check, a deadline, a
#: chart, a workbook): none of these may load before the unlock screen.
LATE_MODULES = (
    "sqlalchemy",
    "sqlcipher3",
    "pypinyin",
    "alembic",
    "mako",
    "pygments",
    "holidays",
    "matplotlib",
    "openpyxl",
    "svglib",
)
Row = Callable[..., None]

_FIRST_PAINT_PROBE = r"""
class FirstPaint(QObject):
    def __init__(self, app, window_of):
        super().__init__()
        self.app, self.window_of, self.at, self.wall = app, window_of, None, None
    def eventFilter(self, obj, event):
        if self.at is None and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            window = self.window_of()
            if window is not None and obj.window() is window:
                self.at, self.wall = time.perf_counter(), time.time()
                QTimer.singleShot(0, self.app.quit)
        return False
"""

#: Exactly what app.ui.app.run_gui does (with the test KDF), and a probe that quits after the first paint.
APP_START_SCRIPT = (
    r"""
import time
WALL0, T0 = time.time(), time.perf_counter()
import json, sys
import app.ui.app as ui
from app.vault import KdfParams
T_IMPORT = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
"""
    + _FIRST_PAINT_PROBE
    + r"""
args = sys.argv[1:]
options = ui.parse_args(args)
vault_dir = options.vault.expanduser() if options.vault else ui.paths.default_vault_dir()
app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "pana", *args])
app.setOrganizationName(ui.ORGANISATION)
app.setApplicationName("Pana")
app.setApplicationVersion(ui.__version__)
app.setDesktopFileName("pana")
T_QAPP = time.perf_counter()
shell = ui.build_shell(app, vault_dir, kdf=KdfParams.minimum())
T_BUILT = time.perf_counter()
ui.install_excepthook(shell.prompts)
probe = FirstPaint(app, lambda: shell.window)
app.installEventFilter(probe)
shell.start()
T_STARTED = time.perf_counter()
try:
    code = app.exec()
finally:
    shell.shutdown()
screen = type(shell.window).__name__
print(json.dumps({"wall0": WALL0, "paint_wall": probe.wall, "screen": screen, "code": code,
    "refs_none": sys.getrefcount(None), "refs_true": sys.getrefcount(True),
    "refs_false": sys.getrefcount(False),
    "import_s": T_IMPORT - T0, "qapp_s": T_QAPP - T_IMPORT, "build_shell_s": T_BUILT - T_QAPP,
    "show_s": T_STARTED - T_BUILT, "to_paint_s": probe.at - T0}))
"""
)

#: The anchor: a bare QMainWindow, started and timed the same way.
BARE_START_SCRIPT = (
    r"""
import time
WALL0, T0 = time.time(), time.perf_counter()
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
T_IMPORT = time.perf_counter()
"""
    + _FIRST_PAINT_PROBE
    + r"""
app = QApplication([sys.argv[0]])
T_QAPP = time.perf_counter()
window = QMainWindow()
window.resize(520, 360)
T_BUILT = time.perf_counter()
probe = FirstPaint(app, lambda: window)
app.installEventFilter(probe)
window.show()
T_STARTED = time.perf_counter()
code = app.exec()
print(json.dumps({"wall0": WALL0, "paint_wall": probe.wall, "screen": "QMainWindow", "code": code,
    "import_s": T_IMPORT - T0, "qapp_s": T_QAPP - T_IMPORT, "build_shell_s": T_BUILT - T_QAPP,
    "show_s": T_STARTED - T_BUILT, "to_paint_s": probe.at - T0}))
"""
)


def run_start(
    script: str, args: list[str], env: dict[str, str], extra: list[str] | None = None
) -> dict[str, Any]:
    command = [sys.executable, *(extra or []), "-c", script, *args]
    spawned = time.time()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"start-up probe failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["spawn_to_paint_s"] = out["paint_wall"] - spawned
    out["interpreter_s"] = out["wall0"] - spawned
    out["process_s"] = elapsed
    out["stderr"] = done.stderr
    return out


def import_breakdown(stderr: str, top: int = 8) -> dict[str, float]:
    """Cumulative import seconds per third-party package (and the app's own modules) from ``-X importtime``.

    ``-X importtime`` prints each module after the modules it imported, indented by nesting.  A
    package is charged where it is entered from another package, so nothing is counted twice.
    """
    nodes: list[tuple[str, float, list[int]]] = []  # (module, cumulative s, children)
    pending: dict[int, list[int]] = {}
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( +)(\S+)", line)
        if not match:
            continue
        level = (len(match.group(3)) - 1) // 2
        nodes.append((match.group(4), int(match.group(2)) / 1e6, pending.pop(level + 1, [])))
        pending.setdefault(level, []).append(len(nodes) - 1)
    charged: dict[str, float] = {}

    def walk(index: int, parent_root: str) -> None:
        name, cumulative, children = nodes[index]
        root = name.split(".")[0]
        if root != parent_root:
            charged[root] = charged.get(root, 0.0) + cumulative
            if parent_root:
                charged[parent_root] = charged.get(parent_root, 0.0) - cumulative
        for child in children:
            walk(child, root)

    for index in pending.get(0, []):
        walk(index, "")
    return dict(sorted(charged.items(), key=lambda kv: -kv[1])[:top])


def bench_start(fig: dict[str, Any], work: Path, vault_dir: Path, repeat: int) -> None:
    say(f"app start to unlock screen, and a bare QMainWindow, {repeat} subprocesses each")
    home = work / "home"
    home.mkdir(exist_ok=True)
    env = child_env(home)
    args = ["--vault", str(vault_dir)]
    run_start(APP_START_SCRIPT, args, env)  # warm the OS file cache (.pyc, Qt plugins, fonts)
    run_start(BARE_START_SCRIPT, [], env)
    apps, bares = [], []
    for _ in range(repeat):
        apps.append(run_start(APP_START_SCRIPT, args, env))
        bares.append(run_start(BARE_START_SCRIPT, [], env))
    assert all(a["screen"] == "UnlockScreen" for a in apps), apps[0]["screen"]
    for label, runs in (("start", apps), ("bare_start", bares)):
        for key in (
            "spawn_to_paint_s",
            "process_s",
            "interpreter_s",
            "import_s",
            "qapp_s",
            "build_shell_s",
            "show_s",
        ):
            fig[f"{label}_{key.removesuffix('_s')}_p50_s"] = statistics.median(x[key] for x in runs)
        fig[f"{label}_spawn_to_paint_min_s"] = min(x["spawn_to_paint_s"] for x in runs)
    fig["start_ratio"] = fig["start_spawn_to_paint_p50_s"] / fig["bare_start_spawn_to_paint_p50_s"]
    for name in ("none", "true", "false"):  # the app's cushion against the PySide6 reference leak
        fig[f"pyside_{name}_refs_at_unlock_screen"] = min(a[f"refs_{name}"] for a in apps)
    traced = run_start(APP_START_SCRIPT, args, env, extra=["-X", "importtime"])
    fig["start_imports_top_s"] = import_breakdown(traced["stderr"])
    imported = set(re.findall(r"import time:\s+\d+ \|\s+\d+ \| +([\w.]+)", traced["stderr"]))
    fig["start_late_modules_imported"] = sorted(
        name for name in LATE_MODULES if any(m == name or m.startswith(name + ".") for m in imported)
    )


def start_report(fig: dict[str, Any], row: Row) -> None:
    """The table rows of the start-up figures (``row(name, value, goal, ratio, ok)``)."""
    st = f"<= {GOAL_START_S:.1f} s"
    row("5 bare QMainWindow: spawn -> first paint", ms(fig["bare_start_spawn_to_paint_p50_s"]), "anchor", 1.0)
    row(
        "5 app start -> unlock screen painted p50",
        ms(fig["start_spawn_to_paint_p50_s"]),
        st,
        fig["start_ratio"],
        fig["start_spawn_to_paint_p50_s"] <= GOAL_START_S,
    )
    row("5   min", ms(fig["start_spawn_to_paint_min_s"]))
    row(
        "5   interpreter start (app / bare)",
        f"{ms(fig['start_interpreter_p50_s'])} / {ms(fig['bare_start_interpreter_p50_s'])}",
    )
    row(
        "5   imports (app.ui.app / PySide6 only)",
        f"{ms(fig['start_import_p50_s'])} / {ms(fig['bare_start_import_p50_s'])}",
    )
    row("5   QApplication()", f"{ms(fig['start_qapp_p50_s'])} / {ms(fig['bare_start_qapp_p50_s'])}")
    row(
        "5   build_shell() / QMainWindow()",
        f"{ms(fig['start_build_shell_p50_s'])} / {ms(fig['bare_start_build_shell_p50_s'])}",
    )
    row("5   shell.start() / show()", f"{ms(fig['start_show_p50_s'])} / {ms(fig['bare_start_show_p50_s'])}")
    row(
        "5   whole process incl. exit",
        f"{ms(fig['start_process_p50_s'])} / {ms(fig['bare_start_process_p50_s'])}",
    )
    late = fig["start_late_modules_imported"]
    row("5   modules only later work needs, imported", ", ".join(late) or "none", "none", None, not late)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="starts of each kind (default 7)")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary directory")
    args = parser.parse_args(argv)
    from app.services.vault import VaultService
    from app.vault import KdfParams

    work = Path(tempfile.mkdtemp(prefix="pana-bench-start-", dir=args.dir))
    try:
        vault_dir = work / "vault"
        VaultService(vault_dir, kdf=KdfParams.minimum()).create(
            office_name="Fictional Office", username="bench", passphrase="bench passphrase Қазақ"
        ).vault.lock()
        fig: dict[str, Any] = {"repeat": args.repeat, "loadavg_1min_before": os.getloadavg()[0]}
        bench_start(fig, work, vault_dir, args.repeat)
        fig["loadavg_1min_after"] = os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    row = TableRows()

    start_report(fig, row)
    print(
        f"Pana start-up benchmark: {args.repeat} starts each, offscreen Qt, python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs, load average {fig['loadavg_1min_before']:.2f} before / "
        f"{fig['loadavg_1min_after']:.2f} after"
    )
    print()
    print_table(row.rows)
    print()
    print("Where `import app.ui.app` spends its time (-X importtime, per package, 'app' = own modules):")
    print("  " + "  ".join(f"{k} {ms(v)}" for k, v in fig["start_imports_top_s"].items()))
    print()
    print_verdict(fig, row.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
