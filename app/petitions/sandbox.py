# SPDX-License-Identifier: GPL-3.0-or-later
"""Jinja2's sandbox set up for petition templates: strict about names, capped in size, errors with lines.

A template is office-editable data.  The sandbox keeps it from Python, files and the
network, and ``app.petitions.limits`` its memory and time; ``StrictUndefined`` refuses a
name the context does not have; "nothing" (what ``last_event()`` returns when there is no
such event) is a ``ChainableUndefined``: false, empty, and empty again under any
attribute.  The output of each text is capped too.  Every part is compiled with as many
leading newlines as its first line's number, so Jinja's line numbers are the file's.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from typing import Any

from jinja2 import ChainableUndefined, StrictUndefined, Template, TemplateSyntaxError
from jinja2.exceptions import SecurityError
from jinja2.exceptions import TemplateError as JinjaError

from app.domain.running_text import lower_first
from app.petitions.errors import TemplateError
from app.petitions.limits import MAX_OUTPUT, LimitedEnvironment, start_budget

#: Longest template file (characters).
MAX_TEMPLATE = 200_000


def nothing() -> Any:
    """What a look-up returns when there is nothing: false, prints empty, its attributes too."""
    return ChainableUndefined(name="nothing")


ENVIRONMENT = LimitedEnvironment(
    undefined=StrictUndefined,
    autoescape=False,  # the text is plain; the PDF renderer escapes what it draws
    trim_blocks=True,
    lstrip_blocks=True,
    finalize=lambda value: "" if value is None else value,
)


ENVIRONMENT.filters["lower_first"] = lower_first


def compile_part(file: str, part: str, source: str, first_line: int) -> Template:
    """``source`` (found at ``first_line`` of ``file``) as a template; TemplateError for a syntax error."""
    padded = "\n" * (first_line - 1) + source
    try:
        code = ENVIRONMENT.compile(padded, name=_origin(file, part), filename=_origin(file, part))
    except TemplateSyntaxError as exc:
        raise TemplateError(file, exc.lineno, exc.message or "syntax error") from None
    return ENVIRONMENT.template_class.from_code(ENVIRONMENT, code, ENVIRONMENT.make_globals(None), None)


def render_part(file: str, part: str, template: Template, context: Mapping[str, object]) -> str:
    """The text ``template`` makes with ``context``; TemplateError (with the line) for a mistake."""
    chunks: list[str] = []
    size = 0
    start_budget()
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateError(file, None, f"the text is longer than {MAX_OUTPUT} characters")
            chunks.append(chunk)
    except TemplateError:
        raise
    except Exception as exc:
        line = _line(exc, _origin(file, part))
        if line is None:
            raise  # not the template's mistake: a bug
        raise TemplateError(file, line, _describe(exc)) from None
    return "".join(chunks)


def _origin(file: str, part: str) -> str:
    return f"{file}#{part}"


def _line(exc: BaseException, origin: str) -> int | None:
    """The template line of the innermost frame of ``origin`` (Jinja rewrites frames to template lines)."""
    lines = [
        line for frame, line in traceback.walk_tb(exc.__traceback__) if frame.f_code.co_filename == origin
    ]
    return lines[-1] if lines else None


def _describe(exc: Exception) -> str:
    if isinstance(exc, SecurityError):
        return f"not allowed in a template: {exc}"
    if isinstance(exc, JinjaError):
        return str(exc.message or exc.__class__.__name__)
    return f"{exc.__class__.__name__} in an expression"
