# SPDX-License-Identifier: GPL-3.0-or-later
"""The file choosers, leaving no trace on disk of where case files went (security row T47).

Qt's own dialog, never the desktop's: GTK's records every file chosen in its recent-files list
(``recently-used.xbel``), in plain text. And Qt's dialog writes the folders it visited to
``QtProject.conf`` (``FileDialog/history``, ``lastVisited``) when it closes; a folder may bear a
client's name ("…/Серікұлы Нұрлан/petition.pdf"), so that group is removed after every use.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def save_path(parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str | None:
    """Where to save (``suggested``: a name or path to start from); None when cancelled."""
    with _forgetting_folders():
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter, options=_OPTIONS)
    return path or None


def open_path(parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
    """One file to open; None when cancelled."""
    with _forgetting_folders():
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter, options=_OPTIONS)
    return path or None


def open_paths(parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
    """Files to open; empty when cancelled."""
    with _forgetting_folders():
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter, options=_OPTIONS)
    return list(paths)


@contextlib.contextmanager
def _forgetting_folders() -> Iterator[None]:
    """Remove what Qt's file dialog remembered of the folders it visited, once it has closed."""
    try:
        yield
    finally:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.remove("FileDialog")
        settings.sync()
