# SPDX-License-Identifier: GPL-3.0-or-later
"""Jinja2's sandbox set up for petition templates: strict about names, capped in size, errors with lines.

A template is office-editable data.  The sandbox keeps it from Python, files and the
network; ``StrictUndefined`` refuses a name the context does not have; "nothing" (what
``last_event()`` returns when there is no such event) is a ``ChainableUndefined``: false,
empty, and empty again under any attribute.  Huge ranges, repetitions and powers are
refused and the output is capped, so a template cannot exhaust memory.  Every part is
compiled with as many leading newlines as its first line's number, so Jinja's line
numbers are the file's line numbers.
"""

from __future__ import annotations

import operator
import traceback
from collections.abc import Mapping
from typing import Any

from jinja2 import ChainableUndefined, StrictUndefined, Template, TemplateSyntaxError
from jinja2.exceptions import SecurityError
from jinja2.exceptions import TemplateError as JinjaError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.petitions.errors import TemplateError

#: Longest template file, and longest text one part of a template may produce (characters).
MAX_TEMPLATE = 200_000
MAX_OUTPUT = 500_000
#: Most items ``range()`` may give (Jinja's sandbox allows 100 000).
MAX_RANGE = 10_000
#: Largest integer a power may produce, in bits.
MAX_POWER_BITS = 4_096


def nothing() -> Any:
    """What a look-up returns when there is nothing: false, prints empty, its attributes too."""
    return ChainableUndefined(name="nothing")


def _capped_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} items")
    return result


def _sized(value: object) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None


class _Environment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "*":
            for size, count in ((_sized(left), right), (_sized(right), left)):
                if size is not None and isinstance(count, int) and size * count > MAX_OUTPUT:
                    raise SecurityError("repetition too long")
            return operator.mul(left, right)
        ints = isinstance(left, int) and isinstance(right, int)
        if ints and abs(left) > 1 and right > 0 and abs(left).bit_length() * right > MAX_POWER_BITS:
            raise SecurityError("power too large")
        return super().call_binop(context, operator_, left, right)


ENVIRONMENT = _Environment(
    undefined=StrictUndefined,
    autoescape=False,  # the text is plain; the PDF renderer escapes what it draws
    trim_blocks=True,
    lstrip_blocks=True,
    finalize=lambda value: "" if value is None else value,
)
ENVIRONMENT.globals["range"] = _capped_range


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
