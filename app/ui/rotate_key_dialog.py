# SPDX-License-Identifier: GPL-3.0-or-later
"""Replacing the vault key (the command line's ``rotate-key``), asked for: what it does and who loses
access, said before anything starts, and the passphrase of the user working now, which the new key keeps.

The work itself runs behind ``VaultActions``' progress dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.ui.unlock import secret_edit
from app.ui.widgets.text import InlineMessage, PlainLabel


class RotateKeyDialog(QDialog):
    """Emits ``confirmed(passphrase)`` when its button is pressed; the field is emptied first.

    ``others`` are the users who lose access (their slots cannot be re-wrapped without their
    passphrases); ``message`` says why it is asked again (a wrong passphrase).
    """

    confirmed = Signal(str)

    def __init__(self, others: Sequence[str], message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replace the vault key"))
        self.intro = PlainLabel(
            self.tr(
                "Every page of the vault is encrypted again under a new key. On a large vault this "
                "takes minutes; until it is done you can cancel it, and the vault stays as it was."
            )
            + "\n\n"
            + self.tr(
                "A new recovery key is made and shown once: the one written down now stops working. "
                "Your passphrase stays the same."
            )
            + "\n\n"
            + self.tr(
                "Backups and older copies made before keep the old key: they still open with the old "
                "passphrases and recovery key."
            )
        )
        self.others_label = InlineMessage()  # a warning, hidden when no one else can unlock
        if others:
            self.others_label.show_message(
                self.tr("These users lose access and must be added again (Vault → Users…): %1").replace(
                    "%1", ", ".join(others)
                ),
                "warning",
            )
        self.passphrase_edit = secret_edit(hidden=True)
        self.passphrase_edit.textChanged.connect(self.on_passphrase_changed)
        self.message = InlineMessage()
        self.message.show_message(message)
        for label in (self.intro, self.others_label, self.message):
            label.setWordWrap(True)
        passphrase_label = PlainLabel(self.tr("Your passphrase:"))
        passphrase_label.setWordWrap(False)
        form = QFormLayout()
        form.addRow(passphrase_label, self.passphrase_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.replace_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.replace_button.setText(self.tr("Replace the key"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.others_label):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.on_passphrase_changed()
        self.passphrase_edit.setFocus()

    @Slot()
    def on_passphrase_changed(self) -> None:
        self.replace_button.setEnabled(bool(self.passphrase_edit.text()))

    def accept(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            return
        super().accept()  # done() empties the field first
        self.confirmed.emit(passphrase)

    def done(self, result: int) -> None:
        self.passphrase_edit.setText("")  # unlike clear(), setText drops the undo history
        super().done(result)
