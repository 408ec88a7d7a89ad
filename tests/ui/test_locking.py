# SPDX-License-Identifier: GPL-3.0-or-later
"""Auto-lock and Ctrl+L (T49), and quick erase with its cancellable countdown (T50)."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain import errors as e
from app.domain.errors import VaultLockedError, VaultNotFoundError
from app.domain.records import CaseFilter
from app.services.vault import VaultService
from app.ui.editor_host import default_editor_factory
from app.ui.errors import message_for, show_failure
from app.ui.first_run import FirstRunWizard
from app.ui.locking import EraseCountdownDialog
from app.ui.main_window import MainWindow
from app.ui.restart import Resume
from app.ui.shell import Shell
from app.ui.unlock import UnlockScreen
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME
from tests.ui.conftest import CANARY, FakeEditor, open_main

MARKERS = ("Қанарбек", "Qanarbek", "قانار", "卡纳尔")


def has_canary(text: str) -> bool:
    return any(marker in text for marker in MARKERS)


def texts_in(widget: QWidget) -> list[str]:
    """Every string a user could see (or copy) in ``widget`` and its children, models included."""
    found = [widget.windowTitle()]
    found += [w.text() for w in widget.findChildren(QLineEdit)]
    found += [w.text() for w in widget.findChildren(QLabel)]
    found += [w.toPlainText() for w in widget.findChildren(QTextEdit)]
    found += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    for combo in widget.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount(QModelIndex())):
            for column in range(model.columnCount(QModelIndex())):
                found.append(str(model.index(row, column).data() or ""))
    return found


def case_text_anywhere() -> list[str]:
    return [t for w in QApplication.topLevelWidgets() for t in texts_in(w) if has_canary(t)]


def open_fds_on(directory: Path) -> list[str]:
    fd_dir = Path("/proc/self/fd")
    links = []
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(directory)) and not target.endswith("pana.lock"):
            links.append(target)
    return links


def test_auto_lock_after_idle_wipes_everything(qtbot, make_shell, canary_vault: Path, qapp):
    shell = make_shell(canary_vault)
    main = open_main(qtbot, shell)
    vault, services, model = shell.vault, shell.services, main.case_list.model
    # Case text on screen: the list, a search for the name, the editor, and a copy to the clipboard.
    assert any(has_canary(r.subject_name) for r in model.rows)
    main.case_list.search_edit.setText("Kanarbek Syzdykuly")  # another spelling finds the person
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 1, timeout=10_000)
    main.open_case(main.case_list.model.case_id(0))
    editor = main.editor
    assert isinstance(editor, FakeEditor) and has_canary(editor.name_edit.text())
    main.show()
    main.activateWindow()
    qapp.clipboard().setText(editor.name_edit.text())
    assert case_text_anywhere()

    seen: dict[str, object] = {}

    def at_lock() -> None:  # the old window still exists (hidden) right when `locked` is emitted
        seen["texts"] = case_text_anywhere()
        seen["rows"] = model.rowCount()
        seen["titles"] = [w.windowTitle() for w in QApplication.topLevelWidgets()]

    shell.locked.connect(at_lock)
    started = time.monotonic()  # before the last input: the idle time counts from that input
    qtbot.keyClick(main.case_list.view, Qt.Key.Key_Down)  # the last user input
    shell.idle.set_timeout_ms(300)
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        pass
    assert time.monotonic() - started >= 0.3
    assert isinstance(shell.window, UnlockScreen)
    assert seen["texts"] == [] and seen["rows"] == 0
    assert editor.cleared  # the editor was asked to keep a draft and empty itself
    assert not vault.is_open and bytes(vault.master_key) == bytes(len(vault.master_key))
    with pytest.raises(VaultLockedError):
        services.listing.page(CaseFilter())
    assert shell.vault is None and shell.services is None
    assert qapp.clipboard().text() == ""
    if Path("/proc/self/fd").exists():
        assert open_fds_on(canary_vault) == []
    assert not shell.idle.running
    qtbot.wait(400)  # no debounced search or late page may run against the locked vault
    assert not shell.runner.busy


def test_activity_postpones_the_lock(qtbot, make_shell, canary_vault: Path):
    """Input every 100 ms keeps the vault open for three idle times; the lock comes one idle time
    after the last input.  (A busy machine would have to stall this thread for 900 ms to lock it.)"""
    shell = make_shell(canary_vault)
    main = open_main(qtbot, shell)
    idle_s = 1.0
    shell.idle.set_timeout_ms(int(idle_s * 1000))
    started = last_input = time.monotonic()
    while last_input - started < 3 * idle_s:
        qtbot.wait(100)
        assert shell.vault is not None, f"locked {time.monotonic() - last_input:.2f} s after the last input"
        qtbot.mouseMove(main.case_list.view.viewport())
        last_input = time.monotonic()
        qtbot.keyClick(main.case_list.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        pass
    assert time.monotonic() - last_input >= idle_s


def test_ctrl_l_locks_and_clipboard_from_elsewhere_is_left_alone(qtbot, make_shell, canary_vault: Path, qapp):
    shell = make_shell(canary_vault)
    main = open_main(qtbot, shell)
    qapp.clipboard().setText("copied in another program")
    # Simulate "not ours": forget the digest the guard took while Pana was the active application.
    shell.clipboard_guard._digests.clear()
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        qtbot.keyClick(main.case_list.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main.menus.lock_action.shortcut().toString() == "Ctrl+L"
    assert qapp.clipboard().text() == "copied in another program"
    qapp.clipboard().clear()


def erased_once_the_countdown_is_over(qtbot, shell: Shell, dialog: EraseCountdownDialog) -> bool:
    """Whether the vault's key slots are gone, looked at once nothing more can come of ``dialog``'s
    countdown: the dialog is deleted (only its timer could still end in an erase) and the work the
    shell started is done (the erase, if it began, has finished)."""
    vault_dir = shell.vault_service.directory
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=20_000)
    qtbot.waitUntil(lambda: not shell.runner.busy and not shell.erasing, timeout=20_000)
    return not (vault_dir / "pana.keys").exists()


#: Each cancel test runs again without the cancel: the same look must then find the vault erased.
CANCEL_OR_CONTROL = pytest.mark.parametrize("cancel", [True, False], ids=["cancel", "control-no-cancel"])


@CANCEL_OR_CONTROL
def test_quick_erase_countdown_can_be_cancelled(qtbot, make_shell, canary_vault: Path, prompts, cancel: bool):
    shell = make_shell(canary_vault, erase_seconds=5, erase_tick_ms=100)
    open_main(qtbot, shell)
    prompts.confirm_answer = False
    assert shell.quick_erase() is None  # said no at the confirmation
    prompts.confirm_answer = True
    dialog = shell.quick_erase()
    assert dialog is not None and dialog.isVisible()
    assert dialog.cancel_button.isDefault()  # Enter cancels, it never erases
    qtbot.waitUntil(lambda: dialog.remaining <= 3, timeout=5_000)
    if cancel:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert erased_once_the_countdown_is_over(qtbot, shell, dialog) is not cancel
    if cancel:
        assert shell.vault is not None and shell.vault.is_open
        assert isinstance(shell.window, MainWindow)


def test_quick_erase_destroys_the_key_slots(qtbot, make_shell, canary_vault: Path, tmp_path: Path):
    shell = make_shell(canary_vault)
    open_main(qtbot, shell)
    copy = tmp_path / "pre-erase"
    copy.mkdir()
    for part in canary_vault.iterdir():
        if part.name.startswith("pana.db"):
            shutil.copy2(part, copy / part.name)
    dialog = shell.quick_erase()
    timings: dict[str, float] = {}
    dialog.accepted.connect(lambda: timings.setdefault("accepted", time.monotonic()))
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        pass
    timings["erased"] = time.monotonic()
    assert timings["erased"] - timings["accepted"] < 1.0
    assert isinstance(shell.window, FirstRunWizard)
    assert not (canary_vault / "pana.keys").exists()
    assert shell.vault is None
    # Put the old database back: without the key slots the old passphrase opens nothing.
    for part in copy.iterdir():
        shutil.copy2(part, canary_vault / part.name)
    with pytest.raises(VaultNotFoundError):
        VaultService(canary_vault).open(PASSPHRASE)
    assert CANARY[1].encode() not in (canary_vault / "pana.db").read_bytes()


def _lock_by_idle(shell: Shell) -> None:
    shell.idle.set_timeout_ms(100)


def _lock_by_damage(shell: Shell) -> None:  # a task meets a damaged page: the session ends in place
    def damaged(progress: object) -> None:
        raise e.VaultDamagedError()

    shell.runner.start(damaged)


@pytest.mark.parametrize("lock", [Shell.lock, _lock_by_idle, _lock_by_damage], ids=["lock", "idle", "damage"])
def test_a_lock_during_the_erase_countdown_locks_and_the_erase_still_happens(
    qtbot, make_shell, canary_vault: Path, lock: Callable[[Shell], None]
):
    """The erase was confirmed; the countdown is only a last chance to cancel it.  A lock meanwhile
    locks at once, and the countdown goes on over the unlock screen: whoever asked for the erase may
    not be able to unlock again to ask twice."""
    shell = make_shell(canary_vault, erase_seconds=5, erase_tick_ms=100)
    open_main(qtbot, shell)
    dialog = shell.quick_erase()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.remaining <= 4, timeout=5_000)
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        lock(shell)
    assert isinstance(shell.window, UnlockScreen) and shell.vault is None
    assert dialog.isVisible() and dialog.windowHandle().transientParent() is shell.window.windowHandle()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal  # nobody unlocks meanwhile
    assert dialog.countdown_label.text() and dialog.remaining > 0
    assert case_text_anywhere() == []
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        pass
    assert not (canary_vault / "pana.keys").exists()
    assert isinstance(shell.window, FirstRunWizard)


@CANCEL_OR_CONTROL
def test_cancel_after_a_lock_during_the_countdown_keeps_the_vault(
    qtbot, make_shell, canary_vault: Path, cancel: bool
):
    shell = make_shell(canary_vault, erase_seconds=5, erase_tick_ms=100)
    open_main(qtbot, shell)
    dialog = shell.quick_erase()
    assert dialog is not None
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        shell.lock()
    if cancel:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert erased_once_the_countdown_is_over(qtbot, shell, dialog) is not cancel
    assert shell.erase_dialog is None
    if cancel:
        assert isinstance(shell.window, UnlockScreen)
        assert isinstance(open_main(qtbot, shell), MainWindow)


def test_quick_erase_from_the_unlock_screen(qtbot, make_shell, vault_dir: Path):
    shell = make_shell(vault_dir)
    screen = shell.show_unlock()
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    assert not (vault_dir / "pana.keys").exists()
    assert isinstance(shell.window, FirstRunWizard)


def test_after_an_erase_the_next_vault_hears_nothing_of_the_erased_ones_work(
    qtbot, make_shell, vault_dir: Path, kdf: KdfParams, prompts
):
    """What became of long work at the last lock is said after the next unlock, and may name a file
    the user chose; an erase in between leaves nothing of the old vault to say."""
    outcome = "The backup to /media/usb/cases.pana was stopped."
    shell = make_shell(vault_dir, resume=Resume(outcome=outcome))  # as a restart on lock hands it over
    screen = shell.show_unlock()
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    created = VaultService(vault_dir, kdf=kdf).create(
        office_name="New Office", username=USERNAME, passphrase=PASSPHRASE
    )
    shell.on_vault_opened(created.vault)  # as the first-run screen does once the new vault is made
    qtbot.wait(100)
    assert isinstance(shell.window, MainWindow)
    assert not any(outcome in text for _, text in prompts.asked)


def test_lock_with_the_real_case_editor_leaves_no_case_text(qtbot, make_shell, canary_vault: Path, qapp):
    shell = make_shell(canary_vault, editor_factory=default_editor_factory())
    main = open_main(qtbot, shell)
    main.case_list.search_edit.setText("Kanarbek Syzdykuly")
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 1, timeout=10_000)
    main.open_case(main.case_list.model.case_id(0))
    qtbot.waitUntil(lambda: any(has_canary(t) for t in texts_in(main.editor)), timeout=10_000)
    seen: dict[str, list[str]] = {}
    shell.locked.connect(lambda: seen.setdefault("texts", case_text_anywhere()))
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        main.menus.lock_action.trigger()
    assert seen["texts"] == []
    qtbot.wait(400)  # no debounced search or late page may run against the locked vault
    assert not shell.runner.busy


def test_unlock_returns_to_the_case_and_window_size_of_before_the_lock(qtbot, make_shell, canary_vault: Path):
    """#12 item 10: after unlock the user started again from the case list, in a default-sized window."""
    shell = make_shell(canary_vault, editor_factory=default_editor_factory())
    main = open_main(qtbot, shell)
    main.resize(1300, 700)
    case_id = main.case_list.model.case_id(0)
    main.open_case(case_id)
    qtbot.waitUntil(lambda: any(has_canary(t) for t in texts_in(main.editor)), timeout=10_000)
    size = (main.width(), main.height())
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        main.menus.lock_action.trigger()
    assert shell._resume is not None
    again = open_main(qtbot, shell)
    assert again is not main and again.open_case_id == case_id and again.editor is not None
    qtbot.waitUntil(lambda: any(has_canary(t) for t in texts_in(again.editor)), timeout=10_000)
    assert (again.width(), again.height()) == size != (again.sizeHint().width(), again.sizeHint().height())
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        again.close_editor(ask=False)
        again.menus.lock_action.trigger()
    third = open_main(qtbot, shell)
    assert third.editor is None


def test_auto_lock_closes_an_open_question_first(qtbot, make_shell, canary_vault: Path):
    shell = make_shell(canary_vault)
    main = open_main(qtbot, shell)
    box = QMessageBox(QMessageBox.Icon.Question, "Pana", "Save?", QMessageBox.StandardButton.Save, main)
    safety_net = QTimer(box)  # dies with the box; the lock should close it long before
    safety_net.setSingleShot(True)
    safety_net.timeout.connect(lambda: box.done(99))
    safety_net.start(5_000)
    shell.idle.set_timeout_ms(200)
    QTimer.singleShot(0, shell.idle.start)  # the idle clock starts while the question is up
    result = box.exec()
    assert result != 99
    assert isinstance(shell.window, UnlockScreen) and shell.vault is None
    qtbot.wait(400)  # no debounced search or late page may run against the locked vault
    assert not shell.runner.busy


def test_a_lock_stops_the_patterns_count_instead_of_waiting_for_it(
    qtbot, make_shell, canary_vault: Path, monkeypatch: pytest.MonkeyPatch
):
    """A count across every case can run for seconds on a large vault: the lock cancels it."""
    from app.services.patterns import PatternService

    counting = threading.Event()

    def endless(_service, _filter, *, progress=None):  # until cancelled, or 10 s so a failure is no hang
        counting.set()
        give_up = time.monotonic() + 10
        while time.monotonic() < give_up:
            progress(1, 2, "counting")
            time.sleep(0.005)
        raise TimeoutError("the count was never cancelled")

    monkeypatch.setattr(PatternService, "patterns", endless)
    shell = make_shell(canary_vault)
    main = open_main(qtbot, shell)
    main.show()
    main.home.setCurrentWidget(main.patterns)
    # The count waits behind the pages on the database worker, and loads matplotlib first.
    qtbot.waitUntil(counting.is_set, timeout=60_000)
    started = time.monotonic()
    shell.lock()
    assert time.monotonic() - started < 5 and shell.vault is None
    # Emptying the filters' lists while locking used to start a count for each change (55 of them).
    assert not shell.runner.busy


def test_damage_met_anywhere_ends_the_session_and_says_restore(
    qtbot, make_shell, canary_vault: Path, prompts
):
    """T02: whichever screen's work meets a damaged page, the vault locks (nothing more of it is shown
    or saved), the reopened case file is not brought back, and the message says to restore a backup."""
    shell = make_shell(canary_vault, editor_factory=default_editor_factory())
    main = open_main(qtbot, shell)
    main.open_case(main.case_list.model.case_id(0))

    def damaged(progress: object) -> None:
        raise e.VaultDamagedError()

    def one_file_damaged(progress: object) -> None:
        raise e.AttachmentDamagedError()

    def screen_says(error: Exception) -> None:  # as the screens do, in a box of their own
        show_failure(prompts, None, message_for(error))

    shell.runner.start(one_file_damaged, on_failure=screen_says)  # that file's own message
    shell.runner.wait()
    qtbot.wait(50)
    assert shell.vault is not None and prompts.errors == [message_for(e.AttachmentDamagedError())]
    prompts.errors.clear()
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        shell.runner.start(damaged, on_failure=screen_says)
        shell.runner.start(damaged, on_failure=screen_says)  # a second screen's work meets it too
    qtbot.wait(50)
    assert shell.vault is None and isinstance(shell.window, UnlockScreen)
    assert not any(has_canary(t) for t in case_text_anywhere())
    # Said once, by the shell: the screen that met the damage is gone with the session.
    assert prompts.errors == [message_for(e.VaultDamagedError())]
    assert shell._resume is None
    shell.runner.start(damaged, on_failure=screen_says)  # the next unlock meets it: its own screen says so
    shell.runner.wait()
    qtbot.wait(50)
    assert prompts.errors == [message_for(e.VaultDamagedError())] * 2
