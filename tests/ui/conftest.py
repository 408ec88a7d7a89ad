# SPDX-License-Identifier: GPL-3.0-or-later
"""UI fixtures: temp settings, a runner that must end idle, stub prompts and editor, a shell factory."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.domain import records as r
from app.domain.progress import Progress
from app.domain.vocab import CaseStatus
from app.paths import resources_dir
from app.services.admin import UserAccount
from app.services.bundle import Services
from app.services.session import UnlockedVault
from app.services.told import STEPS
from app.services.vault import VaultService
from app.ui.i18n import Translations
from app.ui.main_window import MainWindow
from app.ui.preferences import Preferences
from app.ui.prompts import UnsavedChoice
from app.ui.shell import Shell
from app.ui.tasks import Task, TaskRunner
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME

# The offscreen platform warns about window operations it cannot do; those are not our bugs.
OFFSCREEN_NOISE = r"This plugin does not support"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _no_quit_on_last_window(qapp: QApplication) -> Iterator[None]:
    """Screens come and go in tests; a "last window closed" quit would end the next test's event loops."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> Iterator[Path]:
    """QSettings resolves its folder once per process: point it at this test's folder explicitly."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def settings(_settings_in_tmp: Path) -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Pana", "Pana")


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """The real runner; the test fails if a task is still running at the end."""
    task_runner = TaskRunner()
    yield task_runner
    assert task_runner.wait(10_000), "a task was still running after the test"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)


class SyncRunner(TaskRunner):
    """Runs each task at once on the calling thread (model unit tests); ``deferred`` keeps them for later."""

    def __init__(self, *, deferred: bool = False) -> None:
        super().__init__()
        self.deferred = deferred
        self.pending: list[Callable[[], None]] = []
        self.started = 0

    def start(
        self,
        work: Any,
        *,
        on_success: Any = None,
        on_failure: Any = None,
        on_progress: Any = None,
        database: bool = True,
    ) -> Task:
        self.started += 1

        def run() -> None:
            try:
                result = work(lambda done, total, message: None)
            except Exception as exc:
                if on_failure:
                    on_failure(exc)
            else:
                if on_success:
                    on_success(result)

        if self.deferred:
            self.pending.append(run)
        else:
            run()
        return Task(work)

    def run_pending(self) -> None:
        pending, self.pending = self.pending, []
        for run in pending:
            run()


class FakePrompts:
    """Records what would have been asked; answers as told."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.unsaved_answer = UnsavedChoice.DISCARD
        self.asked: list[tuple[str, str]] = []
        self.crashes = 0
        self.errors: list[str] = []

    def confirm(self, parent: object, title: str, text: str, *, destructive: bool = False) -> bool:
        self.asked.append((title, text))
        return self.confirm_answer

    def unsaved_changes(self, parent: object) -> UnsavedChoice:
        self.asked.append(("unsaved", ""))
        return self.unsaved_answer

    def inform(self, parent: object, title: str, text: str) -> None:
        self.asked.append((title, text))

    def error(self, parent: object, text: str) -> None:
        self.errors.append(text)

    def crash(self, parent: object) -> None:
        self.crashes += 1


class FakeEditor(QWidget):
    """Stands in for ``app.ui.case_editor.CaseEditor``: shows the subject's name in a line edit."""

    saved = Signal(str)
    save_failed = Signal(str)
    instances: ClassVar[list[FakeEditor]] = []

    def __init__(
        self, services: Services, runner: TaskRunner, case_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.cleared = False
        self.saves = 0
        self.dirty = False
        self.name_edit = QLineEdit()
        if case_id:
            self.name_edit.setText(services.cases.get_case(case_id).subject.display_name)
        QVBoxLayout(self).addWidget(self.name_edit)
        FakeEditor.instances.append(self)

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save(self) -> bool:
        self.saves += 1
        self.dirty = False
        if self.case_id:
            self.saved.emit(self.case_id)
        return True

    def clear(self) -> None:
        self.cleared = True
        self.name_edit.setText("")

    def discard(self) -> None:
        self.discarded = True
        self.name_edit.setText("")


@pytest.fixture
def services(vault: UnlockedVault) -> Services:
    return Services.for_vault(vault)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def make_shell(
    qapp: QApplication, runner: TaskRunner, prompts: FakePrompts, settings: QSettings, kdf: KdfParams
) -> Iterator[Callable[[Path], Shell]]:
    made: list[Shell] = []
    FakeEditor.instances.clear()

    def make(directory: Path, **options: Any) -> Shell:
        options.setdefault("editor_factory", FakeEditor)
        options.setdefault("erase_seconds", 2)
        options.setdefault("erase_tick_ms", 50)
        shell = Shell(
            VaultService(directory, kdf=kdf),
            runner,
            prompts,
            Preferences(settings),
            Translations(resources_dir() / "i18n"),
            clipboard=qapp.clipboard(),
            **options,
        )
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.shutdown()  # a failed test's countdown, no window's child, erases now, not later
        if shell.window is not None:
            shell.window.hide()
            shell.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def add_case(vault: UnlockedVault, *spellings: str, status: str = "intake") -> str:
    """A case whose subject has ``spellings`` (the first is primary); returns the case id."""
    services = Services.for_vault(vault)
    names = [r.PersonName(person_id="", text=text) for text in spellings]
    case = r.Case(subject_id="", office_id=vault.actor.office_id, status=CaseStatus(status))
    return services.cases.open_case(r.Person(), names, case)


def open_main(qtbot: Any, shell: Shell) -> MainWindow:
    """``unlock_main``, then wait for the case list's first rows."""
    main = unlock_main(qtbot, shell)
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() > 0, timeout=10_000)
    return main


def unlock_main(qtbot: Any, shell: Shell) -> MainWindow:
    """Unlock ``shell``'s vault from its unlock screen with the test passphrase; the main window."""
    screen = shell.show_unlock()
    screen.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.screen_changed, timeout=10_000):
        screen.on_unlock_button_clicked()
    assert isinstance(shell.window, MainWindow)
    return shell.window


class EndlessWork:
    """An admin whose backup, check and key replacement go on until their progress says stop (as the
    real ones do on Cancel), or 10 s, so that a test that fails to cancel fails rather than hangs."""

    def __init__(self) -> None:
        self.started, self.stopped = threading.Event(), threading.Event()
        self.rotated_as: tuple[str, str] | None = None

    def accounts(self) -> list[UserAccount]:
        return [UserAccount("u1", USERNAME, "", "admin", True, True)]

    def backup(self, destination: Path, progress: Progress, *, replace: bool = False) -> int:
        return self.check(progress)

    def rotate_master_key(self, username: str, passphrase: str, progress: Progress) -> Any:
        self.rotated_as = (username, passphrase)
        return self.check(progress)

    def check(self, progress: Progress) -> Any:
        self.started.set()
        give_up, step = time.monotonic() + 10, 0
        try:
            while time.monotonic() < give_up:
                step = (step + 1) % STEPS
                progress(step, STEPS, "working")
                time.sleep(0.005)
        finally:
            self.stopped.set()
        raise TimeoutError("never cancelled")


#: One fictional person, spelled in four scripts; any of these fragments on screen is case text.
CANARY = ("Қанарбек Сыздықұлы", "Qanarbek Syzdyqūly", "قانار بەك سىزدىق ۇلى", "卡纳尔别克")


@pytest.fixture
def canary_vault(vault_dir: Path, kdf: KdfParams) -> Path:
    """The test vault with three cases, one of them the ``CANARY``'s."""
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    for spelling in ("Someone Else", "Тағы біреу"):
        add_case(opened, spelling)
    add_case(opened, *CANARY)
    opened.lock()
    return vault_dir
