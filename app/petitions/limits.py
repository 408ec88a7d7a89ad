# SPDX-License-Identifier: GPL-3.0-or-later
"""Jinja2's immutable sandbox with limits, so an office-edited template cannot exhaust memory or time.

The sandbox keeps a template from Python, files and the network, but not from asking for
a gigabyte (``"x" * 10**9``, ``"x".center(10**9)``, ``"%0999999999d"``) or looping
without end over nested ranges; Jinja's documentation leaves that to the application.
Here every loop counts its steps against a budget per text, numbers passed to a call or
filter are capped, repetition, powers, ``join`` and ``replace`` are sized before they run,
padding methods and the filters a petition has no use for are gone.  ``SecurityError``
names what was refused; ``app.petitions.sandbox`` turns it into a TemplateError with the line.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

#: Longest text one part of a template may produce or build (characters).
MAX_OUTPUT = 500_000
#: Most items ``range()`` may give (Jinja's sandbox allows 100 000).
MAX_RANGE = 10_000
#: Most loop steps one text may take, all loops together.
MAX_STEPS = 1_000_000
#: Largest integer a power may produce, in bits.
MAX_POWER_BITS = 4_096
#: String methods that only pad (and can be asked for any width).
PADDING = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
#: Filters a petition has no use for and that can blow text up (widths, indents, markup).
DROPPED_FILTERS = ("center", "indent", "wordwrap", "urlize", "xmlattr", "pprint", "tojson", "filesizeformat")
#: A printf width or precision of six digits or more, or taken from the arguments (``*``).
_WIDE_PRINTF = re.compile(r"%[-#0 +]*(?:\*|[0-9]{6,}|[0-9]*\.(?:\*|[0-9]{6,}))")
#: The same in a ``str.format`` field, or a width taken from a nested field.
_WIDE_FORMAT = re.compile(r"\{[^{}]*:(?:[^{}]*[0-9]{6,}|[^{}]*\{)")
_ITERATE = "_pana_iterate"

_steps: ContextVar[list[int]] = ContextVar("template_steps")


def start_budget() -> None:
    """Give the text about to be rendered its own budget of loop steps."""
    _steps.set([0])


def _iterate(iterable: Iterable[Any]) -> Iterator[Any]:
    counter = _steps.get([0])
    for item in iterable:
        counter[0] += 1
        if counter[0] > MAX_STEPS:
            raise SecurityError(f"more than {MAX_STEPS} loop steps")
        yield item


def capped_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} items")
    return result


def _check_numbers(args: Iterable[Any]) -> None:
    for value in args:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_OUTPUT:
            raise SecurityError("number too large for a template")


def _check_format(text: object, pattern: re.Pattern[str]) -> None:
    if isinstance(text, str) and pattern.search(text):
        raise SecurityError("format width too large")


def _check_size(size: int) -> None:
    if size > MAX_OUTPUT:
        raise SecurityError(f"text longer than {MAX_OUTPUT} characters")


def _replaced_size(text: str, old: str, new: str, count: int | None = None) -> int:
    found = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


def _joined_size(items: list[Any], separator: str) -> int:
    return sum(len(str(item)) for item in items) + len(separator) * max(len(items) - 1, 0)


def _guarded(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` (a filter) refusing huge numbers and, for join and replace, huge results."""

    @functools.wraps(func)  # keeps jinja_pass_arg: Jinja passes the context as before
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_numbers([*args, *kwargs.values()])
        values = [a for a in args if not hasattr(a, "environment")]  # without the context Jinja passes
        if name == "format" and values:
            _check_format(values[0], _WIDE_PRINTF)
        if name == "replace" and len(values) >= 3 and all(isinstance(v, str) for v in values[:3]):
            _check_size(_replaced_size(*values[:3]))
        if name == "join" and values:
            items = list(values[0])
            _check_size(_joined_size(items, str(values[1]) if len(values) > 1 else kwargs.get("d", "")))
            args = tuple(items if a is values[0] else a for a in args)
        return func(*args, **kwargs)

    return guarded


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox with the limits above; ``globals['range']`` is the capped range."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in DROPPED_FILTERS:
            self.filters.pop(name, None)
        self.filters = {name: _guarded(name, func) for name, func in self.filters.items()}
        self.globals["range"] = capped_range
        self.globals[_ITERATE] = _iterate

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        # WORKAROUND: Jinja has no hook on loops; every ``for`` iterates through the step counter.
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            counter = nodes.Name(_ITERATE, "load", lineno=loop.iter.lineno)
            loop.iter = nodes.Call(counter, [loop.iter], [], None, None, lineno=loop.iter.lineno)
        tree.set_environment(self)
        return tree

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "*":
            for size, count in ((_length(left), right), (_length(right), left)):
                if size is not None and isinstance(count, int):
                    _check_size(size * count)
            return operator.mul(left, right)
        if operator_ == "%":
            _check_format(left, _WIDE_PRINTF)
            return operator.mod(left, right)
        ints = isinstance(left, int) and isinstance(right, int)
        if ints and abs(left) > 1 and right > 0 and abs(left).bit_length() * right > MAX_POWER_BITS:
            raise SecurityError("power too large")
        return super().call_binop(context, operator_, left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        owner, name = getattr(value, "__self__", None), getattr(value, "__name__", "")
        if isinstance(owner, str) and name in ("format", "format_map"):
            _check_format(owner, _WIDE_FORMAT)
        return super().wrap_str_format(value)

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        _check_numbers([*args, *kwargs.values()])
        owner, name = getattr(obj, "__self__", None), getattr(obj, "__name__", "")
        if isinstance(owner, str):
            if name in PADDING:
                raise SecurityError(f"str.{name} is not available in templates")
            if name == "replace" and len(args) >= 2:
                _check_size(_replaced_size(owner, str(args[0]), str(args[1]), *args[2:3]))
            if name == "join" and args:
                items = list(args[0])
                _check_size(_joined_size(items, owner))
                args = (items, *args[1:])
        return super().call(context, obj, *args, **kwargs)


def _length(value: object) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None
