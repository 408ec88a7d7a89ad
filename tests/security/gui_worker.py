# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop app as a child: ``python -m tests.security.gui_worker VAULT [SCENARIO]``.

The default scenario is T51's restart on lock; ``edit`` and ``erase`` wait for a termination signal.

``run_gui`` itself runs, offscreen, with a script laid over its shell.  First life: unlock with the
passphrase read from stdin, open the case of the fictional person named on the next line (not on
the command line, which the restart runs again), say
``SHOWN`` once the editor shows it, wait for a line on stdin, lock.  With the preference on, the lock
restarts the process (same pid, new image: ``app.ui.restart``); its second life says ``RESTARTED``
once the unlock screen is up, then unlocks with the next line and says ``REOPENED`` and the case id
once the case open before the lock is open again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from app.ui import app as gui
from app.ui.main_window import MainWindow
from app.ui.restart import RESUME_VARIABLE
from app.ui.shell import Shell
from app.ui.unlock import UnlockScreen
from app.vault import KdfParams
from tests.security.workers import read_line, say


def _when(ready: object, then: object) -> None:
    """Call ``then()`` once ``ready()`` is true, looking every 50 ms."""
    if ready():  # type: ignore[operator]
        then()  # type: ignore[operator]
    else:
        QTimer.singleShot(50, lambda: _when(ready, then))


def _unlocked(shell: Shell, then: object) -> None:
    """Unlock with the passphrase on stdin, then ``then(main window)`` once its case list is filled."""
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    screen.passphrase_edit.setText(read_line())
    screen.on_unlock_button_clicked()
    _when(
        lambda: isinstance(shell.window, MainWindow) and shell.window.case_list.model.rowCount() > 0,
        lambda: then(shell.window),  # type: ignore[operator]
    )


def _first_life(shell: Shell) -> None:
    def open_case(main: MainWindow) -> None:
        marker = read_line()
        model = main.case_list.model
        row = next(i for i in range(model.rowCount()) if marker in model.rows[i].subject_name)
        main.open_case(model.case_id(row))
        editor, loaded = main.editor, []
        editor.loaded.connect(lambda: loaded.append(True))  # type: ignore[union-attr]
        _when(lambda: bool(loaded), shown)

    def shown() -> None:
        say("SHOWN")
        read_line()  # the parent has looked
        shell.lock()

    _unlocked(shell, open_case)


def _second_life(shell: Shell) -> None:
    """Say so, then, once the parent has looked, unlock again: the case open before the lock is back."""
    say("RESTARTED")
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    screen.passphrase_edit.setText(read_line())
    screen.on_unlock_button_clicked()
    _when(
        lambda: isinstance(shell.window, MainWindow) and shell.window.open_case_id is not None,
        lambda: say(f"REOPENED {shell.window.open_case_id}"),  # type: ignore[union-attr]
    )


def _edit_unsaved(shell: Shell) -> None:
    """Open the only case, type the next stdin line into its summary without saving, say ``EDITED``."""

    def edit(main: MainWindow) -> None:
        typed = read_line()
        main.open_case(main.case_list.model.case_id(0))

        def type_summary() -> None:
            main.editor.identity.case_form.summary.setPlainText(typed)  # type: ignore[union-attr]
            say("EDITED")

        main.editor.loaded.connect(type_summary)  # type: ignore[union-attr]

    _unlocked(shell, edit)


def _start_erase(shell: Shell) -> None:
    """Confirm a quick erase and say ``COUNTING`` while its countdown runs."""

    def erase(main: MainWindow) -> None:
        shell.prompts.confirm = lambda *args, **options: True  # type: ignore[method-assign]
        dialog = shell.quick_erase()
        assert dialog is not None
        say(f"COUNTING {dialog.remaining}")

    _unlocked(shell, erase)


def main(vault: str, scenario: str = "restart") -> int:
    second_life = RESUME_VARIABLE in os.environ
    build = gui.build_shell
    first_life = {"restart": _first_life, "edit": _edit_unsaved, "erase": _start_erase}[scenario]

    def scripted(*args: object, **options: object) -> Shell:
        shell = build(*args, **options)  # type: ignore[arg-type]
        if second_life:
            QTimer.singleShot(0, lambda: _second_life(shell))
        else:
            QTimer.singleShot(0, lambda: first_life(shell))
        return shell

    gui.build_shell = scripted  # type: ignore[assignment]
    return gui.run_gui(["--vault", str(Path(vault))], kdf=KdfParams.minimum())


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
