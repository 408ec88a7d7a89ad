# SPDX-License-Identifier: GPL-3.0-or-later
"""How long work tells how far it is: ``progress(done, total, message)``, where ``message`` names
the step (the words for it are the caller's: ``app.ui.long_steps``, the CLI's).  A ``Cancelled``
raised by ``progress`` stops the work, leaving nothing changed."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
