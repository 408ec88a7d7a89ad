# SPDX-License-Identifier: GPL-3.0-or-later
"""Long commands show their step on a terminal, on one line that rewrites itself, and nothing in a
script's log."""

from __future__ import annotations

import io

from app.cli_progress import terminal_progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_one_line_rewrites_itself_and_ends_with_a_newline() -> None:
    stream = Terminal()
    with terminal_progress(stream) as progress:
        assert progress is not None
        progress(0, 1000, "backup")
        progress(370, 1000, "backup")
        progress(3, 142, "migrating")
    assert stream.getvalue() == (
        "\rbacking up 0 %\x1b[K\rbacking up 37 %\x1b[K\rupgrading the vault 2 %\x1b[K\n"
    )


def test_nothing_shown_nothing_written_and_no_progress_for_a_log() -> None:
    quiet = Terminal()
    with terminal_progress(quiet):
        pass
    assert quiet.getvalue() == ""  # a command that had no long step leaves no blank line
    with terminal_progress(io.StringIO()) as progress:
        assert progress is None


def test_an_export_shows_its_steps_in_words() -> None:
    stream = Terminal()
    with terminal_progress(stream) as progress:
        assert progress is not None
        for done, message in enumerate(("collect", "encrypt", "write", "done")):
            progress(done, 3, message)
    assert stream.getvalue().split("\r")[1:] == [
        "collecting the records 0 %\x1b[K",
        "signing and encrypting 33 %\x1b[K",
        "writing the file 66 %\x1b[K",
        "done 100 %\x1b[K\n",
    ]
