# SPDX-License-Identifier: GPL-3.0-or-later
"""The patterns screen: its models and filter bar without a window, then a click on a chart bar that
lists the cases behind it and opens one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from app.domain.patterns import PERSON, UNKNOWN, Bar, CaseBehind, Dimension, PatternFilter, Subject
from app.services.listing import ListingService
from app.services.patterns import PatternService
from app.services.session import UnlockedVault
from app.ui.models.patterns_models import BarsModel, CasesBehindModel, bar_label
from app.ui.patterns_filters import PatternFilterBar
from app.ui.patterns_page import PatternsPage
from app.ui.tasks import TaskRunner
from tests.unit.services.patterns_kit import generate

DISPLAY = Qt.ItemDataRole.DisplayRole
ROOT = Path(__file__).resolve().parents[2]


def test_bar_labels_translate_codes_and_name_what_is_unknown(qapp: Any) -> None:
    assert bar_label(Dimension.KIND, "visit-by-police") != "visit-by-police"
    assert bar_label(Dimension.KIND, "a-newer-kind") == "a-newer-kind"  # no bidi isolates for the chart
    assert bar_label(Dimension.MONTH, "2019-03").endswith("2019")
    assert bar_label(Dimension.MONTH, UNKNOWN) == "Month not known"
    assert bar_label(Dimension.RELATIONSHIP, PERSON) == "The person themself"
    assert bar_label(Dimension.COUNTY, "伊宁县") == "伊宁县"


def test_bars_and_cases_models_without_a_window(qapp: Any) -> None:
    bars = BarsModel()
    bars.set_bars(Dimension.COUNTY, [Bar("Құлжа", "Құлжа", 7), Bar(UNKNOWN, UNKNOWN, 2)])
    assert bars.rowCount() == 2 and bars.columnCount() == 2
    assert "Құлжа" in bars.data(bars.index(0, 0), DISPLAY)
    assert bars.data(bars.index(1, 0), DISPLAY).strip("\u2068\u2069") == "County not known"
    assert bars.data(bars.index(0, 1), DISPLAY) == "7"
    assert bars.row_of(UNKNOWN) == 1
    cases = CasesBehindModel()
    cases.set_rows([CaseBehind("c1", "PT-001", "Fictional Person", "Office", 3)])
    assert [cases.data(cases.index(0, c), DISPLAY).strip("\u2068\u2069") for c in range(4)] == [
        "PT-001",
        "Fictional Person",
        "Office",
        "3",
    ]
    assert cases.case_id(0) == "c1"


def test_the_filter_bar_reads_as_one_filter(qapp: Any) -> None:
    bar = PatternFilterBar()
    assert bar.value() == PatternFilter()
    bar.date_from.set_value(2018, 3)
    bar.date_to.set_value(2019)
    bar.kind.setCurrentIndex(bar.kind.findData("threat"))
    bar.reliability.setCurrentIndex(bar.reliability.findData("B"))
    assert bar.value() == PatternFilter(
        date_from=dt.date(2018, 3, 1), date_to=dt.date(2019, 12, 31), kinds=("threat",), min_reliability="B"
    )


def test_a_wide_filter_bar_shows_the_kind_whole_yet_never_widens_the_screen(qtbot: Any) -> None:
    bar = PatternFilterBar()
    qtbot.addWidget(bar)
    longest = max(range(bar.kind.count()), key=lambda row: len(bar.kind.itemText(row)))
    bar.kind.setCurrentIndex(longest)
    bar.resize(1000, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    text = bar.kind.fontMetrics().horizontalAdvance(bar.kind.currentText())
    qtbot.waitUntil(lambda: bar.kind.width() > text)  # room to spare: shown whole
    assert bar.kind.minimumSizeHint().width() < text  # yet a narrow screen may cut it short


def _click_bar(qtbot: Any, page: PatternsPage, key: str) -> None:
    """A real mouse click on the middle of the bar ``key`` of the chart shown."""
    canvas = page.canvas
    canvas.draw()
    patch = next(p for p in canvas.figure.axes[0].patches if p.get_gid() == key)
    x, y = patch.get_x() + patch.get_width() / 2, patch.get_y() + patch.get_height() / 2
    px, py = canvas.figure.axes[0].transData.transform((x, y))
    ratio = canvas.device_pixel_ratio
    page.chart_area.ensureVisible(int(px / ratio), int(canvas.height() - py / ratio))
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(px / ratio), int(canvas.height() - py / ratio))
    )


def test_a_click_on_a_bar_lists_the_cases_behind_it_and_one_opens(
    qtbot: Any, vault: UnlockedVault, runner: TaskRunner
) -> None:
    generate(vault)
    service = PatternService(vault)
    page = PatternsPage(service, ListingService(vault), runner)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.breakdown() is not None and page.canvas is not None, timeout=10_000)
    expected = service.patterns(PatternFilter())
    assert page.bars_model.rowCount() == len(expected.breakdowns[0].bars)
    assert str(expected.pressure_reports) in page.totals_label.text()
    page.dimension.setCurrentIndex(page.dimension.findData(Dimension.COUNTY.value))
    county = page.breakdown()
    assert county is not None and county.dimension == Dimension.COUNTY
    key = county.bars[1].key
    _click_bar(qtbot, page, key)
    behind = service.cases_behind(Subject.PRESSURE, Dimension.COUNTY, key, PatternFilter())
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == len(behind) > 0, timeout=10_000)
    assert [page.cases_model.case_id(row) for row in range(len(behind))] == [c.id for c in behind]
    assert page.bars_view.currentIndex().row() == 1
    with qtbot.waitSignal(page.case_activated) as opened:
        page.cases_view.setCurrentIndex(page.cases_model.index(0, 0))
        qtbot.keyClick(page.cases_view, Qt.Key.Key_Return)
    assert opened.args == [behind[0].id]


def test_filters_recount_and_detentions_say_which_filters_do_not_apply(
    qtbot: Any, vault: UnlockedVault, runner: TaskRunner
) -> None:
    data = generate(vault)
    page = PatternsPage(PatternService(vault), ListingService(vault), runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.filters.office.count() == 3, timeout=10_000)  # "every office" and two
    page.filters.reliability.setCurrentIndex(page.filters.reliability.findData("A"))
    expected = sum(1 for x in data.reports if x.reliability == "A")
    qtbot.waitUntil(lambda: f"{expected} pressure report" in page.totals_label.text(), timeout=10_000)
    page.subject.setCurrentIndex(page.subject.findData(Subject.DETENTION.value))
    assert "Detentions have no kind or reliability" in page.note_label.text()
    page.reload()
    page.cancel()
    assert not page.progress.isVisible() and page.totals_label.text() == "Counting cancelled."
    assert page.bars_model.rowCount() == 0
    page.clear()
    assert page.bars_model.rowCount() == 0 and page.totals_label.text() == ""
