# SPDX-License-Identifier: GPL-3.0-or-later
"""Case timeline benchmark: a case with 500 items, from the case file to pixels, against raw QPainter drawing.

    PYTHONPATH=$PWD .venv/bin/python bench/timeline.py [--quick] [--repeat N] [--items N]

Qt runs on the ``offscreen`` platform; the case is fictional and built in memory (no vault,
no disk, no network).  Measured, each p50/p95 over ``--repeat`` runs:

  1. build: ``build_timeline`` (items, extents, the one chronological order, connectors);
  2. layout: ``TimelineView.set_timeline`` (fit to the width, text widths, packing into rows);
  3. paint: the view rendered into a 1366x700 ``QImage`` (axis, lanes, connectors, items, labels);
  4. total = 1 + 2 + 3 in one go (goal ≤ 200 ms for 500 items), and the same zoomed in 40×
     (only the visible part is painted);
  5. raw baseline: a bare ``QPainter`` on a ``QImage`` of the same size drawing the same number
     of filled rectangles, each with a text beside it (no layout, no uncertainty, no lanes).

``measure(quick)`` returns the figures (seconds and ratios) for other benchmarks to call
(bench/patterns.py).  The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.timeline import build_timeline
from app.domain.vocab import LegalEventKind, LinkKind, RequestKind, RequestStatus
from app.ui.case_editor.timeline_tab import item_words
from app.ui.widgets.fonts import register_application_fonts
from app.ui.widgets.timeline_view import TimelineView
from bench.common import ms, pct, print_table

TODAY = dt.date(2026, 12, 6)
WIDTH, HEIGHT = 1366, 700
GOAL = 0.200
CASE = "bench-case"


def _date(rng: random.Random) -> PartialDate:
    """Dates as people remember them: a day, a month, a year, "about", a range."""
    day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(14 * 365))
    roll = rng.random()
    if roll < 0.5:
        return PartialDate.of(day)
    if roll < 0.75:
        return PartialDate(day.year, day.month)
    if roll < 0.85:
        return PartialDate(day.year, approximate=True)
    if roll < 0.95:
        return PartialDate(day.year)
    return PartialDate.between(PartialDate(day.year), PartialDate(day.year + 1))


def bench_case(items: int = 500, seed: int = 11) -> r.CaseFile:
    """A fictional case whose timeline has about ``items`` items in 7 lanes, with links between them."""
    rng = random.Random(seed)
    relatives = tuple(r.Relative(CASE, f"p-{n}", id=f"rel-{n}") for n in range(6))
    people = tuple(
        r.PersonFile(r.Person(id=f"p-{n}"), (r.PersonName(f"p-{n}", name, is_primary=True),))
        for n, name in enumerate(["Ерлан Серікұлы", "Janar Serik", "جانار", "加娜尔", "Әсел", "Бақыт"])
    )
    share = round(items / 12)  # answers and reports aimed at two relatives add items
    events = tuple(
        r.LegalEvent(
            CASE, rng.choice(list(LegalEventKind)), _date(rng), authority="Migration service",
            valid_until=_date(rng) if rng.random() < 0.2 else PartialDate(), id=f"le-{n}",
        )
        for n in range(share * 3)
    )  # fmt: skip
    requests = tuple(
        r.Request(
            CASE, rng.choice(list(RequestKind)), "Ministry", _date(rng),
            status=RequestStatus.ANSWERED if n % 2 else RequestStatus.PENDING,
            answered_on=_date(rng) if n % 2 else PartialDate(), id=f"q-{n}",
        )
        for n in range(share)
    )  # fmt: skip
    detentions = tuple(
        r.Detention(CASE, f"rel-{n % 6}", "camp", started_on=_date(rng), id=f"d-{n}") for n in range(share)
    )
    reports = tuple(
        r.PressureReport(
            CASE, ("threat", "visit-by-police"), tuple({f"rel-{rng.randrange(6)}" for _ in range(2)}),
            occurred_on=_date(rng), place="Құлжа", id=f"pr-{n}",
        )
        for n in range(share * 3)
    )  # fmt: skip
    statuses = tuple(
        r.RelativeStatusEntry(CASE, f"rel-{n % 6}", started_on=_date(rng), id=f"s-{n}") for n in range(share)
    )
    links = tuple(
        r.Link(LinkKind.MAY_ANSWER, CASE, "pressure_reports", f"pr-{n}", "legal_events", f"le-{n}")
        for n in range(share)
    )
    subject = r.PersonFile(r.Person(id="p-s"), (r.PersonName("p-s", "Жанар Серікқызы", is_primary=True),))
    return r.CaseFile(
        case=r.Case("p-s", "office", id=CASE),
        subject=subject,
        relatives=relatives,
        relative_people=people,
        legal_events=events,
        requests=requests,
        detentions=detentions,
        pressure_reports=reports,
        relative_statuses=statuses,
        links=links,
    )


def _raw(count: int) -> float:
    """Seconds for a bare QPainter to draw ``count`` filled rectangles with a text each."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    start = time.perf_counter()
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#1d4f91")
    for n in range(count):
        x, y = (n * 37) % (WIDTH - 200), (n * 11) % (HEIGHT - 20)
        painter.fillRect(QRectF(x, y, 60, 8), colour)
        painter.drawText(x + 64, y + 8, "Pressure report")
    painter.end()
    return time.perf_counter() - start


def measure(quick: bool = False, *, repeat: int | None = None, items: int = 500) -> dict[str, float]:
    """The timeline figures in seconds (``*_s``) and ratios; needs (or makes) a QApplication."""
    app = QApplication.instance() or QApplication(["bench-timeline"])
    register_application_fonts()
    runs = repeat or (8 if quick else 30)
    file = bench_case(items)
    count = len(build_timeline(file, TODAY).items)
    build, lay, paint, total, zoomed, raw = [], [], [], [], [], []
    for _ in range(runs + 1):  # the first run warms caches (fonts, glyphs) and is dropped
        view = TimelineView()
        view.resize(WIDTH, HEIGHT)
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        t0 = time.perf_counter()
        timeline = build_timeline(file, TODAY, item_words)
        t1 = time.perf_counter()
        view.set_timeline(timeline)
        t2 = time.perf_counter()
        view.viewport().render(image)
        t3 = time.perf_counter()
        view.zoom(40.0)
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
        t4 = time.perf_counter()
        view.viewport().render(image)
        t5 = time.perf_counter()
        build.append(t1 - t0)
        lay.append(t2 - t1)
        paint.append(t3 - t2)
        total.append(t3 - t0)
        zoomed.append(t5 - t4)
        raw.append(_raw(count))
        view.deleteLater()
        app.processEvents()
    build, lay, paint, total, zoomed, raw = (x[1:] for x in (build, lay, paint, total, zoomed, raw))
    p50_total, p50_raw = pct(total, 50), pct(raw, 50)
    return {
        "items": float(count),
        "build_p50_s": pct(build, 50),
        "layout_p50_s": pct(lay, 50),
        "paint_p50_s": pct(paint, 50),
        "total_p50_s": p50_total,
        "total_p95_s": pct(total, 95),
        "zoomed_paint_p50_s": pct(zoomed, 50),
        "raw_paint_p50_s": p50_raw,
        "total_vs_raw": p50_total / p50_raw,
        "goal_s": GOAL,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="8 runs instead of 30")
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--items", type=int, default=500, help="about this many items (default 500)")
    options = parser.parse_args(argv)
    figures = measure(options.quick, repeat=options.repeat, items=options.items)
    ratio = f"{figures['total_vs_raw']:.1f}x"
    verdict = "PASS" if figures["total_p95_s"] <= GOAL else "FAIL"
    rows = [
        ("timeline items", f"{figures['items']:.0f}", "", "", ""),
        ("build (case file -> items)", ms(figures["build_p50_s"]), "", "", ""),
        ("layout (fit, rows)", ms(figures["layout_p50_s"]), "", "", ""),
        ("paint 1366x700", ms(figures["paint_p50_s"]), "", "", ""),
        ("total p50", ms(figures["total_p50_s"]), "<= 200 ms", ratio, verdict),
        ("total p95", ms(figures["total_p95_s"]), "<= 200 ms", "", verdict),
        ("paint zoomed in 40x", ms(figures["zoomed_paint_p50_s"]), "", "", ""),
        ("raw QPainter, same count", ms(figures["raw_paint_p50_s"]), "", "1.0x", ""),
    ]
    print_table(rows)
    print(json.dumps(figures, sort_keys=True))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
