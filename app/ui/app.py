# SPDX-License-Identifier: GPL-3.0-or-later
"""Composition root of the desktop app: QApplication, fonts, translator, preferences, then the shell."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app import __version__, paths
from app.services.vault import VaultService
from app.ui.i18n import Translations
from app.ui.preferences import Preferences
from app.ui.prompts import UserPrompts
from app.ui.quit_signals import QuitOnSignals
from app.ui.restart import SUPPORTED as RESTART_SUPPORTED
from app.ui.restart import Resume, restart_process, take_resume
from app.ui.shell import Shell
from app.ui.tasks import TaskRunner
from app.ui.widgets.fonts import register_application_fonts
from app.vault import KdfParams

#: Tried in order for each character: Latin, Kazakh Cyrillic and Arabic first, then Chinese.
FONT_FAMILIES = ("DejaVu Sans", "Droid Sans Fallback")
ORGANISATION = "Pana"


def register_fonts(app: QApplication) -> list[str]:
    """Register the shipped fonts and make them the application font; returns its family list.

    Qt tries the families in order for each character, then its own fallbacks, so a
    machine with no fonts installed still shows every script our users write.
    """
    families = register_application_fonts()
    ordered = [f for f in FONT_FAMILIES if f in families] + [f for f in families if f not in FONT_FAMILIES]
    if ordered:
        font = QFont(app.font())
        font.setFamilies(ordered)
        app.setFont(font)
    return ordered


def settings() -> QSettings:
    """The preferences store: an INI file in the user's config folder on every platform (no registry)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, "Pana")


def parse_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pana", description="Pana desktop app")
    parser.add_argument(
        "--vault", type=Path, default=None, help="vault folder (default: $PANA_VAULT, else app data)"
    )
    known, _qt_args = parser.parse_known_args(args)  # leave Qt's own options (-platform …) to Qt
    return known


def install_excepthook(prompts: UserPrompts) -> None:
    """An uncaught exception is a bug: a generic dialog; on stderr only the type and the stack (no text,
    which could quote case data)."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        frames = "".join(traceback.format_tb(tb))
        sys.stderr.write(f"Pana internal error: {kind.__name__}\n{frames}")
        if QApplication.instance() is not None:
            prompts.crash(None)

    sys.excepthook = hook


def build_shell(
    app: QApplication,
    vault_dir: Path,
    *,
    kdf: KdfParams | None = None,
    restart: Callable[[Resume], None] | None = None,
    resume: Resume | None = None,
) -> Shell:
    """Everything the GUI needs, wired together (used by ``run_gui`` and the screenshot driver).

    ``kdf`` is the key-derivation cost of new key slots; ``None`` calibrates to this machine.
    Only tests, benchmarks and the screenshot driver pass lower parameters.  ``restart`` and
    ``resume`` as for ``Shell``: only ``run_gui`` restarts on lock.
    """
    register_fonts(app)
    preferences = Preferences(settings())
    translations = Translations(paths.resources_dir() / "i18n")
    translations.install(preferences.language)
    prompts = UserPrompts()
    return Shell(
        VaultService(vault_dir, kdf=kdf),
        TaskRunner(),
        prompts,
        preferences,
        translations,
        clipboard=app.clipboard(),
        restart=restart,
        resume=resume,
    )


def no_display() -> bool:
    """On Linux without X11 or Wayland (and no platform chosen), Qt would abort with a long message."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_gui(args: list[str], *, kdf: KdfParams | None = None) -> int:
    """Start the desktop app; returns the exit code.

    ``kdf`` as for ``build_shell``: ``None`` (what ``pana`` passes) calibrates to this machine.
    """
    options = parse_args(args)
    vault_dir = options.vault.expanduser() if options.vault else paths.default_vault_dir()
    if no_display():
        print(
            "pana: no graphical display (DISPLAY and WAYLAND_DISPLAY are unset); "
            "start it from a desktop session, or use the command line: pana --help",
            file=sys.stderr,
        )
        return 2
    # instance() is typed as the QCoreApplication it may be; Pana (and its tests) make only QApplications.
    running = cast("QApplication | None", QApplication.instance())
    app = running or QApplication([sys.argv[0] if sys.argv else "pana", *args])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("Pana")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pana")
    restarting: list[Resume] = []

    def restart(resume: Resume) -> None:  # the vault is locked: end the event loop, then start afresh
        restarting.append(resume)
        app.quit()

    resume = take_resume(os.environ)
    shell = build_shell(
        app, vault_dir, kdf=kdf, restart=restart if RESTART_SUPPORTED else None, resume=resume
    )
    install_excepthook(shell.prompts)
    quit_on_signals = QuitOnSignals(app.exit)  # not quit(): that asks each window first
    shell.start()
    try:
        while True:
            try:
                code = app.exec()
            finally:
                shell.shutdown()
            if not restarting:
                return code
            try:
                restart_process(restarting.pop())
            except OSError:  # the program cannot be started again (its medium was removed): go on in place
                shell.start()  # the unlock screen, or the first-run screen after a quick erase
    finally:
        quit_on_signals.uninstall()
