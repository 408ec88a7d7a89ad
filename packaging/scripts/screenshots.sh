#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every screen for the README: the real app on a throw-away demo vault under Xvfb.
# Needs Debian's xvfb and xauth (bootstrap.sh installs the Qt libraries).  Writes docs/screenshots/*.png.
set -eu
cd "$(dirname "$0")/../.."
command -v xvfb-run >/dev/null 2>&1 || {
    echo "xvfb-run is missing: sudo apt-get install xvfb xauth" >&2; exit 1; }
PYTHON=${PYTHON:-.venv/bin/python}
QT_QPA_PLATFORM=xcb exec xvfb-run -a -s "-screen 0 1600x1000x24" "$PYTHON" packaging/scripts/screenshot_driver.py "$@"
