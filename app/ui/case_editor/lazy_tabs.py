# SPDX-License-Identifier: GPL-3.0-or-later
"""Tabs built the first time they are shown or asked for: opening a case builds only the tab on show.

Until then a tab's page is an empty placeholder; once built, the tab itself is the page, so
``tabs.setCurrentWidget(tab)`` and ``tabs.currentWidget() is tab`` work as with any QTabWidget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

T = TypeVar("T")


@dataclass(frozen=True)
class TabSpec:
    """One tab: its name (the editor's attribute), its title, and how to build it."""

    name: str
    title: str
    build: Callable[[], QWidget]


class LazyTabs(QObject):
    """Fills ``tabs`` with placeholders and builds each tab when it first becomes current or is asked for.

    ``built(name, tab)`` is emitted as soon as a tab is made, before it is put in its place and
    shown: the owner connects it and loads its data there.
    """

    built = Signal(str, QWidget)

    def __init__(self, tabs: QTabWidget, specs: Sequence[TabSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self._specs = list(specs)
        self._built: dict[str, QWidget] = {}
        self._swapping = False
        # Long titles (Russian, Kazakh) shorten to fit rather than hide the last tabs behind arrows;
        # the whole title is the tab's tooltip.
        tabs.setUsesScrollButtons(False)
        tabs.setElideMode(Qt.TextElideMode.ElideRight)
        for spec in self._specs:
            tabs.setTabToolTip(tabs.addTab(QWidget(tabs), spec.title), spec.title.replace("&", ""))
        tabs.currentChanged.connect(self.on_tabs_currentChanged)

    def index(self, name: str) -> int:
        """The position of tab ``name`` (whether it is built or not)."""
        return next(i for i, spec in enumerate(self._specs) if spec.name == name)

    def names(self) -> list[str]:
        return [spec.name for spec in self._specs]

    def get(self, name: str) -> Any:
        """Tab ``name``, built now if it was not."""
        tab = self._built.get(name)
        return tab if tab is not None else self._build(self.index(name))

    def built_tab(self, name: str) -> Any:
        """Tab ``name`` if it is built, else None (an unbuilt tab holds nothing to save or clear)."""
        return self._built.get(name)

    def built_tabs(self) -> list[Any]:
        """The built tabs, in tab order."""
        return [self._built[spec.name] for spec in self._specs if spec.name in self._built]

    def show(self, index: int) -> None:
        """Make tab ``index`` current, building it if needed."""
        self.tabs.setCurrentIndex(index)
        self._build_current()

    @Slot(int)
    def on_tabs_currentChanged(self, index: int) -> None:
        if not self._swapping:
            self._build_current()

    def _build_current(self) -> None:
        index = self.tabs.currentIndex()
        if 0 <= index < len(self._specs) and self._specs[index].name not in self._built:
            self._build(index)

    def _build(self, index: int) -> QWidget:
        spec = self._specs[index]
        tab = spec.build()
        self._built[spec.name] = tab
        self.built.emit(spec.name, tab)
        placeholder = self.tabs.widget(index)
        assert placeholder is not None
        was_current = self.tabs.currentIndex() == index
        # Insert the tab after its placeholder, make it current if the placeholder was, then drop the
        # placeholder: no other page is shown in between.
        self._swapping = True
        try:
            self.tabs.setTabToolTip(
                self.tabs.insertTab(index + 1, tab, spec.title), spec.title.replace("&", "")
            )
            if was_current:
                self.tabs.setCurrentIndex(index + 1)
            self.tabs.removeTab(index)
        finally:
            self._swapping = False
        placeholder.deleteLater()
        return tab


class LazyTab(Generic[T]):
    """A class attribute naming one tab of its owner's ``lazy_tabs``; reading it builds the tab if need be."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, owner: Any, owner_type: type | None = None) -> T:
        if owner is None:  # read on the class
            return cast(T, self)
        return cast(T, owner.lazy_tabs.get(self.name))
