# SPDX-License-Identifier: GPL-3.0-or-later
"""Pattern charts: figures, SVG with text as outlines and ReportLab drawings, for labels in every script."""

from __future__ import annotations

import io
import logging
import warnings

import pytest
from matplotlib.patches import Rectangle
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

from app.domain.patterns import UNKNOWN, Bar, Breakdown
from app.reports.charts import bar_at, breakdown_figure, figure_drawing, figure_svg, month_index

COUNTIES = ("伊宁县", "قۇلجا ناھىيىسى", "Құлжа ауданы", "Tekes")
COUNTY = Breakdown(
    "pressure",
    "county",
    (*(Bar(name, name, 10 - i) for i, name in enumerate(COUNTIES)), Bar(UNKNOWN, UNKNOWN, 2)),
    31,
)
MONTH = Breakdown(
    "detention",
    "month",
    (Bar("2018-11", "2018-11", 2), Bar("2019-03", "2019-03", 5), Bar(UNKNOWN, UNKNOWN, 4)),
    11,
)


def _bars(figure: object) -> list[Rectangle]:
    return [p for p in figure.axes[0].patches if isinstance(p, Rectangle) and p.get_gid() is not None]  # type: ignore[attr-defined]


def test_categories_are_horizontal_bars_with_keys_labels_and_counts(caplog: pytest.LogCaptureFixture) -> None:
    with warnings.catch_warnings(), caplog.at_level(logging.WARNING):
        warnings.simplefilter("error")  # a glyph missing from every font warns: fail on it
        figure = breakdown_figure(COUNTY, "Аудандар бойынша", labels={UNKNOWN: "белгісіз"})
        figure.canvas.print_figure(io.BytesIO(), format="png")
    assert not [r for r in caplog.records if "missing" in r.getMessage().lower()]
    assert [b.get_gid() for b in _bars(figure)] == [*COUNTIES, UNKNOWN]
    axes = figure.axes[0]
    # Logical text goes in: matplotlib (libraqm) shapes Arabic script and orders it itself.
    assert [t.get_text() for t in axes.get_yticklabels()] == [*COUNTIES, "белгісіз"]
    written = [t.get_text() for t in axes.texts]
    assert written == ["10", "9", "8", "7", "2"]
    assert figure._suptitle.get_text() == "Аудандар бойынша"  # type: ignore[union-attr]


def test_months_stand_on_a_true_time_axis_with_the_unknown_set_apart() -> None:
    figure = breakdown_figure(MONTH, "By month")
    bars = _bars(figure)
    assert [b.get_gid() for b in bars] == ["2018-11", "2019-03", UNKNOWN]
    centres = [b.get_x() + b.get_width() / 2 for b in bars]
    assert centres[1] - centres[0] == month_index("2019-03") - month_index("2018-11") == 4
    assert centres[2] > centres[1] + 1
    assert [b.get_height() for b in bars] == [2, 5, 4]
    assert figure.axes[0].get_xticklabels()[-1].get_text() == "—"


def test_svg_has_text_as_outlines_and_becomes_a_scaled_reportlab_drawing() -> None:
    figure = breakdown_figure(COUNTY, "伊宁县")
    svg = figure_svg(figure)
    assert svg.startswith(b"<?xml") and b"<text" not in svg and b"<path" in svg
    assert figure_svg(figure) == svg  # no date stamp, stable ids
    drawing = figure_drawing(figure, 400)
    assert isinstance(drawing, Drawing)
    assert drawing.width == 400
    assert drawing.height == pytest.approx(400 * figure.get_figheight() / figure.get_figwidth(), rel=0.01)
    pdf = io.BytesIO()
    renderPDF.drawToFile(drawing, pdf)
    assert pdf.getvalue().startswith(b"%PDF")


def test_an_empty_breakdown_still_draws() -> None:
    for dimension in ("kind", "month"):
        figure = breakdown_figure(Breakdown("pressure", dimension, (), 0), "nothing")
        figure.canvas.print_figure(io.BytesIO(), format="png")
        assert not _bars(figure)


def test_a_point_in_a_bar_band_names_that_bar() -> None:
    categories = breakdown_figure(COUNTY, "")
    assert bar_at(categories, 0.1, 1.3) == COUNTIES[1]  # beyond the drawn end of a short bar still counts
    assert bar_at(categories, 0.1, 4.0) == UNKNOWN
    assert bar_at(categories, 0.1, 9.0) is None
    assert bar_at(categories, None, None) is None
    months = breakdown_figure(MONTH, "")
    assert bar_at(months, 4.2, 0.1) == "2019-03"
    assert bar_at(months, 2.0, 0.1) is None  # an empty month


def test_a_county_name_is_text_never_mathtext() -> None:
    odd = r"$\frac{a}{$ County"
    figure = breakdown_figure(Breakdown("pressure", "county", (Bar(odd, odd, 3),), 3), "$x$")
    figure.canvas.print_figure(io.BytesIO(), format="png")  # mathtext would fail to parse this
    assert figure.axes[0].get_yticklabels()[0].get_text() == odd
    assert b"<path" in figure_svg(figure)
