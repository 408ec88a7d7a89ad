# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list model: pages of ``CaseRow`` fetched by key on the database worker, sorted in SQL.

Two modes.  *Query* mode (``set_query``) counts the matching cases with the first
page and then has one row per case, most of them not loaded yet: a row the view
paints that is not loaded asks for its block of ``page_size`` rows, which the
worker finds by key (``ListingService.page``): after the block above, before the
block below, the last rows for the last block, or by position when the view
jumped far (a scrollbar dragged).  So the End key shows the last cases after one
short query, and no page costs more the deeper it is.  Only the blocks the view
asked for most recently are fetched, each once while it stays loaded; the farthest
of more than ``KEPT_BLOCKS`` loaded blocks is let go.  Sorting starts a new query.
*Fixed* mode (``set_rows``) shows a given list, e.g. name-search results or the
dashboard, sorted in memory.  ``clear`` empties the
model and drops any page still in flight (used on lock).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.dates import days_left
from app.domain.records import CaseFilter, CaseRow, CaseSort, Page, PageKey
from app.ui.models import case_cells as cells
from app.ui.tasks import TaskRunner
from app.ui.widgets.date_text import deadline_note

PAGE_SIZE = 200
#: Blocks the view asked for that are still worth fetching (the newest; older ones were scrolled past).
WANTED_BLOCKS = 3
#: Blocks kept loaded; the one farthest from a new block is let go (fetched again if scrolled back to).
#: Bounded, so 100,000 scrolled rows do not stay in memory where each full garbage collection of
#: Python walks them all (measured: a full collection took 1 s with every row of 100k kept).
KEPT_BLOCKS = 25
PageFetcher = Callable[..., Page]
_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Rows are ``CaseRow``; ``CASE_ID_ROLE`` gives a row's case id, ``ROW_ROLE`` the DTO itself."""

    REFERENCE, NAME, STATUS, OFFICE = cells.REFERENCE, cells.NAME, cells.STATUS, cells.OFFICE
    OPENED, DEADLINE, UPDATED = cells.OPENED, cells.DEADLINE, cells.UPDATED
    COLUMNS = cells.COLUMNS
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(Exception)

    def __init__(
        self,
        runner: TaskRunner,
        fetch_page: PageFetcher | None = None,
        *,
        page_size: int = PAGE_SIZE,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._today = today
        self._rows: list[CaseRow | None] = []  # one per row; None until its block is loaded
        self._loaded = 0
        self._total = 0
        self._generation = 0  # bumped on every reset: pages of an older query are dropped
        self._query_mode = False
        self._filter = CaseFilter()
        self._sort_column = self.UPDATED
        self._order = Qt.SortOrder.DescendingOrder
        self._edges: dict[int, tuple[PageKey, PageKey]] = {}  # loaded block -> keys of its first and last row
        self._tried: set[int] = set()  # blocks fetched (or being fetched) in this query
        self._wanted: list[int] = []  # blocks the view asked for, the newest last
        self._in_flight: int | None = None
        self._loading_told = False  # what loading_changed said last
        self._wanted_timer = QTimer(self)
        self._wanted_timer.setSingleShot(True)
        self._wanted_timer.timeout.connect(self._fetch_wanted)

    # -- state -------------------------------------------------------------------------------------

    @property
    def rows(self) -> list[CaseRow]:
        """The rows loaded so far, in list order (all of them in fixed mode)."""
        return [row for row in self._rows if row is not None]

    @property
    def loaded(self) -> int:
        """How many rows are loaded (every row in fixed mode)."""
        return self._loaded

    def row(self, row: int) -> CaseRow | None:
        """The case at ``row``, or None while its block is not loaded."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def total(self) -> int:
        """Matching cases in the vault (query mode; -1 until counted) or rows given (fixed mode)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._in_flight is not None

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def case_id(self, row: int) -> str | None:
        case = self.row(row)
        return case.id if case is not None else None

    def _reset(self, rows: list[CaseRow], total: int, *, query_mode: bool) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = list(rows)
        self._loaded = len(rows)
        self._total = total
        self._query_mode = query_mode
        self._edges, self._tried, self._wanted, self._in_flight = {}, set(), [], None
        self.endResetModel()
        self._tell_loading()
        if total >= 0:
            self.total_changed.emit(total)

    # -- modes -------------------------------------------------------------------------------------

    def set_query(self, case_filter: CaseFilter | None = None) -> None:
        """Show the cases matching ``case_filter`` (None: keep the current one), fetching the first page."""
        if self._fetch_page is None:
            raise RuntimeError("this model was built without a page fetcher")
        if case_filter is not None:
            self._filter = case_filter
        self._reset([], -1, query_mode=True)  # the total is unknown until the first page arrives
        self._fetch(0)

    def reload(self) -> None:
        """Run the current query again (after a save); fixed rows are left as they are."""
        if self._query_mode:
            self.set_query()

    def set_rows(self, rows: list[CaseRow]) -> None:
        """Show exactly ``rows`` in their given order (search results by rank, dashboard); no fetching."""
        self._reset(list(rows), len(rows), query_mode=False)

    def clear(self) -> None:
        """Forget every row and any page still being fetched (lock)."""
        self._filter = CaseFilter()
        self._reset([], 0, query_mode=False)

    # -- fetching by key ---------------------------------------------------------------------------

    def load_row(self, row: int) -> None:
        """Fetch the block holding ``row`` now if it is not loaded (the view does this by painting)."""
        self._want(row)
        self._fetch_wanted()

    def _tell_loading(self) -> None:
        """``loading_changed`` once per change (a page that leads straight to the next stays one load)."""
        if self.loading != self._loading_told:
            self._loading_told = self.loading
            self.loading_changed.emit(self._loading_told)

    def _want(self, row: int) -> None:
        block = row // self._page_size
        if self._wanted and self._wanted[-1] == block:
            return  # asked for already by another cell or role of this block
        if block in self._tried or not self._query_mode or not 0 <= row < len(self._rows):
            return
        if block in self._wanted:
            self._wanted.remove(block)
        self._wanted = [*self._wanted, block][-WANTED_BLOCKS:]
        if self._in_flight is None:
            self._wanted_timer.start(0)  # after this paint: never change the model inside data()

    def _fetch_wanted(self) -> None:
        while self._in_flight is None and self._wanted:
            block = self._wanted.pop()
            if block not in self._tried:
                self._fetch(block)

    def _fetch(self, block: int) -> None:
        assert self._fetch_page is not None
        size, first = self._page_size, block * self._page_size
        request: dict[str, object] = {"limit": min(size, len(self._rows) - first) if block else size}
        last_block = (len(self._rows) - 1) // size
        if block == 0:
            request["count"] = True  # the total is counted once per query, not for every page
        elif block - 1 in self._edges:
            request["after"] = self._edges[block - 1][1]
        elif block + 1 in self._edges:
            request["before"] = self._edges[block + 1][0]
        elif block == last_block:
            request["from_end"] = True
        else:
            request["at"] = first
        request.setdefault("count", False)
        generation, fetch, case_filter = self._generation, self._fetch_page, self._filter
        sort = self.COLUMNS[self._sort_column].sort or CaseSort.UPDATED
        descending = self._order == Qt.SortOrder.DescendingOrder
        today = self._today()

        def work(progress: object) -> tuple[int, int, Page]:
            page = fetch(case_filter, sort=sort, descending=descending, today=today, **request)
            return generation, block, page

        self._tried.add(block)
        self._in_flight = block
        self._tell_loading()
        self._runner.start(
            work,
            on_success=self._on_page_loaded,
            on_failure=lambda error: self._on_page_failed(generation, error),
        )

    def _on_page_loaded(self, result: tuple[int, int, Page]) -> None:
        generation, block, page = result
        if generation != self._generation:
            return  # an older query, or the model was cleared meanwhile
        self._in_flight = None
        if block == 0 and self._total < 0:
            self._total = max(page.total, len(page.rows))
            if self._total:
                self.beginInsertRows(QModelIndex(), 0, self._total - 1)
                self._rows = [None] * self._total
                self._fill(0, page)
                self.endInsertRows()
            self.total_changed.emit(self._total)
        else:
            first = block * self._page_size
            count = self._fill(first, page)
            if count:
                self.dataChanged.emit(
                    self.index(first, 0), self.index(first + count - 1, len(self.COLUMNS) - 1)
                )
        if page.rows and page.first_key is not None and page.last_key is not None:
            self._edges[block] = (page.first_key, page.last_key)
            self._let_go_beyond(block)
        self._fetch_wanted()
        self._tell_loading()

    def _let_go_beyond(self, block: int) -> None:
        """Forget the loaded blocks farthest from ``block`` beyond ``KEPT_BLOCKS`` (they are off screen)."""
        while len(self._edges) > KEPT_BLOCKS:
            farthest = max(self._edges, key=lambda b: abs(b - block))
            del self._edges[farthest]
            self._tried.discard(farthest)
            first = farthest * self._page_size
            last = min(first + self._page_size, len(self._rows))
            self._loaded -= last - first - self._rows[first:last].count(None)
            self._rows[first:last] = [None] * (last - first)

    def _fill(self, first: int, page: Page) -> int:
        """Rows of ``page`` into place from row ``first`` (cases added since the count are left out)."""
        rows = page.rows[: max(0, len(self._rows) - first)]
        self._loaded += self._rows[first : first + len(rows)].count(None)
        self._rows[first : first + len(rows)] = rows
        return len(rows)

    def _on_page_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return  # an older query's failure: this one goes on
        self._in_flight = None
        self._wanted = []  # blocks already tried are not asked for again in this query
        self._tell_loading()
        self.load_failed.emit(error)

    # -- sorting -----------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        if self._query_mode and self.COLUMNS[column].sort is None:
            return  # the service cannot order by this column; keep the current order
        if column == self._sort_column and order == self._order and self._query_mode:
            return
        self._sort_column, self._order = column, order
        if self._query_mode:
            self.set_query()
        else:
            self._sort_in_memory()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def _sort_in_memory(self) -> None:
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        key = cells.sort_key(self._sort_column)
        ordered = sorted(self.rows, key=key, reverse=self._order == Qt.SortOrder.DescendingOrder)
        self._rows = list(ordered)  # copied: a list[CaseRow] does not type as list[CaseRow | None]
        self.layoutChanged.emit()

    # -- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", self.COLUMNS[section].label)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        if row is None:
            self._want(index.row())
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.cell_text(row, column)
        if role == self.CASE_ID_ROLE:
            return row.id
        if role == self.ROW_ROLE:
            return row
        if column == self.DEADLINE and row.next_deadline is not None:
            left = days_left(row.next_deadline, self._today())
            if role == Qt.ItemDataRole.ForegroundRole and left is not None and left < 0:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.ToolTipRole and left is not None:
                if left < 0:
                    text = self.tr("Days since it expired: %n", "", -left)
                else:
                    text = self.tr("Days left: %n", "", left)
                note = deadline_note(row.next_deadline)  # "until the end of October 2023"
                return f"{text} ({note})" if note else text
        return None
