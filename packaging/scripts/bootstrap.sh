#!/bin/sh
# Creates .venv/ with the pinned packages, installing the Debian libraries Qt needs when we can.
# Called by `make run` / `make test`; safe to run again.
set -eu
PYTHON=${PYTHON:-python3}
cd "$(dirname "$0")/../.."

"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
    echo "Pana needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)." >&2; exit 1; }

# Offscreen Qt (tests) and a real window (xcb) need these on a bare Debian/Ubuntu.
QT_LIBS="libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1"
# The test suite reads printed petitions back: pdftotext and pdffonts (poppler-utils), qpdf --check.
PDF_TOOLS="poppler-utils qpdf"
if command -v dpkg-query >/dev/null 2>&1; then
    missing=""
    for pkg in $QT_LIBS $PDF_TOOLS; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "Installing system packages for Qt and the PDF checks:$missing"
            apt-get update -qq >/dev/null 2>&1 || true
            # shellcheck disable=SC2086
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
                || { echo "apt-get could not install:$missing" >&2; exit 1; }
        else
            echo "Qt or the PDF checks need these system packages, which are missing; install them with:" >&2
            echo "  sudo apt-get install$missing" >&2
            exit 1
        fi
    fi
fi

"$PYTHON" -m venv --help >/dev/null 2>&1 || {
    echo "The Python venv module is missing: sudo apt-get install python3-venv" >&2; exit 1; }
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
# The SQLCipher driver only as the pinned wheel: built from source it would link whatever libsqlcipher
# the system has (Debian's is SQLCipher 3, which cannot open a vault) or fail offline.
.venv/bin/python -m pip install -q --disable-pip-version-check --only-binary sqlcipher3 -r requirements.lock || {
    echo "pip could not install the pinned packages (see above). The SQLCipher driver comes only as a" >&2
    echo "wheel: use Python 3.11 to 3.13 on Linux (PYTHON=python3.12 make test), and reach PyPI." >&2
    exit 1; }
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
