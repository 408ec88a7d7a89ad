# SPDX-License-Identifier: GPL-3.0-or-later
"""Pattern charts drawn once with matplotlib, for the screen (Qt canvas) and the PDF report (vector).

Why matplotlib: one well-kept library draws the same ``Figure`` on a Qt canvas
(``backend_qtagg``, in ``app.ui`` only) and as SVG, which svglib turns into a ReportLab
drawing, so the PDF keeps the charts as vectors.  No pyplot: figures are plain objects, no
global state.  Importing this module costs about 0.4 s: import it inside the function that
draws, never at the top of anything the CLI loads at start.

Scripts: the shipped fonts (``resources/fonts``) are added to matplotlib's font manager and
every text names them as a family list, so a glyph missing from DejaVu Sans (Chinese) falls
back to Droid Sans Fallback.  matplotlib 3.11 lays text out with libraqm, which shapes Arabic
script and runs the bidi algorithm itself: labels are passed as logical text.  Reshaping them
first (as ``app.petitions`` must for ReportLab) would reverse them again.

Labels are text from records (county names): drawn with ``parse_math=False``, so a "$" in a
name is a dollar sign, never matplotlib's mathtext (which would reshape it or fail to draw).
Each bar keeps its ``Bar.key`` as the artist's gid, so a screen can tell which bar was hit.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Mapping

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator
from reportlab.graphics.shapes import Drawing
from svglib.svglib import svg2rlg

from app.domain.patterns import UNKNOWN, Breakdown, Dimension
from app.paths import resources_dir

#: Font families in order of preference; matplotlib falls back glyph by glyph.
FAMILY = ["DejaVu Sans", "Droid Sans Fallback"]
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")
#: With more bars than this, counts are not written on each bar (the axis still has a scale).
MAX_WRITTEN_COUNTS = 60
BAR_COLOUR = "#3b6ea5"
UNKNOWN_COLOUR = "#9aa5b1"
#: Shown for the ``UNKNOWN`` key when ``labels`` has no entry for it.
UNKNOWN_MARK = "—"
#: A category chart has room for at least this many bars.
MIN_ROWS = 6
#: The gid of the axes of a horizontal (category) chart.
HORIZONTAL = "horizontal"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Add the shipped fonts to matplotlib's font manager (first call only; thread-safe)."""
    global _registered
    with _lock:
        if not _registered:
            for name in _FONT_FILES:
                font_manager.fontManager.addfont(str(resources_dir() / "fonts" / name))
            _registered = True


def _label(key: str, shown: str, labels: Mapping[str, str] | None) -> str:
    if labels is not None and key in labels:
        return labels[key]
    return shown or (UNKNOWN_MARK if key == UNKNOWN else key)


def breakdown_figure(breakdown: Breakdown, title: str, *, labels: Mapping[str, str] | None = None) -> Figure:
    """One breakdown as a bar chart: horizontal bars by category (largest on top), vertical bars
    along a true month axis for "month" (empty months stay empty, "month unknown" set apart at the
    end).  ``labels`` maps bar keys to display text (translated codes); a key it lacks shows the
    bar's own label.  The counts are written on the bars."""
    register_fonts()
    if breakdown.dimension == Dimension.MONTH:
        figure = Figure(figsize=(7.0, 3.2), layout="constrained")
        _months(figure.add_subplot(), breakdown, labels)
    else:
        figure = Figure(figsize=(7.0, 0.9 + 0.3 * max(len(breakdown.bars), 1)), layout="constrained")
        _categories(figure.add_subplot(), breakdown, labels)
    figure.suptitle(title, fontfamily=FAMILY, fontsize=11, parse_math=False)  # no bold: the CJK font has none
    return figure


def _style(axes: Axes) -> None:
    axes.tick_params(labelfontfamily=FAMILY, labelsize=9)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _write_counts(axes: Axes, bars: object, counts: list[int]) -> None:
    if len(counts) <= MAX_WRITTEN_COUNTS:
        axes.bar_label(bars, labels=[str(n) for n in counts], padding=2, fontsize=8, fontfamily=FAMILY)  # type: ignore[arg-type]


def _categories(axes: Axes, breakdown: Breakdown, labels: Mapping[str, str] | None) -> None:
    positions = list(range(len(breakdown.bars)))
    counts = [bar.count for bar in breakdown.bars]
    colours = [UNKNOWN_COLOUR if bar.key == UNKNOWN else BAR_COLOUR for bar in breakdown.bars]
    bars = axes.barh(positions, counts, color=colours, height=0.7)
    for patch, bar in zip(bars.patches, breakdown.bars, strict=True):
        patch.set_gid(bar.key)
    axes.set_yticks(
        positions, labels=[_label(b.key, b.label, labels) for b in breakdown.bars], parse_math=False
    )
    axes.set_gid(HORIZONTAL)
    # Largest on top; room for at least MIN_ROWS rows, so one or two bars stay bars, not slabs.
    axes.set_ylim(max(len(positions), MIN_ROWS) - 0.5, -0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlim(0, max(counts, default=1) * 1.12 + 0.5)  # room for the written counts
    _style(axes)
    _write_counts(axes, bars, counts)


def month_index(key: str) -> int:
    """The position of a "YYYY-MM" key on a month axis (months since year 0)."""
    return int(key[:4]) * 12 + int(key[5:7]) - 1


def _months(axes: Axes, breakdown: Breakdown, labels: Mapping[str, str] | None) -> None:
    known = [bar for bar in breakdown.bars if bar.key != UNKNOWN]
    unknown = breakdown.bar(UNKNOWN)
    positions = [month_index(bar.key) for bar in known]
    first = min(positions, default=0)
    last = max(positions, default=first)
    x = [p - first for p in positions]
    counts = [bar.count for bar in known]
    colours = [BAR_COLOUR] * len(known)
    ordered = list(known)
    if unknown is not None:
        x.append(last - first + max(2, (last - first) // 12))  # set apart from the time axis
        counts.append(unknown.count)
        colours.append(UNKNOWN_COLOUR)
        ordered.append(unknown)
    bars = axes.bar(x, counts, color=colours, width=0.8)
    for patch, bar in zip(bars.patches, ordered, strict=True):
        patch.set_gid(bar.key)
    ticks, names = _month_ticks(first, last)
    if unknown is not None:
        ticks.append(x[-1])
        names.append(_label(UNKNOWN, unknown.label, labels))
    axes.set_xticks(ticks, labels=names, rotation=90 if len(ticks) > 12 else 0, parse_math=False)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(counts, default=1) * 1.15 + 0.5)
    _style(axes)
    _write_counts(axes, bars, counts)


def _month_ticks(first: int, last: int) -> tuple[list[float], list[str]]:
    """Ticks on the month axis: each month over two years or less, else each January (thinned)."""
    if last - first <= 24:
        months = list(range(first, last + 1))
        return [m - first for m in months], [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]
    years = list(range(first // 12 + (first % 12 > 0), last // 12 + 1))
    step = max(1, len(years) // 12)
    shown = years[::step]
    return [y * 12 - first for y in shown], [str(y) for y in shown]


def bar_at(figure: Figure, x: float | None, y: float | None) -> str | None:
    """The key of the bar whose band (the bar's full row or column, not only its drawn length) holds
    the data point (``x``, ``y``) of the figure's chart, or None: how a screen maps a click to a bar."""
    if not figure.axes or x is None or y is None:
        return None
    axes = figure.axes[0]
    horizontal = axes.get_gid() == HORIZONTAL
    for patch in axes.patches:
        if isinstance(patch, Rectangle) and patch.get_gid() is not None:
            if horizontal:
                centre, at = patch.get_y() + patch.get_height() / 2, y
            else:
                centre, at = patch.get_x() + patch.get_width() / 2, x
            if abs(at - centre) <= 0.5:
                return str(patch.get_gid())
    return None


def figure_svg(figure: Figure) -> bytes:
    """The figure as SVG with text as outlines (no font needed to show it) and no date stamp."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "pana"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def figure_drawing(figure: Figure, width_pt: float) -> Drawing:
    """The figure as a ReportLab drawing (vector, via SVG and svglib) scaled to ``width_pt`` wide."""
    drawing = svg2rlg(io.BytesIO(figure_svg(figure)))
    if drawing is None:  # svglib returns None for SVG it cannot read; ours always reads
        raise RuntimeError("svglib could not read a chart")
    scale = width_pt / drawing.width
    drawing.scale(scale, scale)
    drawing.width, drawing.height = width_pt, drawing.height * scale
    return drawing
