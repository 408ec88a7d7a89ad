# SPDX-License-Identifier: GPL-3.0-or-later
"""T13: a passphrase typed through an input method (pinyin for Chinese) unlocks; what the input
method only shows while composing is never part of the passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from app.ui.main_window import MainWindow
from app.ui.unlock import UnlockScreen, secret_edit
from tests.conftest import PASSPHRASE, USERNAME


def compose(edit: QLineEdit, typed: str, chosen: str) -> None:
    """What a pinyin input method sends: the letters typed as a preedit, then the chosen characters."""
    for end in range(1, len(typed) + 1):
        QCoreApplication.sendEvent(edit, QInputMethodEvent(typed[:end], []))
    committed = QInputMethodEvent("", [])
    committed.setCommitString(chosen)
    QCoreApplication.sendEvent(edit, committed)


def type_on_layout(edit: QLineEdit, text: str) -> None:
    """Keys as a Kazakh keyboard layout sends them: each with its character as text (QTest types
    Latin-1 only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            )


def test_a_hidden_passphrase_field_takes_input_methods(qapp) -> None:
    edit = secret_edit(hidden=True)
    assert edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    QCoreApplication.sendEvent(edit, QInputMethodEvent("ma", []))
    assert edit.text() == ""  # a preedit is not typed text
    QCoreApplication.sendEvent(edit, QInputMethodEvent("", []))  # composition abandoned
    assert edit.text() == ""
    compose(edit, "ma", "馬")
    assert edit.text() == "馬"


def test_a_passphrase_finished_through_an_input_method_unlocks(qtbot, make_shell, vault_dir) -> None:
    assert PASSPHRASE.endswith("馬")
    shell = make_shell(vault_dir)
    shell.start()
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    screen.user_edit.setText(USERNAME)
    latin, kazakh = PASSPHRASE[:-1].split("Қ")
    qtbot.keyClicks(screen.passphrase_edit, latin)
    type_on_layout(screen.passphrase_edit, "Қ" + kazakh)
    compose(screen.passphrase_edit, "ma", "馬")
    assert screen.passphrase_edit.text() == PASSPHRASE
    with qtbot.waitSignal(shell.screen_changed, timeout=10_000):
        qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    assert isinstance(shell.window, MainWindow)
