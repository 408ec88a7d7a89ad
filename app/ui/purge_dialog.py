# SPDX-License-Identifier: GPL-3.0-or-later
"""Purge a case, or one person of it, for good (``PurgeService``): for a witness at risk.

The dialog says what goes (counts, loaded on the database worker), that it cannot be undone and
that partner offices purge it too, and asks the user's passphrase again and a tick that they
understand.  The purge runs on the database worker; until it commits, Cancel stops it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WrongPassphraseError
from app.services.admin import AdminService
from app.services.purge import Purged, PurgePlan, PurgeService, PurgeTarget
from app.ui.errors import message_for
from app.ui.prompts import UserPrompts
from app.ui.tasks import Task, TaskRunner
from app.ui.unlock import secret_edit
from app.ui.widgets.busy import BusyIndicator
from app.ui.widgets.text import InlineMessage, PlainLabel


class PurgeDialog(QDialog):
    """``person`` False: purge the case ``case_id``; True: pick one of its people and purge them.
    Emits ``purged(Purged)`` and closes on success."""

    purged = Signal(object)

    def __init__(
        self,
        purge: PurgeService,
        admin: AdminService,
        user_id: str,
        runner: TaskRunner,
        prompts: UserPrompts,
        case_id: str,
        *,
        person: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._purge, self._admin, self._user_id = purge, admin, user_id
        self._runner, self._prompts = runner, prompts
        self.case_id, self.person = case_id, person
        self._plan: PurgePlan | None = None
        self._task: Task | None = None
        self.intro_label = PlainLabel()
        self.person_label, self.passphrase_label = PlainLabel(), PlainLabel()
        for label in (self.person_label, self.passphrase_label):
            label.setWordWrap(False)
        self.person_combo = QComboBox()
        self.person_combo.currentIndexChanged.connect(self.on_person_combo_currentIndexChanged)
        self.plan_label = PlainLabel()
        self.passphrase_edit = secret_edit(hidden=True)
        self.passphrase_edit.textChanged.connect(self.on_form_changed)
        self.understood_box = QCheckBox()
        self.understood_box.toggled.connect(self.on_form_changed)
        self.message = InlineMessage()
        self.busy = BusyIndicator()
        form = QFormLayout()
        if person:
            form.addRow(self.person_label, self.person_combo)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.purge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.purge_button.setAutoDefault(False)  # Enter never purges
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.on_buttons_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.understood_box)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._retranslate()

    # -- texts ---------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        if self.person:
            self.setWindowTitle(self.tr("Purge a person"))
            intro = self.tr(
                "Purging removes this person for good: their names, documents and places of residence, "
                "their place as a relative or a source in any case, the links to them, and all their "
                "history. The case itself stays."
            )
        else:
            self.setWindowTitle(self.tr("Purge a case"))
            intro = self.tr(
                "Purging removes this case for good: every record and file in it, all their history, "
                "and the people no other case names."
            )
        self.intro_label.setText(
            intro
            + "\n\n"
            + self.tr(
                "It cannot be undone. Partner offices purge it too when they import this office's next "
                "exchange file, and it never comes back from any exchange file. Backups and older copies "
                "of the vault keep it until they are erased."
            )
        )
        self.person_label.setText(self.tr("Person:"))
        self.passphrase_label.setText(self.tr("Your passphrase, again:"))
        self.understood_box.setText(self.tr("I understand that this cannot be undone."))
        self.purge_button.setText(self.tr("Purge for good"))
        for index in range(self.person_combo.count()):
            target = self.person_combo.itemData(index)
            if isinstance(target, PurgeTarget):
                self.person_combo.setItemText(index, self._target_text(target))
        self._show_plan()

    def _target_text(self, target: PurgeTarget) -> str:
        role = {
            "relative": self.tr("relative"),
            "source": self.tr("source"),
            "relayer": self.tr("relayed a report"),
        }.get(target.role, target.role)
        return f"{target.name or self.tr('(no name)')} ({role})"

    def _show_plan(self) -> None:
        plan = self._plan
        if plan is None:
            self.plan_label.setText(self.tr("Counting what it removes…"))
            return
        parts = [
            self.tr("%n case(s)", "", plan.cases) if plan.cases else "",
            self.tr("%n person(s)", "", plan.people) if plan.people else "",
            self.tr("%n file(s)", "", plan.files) if plan.files else "",
        ]
        self.plan_label.setText(
            self.tr("It removes %n record(s) with all their history", "", plan.records)
            + "".join(f"; {part}" for part in parts if part)
            + "."
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------------

    def load(self) -> None:
        """Count what goes (for a person: list the case's people first), on the database worker."""
        purge, case_id = self._purge, self.case_id
        if self.person:
            self._runner.start(
                lambda progress: purge.people(case_id), on_success=self._on_people, on_failure=self._on_failed
            )
        else:
            self._runner.start(
                lambda progress: purge.plan_case(case_id),
                on_success=self._on_plan,
                on_failure=self._on_failed,
            )

    def _on_people(self, people: tuple[PurgeTarget, ...]) -> None:
        self.person_combo.blockSignals(True)
        for target in people:
            self.person_combo.addItem(self._target_text(target), target)
        self.person_combo.blockSignals(False)
        if not people:
            self.plan_label.setText(
                self.tr("This case names nobody but its subject; purge the case instead.")
            )
            return
        self.on_person_combo_currentIndexChanged(0)

    @Slot(int)
    def on_person_combo_currentIndexChanged(self, index: int) -> None:
        target = self.person_combo.itemData(index)
        if not isinstance(target, PurgeTarget):
            return
        self._plan = None
        self._show_plan()
        self.on_form_changed()
        purge = self._purge
        self._runner.start(
            lambda progress: purge.plan_person(target.person_id),
            on_success=self._on_plan,
            on_failure=self._on_failed,
        )

    def _on_plan(self, plan: PurgePlan) -> None:
        current = self.person_combo.currentData()
        if self.person and (not isinstance(current, PurgeTarget) or current.person_id != plan.record_id):
            return  # the choice changed meanwhile
        self._plan = plan
        self._show_plan()
        self.on_form_changed()

    # -- purging -------------------------------------------------------------------------------------

    @Slot()
    def on_form_changed(self) -> None:
        ready = (
            self._plan is not None and bool(self.passphrase_edit.text()) and self.understood_box.isChecked()
        )
        self.purge_button.setEnabled(ready and self._task is None)

    @Slot()
    def on_buttons_accepted(self) -> None:
        plan = self._plan
        if plan is None or self._task is not None or not self.purge_button.isEnabled():
            return
        purge, admin, user_id = self._purge, self._admin, self._user_id
        passphrase, record_id = self.passphrase_edit.text(), plan.record_id
        run = purge.purge_person if plan.table == "persons" else purge.purge_case
        self.message.clear_message()
        for widget in (self.passphrase_edit, self.person_combo, self.understood_box):
            widget.setEnabled(False)
        self.busy.start(self.tr("Purging…"))
        self._task = self._runner.start(
            lambda progress: run(record_id, admin.username_of(user_id), passphrase, progress),
            on_success=self._on_purged,
            on_failure=self._on_purge_failed,
        )
        self.on_form_changed()

    @Slot()
    def on_buttons_rejected(self) -> None:
        if self._task is not None:
            self._task.cancel()  # stops it before it commits; the result still comes back
            return
        self.reject()

    def _on_purged(self, result: Purged) -> None:
        self._task = None
        self.busy.stop()
        self.passphrase_edit.setText("")
        self.accept()
        self.purged.emit(result)

    def _on_purge_failed(self, error: Exception) -> None:
        self._task = None
        self.busy.stop()
        for widget in (self.passphrase_edit, self.person_combo, self.understood_box):
            widget.setEnabled(True)
        self._on_failed(error)
        if isinstance(error, WrongPassphraseError):
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        self.on_form_changed()

    def _on_failed(self, error: Exception) -> None:
        message = message_for(error)
        if message is None:
            self._prompts.crash(self)
            return
        self.message.show_message(message)
        self.adjustSize()
