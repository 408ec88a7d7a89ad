# SPDX-License-Identifier: GPL-3.0-or-later
"""Petition PDF benchmark: the renderer against a bare ReportLab document with the same text.

    .venv/bin/python bench/petitions.py [--repeat 30] [--batch 100] [--quick]

Nothing is written to disk; the petitions are the fictional four-script specimen
(``app.petitions.specimen``); no network.

  1. cold: the first ``render_pdf`` in the process (font files read and registered);
  2. warm ``render_pdf`` of a 3-page petition (Kazakh Cyrillic, Latin, Arabic-script and Chinese
     names), median and p95 of ``--repeat`` runs, and its parts: text to markup (run splitting,
     shaping, escaping) and the ReportLab build;
  3. raw baseline, measured interleaved with 2: ``SimpleDocTemplate`` with the same fonts and the
     same text in plain Paragraphs (one style font, no run splitting, no shaping, no footer pass);
  4. a batch of ``--batch`` petitions, each with different names (no cache helps), with a progress
     line, and the time per petition;
  5. the preview: all pages of the 3-page PDF rasterised at 96 dpi (``page_images``).

Goals (issue #9): warm render <= 150 ms and <= 2x the raw baseline.
The last line printed is one JSON object with every figure (seconds, ratios).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from xml.sax.saxutils import escape

from common import ms, pct, print_report, say, timed  # bench/common.py (scripts run from bench/)
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.petitions import scripts
from app.petitions.document import PetitionDocument
from app.petitions.fonts import fonts
from app.petitions.layout import a4_document
from app.petitions.pdf import render_petition
from app.petitions.raster import page_images
from app.petitions.specimen import NAME_ARABIC, NAME_CHINESE, NAME_CYRILLIC, specimen

GOAL_WARM_S = 0.150
GOAL_RATIO = 2.0
SECTIONS = 4  # the specimen's body four times: three A4 pages
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def raw_render(document: PetitionDocument) -> bytes:
    """The same text as plain Paragraphs in DejaVu Sans: what ReportLab costs with nothing of ours."""
    font_set = fonts()
    style = ParagraphStyle("raw", fontName=font_set.regular.base, fontSize=11, leading=14.85)
    bold = ParagraphStyle("raw-bold", style, fontName=font_set.bold.base)
    texts = [
        *document.addressee,
        *document.applicant,
        *(block.text for block in document.blocks),
        document.place,
        document.date,
        document.signatory,
        document.labels.signature,
        document.labels.annexes,
        *(f"{n}. {annex.title}" for n, annex in enumerate(document.annexes, start=1)),
    ]
    story = [Paragraph(escape(document.title), bold), *(Paragraph(escape(t), style) for t in texts)]
    out = io.BytesIO()
    a4_document(out, title=document.title, fonts=font_set, language="").build(story)  # the same page
    return out.getvalue()


def markup_only(document: PetitionDocument) -> None:
    """Our text work alone: cleaning, run splitting, shaping and escaping of every string drawn."""
    chain = fonts().regular
    for text in (*document.addressee, *document.applicant, *(b.text for b in document.blocks)):
        scripts.paragraph_markup(text, chain)


def variant(document: PetitionDocument, number: int) -> PetitionDocument:
    """The specimen with names made unique to ``number``, so no shaping cache carries over."""
    arabic_number = "".join(ARABIC_DIGITS[int(d)] for d in str(number))
    swaps = {
        NAME_CYRILLIC: f"{NAME_CYRILLIC}-{number}",
        NAME_ARABIC: f"{NAME_ARABIC} {arabic_number}ئا",
        NAME_CHINESE: f"{NAME_CHINESE}{number}",
    }

    def swap(text: str) -> str:
        for old, new in swaps.items():
            text = text.replace(old, new)
        return text

    blocks = tuple(replace(block, text=swap(block.text)) for block in document.blocks)
    return replace(document, blocks=blocks, applicant=tuple(swap(line) for line in document.applicant))


def wall_and_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``fn()``: CPU time is the fairer figure on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def clear_shaping_cache() -> None:
    scripts._shape.cache_clear()


def bench(repeat: int, batch: int) -> dict[str, float]:
    fig: dict[str, float] = {}
    document = specimen(sections=SECTIONS)
    fig["cold_first_render_s"], first = timed(lambda: render_petition(document))
    fig["pages"] = first.pages
    fig["pdf_bytes"] = len(first.pdf)

    ours: list[tuple[float, float]] = []
    raw: list[tuple[float, float]] = []
    markup: list[float] = []
    for _ in range(3):  # warm-up of both paths
        render_petition(document)
        raw_render(document)
    for _ in range(repeat):  # interleaved, so both see the same machine load
        ours.append(wall_and_cpu(lambda: render_petition(document)))
        raw.append(wall_and_cpu(lambda: raw_render(document)))
        clear_shaping_cache()
        markup.append(timed(lambda: markup_only(document))[0])
    for name, samples in (("warm_render", ours), ("raw_render", raw)):
        wall, cpu = [w for w, _ in samples], [c for _, c in samples]
        fig[f"{name}_p50_s"], fig[f"{name}_p95_s"] = statistics.median(wall), pct(wall, 95)
        fig[f"{name}_cpu_p50_s"] = statistics.median(cpu)
    fig["ratio_p50"] = fig["warm_render_p50_s"] / fig["raw_render_p50_s"]
    fig["ratio_cpu_p50"] = fig["warm_render_cpu_p50_s"] / fig["raw_render_cpu_p50_s"]
    fig["markup_uncached_p50_s"] = statistics.median(markup)

    petitions = [variant(document, n) for n in range(1, batch + 1)]
    clear_shaping_cache()
    started, cpu_started = time.perf_counter(), time.process_time()
    for n, petition in enumerate(petitions, start=1):
        render_petition(petition)
        if n % 10 == 0 or n == batch:
            say(f"batch: {n}/{batch} petitions, {time.perf_counter() - started:.1f} s")
    fig["batch_total_s"] = time.perf_counter() - started
    fig["batch_per_petition_s"] = fig["batch_total_s"] / batch
    fig["batch_cpu_per_petition_s"] = (time.process_time() - cpu_started) / batch

    raster = [timed(lambda: page_images(first.pdf, dpi=96))[0] for _ in range(max(3, repeat // 5))]
    fig["raster_96dpi_all_pages_p50_s"] = statistics.median(raster)
    return fig


def report(fig: dict[str, float]) -> list[tuple[str, str, str, str, str]]:
    ratio = fig["ratio_p50"]
    return [
        ("cold first render (fonts registered)", ms(fig["cold_first_render_s"]), "", "", ""),
        (
            f"warm render_pdf, {fig['pages']:.0f} pages, p50",
            ms(fig["warm_render_p50_s"]),
            f"<= {ms(GOAL_WARM_S)}",
            f"{ratio:.2f}x",
            "PASS" if fig["warm_render_p50_s"] <= GOAL_WARM_S and ratio <= GOAL_RATIO else "FAIL",
        ),
        ("warm render_pdf p95", ms(fig["warm_render_p95_s"]), "", "", ""),
        (
            "warm render_pdf CPU time p50",
            ms(fig["warm_render_cpu_p50_s"]),
            "",
            f"{fig['ratio_cpu_p50']:.2f}x",
            "",
        ),
        ("  of which our text work (uncached)", ms(fig["markup_uncached_p50_s"]), "", "", ""),
        ("raw ReportLab, same text, p50", ms(fig["raw_render_p50_s"]), "", "1.00x", ""),
        ("raw ReportLab p95", ms(fig["raw_render_p95_s"]), "", "", ""),
        ("raw ReportLab CPU time p50", ms(fig["raw_render_cpu_p50_s"]), "", "1.00x", ""),
        ("batch: per petition (distinct names)", ms(fig["batch_per_petition_s"]), "", "", ""),
        ("batch: CPU time per petition", ms(fig["batch_cpu_per_petition_s"]), "", "", ""),
        ("batch: total", ms(fig["batch_total_s"]), "", "", ""),
        ("preview: all pages at 96 dpi, p50", ms(fig["raster_96dpi_all_pages_p50_s"]), "", "", ""),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=None, help="warm samples (default 30, 10 with --quick)")
    parser.add_argument("--batch", type=int, default=None, help="petitions in the batch (default 100)")
    parser.add_argument("--quick", action="store_true", help="smoke run: fewer samples, a batch of 20")
    args = parser.parse_args(argv)
    repeat = args.repeat or (10 if args.quick else 30)
    batch = args.batch or (20 if args.quick else 100)

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    fig = bench(repeat, batch)
    fig["bench_wall_s"] = time.perf_counter() - started
    fig["loadavg_1min_before"], fig["loadavg_1min_after"] = load_before, os.getloadavg()[0]

    rows = report(fig)
    print(
        f"Pana petition benchmark: {repeat} warm samples, batch of {batch}, python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs, load average {fig['loadavg_1min_before']:.2f} before / "
        f"{fig['loadavg_1min_after']:.2f} after"
    )
    print_report(fig, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
