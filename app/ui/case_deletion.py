# SPDX-License-Identifier: GPL-3.0-or-later
"""Case → Delete this case…: confirmed, then every record of the case gets a deletion revision on
the database worker (``CaseService.delete_case``); the history stays, the case leaves the lists."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.case_delete import DeletedCase
from app.services.cases import CaseService
from app.ui.errors import message_for, show_failure
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import isolate


class CaseDeletion(QObject):
    """``deleted(DeletedCase)`` once a case is gone; a failure is shown and changes nothing."""

    deleted = Signal(object)

    def __init__(
        self, cases: CaseService, runner: TaskRunner, prompts: UserPrompts, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._cases, self._runner, self._prompts = cases, runner, prompts
        self.busy = False

    def delete(self, case_id: str, heading: str, parent: QWidget | None) -> bool:
        """Ask, then delete ``case_id`` (``heading`` names it in the question); True when started."""
        if self.busy or not self._prompts.confirm(
            parent,
            self.tr("Delete this case"),
            self.tr(
                "Delete %1? It leaves the case list here, and at partner offices when they import this "
                "office's next exchange file. Its history is kept. Unsaved changes in it are lost."
            ).replace("%1", isolate(heading) if heading else self.tr("this case")),
            destructive=True,
        ):
            return False
        self.busy = True
        cases = self._cases
        self._runner.start(
            lambda progress: cases.delete_case(case_id),
            on_success=self._on_deleted,
            on_failure=lambda error: self._on_failed(error, parent),
        )
        return True

    def _on_deleted(self, result: DeletedCase) -> None:
        self.busy = False
        self.deleted.emit(result)

    def _on_failed(self, error: Exception, parent: QWidget | None) -> None:
        self.busy = False
        show_failure(self._prompts, parent, message_for(error))
