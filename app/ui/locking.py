# SPDX-License-Identifier: GPL-3.0-or-later
"""Locking and quick erase: the idle watcher, the clipboard guard, the lock sequence, the countdown.

Lock sequence (T49): the open editor keeps a draft and empties itself, running
tasks finish, ``vault.lock()`` disposes the engine and zeroes the key, every
model and text widget is emptied, the clipboard is cleared if it holds
something copied from Pana; then the shell shows the unlock screen.
"""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication, QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.tasks import TaskRunner
from app.ui.widgets.text import PlainLabel

if TYPE_CHECKING:
    from app.services.session import UnlockedVault
    from app.ui.main_window import MainWindow

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None  # the watcher runs only while the app does
    return app


class IdleWatcher(QObject):
    """Emits ``idle`` once nobody pressed a key or moved the mouse in any Pana window for ``timeout_ms``.

    An application-wide event filter notes the time of the last input; a single
    QTimer checks it, so input costs one clock read, not a timer restart.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._last_input = time.monotonic()
        self._running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.on_timer_timeout)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        if self._running:
            self.timer.start(self._remaining_ms())

    def start(self) -> None:
        if not self._running:
            _application().installEventFilter(self)
            self._running = True
        self._last_input = time.monotonic()
        self.timer.start(self._timeout_ms)

    def stop(self) -> None:
        if self._running:
            _application().removeEventFilter(self)
            self._running = False
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_input = time.monotonic()
        return False

    def quiet_ms(self) -> int:
        """Milliseconds since the last key press, click, mouse move, wheel turn or touch (while running)."""
        return int((time.monotonic() - self._last_input) * 1000)

    def _remaining_ms(self) -> int:
        return max(0, self._timeout_ms - self.quiet_ms())

    @Slot()
    def on_timer_timeout(self) -> None:
        remaining = self._remaining_ms()
        if remaining > 0:
            self.timer.start(remaining)
        elif self._running:
            self.stop()
            self.idle.emit()


class ClipboardGuard(QObject):
    """Remembers a digest (never the text) of what was copied while Pana was active; clears it on lock."""

    def __init__(self, clipboard: QClipboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._digests: dict[QClipboard.Mode, bytes] = {}
        clipboard.changed.connect(self.on_clipboard_changed)

    @staticmethod
    def _digest(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    @Slot(QClipboard.Mode)
    def on_clipboard_changed(self, mode: QClipboard.Mode) -> None:
        ours = self._owns(mode) or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        text = self._clipboard.text(mode)
        if ours and text:
            self._digests[mode] = self._digest(text)
        else:
            self._digests.pop(mode, None)

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if mode == QClipboard.Mode.Selection:
            return self._clipboard.ownsSelection()
        if mode == QClipboard.Mode.FindBuffer:
            return self._clipboard.ownsFindBuffer()
        return self._clipboard.ownsClipboard()

    def clear_if_ours(self) -> bool:
        """Clear every clipboard mode holding something Pana put there; True if one was cleared."""
        cleared = False
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        if self._clipboard.supportsFindBuffer():
            modes.append(QClipboard.Mode.FindBuffer)
        for mode in modes:
            text = self._clipboard.text(mode)
            digest = self._digests.pop(mode, None)
            if self._owns(mode) or (text and digest == self._digest(text)):
                self._clipboard.clear(mode)
                cleared = True
        return cleared


def wipe_widgets(root: QWidget) -> None:
    """Empty every text-holding widget and item model under ``root`` (undo histories included).

    Every widget's signals are blocked meanwhile: emptying a search box must not start a search, nor
    emptying a filter's list of choices a count across every case.  Models still tell their views.
    """
    widgets = [root, *root.findChildren(QWidget)]
    blocked = [widget.blockSignals(True) for widget in widgets]
    try:
        _wipe(root)
    finally:
        for widget, was_blocked in zip(widgets, blocked, strict=True):
            widget.blockSignals(was_blocked)


def _wipe(root: QWidget) -> None:
    for edit in root.findChildren(QLineEdit):
        edit.setText("")  # unlike clear(), setText drops the undo history
    text_edits: list[QTextEdit | QPlainTextEdit] = [
        *root.findChildren(QTextEdit),
        *root.findChildren(QPlainTextEdit),
    ]
    for text_edit in text_edits:
        text_edit.setPlainText("")
    for combo in root.findChildren(QComboBox):
        if combo.isEditable():
            combo.setEditText("")
    item_widgets: list[QListWidget | QTableWidget | QTreeWidget] = [
        *root.findChildren(QListWidget),
        *root.findChildren(QTableWidget),
        *root.findChildren(QTreeWidget),
    ]
    for item_widget in item_widgets:
        item_widget.clear()
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(model, QStandardItemModel):
            model.clear()
        elif isinstance(model, QStringListModel):
            model.setStringList([])
    for label in root.findChildren(QLabel):
        label.setText("")


def settle_tasks(runner: TaskRunner, rounds: int = 20) -> None:
    """Wait for running tasks and deliver their results, again while results start new tasks."""
    for _ in range(rounds):
        runner.wait()
        # Results arrive as queued calls; deliver them now, while their receivers still exist.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        if not runner.busy:
            return


def lock_session(
    window: MainWindow | None, runner: TaskRunner, vault: UnlockedVault, clipboard: ClipboardGuard
) -> None:
    """Run the lock sequence over ``window``, the main window (None: none was open)."""
    if window is not None:
        window.prepare_lock()  # the editor stores a draft of unsaved work (a task), then empties itself
    settle_tasks(runner)
    vault.lock()
    if window is not None:
        window.wipe()
        wipe_widgets(window)
    clipboard.clear_if_ours()


class EraseCountdownDialog(QDialog):
    """ "Erasing in 5 s" with Cancel as the default button; ``accepted`` when the countdown ends."""

    def __init__(self, seconds: int = 5, *, tick_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setMinimumWidth(460)
        self._remaining = seconds
        self.message_label = PlainLabel()
        self.message_label.setWordWrap(True)
        self.countdown_label = PlainLabel()
        font = self.countdown_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.countdown_label.setFont(font)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, seconds)
        self.progress.setValue(seconds)
        self.progress.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message_label, self.countdown_label, self.progress, self.buttons):
            layout.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.finished.connect(self.timer.stop)
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.cancel_button.setFocus()
        if not self.timer.isActive() and self._remaining > 0:
            self.timer.start()

    @property
    def remaining(self) -> int:
        return self._remaining

    @Slot()
    def on_timer_timeout(self) -> None:
        self._remaining -= 1
        self.progress.setValue(self._remaining)
        self._retranslate()
        if self._remaining <= 0:
            self.timer.stop()
            self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick erase"))
        self.message_label.setText(
            self.tr("Every case in this vault will be destroyed for good. Press Cancel (or Esc) to stop.")
        )
        self.countdown_label.setText(self.tr("Erasing in %n s", "", self._remaining))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
