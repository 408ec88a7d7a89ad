# SPDX-License-Identifier: GPL-3.0-or-later
"""First run: name the office and the first user, choose a passphrase, then write down the recovery key.

The vault is created on the database worker (Argon2id takes about a second).
The recovery key is shown exactly once; the user proves they wrote it down by
typing one of its groups back.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.passphrase_strength import Strength, assess
from app.domain.validation import USERNAME_LIMIT
from app.services.vault import NewVault, VaultService
from app.ui.errors import message_for
from app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.unlock import secret_edit
from app.ui.widgets.busy import BusyIndicator
from app.ui.widgets.strength_meter import StrengthMeter
from app.ui.widgets.text import PlainLabel

CONFIRM_GROUP = 3  # the user types back the third group of the recovery key
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def key_group(recovery_key: str, number: int) -> str:
    """Group ``number`` (1-based) of a dash-separated recovery key."""
    groups = recovery_key.split("-")
    return groups[number - 1] if 0 < number <= len(groups) else ""


def normalise_group(typed: str) -> str:
    text = unicodedata.normalize("NFKC", typed).upper().translate(_LOOKALIKES)
    return "".join(ch for ch in text if ch.isalnum())


class FirstRunWizard(QWidget):
    """Emits ``completed(UnlockedVault)`` once the vault exists and the recovery key was confirmed."""

    completed = Signal(object)
    #: The language picked at the top of the first page (a code of ``LANGUAGES``): the shell installs it.
    language_chosen = Signal(str)

    def __init__(
        self,
        vault_service: VaultService,
        runner: TaskRunner,
        prompts: UserPrompts,
        parent: QWidget | None = None,
        *,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self._service = vault_service
        self._runner = runner
        self._prompts = prompts
        self._created: NewVault | None = None
        self._error: Exception | None = None
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:  # each in its own language: readable before any is chosen
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_currentIndexChanged)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_setup_page())
        self.pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._retranslate()
        self.on_form_changed()
        self.resize(640, 520)

    # -- page 1: office, user, passphrase ----------------------------------------------------------

    def _build_setup_page(self) -> QWidget:
        page = QWidget()
        self.welcome_label = _title_label()
        self.intro_label = PlainLabel()
        self.intro_label.setWordWrap(True)
        self.office_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.user_edit.setMaxLength(USERNAME_LIMIT)
        self.passphrase_edit = secret_edit(hidden=True)
        self.repeat_edit = secret_edit(hidden=True)
        self.office_label, self.user_label = PlainLabel(), PlainLabel()
        self.passphrase_label, self.repeat_label = PlainLabel(), PlainLabel()
        self.strength_meter = StrengthMeter()
        self.error_label = _error_label()
        self.busy = BusyIndicator()
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.on_create_button_clicked)
        for edit in (self.office_edit, self.user_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self.on_form_changed)
        form = QFormLayout()
        form.addRow(self.office_label, self.office_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow("", self.strength_meter)
        form.addRow(self.repeat_label, self.repeat_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_combo)
        layout = QVBoxLayout(page)
        layout.addLayout(language_row)
        layout.addWidget(self.welcome_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    @Slot(int)
    def on_language_combo_currentIndexChanged(self, index: int) -> None:
        self.language_chosen.emit(str(self.language_combo.itemData(index)))

    @property
    def strength(self) -> Strength:
        return assess(self.passphrase_edit.text())

    @Slot()
    def on_form_changed(self) -> None:
        differs = bool(self.repeat_edit.text()) and self.repeat_edit.text() != self.passphrase_edit.text()
        self.strength_meter.show_strength(self.strength, repeated_differs=differs)
        self.create_button.setEnabled(self._problem() is None)

    def _problem(self) -> str | None:
        """Why the vault cannot be created yet (None: it can)."""
        if not self.office_edit.text().strip():
            return self.tr("Enter the office name.")
        if not self.user_edit.text().strip():
            return self.tr("Enter your user name.")
        if not self.strength.acceptable:
            return self.tr("Choose a stronger passphrase.")
        if self.repeat_edit.text() != self.passphrase_edit.text():
            return self.tr("The two passphrases differ.")
        return None

    @Slot()
    def on_create_button_clicked(self) -> None:
        if self._problem() is not None or not self.create_button.isEnabled():
            return
        service = self._service
        office, user = self.office_edit.text().strip(), self.user_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        self._set_busy(True)
        self._show_error(None)
        self._runner.start(
            lambda progress: service.create(office_name=office, username=user, passphrase=passphrase),
            on_success=self._on_created,
            on_failure=self._on_create_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.office_edit, self.user_edit, self.passphrase_edit, self.repeat_edit):
            widget.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self._problem() is None)
        if busy:
            self.create_button.setEnabled(False)
            self.busy.start(self.tr("Creating the encrypted vault…"))
        else:
            self.busy.stop()

    def _on_created(self, created: NewVault) -> None:
        self._set_busy(False)
        self._created = created
        self.passphrase_edit.setText("")
        self.repeat_edit.setText("")
        self.key_label.setText(created.recovery_key)
        self.pages.setCurrentIndex(1)
        self.confirm_edit.setFocus()
        self.on_confirm_edit_textChanged("")

    def _on_create_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if message_for(error) is None:
            self._prompts.crash(self)
        else:
            self._show_error(error)

    def _show_error(self, error: Exception | None) -> None:
        self._error = error
        self.error_label.setText((message_for(error) or "") if error is not None else "")
        self.error_label.setVisible(error is not None)

    # -- page 2: the recovery key ------------------------------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_title = _title_label()
        self.recovery_intro = PlainLabel()
        self.recovery_intro.setWordWrap(True)
        self.key_label = PlainLabel()
        key_font = QFont(self.key_label.font())
        key_font.setPointSizeF(key_font.pointSizeF() * 1.4)
        key_font.setBold(True)
        key_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.key_label.setFont(key_font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # write it, not copy
        self.key_label.setContentsMargins(8, 16, 8, 16)
        self.confirm_label = PlainLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setMaxLength(16)
        self.confirm_edit.textChanged.connect(self.on_confirm_edit_textChanged)
        self.confirm_edit.returnPressed.connect(self.on_continue_button_clicked)
        self.confirm_hint = PlainLabel()
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        for widget in (
            self.recovery_title,
            self.recovery_intro,
            self.key_label,
            self.confirm_label,
            self.confirm_edit,
            self.confirm_hint,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    @property
    def recovery_confirmed(self) -> bool:
        if self._created is None:
            return False
        expected = key_group(self._created.recovery_key, CONFIRM_GROUP)
        return bool(expected) and normalise_group(self.confirm_edit.text()) == expected

    @Slot(str)
    def on_confirm_edit_textChanged(self, text: str) -> None:
        confirmed = self.recovery_confirmed
        self.continue_button.setEnabled(confirmed)
        typed = normalise_group(text)
        self.confirm_hint.setText(
            self.tr("Correct.")
            if confirmed
            else self.tr("That is not group %n.", "", CONFIRM_GROUP)
            if len(typed) >= 5
            else ""
        )

    @Slot()
    def on_continue_button_clicked(self) -> None:
        if not self.recovery_confirmed or self._created is None:
            return
        vault = self._created.vault
        self._created = None
        self.key_label.setText("")
        self.confirm_edit.setText("")
        self.completed.emit(vault)

    @property
    def created_vault(self) -> NewVault | None:
        return self._created

    # -- texts and closing -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pana: new vault"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.welcome_label.setText(self.tr("Welcome to Pana"))
        self.intro_label.setText(
            self.tr(
                "Pana keeps case files in an encrypted vault on this computer. Without the passphrase "
                "or the recovery key nobody can read it — not even us. There is no way to reset a lost "
                "passphrase."
            )
        )
        self.office_label.setText(self.tr("Office name:"))
        self.user_label.setText(self.tr("Your user name:"))
        self.passphrase_label.setText(self.tr("Passphrase:"))
        self.repeat_label.setText(self.tr("Repeat passphrase:"))
        self.create_button.setText(self.tr("Create vault"))
        self.recovery_title.setText(self.tr("Your recovery key"))
        self.recovery_intro.setText(
            self.tr(
                "Write this key on paper now and keep it somewhere safe, away from this computer. "
                "It opens the vault if the passphrase is forgotten. It is shown only this once."
            )
        )
        self.confirm_label.setText(
            self.tr(
                "To check that you wrote it down, type group %n of the key (counting from the left):",
                "",
                CONFIRM_GROUP,
            )
        )
        self.continue_button.setText(self.tr("I wrote it down — continue"))
        self.on_form_changed()
        if self._error is not None:
            self._show_error(self._error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._created is not None and not self._prompts.confirm(
            self,
            self.tr("Recovery key"),
            self.tr("You have not confirmed the recovery key. It will not be shown again. Close anyway?"),
            destructive=True,
        ):
            event.ignore()
            return
        super().closeEvent(event)


def _title_label() -> PlainLabel:
    label = PlainLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def _error_label() -> PlainLabel:
    label = PlainLabel()
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
    label.setPalette(palette)
    label.setVisible(False)
    return label
