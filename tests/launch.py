# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m tests.launch ARGS``: ``pana ARGS`` with the 64 MiB / 1-pass test KDF, for tests and benchmarks.

The shipped entry point (``python -m app``, the ``pana`` executable) always
calibrates new key slots to the machine and reads no setting that could lower
that: a cheaper KDF is a keyword argument of ``app.__main__.main``, and only
this launcher, which never ships, passes it.  Slots made this way are reported
by ``pana check`` as test-strength.
"""

from __future__ import annotations

import sys

from app.__main__ import main
from app.vault import KdfParams

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], kdf=KdfParams.minimum()))
