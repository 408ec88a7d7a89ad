"""Petition template files: the format, every mistake named by file and line, the sandbox, fill and blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.petitions.catalogue import BLANK, TemplateSet, blocks
from app.petitions.document import Block, BlockKind
from app.petitions.errors import BlankFieldsError, TemplateError, TemplateNotFoundError
from app.petitions.sandbox import MAX_OUTPUT, MAX_TEMPLATE
from app.petitions.templates import parse_template

FILE = "test-kind.ru.txt"
#: A folder without templates: the tests' sets hold only the templates they are given.
NO_SHIPPED = Path(__file__).parent / "no-shipped-templates"

GOOD = """+++
title = "Заявление {{ subject.name }}"
summary = "A test petition"
addressee = \"\"\"
{{ fields.authority }}
\"\"\"
applicant = \"\"\"
от {{ subject.name }}

{% if subject.address %}адрес: {{ subject.address }}{% endif %}
\"\"\"
signatory = "{{ subject.name }}"

[[field]]
name = "authority"
label = "Куда"
default = "Председателю"

[[field]]
name = "destination"
label = "Страна"
default = "{{ last_event('status-granted-abroad').destination_country }}"
multiline = false

[[field]]
name = "place"
label = "Место"
+++
# Заявление

Прошу выдать документ для выезда в {{ fields.destination }}
и больше ничего.

{% if last_event("refugee-status-granted") %}
Статус: {{ last_event("refugee-status-granted").date }}.
{% endif %}

Нет события: [{{ last_event("no-such-kind").date }}]
"""


def context(**extra: object) -> dict[str, object]:
    events = [{"kind_code": "refugee-status-granted", "date": "12 мая 2018", "destination_country": ""}]

    def last_event(*codes: str) -> object:
        from app.petitions.context_lookups import latest_of

        return latest_of(events, codes, "date")

    return {
        "today": "6 декабря 2026",
        "place": "",
        "subject": {"name": "Айгүл Тестова", "address": ""},
        "annexes": ["Копия"],
        "last_event": last_event,
        **extra,
    }


def error_of(text: str, file: str = FILE) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        parse_template(file, text)
    return caught.value


def fill_error(text: str, fields: dict[str, str] | None = None) -> TemplateError:
    template = parse_template(FILE, text)
    with pytest.raises(TemplateError) as caught:
        TemplateSet(shipped=NO_SHIPPED).fill(template, context(), fields or {})
    return caught.value


def test_the_format_is_read() -> None:
    template = parse_template(FILE, GOOD)
    assert (template.kind, template.language, template.summary) == ("test-kind", "ru", "A test petition")
    assert [(f.name, f.label, f.multiline) for f in template.fields] == [
        ("authority", "Куда", False),
        ("destination", "Страна", False),
        ("place", "Место", False),
    ]


def test_fill_makes_the_document() -> None:
    templates = TemplateSet([(FILE, GOOD)], shipped=NO_SHIPPED)
    template = templates.template("test-kind", "ru")
    assert template.office
    defaults = templates.default_fields(template, context())
    assert defaults == {"authority": "Председателю", "destination": "", "place": ""}
    document = templates.fill(template, context(), {**defaults, "destination": "Швецию", "place": "Алматы"})
    assert document.title == "Заявление Айгүл Тестова"
    assert document.addressee == ("Председателю",)
    assert document.applicant == ("от Айгүл Тестова",)
    assert document.signatory == "Айгүл Тестова"
    assert (document.place, document.date) == ("Алматы", "6 декабря 2026")
    assert [a.title for a in document.annexes] == ["Копия"]
    assert document.labels.annexes == "Приложения"
    assert document.labels.page_of == "Страница {page} из {pages}"
    assert document.blocks == (
        Block(BlockKind.HEADING, "Заявление"),
        Block(BlockKind.PARAGRAPH, "Прошу выдать документ для выезда в Швецию и больше ничего."),
        Block(BlockKind.PARAGRAPH, "Статус: 12 мая 2018."),
        Block(BlockKind.PARAGRAPH, "Нет события: []"),
    )


def test_a_blank_field_prints_a_line_and_strict_refuses_naming_it() -> None:
    templates = TemplateSet([(FILE, GOOD)], shipped=NO_SHIPPED)
    template = templates.template("test-kind", "ru")
    document = templates.fill(template, context(), {"authority": "Председателю"})
    assert f"выезда в {BLANK} и" in document.blocks[1].text
    assert document.place == BLANK
    with pytest.raises(BlankFieldsError) as caught:
        templates.fill(template, context(), {"authority": "  ", "destination": "Швецию"}, strict=True)
    assert caught.value.fields == ("authority", "place")
    assert caught.value.labels == ("Куда", "Место")
    assert FILE in str(caught.value)
    filled = {"authority": "А", "destination": "Б", "place": "В"}
    assert templates.fill(template, context(), filled, strict=True).place == "В"


def test_an_office_template_overrides_the_shipped_one(tmp_path) -> None:
    (tmp_path / FILE).write_text(GOOD, encoding="utf-8")
    (tmp_path / "test-kind.en.txt").write_text(GOOD.replace("A test petition", "Shipped"), encoding="utf-8")
    (tmp_path / "labels.toml").write_text("not a template", encoding="utf-8")
    shipped = TemplateSet(shipped=tmp_path)
    assert not shipped.template("test-kind", "ru").office
    office = GOOD.replace('title = "Заявление', 'title = "Офисное заявление')
    templates = TemplateSet([(FILE, office), ("other.kk.txt", GOOD)], shipped=tmp_path)
    template = templates.template("test-kind", "ru")
    assert template.office
    assert templates.fill(template, context(), {}).title.startswith("Офисное заявление")
    assert [(k.code, k.summary, k.languages) for k in templates.kinds()] == [
        ("other", "A test petition", ("kk",)),
        ("test-kind", "Shipped", ("en", "ru")),
    ]
    with pytest.raises(TemplateNotFoundError):
        templates.template("test-kind", "zh")


def test_a_broken_office_template_is_reported_and_the_shipped_one_kept(tmp_path) -> None:
    (tmp_path / FILE).write_text(GOOD, encoding="utf-8")
    broken = GOOD.replace("{{ fields.destination }}\n", "{{ fields.destination }\n")
    templates = TemplateSet([(FILE, broken)], shipped=tmp_path)
    assert not templates.template("test-kind", "ru").office
    assert [(p.file, p.line) for p in templates.problems] == [(FILE, 31)]


# -- every mistake names the file and the line ----------------------------------------------


def test_missing_opening_fence() -> None:
    error = error_of('title = "x"\n+++\nbody\n')
    assert (error.file, error.line) == (FILE, 1)
    assert str(error).startswith(f"{FILE}:1: ")


def test_missing_closing_fence() -> None:
    assert error_of('+++\ntitle = "x"\nbody\n').line == 1


def test_toml_error_line() -> None:
    error = error_of('+++\ntitle = "x"\nsummary = \n\n[[field]]\n+++\nbody\n')
    assert error.line == 3
    assert "TOML" in error.reason
    assert error_of('+++\ntitle = "x"\nsummary = \n+++\nbody\n').line == 3  # "at end of document"


def test_missing_title() -> None:
    assert error_of('+++\nsummary = "x"\n+++\nbody\n').line == 1
    assert error_of('+++\nsummary = "x"\ntitle = "  "\n+++\nbody\n').line == 3


def test_unknown_key() -> None:
    error = error_of('+++\ntitle = "x"\n\ntittle = "y"\n+++\n')
    assert (error.line, "tittle" in error.reason) == (4, True)


def test_bad_field_name() -> None:
    text = '+++\ntitle = "x"\n[[field]]\nname = "a"\nlabel = "a"\n[[field]]\nlabel = "b"\nname = "1b"\n+++\n'
    assert error_of(text).line == 8


def test_duplicate_field() -> None:
    text = '+++\ntitle = "x"\n[[field]]\nname = "a"\nlabel = "a"\n\n[[field]]\nname = "a"\nlabel = "b"\n+++\n'
    error = error_of(text)
    assert (error.line, "second field" in error.reason) == (8, True)


def test_field_without_label_and_unknown_field_key() -> None:
    assert error_of('+++\ntitle = "x"\n[[field]]\nname = "a"\n+++\n').line == 3
    assert error_of('+++\ntitle = "x"\n[[field]]\nname = "a"\nlabel = "a"\nlable = "b"\n+++\n').line == 6


def test_fields_must_be_tables() -> None:
    assert error_of('+++\ntitle = "x"\nfield = "a"\n+++\n').line == 3


def test_syntax_error_in_the_body_has_the_file_line() -> None:
    error = error_of('+++\ntitle = "x"\n+++\nline 4\n\n{% if x %}\nline 7\n{% endfor %}\nline 9\n')
    assert (error.file, error.line) == (FILE, 8)
    assert error_of('+++\ntitle = "x"\n+++\nline 4\n\n{% if x %}\nline 7\n').line == 7  # where the text ends


def test_syntax_error_line_exact() -> None:
    assert error_of('+++\ntitle = "x"\n+++\nline 4\n{{ subject.name }\n').line == 5


def test_syntax_error_in_a_multiline_front_matter_text() -> None:
    text = '+++\ntitle = "x"\naddressee = """\nfirst\n{{ oops( }}\n"""\n+++\n'
    assert error_of(text).line == 5


def test_syntax_error_in_a_field_default() -> None:
    text = '+++\ntitle = "x"\n\n[[field]]\nname = "a"\nlabel = "a"\ndefault = "{% if %}"\n+++\n'
    assert error_of(text).line == 7


def test_undefined_name_at_render_has_the_line() -> None:
    error = fill_error('+++\ntitle = "x"\n+++\nline 4\n\n{{ subject.name }}\n{{ no_such_name }}\n')
    assert (error.file, error.line) == (FILE, 7)
    assert "no_such_name" in error.reason


def test_unknown_attribute_inside_a_loop_has_the_line() -> None:
    text = '+++\ntitle = "x"\n+++\n{% for a in annexes %}\n\n- {{ a }} {{ subject.nmae }}\n{% endfor %}\n'
    error = fill_error(text)
    assert (error.line, "nmae" in error.reason) == (6, True)


def test_undefined_name_in_the_title() -> None:
    assert fill_error('+++\nsummary = "s"\ntitle = "{{ nobody }}"\n+++\n').line == 3


def test_a_runtime_error_in_an_expression_has_the_line() -> None:
    error = fill_error('+++\ntitle = "x"\n+++\n\n{{ 1 / 0 }}\n')
    assert (error.line, error.reason) == (5, "ZeroDivisionError in an expression")


def test_bad_file_names_and_sizes() -> None:
    assert error_of(GOOD, "travel-document.txt").line is None
    assert error_of(GOOD, "Travel.ru.txt").line is None
    assert "longer" in error_of(GOOD + " " * MAX_TEMPLATE).reason


# -- the sandbox -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__.__mro__",
        "''.__class__.__mro__[1].__subclasses__()",
        "subject.__class__",
        "last_event.__globals__",
        "range.__self__",
        "lipsum.__globals__['os']",
    ],
)
def test_the_sandbox_refuses_escapes(expression: str) -> None:
    error = fill_error(f'+++\ntitle = "x"\n+++\n\n{{{{ {expression} }}}}\n')
    assert error.line == 5


def test_the_sandbox_is_immutable() -> None:
    assert fill_error('+++\ntitle = "x"\n+++\n{{ annexes.append("x") }}\n').line == 4


@pytest.mark.parametrize(
    "expression",
    [
        "range(100000000)",
        "'x' * 100000000",
        "[1] * 100000000",
        "10 ** 100000",
        "2 ** (2 ** 40)",
        "'x'.center(1000000000)",
        "'x'.ljust(5)",
        "'%0999999999d' % 1",
        "'%*d' % (999999999, 1)",
        "'%0999999999d'|format(1)",
        "'{:>999999999}'.format('x')",
        "'{:>{}}'.format('x', 999999999)",
        "('x' * 400000)|replace('', 'yy')",
        "('x' * 400000).replace('', 'y')",
        "('y' * 400000).join(range(10000)|map('string'))",
        "range(10000)|map('string')|join('x' * 400000)",
        "subject.name|truncate(1000000000)",
    ],
)
def test_huge_work_is_refused(expression: str) -> None:
    assert fill_error(f'+++\ntitle = "x"\n+++\n{{{{ {expression} }}}}\n').line == 4


def test_endless_loops_are_refused() -> None:
    loops = "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"
    error = fill_error(f'+++\ntitle = "x"\n+++\n\n{loops}\n')
    assert (error.line, "loop steps" in error.reason) == (5, True)


def test_endless_recursion_is_refused() -> None:
    error = fill_error('+++\ntitle = "x"\n+++\n{% macro m() %}{{ m() }}{% endmacro %}\n{{ m() }}\n')
    assert error.reason == "RecursionError in an expression"


def test_padding_filters_are_not_offered() -> None:
    assert error_of('+++\ntitle = "x"\n+++\n\n{{ "x"|center(1000000000) }}\n').line == 5


def test_the_output_is_capped() -> None:
    loop = "{% for i in range(10000) %}{% for j in range(10000) %}xxxxxxxxxx{% endfor %}{% endfor %}"
    error = fill_error(f'+++\ntitle = "x"\n+++\n{loop}\n')
    assert str(MAX_OUTPUT) in error.reason


def test_ordinary_expressions_still_work() -> None:
    body = (
        "{{ 2 ** 10 }} {{ 'ab' * 3 }} {{ range(3) | list | length }} {{ '%03d' % 7 }} {{ '{:>3}'.format(1) }}"
        " {{ 'a-b'|replace('-', '+') }} {{ '-'.join(['a', 'b']) }} {{ annexes|join(', ') }}"
        " {% for a in annexes + ['Б'] %}{{ a }}{{ '.' if loop.last else ',' }}{% else %}none{% endfor %}"
        " {{ 'тел.: 87010000000'.split(': ')[1] }}"
    )
    text = f'+++\ntitle = "x"\n+++\n{body}\n'
    document = TemplateSet([(FILE, text)], shipped=NO_SHIPPED).fill(parse_template(FILE, text), context(), {})
    expected = "1024 ababab 3 007   1 a+b a-b Копия Копия,Б. 87010000000"
    assert document.blocks == (Block(BlockKind.PARAGRAPH, expected),)


# -- blocks -----------------------------------------------------------------------------


def test_blocks() -> None:
    text = "\n".join(
        [
            "# Heading",
            "first line",
            "  second line",
            "",
            "- item one",
            "  continued",
            "- item two",
            "paragraph after items",
            "",
            "  indented paragraph",
            "#not a heading",
            "",
            "",
            "- ",
            "-no item",
        ]
    )
    assert blocks(text) == (
        Block(BlockKind.HEADING, "Heading"),
        Block(BlockKind.PARAGRAPH, "first line second line"),
        Block(BlockKind.ITEM, "item one continued"),
        Block(BlockKind.ITEM, "item two"),
        Block(BlockKind.PARAGRAPH, "paragraph after items"),
        Block(BlockKind.PARAGRAPH, "indented paragraph #not a heading"),
        Block(BlockKind.PARAGRAPH, "- -no item"),
    )
