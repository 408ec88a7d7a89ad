# SPDX-License-Identifier: GPL-3.0-or-later
"""The Vault menu's backup and new recovery key (#12 item 4: the command line had them, the GUI not)."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QPushButton

from app.domain.errors import BackupInVaultFolderError, BackupWriteError, WriteRefusal
from app.domain.records import CheckReport
from app.paths import resources_dir
from app.services.admin import AdminService
from app.services.session import UnlockedVault
from app.services.told import STEPS
from app.services.vault import VaultService
from app.ui.errors import message_for
from app.ui.recovery_key_dialog import RecoveryKeyDialog
from app.ui.vault_actions import VaultActions
from tests.conftest import PASSPHRASE
from tests.ui.conftest import EndlessWork, unlock_main


class FakeFiles:
    def __init__(self, path: str | None) -> None:
        self.path, self.suggested = path, ""

    def save_backup(self, parent: object, suggested_name: str) -> str | None:
        self.suggested = suggested_name
        return self.path


def test_a_backup_is_written_where_chosen_and_restores(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, tmp_path: Path, kdf: Any
) -> None:
    target = tmp_path / "chosen" / "office.panabackup"
    target.parent.mkdir()
    files = FakeFiles(str(target))
    actions = VaultActions(AdminService(vault, kdf=kdf), runner, prompts, files)
    with qtbot.waitSignal(actions.backed_up, timeout=20_000):
        actions.back_up(None)
    assert re.fullmatch(r"pana-\d{8}\.panabackup", files.suggested)  # no case or office in the name
    assert sorted(p.name for p in target.parent.iterdir()) == ["office.panabackup"]
    assert "was written to" in prompts.asked[-1][1]
    vault.lock()
    kept = VaultService(vault.directory, kdf=kdf).restore(target, PASSPHRASE)
    assert kept is not None  # the vault it replaced is kept, as pana restore does
    VaultService(vault.directory, kdf=kdf).open(PASSPHRASE).lock()


def test_a_backup_into_the_vaults_own_folder_says_why_and_writes_nothing(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault
) -> None:
    before = sorted(p.name for p in vault.directory.iterdir())
    actions = VaultActions(
        AdminService(vault), runner, prompts, FakeFiles(str(vault.directory / "b.panabackup"))
    )
    actions.back_up(None)
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=5_000)
    assert prompts.errors == [message_for(BackupInVaultFolderError("b.panabackup"))]
    assert "own folder" in prompts.errors[0] and "check the form" not in prompts.errors[0]
    assert sorted(p.name for p in vault.directory.iterdir()) == before


def test_a_backup_the_medium_cannot_take_is_said_with_the_files_name(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, tmp_path: Path
) -> None:
    """The words are the error's own (``message_for``), as every other caller says them: no handler of
    the backup job's own."""
    target = tmp_path / "unplugged" / "office.panabackup"
    actions = VaultActions(AdminService(vault), runner, prompts, FakeFiles(str(target)))
    actions.back_up(None)
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=5_000)
    assert prompts.errors == [
        f"The backup could not be written to {target}: its folder is not there (was the medium "
        "removed?). The vault itself is unchanged."
    ]


@pytest.mark.parametrize(
    ("language", "full"),
    [
        ("en", "The backup could not be written to {}: the disk is full. The vault itself is unchanged."),
        ("ru", "Не удалось записать резервную копию в {}: диск заполнен. Само хранилище не изменилось."),
        ("kk", "Сақтық көшірмені {} файлына жазу мүмкін болмады: диск толы. Қойманың өзі өзгерген жоқ."),
    ],
    ids=["en", "ru", "kk"],
)
def test_a_backup_not_written_is_said_in_one_line_naming_the_file_and_why(
    qapp: Any, language: str, full: str
) -> None:
    path = "/media/usb/%2 office.panabackup"  # a name that holds a placeholder stays as it is
    translator = QTranslator()
    assert translator.load(f"pana_{language}", str(resources_dir() / "i18n"))
    QCoreApplication.installTranslator(translator)
    try:
        said = {why: message_for(BackupWriteError(path, why)) or "" for why in WriteRefusal}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said[WriteRefusal.FULL] == full.format(path)
    assert len(set(said.values())) == len(WriteRefusal)  # each reason its own words
    assert all(
        text.count(path) == 1 and "\n" not in text and "%" not in text.replace(path, "")
        for text in said.values()
    )


def test_no_file_chosen_writes_nothing(
    runner: Any, prompts: Any, vault: UnlockedVault, tmp_path: Path
) -> None:
    actions = VaultActions(AdminService(vault), runner, prompts, FakeFiles(None))
    actions.back_up(None)
    runner.wait(5_000)
    assert prompts.asked == [] and list(tmp_path.glob("*.panabackup")) == []


def test_a_new_recovery_key_is_asked_for_shown_once_and_opens_the_vault(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, kdf: Any
) -> None:
    actions = VaultActions(AdminService(vault, kdf=kdf), runner, prompts)
    prompts.confirm_answer = False
    actions.new_recovery_key(None)
    runner.wait(5_000)
    assert len(prompts.asked) == 1  # asked, refused: nothing made
    prompts.confirm_answer = True
    with qtbot.waitSignal(actions.key_shown, timeout=20_000) as shown:
        actions.new_recovery_key(None)
    dialog: RecoveryKeyDialog = shown.args[0]
    key = dialog.key_label.text()
    dialog.accept()
    assert dialog.key_label.text() == ""
    directory = vault.directory
    vault.lock()
    VaultService(directory, kdf=kdf).open_with_recovery(key).lock()


@pytest.mark.parametrize("work", ["back_up", "check"])
def test_the_work_shows_its_progress_and_cancel_stops_it_quietly(
    qtbot: Any, runner: Any, prompts: Any, tmp_path: Path, work: str
) -> None:
    admin = EndlessWork()
    actions = VaultActions(admin, runner, prompts, FakeFiles(str(tmp_path / "office.panabackup")))
    written: list[object] = []
    actions.backed_up.connect(written.append)
    actions.checked.connect(written.append)
    getattr(actions, work)(None)
    dialog = actions.progress_dialog
    assert dialog is not None and dialog.maximum() == STEPS
    assert admin.started.wait(5)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5_000)
    dialog.findChild(QPushButton).click()  # its Cancel
    assert admin.stopped.wait(5)
    runner.wait(5_000)
    qtbot.waitUntil(lambda: actions.progress_dialog is None, timeout=5_000)
    assert prompts.asked == [] and written == []  # the user asked for it: no error, nothing written


def test_the_progress_closes_when_the_backup_is_written(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, tmp_path: Path
) -> None:
    actions = VaultActions(AdminService(vault), runner, prompts, FakeFiles(str(tmp_path / "b.panabackup")))
    with qtbot.waitSignal(actions.backed_up, timeout=20_000):
        actions.back_up(None)
    assert actions.progress_dialog is None


def test_a_check_of_a_sound_vault_says_so(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, kdf: Any
) -> None:
    actions = VaultActions(AdminService(vault, kdf=kdf), runner, prompts)
    with qtbot.waitSignal(actions.checked, timeout=20_000) as checked:
        actions.check(None)
    assert checked.args[0].ok and actions.progress_dialog is None
    assert prompts.asked[-1][0] == "Vault check"
    assert prompts.asked[-1][1].startswith("The vault is sound: every page")


def test_a_check_that_found_damage_names_it_says_what_to_do_and_keeps_the_details(
    runner: Any, prompts: Any, vault: UnlockedVault
) -> None:
    actions = VaultActions(AdminService(vault), runner, prompts)
    damaged = CheckReport(
        integrity_ok=False,
        cipher_integrity_ok=False,
        foreign_keys_ok=True,
        audit_chain_ok=True,
        problems=("cipher_integrity_check: page 7: HMAC check failed", "integrity_check: page 7"),
    )
    text = actions.check_text(damaged)
    assert text.startswith("The check found damage: pages that fail their checksum; a damaged structure.")
    assert "restore the most recent backup" in text
    assert text.endswith(
        "For a technician:\ncipher_integrity_check: page 7: HMAC check failed\nintegrity_check: page 7"
    )
    history_only = CheckReport(True, True, True, True, problems=("cases: a record without its revision",))
    assert "records without their history" in actions.check_text(history_only)


def test_vault_menu_check_runs_the_check(qtbot: Any, make_shell: Any, vault_dir: Path) -> None:
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    assert main.menus.check_action in main.menus.vault_menu.actions()
    with qtbot.waitSignal(shell.vault_actions.checked, timeout=20_000) as checked:
        main.menus.check_action.trigger()
    assert checked.args[0].ok


class DamagedAdmin:
    def check(self, progress: Any) -> CheckReport:
        return CheckReport(True, True, False, True, problems=("foreign_key_check: 2 dangling references",))


def test_damage_found_is_shown_as_a_warning(qtbot: Any, runner: Any, prompts: Any) -> None:
    actions = VaultActions(DamagedAdmin(), runner, prompts)  # type: ignore[arg-type]
    with qtbot.waitSignal(actions.checked, timeout=5_000):
        actions.check(None)
    assert prompts.asked == [] and prompts.errors[0].startswith(
        "The check found damage: links to records that are missing."
    )


class HeldCheck:
    """A check that, once started, waits to be let go before it looks at its progress again; then it
    reports, or fails with ``failure``."""

    def __init__(self, failure: Exception | None = None) -> None:
        self.started, self.let_go, self.calls = threading.Event(), threading.Event(), 0
        self.failure = failure

    def check(self, progress: Any) -> CheckReport:
        self.calls += 1
        progress(1, STEPS, "checking")
        self.started.set()
        assert self.let_go.wait(5)
        progress(2, STEPS, "checking")  # raises Cancelled once cancel was asked
        if self.failure is not None:
            raise self.failure
        return CheckReport(True, True, True, True)


def test_a_cancel_says_cancelling_until_the_work_stops_and_nothing_else_starts_meanwhile(
    qtbot: Any, runner: Any, prompts: Any
) -> None:
    admin = HeldCheck()
    actions = VaultActions(admin, runner, prompts)  # type: ignore[arg-type]
    reported: list[object] = []
    actions.checked.connect(reported.append)
    actions.check(None)
    dialog = actions.progress_dialog
    assert dialog is not None and admin.started.wait(5)
    dialog.findChild(QPushButton).click()
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.labelText() == "Cancelling…"  # still there: the work runs on
    actions.check(None)
    actions.back_up(None)
    assert actions.progress_dialog is dialog  # one at a time
    admin.let_go.set()
    qtbot.waitUntil(lambda: actions.progress_dialog is None, timeout=5_000)
    assert admin.calls == 1 and reported == [] and prompts.asked == [] and prompts.errors == []


def test_a_lock_stops_the_work_under_way_instead_of_waiting_for_it_and_says_so_after_unlock(
    qtbot: Any, make_shell: Any, prompts: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An idle lock during a long backup, check or key replacement must not leave the cases on screen
    until the work ends: the work is cancelled (it changes nothing) and the lock goes on.  Whoever
    unlocks next is told, rather than left to think it was done."""
    endless = EndlessWork()
    monkeypatch.setattr(AdminService, "check", lambda _admin, progress: endless.check(progress))
    shell = make_shell(vault_dir)
    unlock_main(qtbot, shell).menus.check_action.trigger()
    assert endless.started.wait(5)
    started = time.monotonic()
    shell.lock()
    assert endless.stopped.is_set() and time.monotonic() - started < 5
    assert shell.vault is None and shell.main_window is None and prompts.asked == []
    unlock_main(qtbot, shell)
    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=5_000)
    assert prompts.asked == [
        (
            "When the vault locked",
            "The vault locked while it was being checked, which stopped the check before it ended. "
            "Run it again from Vault → Check the vault…",
        )
    ]
    shell.lock()
    unlock_main(qtbot, shell)
    qtbot.wait(50)
    assert len(prompts.asked) == 1  # said once


def test_an_idle_lock_during_a_long_job_hides_the_cases_lets_it_finish_then_locks(
    qtbot: Any, make_shell: Any, prompts: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key replacement of a large vault takes longer than the idle time of someone watching its
    bar: the idle lock covers the window at once and locks when the job is done, then says how it went."""
    let_go, started = threading.Event(), threading.Event()

    def held_check(_admin: AdminService, progress: Any) -> CheckReport:
        started.set()
        while not let_go.wait(0.01):
            progress(1, STEPS, "checking")
        return CheckReport(True, True, True, True)

    monkeypatch.setattr(AdminService, "check", held_check)
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    main.show()
    main.menus.check_action.trigger()
    assert started.wait(5)
    progress = shell.vault_actions.progress_dialog
    shell.on_idle_idle()
    assert main.splitter.isHidden() and shell.vault is not None  # covered; the job still has the vault
    assert progress.labelText() == "The vault locks when this is done…"
    let_go.set()
    qtbot.waitUntil(lambda: shell.vault is None, timeout=5_000)
    assert prompts.asked == []  # nothing shown on the way to the lock
    unlock_main(qtbot, shell)
    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=5_000)
    assert prompts.asked[0][0] == "When the vault locked" and prompts.asked[0][1].startswith(
        "The vault is sound"
    )


def test_cancel_while_the_lock_waits_locks_at_once_and_says_nothing_after(
    qtbot: Any, make_shell: Any, prompts: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    endless = EndlessWork()
    monkeypatch.setattr(AdminService, "check", lambda _admin, progress: endless.check(progress))
    shell = make_shell(vault_dir)
    unlock_main(qtbot, shell).menus.check_action.trigger()
    assert endless.started.wait(5)
    shell.on_idle_idle()
    shell.vault_actions.progress_dialog.findChild(QPushButton).click()  # back at the laptop: Cancel
    qtbot.waitUntil(lambda: shell.vault is None, timeout=5_000)
    assert endless.stopped.is_set()
    unlock_main(qtbot, shell)
    qtbot.wait(50)
    assert prompts.asked == [] and prompts.errors == []  # they stopped it themselves


def test_a_bug_in_a_job_the_lock_waits_for_is_said_as_a_failure_not_as_the_file_error(
    qtbot: Any, runner: Any, prompts: Any
) -> None:
    admin = HeldCheck(RuntimeError("a bug"))
    actions = VaultActions(admin, runner, prompts)  # type: ignore[arg-type]
    locked: list[bool] = []
    actions.check(None)
    assert admin.started.wait(5)
    actions.lock_when_done(lambda: locked.append(True))
    admin.let_go.set()
    qtbot.waitUntil(lambda: locked == [True], timeout=5_000)
    assert actions.outcome_at_lock == "The operation failed."
    assert prompts.errors == [] and prompts.crashes == 0  # nothing shown while the vault locks
