# SPDX-License-Identifier: GPL-3.0-or-later
"""What the dialogs that write one file share (the exchange export, the analysts' report): the work on
the database worker with a progress bar and Cancel, closing the dialog cancels it, the messages
every such file has (cancelled, a name already taken, a place that cannot be written), and what the
vault's lock does to the work (``app.ui.lock_wait``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QProgressBar, QPushButton, QWidget

from app.domain.errors import Cancelled, ValidationError
from app.ui.errors import message_for, show_failure
from app.ui.lock_wait import LockWait, LongWorkDialog
from app.ui.prompts import UserPrompts
from app.ui.tasks import Task, TaskRunner, Work
from app.ui.widgets.text import PlainLabel


class FileTaskDialog(LongWorkDialog, QDialog):
    """Its own texts use ``QCoreApplication.translate`` with this class's name: PySide's ``self.tr``
    would look them up under the subclass's name, where lupdate does not file them.

    Subclasses lay out ``progress_bar``, ``status_label`` and ``buttons`` (Close, ``export_button``,
    ``cancel_button``), and give ``_update_buttons``, ``on_export_button_clicked`` and what is said
    after the next unlock of a file the lock stopped (``_stopped_at_lock``) or waited for
    (``_written_at_lock``)."""

    def __init__(
        self,
        runner: TaskRunner,
        prompts: UserPrompts,
        steps: Mapping[str, str],
        steps_context: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._prompts = runner, prompts
        self._steps, self._steps_context = steps, steps_context
        self._task: Task | None = None
        self._lock_wait = LockWait()
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.status_label = PlainLabel(selectable=True)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

    def _update_buttons(self) -> None:
        raise NotImplementedError

    @Slot()
    def on_export_button_clicked(self) -> None:
        raise NotImplementedError

    def _stopped_at_lock(self) -> str:
        raise NotImplementedError

    def _written_at_lock(self, result: Any) -> str:
        raise NotImplementedError

    def _start(self, work: Work, on_written: Callable[[Any], None]) -> None:
        """Run ``work(progress)`` on the worker; ``on_written(result)`` once the file is complete."""
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.status_label.setText(QCoreApplication.translate("FileTaskDialog", "Starting…"))
        self._lock_wait.started()

        def written(result: Any) -> None:
            self._finish()
            if self._lock_wait.locking:
                self._lock_wait.end(self._written_at_lock(result))
            else:
                on_written(result)

        self._task = self._runner.start(
            work, on_success=written, on_failure=self._on_failed, on_progress=self._on_progress
        )
        self._update_buttons()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        if message in self._steps and not self._lock_wait.locking:
            self.status_label.setText(QCoreApplication.translate(self._steps_context, self._steps[message]))

    @Slot()
    def on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._lock_wait.cancel(self._task)
            self.status_label.setText(QCoreApplication.translate("FileTaskDialog", "Cancelling…"))

    def _finish(self) -> None:
        self._task = None
        self.progress_bar.setVisible(False)
        self._update_buttons()

    def _failure_text(self, error: Exception) -> str | None:
        """The message for a failed file; subclasses add their own refusals first."""
        if isinstance(error, ValidationError) and error.kind == "exists":
            return QCoreApplication.translate(
                "FileTaskDialog", "A file with this name exists already; choose another name."
            )
        if isinstance(error, OSError):
            return QCoreApplication.translate(
                "FileTaskDialog", "The file could not be written there (no space, or no permission)."
            )
        return message_for(error)

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        if self._lock_wait.locking:
            self._lock_wait.failed(error, self._stopped_at_lock(), self._failure_text(error))
            return
        if isinstance(error, Cancelled):
            self.status_label.setText(
                QCoreApplication.translate("FileTaskDialog", "Cancelled: no file was written.")
            )
            return
        self.status_label.setText("")
        show_failure(self._prompts, self, self._failure_text(error))

    def reject(self) -> None:
        """Closing while the file is being made cancels it."""
        self._lock_wait.cancel(self._task)
        super().reject()
