# SPDX-License-Identifier: GPL-3.0-or-later
"""Termination signals (SIGTERM at a shutdown or logout, SIGHUP, Ctrl+C in a terminal) end the app's
event loops, and the shell's shutdown runs: the vault locked, a draft of unsaved work kept, a
confirmed quick erase carried out.  Nothing is asked first (there may be nobody to answer, and the
system will not wait), and no window is closed, since closing the quick erase's countdown cancels
it.  Without this Python's default kills the process at once on SIGTERM, and Ctrl+C waits for the
next Python slot to raise in.

Python runs a signal handler only when the interpreter next gets control, which a Qt event loop
waiting in C++ does not give it: ``signal.set_wakeup_fd`` writes a byte to a socket the loop watches,
and reading it runs the handler (the way qutebrowser does it).  A signal someone chose to ignore
(``nohup``) stays ignored.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot

SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class QuitOnSignals(QObject):
    """While installed, each of ``SIGNALS`` calls ``quit`` from the event loop (give it
    ``QCoreApplication.exit``); ``uninstall`` puts back what was there before."""

    def __init__(self, quit: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {
            sig: signal.signal(sig, self._on_signal)
            for sig in SIGNALS
            if signal.getsignal(sig) in (signal.SIG_DFL, signal.default_int_handler)
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.on_notifier_activated)

    @Slot()
    def on_notifier_activated(self) -> None:
        try:
            while self._reader.recv(64):  # the handlers have run by now; empty the socket
                pass
        except BlockingIOError:
            pass

    def _on_signal(self, signum: int, frame: object) -> None:
        QTimer.singleShot(0, self._quit)

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_wakeup)
        self._reader.close()
        self._writer.close()
