"""A tab built on first use: opening a contest shows the live page without building the others.

The setup editor of a 500 x 100 contest took seconds to build (its recusal grid is one item per
reviewer and presenter); most meetings never open it. `LazyTab` puts a placeholder in the tab
bar and builds the real page when the host first selects the tab, or when code asks for it
(`widget()`), then swaps it in at the same place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTab:
    def __init__(self, tabs: QTabWidget, title: str, build: Callable[[], QWidget]):
        self.tabs = tabs
        self.title = title
        self._build = build
        self._page: QWidget | None = None
        self._placeholder = QWidget()
        tabs.addTab(self._placeholder, title)
        tabs.currentChanged.connect(self._selected)

    @property
    def built(self) -> bool:
        return self._page is not None

    def is_current(self) -> bool:
        """Whether the host is looking at this tab (without building it)."""
        current = self.tabs.currentWidget()
        return current is not None and current in (self._page, self._placeholder)

    def widget(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._page is None:
            self._page = page = self._build()
            index = self.tabs.indexOf(self._placeholder)
            was_current = self.tabs.currentIndex() == index
            self.tabs.insertTab(index, page, self.title)
            self.tabs.removeTab(index + 1)
            if was_current:
                self.tabs.setCurrentIndex(index)
            self._placeholder.deleteLater()
        return self._page

    def _selected(self, index: int) -> None:
        if self._page is None and self.tabs.widget(index) is self._placeholder:
            self.widget()
