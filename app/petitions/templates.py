# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading a petition template (docs/petition-templates.md): TOML front matter in ``+++`` lines, Jinja2 body.

Every mistake is a ``TemplateError`` with the file name and the file's line: a TOML
error, a missing ``+++``, a missing title, an unknown key, a bad or repeated field name, a
Jinja syntax error in the body or in any front-matter text.  Each text (title, addressee,
applicant, signatory, every field default, the body) is compiled once, here.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field

from jinja2 import Template

from app.petitions.errors import TemplateError
from app.petitions.sandbox import MAX_TEMPLATE, compile_part

FILE_NAME = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3})\.txt")
FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
FENCE = "+++"
#: Front-matter keys that are texts (templates themselves), and every key allowed.
TEXTS = ("title", "summary", "addressee", "applicant", "signatory")
TOP_KEYS = frozenset({*TEXTS, "field", "timeline"})
FIELD_KEYS = frozenset({"name", "label", "default", "multiline"})
#: The body is compiled under this part name; a field's default under ``field.NAME``.
BODY = "body"

_TABLE = re.compile(r"\[\[\s*field\s*\]\]")
_KEY = re.compile(r"""(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=\s*(.*)""")
_TOML_LINE = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A blank the lawyer completes before printing; ``default`` is a template (``""``: must be filled)."""

    name: str
    label: str
    default: str = ""
    multiline: bool = False


@dataclass(frozen=True, slots=True)
class PetitionTemplate:
    """One parsed template file: ``KIND.LANG.txt``; ``office`` when it comes from the vault."""

    kind: str
    language: str
    file: str
    title: str  # as written (it may use the context; the filled document has the rendered one)
    summary: str
    fields: tuple[FieldSpec, ...]
    office: bool = False
    #: Of the file's text: the registry says which version of a template a petition was filled from.
    sha256: str = ""
    #: ``timeline = true``: the petition ends with a page drawing the case on one time axis.
    timeline: bool = False
    #: Compiled texts by part name: the TEXTS that are present, ``body``, ``field.NAME`` for defaults.
    parts: Mapping[str, Template] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class _Where:
    """The line of each front-matter key (top level, then each ``[[field]]``), and of its value."""

    keys: dict[str, tuple[int, int]]
    fields: list[dict[str, tuple[int, int]]]
    fence_line: int


def split_name(file: str) -> tuple[str, str]:
    """``("travel-document", "ru")`` for ``travel-document.ru.txt``; TemplateError for another name."""
    match = FILE_NAME.fullmatch(file)
    if match is None:
        raise TemplateError(file, None, "a template's name is KIND.LANG.txt (travel-document.ru.txt)")
    return match[1], match[2]


def parse_template(file: str, text: str, *, office: bool = False) -> PetitionTemplate:
    """The template in ``text`` (the contents of ``file``); TemplateError naming the line of any mistake."""
    kind, language = split_name(file)
    if len(text) > MAX_TEMPLATE:
        raise TemplateError(file, None, f"longer than {MAX_TEMPLATE} characters")
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    if lines[0].rstrip() != FENCE:
        raise TemplateError(file, 1, "the file must start with a +++ line (the front matter opens)")
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() == FENCE), None)
    if close is None:
        raise TemplateError(file, 1, "no second +++ line: the front matter must be closed before the body")
    front = "\n".join(lines[1:close])
    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found[1]) + 1 if found and found[1] else close  # "at end of document": its last line
        raise TemplateError(file, line, f"front matter (TOML): {_TOML_LINE.sub('', str(exc))}") from None
    where = _locate(lines[1:close], first=2, fence_line=close + 1)
    texts = _texts(file, data, where)
    fields = _fields(file, data.get("field", []), where)
    parts = {
        name: compile_part(file, name, texts[name], where.keys[name][1]) for name in TEXTS if name in texts
    }
    parts[BODY] = compile_part(file, BODY, "\n".join(lines[close + 1 :]), close + 2)
    for index, spec in enumerate(fields):
        if spec.default:
            parts[f"field.{spec.name}"] = compile_part(
                file, f"field.{spec.name}", spec.default, where.fields[index]["default"][1]
            )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    timeline = data.get("timeline", False)
    if not isinstance(timeline, bool):
        raise TemplateError(file, where.keys["timeline"][0], "timeline is true or false")
    return PetitionTemplate(
        kind,
        language,
        file,
        texts["title"],
        texts.get("summary", ""),
        fields,
        office,
        digest,
        timeline,
        parts,
    )


def _texts(file: str, data: dict[str, object], where: _Where) -> dict[str, str]:
    for key in data:
        if key not in TOP_KEYS:
            line = where.keys.get(key, (1, 1))[0]
            raise TemplateError(file, line, f"unknown key {key!r} (allowed: {', '.join(sorted(TOP_KEYS))})")
    texts: dict[str, str] = {}
    for key in TEXTS:
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, str):
            raise TemplateError(file, where.keys[key][0], f"{key} must be text in quotes")
        texts[key] = value
    if not texts.get("title", "").strip():
        line = where.keys["title"][0] if "title" in where.keys else 1
        raise TemplateError(file, line, "the front matter has no title")
    return texts


def _fields(file: str, tables: object, where: _Where) -> tuple[FieldSpec, ...]:
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        line = where.keys.get("field", (1, 1))[0]
        raise TemplateError(file, line, "fields are [[field]] tables")
    specs: list[FieldSpec] = []
    for index, table in enumerate(tables):
        keys = where.fields[index] if index < len(where.fields) else {}

        def line_of(key: str, keys: dict[str, tuple[int, int]] = keys) -> int:
            return keys.get(key, keys.get("[[field]]", (where.fence_line, 0)))[0]

        for key in table:
            if key not in FIELD_KEYS:
                raise TemplateError(
                    file,
                    line_of(key),
                    f"unknown field key {key!r} (allowed: name, label, default, multiline)",
                )
        name, label = table.get("name"), table.get("label")
        if not isinstance(name, str) or not FIELD_NAME.fullmatch(name):
            raise TemplateError(
                file, line_of("name"), "a field's name is letters, digits and _ (not starting with a digit)"
            )
        if any(spec.name == name for spec in specs):
            raise TemplateError(file, line_of("name"), f"a second field named {name!r}")
        if not isinstance(label, str) or not label.strip():
            raise TemplateError(file, line_of("label"), f"field {name!r} has no label")
        default, multiline = table.get("default", ""), table.get("multiline", False)
        if not isinstance(default, str):
            raise TemplateError(file, line_of("default"), f"field {name!r}: default must be text in quotes")
        if not isinstance(multiline, bool):
            raise TemplateError(file, line_of("multiline"), f"field {name!r}: multiline is true or false")
        specs.append(FieldSpec(name, label.strip(), default, multiline))
    return tuple(specs)


def _locate(lines: list[str], *, first: int, fence_line: int) -> _Where:
    """Where each key is: its line, and the line its value's text starts on (after an opening ``\"\"\"``)."""
    top: dict[str, tuple[int, int]] = {}
    fields: list[dict[str, tuple[int, int]]] = []
    current = top
    open_quote = ""
    for number, line in enumerate(lines, start=first):
        if open_quote:
            if open_quote in line:
                open_quote = ""
            continue
        stripped = line.strip()
        if _TABLE.fullmatch(stripped):
            current = {"[[field]]": (number, number)}
            fields.append(current)
            continue
        match = _KEY.fullmatch(stripped)
        if match is None:
            continue
        key = next(group for group in match.groups()[:3] if group is not None)
        rest = match[4]
        start = number
        if rest[:3] in ('"""', "'''"):
            if not rest[3:].strip():
                start = number + 1  # TOML drops the newline right after the opening quotes
            if rest[:3] not in rest[3:]:
                open_quote = rest[:3]
        current.setdefault(key, (number, start))
    return _Where(top, fields, fence_line)
