# SPDX-License-Identifier: GPL-3.0-or-later
"""The petition templates on offer (shipped or the office's) and filling one into a PetitionDocument.

Shipped templates are ``resources/petitions/KIND.LANG.txt``; an office template with the
same name replaces the shipped one.  A mistake in a shipped template is a bug and raises;
a broken office template is left out (the shipped one, if any, stays) and listed in
``TemplateSet.problems`` for the app to show.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir
from app.petitions.document import Annex, Block, BlockKind, PetitionDocument
from app.petitions.errors import BlankFieldsError, TemplateError, TemplateNotFoundError
from app.petitions.sandbox import render_part
from app.petitions.templates import BODY, PetitionTemplate, parse_template
from app.petitions.words import labels

#: What an empty field prints as: a line to complete by hand.
BLANK = "____________________"
#: The language whose summary ``kinds`` shows (summaries are English, for ``--list``).
SUMMARY_LANGUAGE = "en"


def shipped_dir() -> Path:
    return resources_dir() / "petitions"


@dataclass(frozen=True, slots=True)
class KindInfo:
    """A kind of petition: its code, a one-line English summary, the languages it is written in,
    and each template's own summary in its language (``summaries``: (language, summary))."""

    code: str
    summary: str
    languages: tuple[str, ...]
    summaries: tuple[tuple[str, str], ...] = ()


@functools.cache
def shipped_templates(directory: Path) -> tuple[PetitionTemplate, ...]:
    """The templates Pana ships in ``directory``, read and compiled once per process (they do not
    change while it runs; every preview builds a TemplateSet over them)."""
    return tuple(
        parse_template(path.name, path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.txt"))
    )


class TemplateSet:
    """Every template an office can use: shipped ones, then ``office`` (name, text) pairs over them.

    Pure and thread-agnostic: build one per vault (after templates are added) and share it.
    """

    def __init__(self, office: Iterable[tuple[str, str]] = (), *, shipped: Path | None = None) -> None:
        self._templates: dict[tuple[str, str], PetitionTemplate] = {}
        self.problems: list[TemplateError] = []
        for template in shipped_templates(shipped or shipped_dir()):
            self._add(template)
        for name, text in office:
            try:
                self._add(parse_template(name, text, office=True))
            except TemplateError as exc:
                self.problems.append(exc)

    def _add(self, template: PetitionTemplate) -> None:
        self._templates[(template.kind, template.language)] = template

    def kinds(self) -> list[KindInfo]:
        """Every kind, by code, with its languages; the English template's summary."""
        found: dict[str, list[PetitionTemplate]] = {}
        for (kind, _), template in sorted(self._templates.items()):
            found.setdefault(kind, []).append(template)
        infos = []
        for kind, templates in found.items():
            summary = next(
                (t.summary for t in templates if t.language == SUMMARY_LANGUAGE), templates[0].summary
            )
            summaries = tuple((t.language, t.summary) for t in templates if t.summary)
            infos.append(KindInfo(kind, summary, tuple(t.language for t in templates), summaries))
        return infos

    def template(self, kind: str, language: str) -> PetitionTemplate:
        """The template of ``kind`` in ``language``; TemplateNotFoundError when there is none."""
        try:
            return self._templates[(kind, language)]
        except KeyError:
            raise TemplateNotFoundError() from None

    def default_fields(self, template: PetitionTemplate, context: Mapping[str, object]) -> dict[str, str]:
        """Each field's default, rendered with ``context`` (``""`` for a field without one), in form order."""
        blank = {**context, "fields": {spec.name: "" for spec in template.fields}}
        return {
            spec.name: _text(template, f"field.{spec.name}", blank) if spec.default else ""
            for spec in template.fields
        }

    def fill(
        self,
        template: PetitionTemplate,
        context: Mapping[str, object],
        fields: Mapping[str, str],
        *,
        strict: bool = False,
    ) -> PetitionDocument:
        """The petition ``template`` makes for ``context`` (``case_context``) with the lawyer's ``fields``.

        An empty field prints as ``BLANK``; with ``strict`` any empty field raises
        BlankFieldsError naming them all.  A field named ``place`` is also the place of
        signing.  Annexes are the context's, by title (the caller adds images).
        TemplateError (file and line) for a mistake in the template.
        """
        values = {spec.name: (fields.get(spec.name) or "").strip() for spec in template.fields}
        missing = [spec for spec in template.fields if not values[spec.name]]
        if strict and missing:
            raise BlankFieldsError(template.file, [s.name for s in missing], [s.label for s in missing])
        shown = {name: value or BLANK for name, value in values.items()}
        filled: dict[str, object] = {**context, "fields": shown}
        if "place" in shown:
            filled["place"] = shown["place"]
        annexes = context.get("annexes", ())
        return PetitionDocument(
            kind=template.kind,
            language=template.language,
            title=" ".join(_text(template, "title", filled).split()),
            addressee=_lines(template, "addressee", filled),
            applicant=_lines(template, "applicant", filled),
            blocks=blocks(_tidy_stops(_text(template, BODY, filled))),
            annexes=tuple(Annex(str(title)) for title in annexes) if isinstance(annexes, Sequence) else (),
            place=str(filled.get("place", "")),
            date=str(context.get("today", "")),
            signatory=" ".join(_text(template, "signatory", filled).split()),
            labels=labels(template.language),
        )


#: Two full stops where a sentence ends on a value that ends with one ("… 2011 г." + "."); an
#: ellipsis (three) is left alone.
_DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
#: A value's closing full stop before the template's semicolon ("…где живёт сестра.;"); not an
#: abbreviation's ("2011 г.;", "ст.;"), whose word is shorter than three letters.
_STOP_BEFORE_SEMICOLON = re.compile(r"(\w{3,})\.;")


def _tidy_stops(text: str) -> str:
    return _STOP_BEFORE_SEMICOLON.sub(r"\1;", _DOUBLED_STOP.sub(".", text))


def _text(template: PetitionTemplate, part: str, context: Mapping[str, object]) -> str:
    compiled = template.parts.get(part)
    return "" if compiled is None else render_part(template.file, part, compiled, context).strip()


def _lines(template: PetitionTemplate, part: str, context: Mapping[str, object]) -> tuple[str, ...]:
    return tuple(line.strip() for line in _text(template, part, context).splitlines() if line.strip())


def blocks(text: str) -> tuple[Block, ...]:
    """The body's text cut into blocks (docs/petition-templates.md).

    ``# `` starts a heading, ``- `` a list item; other lines up to a blank line make one
    paragraph, joined with spaces.  An indented line right after an item continues it.
    """
    found: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            found.append(Block(BlockKind.PARAGRAPH, " ".join(paragraph)))
            paragraph.clear()

    in_item = False
    for raw in text.splitlines():
        line = raw.strip()
        if in_item and line and raw[:1].isspace() and not line.startswith(("# ", "- ")):
            found[-1] = Block(BlockKind.ITEM, f"{found[-1].text} {line}")
            continue
        in_item = line.startswith("- ")
        if not line:
            flush()
        elif line.startswith("# "):
            flush()
            found.append(Block(BlockKind.HEADING, line[2:].strip()))
        elif in_item:
            flush()
            found.append(Block(BlockKind.ITEM, line[2:].strip()))
        else:
            paragraph.append(line)
    flush()
    return tuple(found)
