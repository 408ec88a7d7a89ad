# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract app/ui's strings into resources/i18n/pana_<lang>.ts (lupdate), then build the .qm (lrelease).

English is the source language, so its file holds only the messages with a count (``%n``):
"%n day(s) left" becomes "1 day left" / "3 days left" instead of showing "(s)".
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "app" / "ui"
I18N = ROOT / "resources" / "i18n"
#: Language code (as app/ui/i18n.py loads it) -> locale of its .ts (the locale sets the plural forms).
LANGUAGES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}
#: Languages whose file holds only the plural messages (the source language).
PLURAL_ONLY = frozenset({"en"})
_PLACEHOLDER = re.compile(r"%(?:n|L?\d)")


@dataclass(frozen=True)
class Problem:
    ts_file: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        if not self.context and not self.source:
            return f"{self.ts_file}: {self.what}"
        return f"{self.ts_file}: {self.what}: [{self.context}] {self.source!r}"


def tool(name: str) -> Path:
    """A Qt tool from the Python environment running this script (the venv's bin), never from PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} not found next to {sys.executable}: install PySide6 in this environment")


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or I18N) / f"pana_{language}.ts"


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def run(command: list[str | Path]) -> None:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"{Path(command[0]).name} failed (exit {result.returncode})")


#: pyside6-lupdate reads a ``#:`` comment (the code's attribute docs) as a note to translators and pins
#: it to the next string of the class, mostly one it is not about: the .ts files keep none.
_EXTRACOMMENT = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.S)


def lupdate(folder: Path) -> None:
    """Merge the strings of every app/ui source into each .ts in ``folder``; messages gone from the sources
    are dropped, translations of the others kept."""
    for language, locale in LANGUAGES.items():
        run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                "en",
                "-target-language",
                locale,
                *(["-pluralonly"] if language in PLURAL_ONLY else []),
                *source_files(),
                "-ts",
                ts_path(language, folder),
            ]
        )
        ts_file = ts_path(language, folder)
        ts_file.write_text(_EXTRACOMMENT.sub("", ts_file.read_text(encoding="utf-8")), encoding="utf-8")


def lrelease(ts_file: Path, qm_file: Path) -> None:
    run([tool("pyside6-lrelease"), "-silent", ts_file, "-qm", qm_file])


def messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> <message> of a .ts file."""
    found: dict[tuple[str, str, str], ET.Element] = {}
    root = ET.parse(ts_file).getroot()  # noqa: S314 (the project's own .ts files, not untrusted input)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def translations(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def message_problems(ts_file: Path) -> list[Problem]:
    """Unfinished or empty translations, and translations that lost a placeholder or the accelerator."""
    problems = []
    for (context, source, _comment), message in messages(ts_file).items():
        found: list[str] = []
        translation = message.find("translation")
        texts = translations(message)
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            found.append("unfinished")
        elif not texts or not all(text.strip() for text in texts):
            found.append("empty translation")
        for text in texts:
            if not text:
                continue
            wanted = set(_PLACEHOLDER.findall(source))
            if not wanted <= set(_PLACEHOLDER.findall(text)):
                found.append(f"placeholder missing in {text!r}")
            if re.search(r"&[^&\s]", source.replace("&&", "")) and not re.search(
                r"&[^&\s]", text.replace("&&", "")
            ):
                found.append(f"accelerator (&) missing in {text!r}")
        problems.extend(Problem(ts_file.name, context, source, what) for what in found)
    return problems


def check(work: Path | None = None) -> list[Problem]:
    """Everything wrong with the committed .ts/.qm files; lupdate and lrelease write only into ``work``
    (a temporary folder by default), never into the repository."""
    if work is None:
        with tempfile.TemporaryDirectory(prefix="pana-i18n-") as temp:
            return check(Path(temp))
    problems: list[Problem] = []
    for language in LANGUAGES:
        committed = ts_path(language)
        if committed.exists():
            shutil.copy2(committed, ts_path(language, work))
        else:
            problems.append(Problem(committed.name, "", "", "file missing"))
    lupdate(work)
    for language in LANGUAGES:
        committed, updated = ts_path(language), ts_path(language, work)
        if not committed.exists():
            continue
        before, after = messages(committed), messages(updated)
        for context, source, _comment in sorted(before.keys() - after.keys()):
            problems.append(Problem(committed.name, context, source, "no longer in the sources"))
        for problem in message_problems(updated):
            problems.append(Problem(committed.name, problem.context, problem.source, problem.what))
        qm_file = committed.with_suffix(".qm")
        fresh = work / qm_file.name
        lrelease(committed, fresh)
        if not qm_file.exists() or qm_file.read_bytes() != fresh.read_bytes():
            problems.append(Problem(qm_file.name, "", "", "missing or not built from the .ts"))
    return problems


def build() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate(I18N)
    for language in LANGUAGES:
        ts_file = ts_path(language)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        left = message_problems(ts_file)
        total = len(messages(ts_file))
        print(f"{ts_file.relative_to(ROOT)}: {total} messages, {len(left)} to do")
        for problem in left:
            print(f"  {problem}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 listing messages that are untranslated, missing or stale",
    )
    options = parser.parse_args(argv)
    if not options.check:
        build()
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s): run packaging/scripts/build_translations.py")
        return 1
    print("translations are complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
