# SPDX-License-Identifier: GPL-3.0-or-later
"""The password of a protected PDF (``app.petitions.protect``), typed twice; OK only when both agree
and it is long enough."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.petitions.protect import MIN_PASSWORD_CHARS
from app.ui.unlock import secret_edit
from app.ui.widgets.text import InlineMessage, PlainLabel


class PdfPasswordDialog(QDialog):
    """Asks once per protected file; ``password`` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the PDF with a password"))
        self.password_edit = secret_edit(hidden=True)
        self.repeat_edit = secret_edit(hidden=True)
        self.note = PlainLabel(
            self.tr(
                "Whoever has the file needs this password to open it; it allows printing. Give it to "
                "the reader another way than the file, by telephone say. It has at least %n "
                "characters.",
                "",
                MIN_PASSWORD_CHARS,
            )
        )
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        for edit in (self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._check)
        self._check()

    @property
    def password(self) -> str:
        return self.password_edit.text()

    def forget(self) -> None:
        """Empty both fields and let the dialog go once asked."""
        self.password_edit.clear()
        self.repeat_edit.clear()
        self.deleteLater()

    def _check(self) -> None:
        first, second = self.password_edit.text(), self.repeat_edit.text()
        if first and len(first) < MIN_PASSWORD_CHARS:
            self.message.show_message(self.tr("Too short."), "warning")
        elif second and first != second:
            self.message.show_message(self.tr("The two entries differ."), "warning")
        else:
            self.message.clear_message()
        self.ok_button.setEnabled(len(first) >= MIN_PASSWORD_CHARS and first == second)
