# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: shortcuts, filters, name search across scripts, the editor host, the dashboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.records import DeadlineFilter
from app.domain.vocab import CaseStatus, LegalEventKind
from app.services.name_index import MAX_QUERY_CHARS, MAX_QUERY_WORDS
from app.ui.case_list import DEADLINE_CHOICES
from app.ui.editor_host import default_editor_factory
from app.ui.main_window import MainWindow
from app.ui.prompts import UnsavedChoice
from tests.ui.conftest import FakeEditor, add_case


@pytest.fixture
def main(qtbot, services, runner, prompts) -> MainWindow:
    window = MainWindow(services, runner, prompts, FakeEditor)
    qtbot.addWidget(window)
    window.show()
    return window


def loaded(qtbot, main: MainWindow, rows: int) -> None:
    qtbot.waitUntil(
        lambda: main.case_list.model.rowCount() == rows and not main.case_list.model.loading, timeout=10_000
    )


def test_list_filters_and_counts(qtbot, main, vault, services):
    add_case(vault, "Нұрлан Серікұлы", status="open")
    add_case(vault, "Айгүл Маратқызы", status="intake")
    closed = add_case(vault, "Болат Әбілұлы", status="closed")
    case = services.cases.get_case(closed).case
    soon = dt.date.today() + dt.timedelta(days=20)
    services.cases.save(
        r.LegalEvent(closed, LegalEventKind.CERTIFICATE_ISSUED, valid_until=PartialDate.of(soon))
    )
    assert case.status == CaseStatus.CLOSED
    main.refresh()
    loaded(qtbot, main, 3)
    assert main.case_list.count_label.text() == "Cases: 3"
    panel = main.case_list
    panel.status_combo.setCurrentIndex(panel.status_combo.findData(CaseStatus.OPEN.value))
    loaded(qtbot, main, 1)
    assert panel.model.rows[0].status == CaseStatus.OPEN
    panel.status_combo.setCurrentIndex(0)
    panel.deadline_combo.setCurrentIndex(DEADLINE_CHOICES.index((DeadlineFilter.DUE_WITHIN, 30)))
    loaded(qtbot, main, 0)  # the closed case's deadline is no one's work now
    panel.status_combo.setCurrentIndex(panel.status_combo.findData(CaseStatus.CLOSED.value))
    loaded(qtbot, main, 1)
    assert panel.model.rows[0].id == closed
    # A narrow list may cut a filter's text short: the whole of each choice is its tooltip.
    assert "Closed" in panel.status_combo.toolTip()
    assert "Due in the next 30 days" in panel.deadline_combo.toolTip()
    qtbot.waitUntil(lambda: panel.office_combo.count() == 2, timeout=5_000)
    assert panel.office_combo.itemText(1) == "Demo Office Almaty"


def test_search_finds_a_person_by_a_spelling_in_another_script(qtbot, main, vault):
    wanted = add_case(vault, "Қанарбек Сыздықұлы", "卡纳尔别克")
    add_case(vault, "Сәуле Болатқызы")
    main.refresh()
    loaded(qtbot, main, 2)
    qtbot.keyClick(main.case_list.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main.case_list.search_edit or main.case_list.search_edit.hasFocus()
    main.case_list.search_edit.setText("Kanarbek Syzdykuly")
    qtbot.waitUntil(lambda: main.case_list.count_label.text() == "Cases found by name: 1", timeout=10_000)
    assert main.case_list.model.case_id(0) == wanted
    main.case_list.search_edit.setText("")
    loaded(qtbot, main, 2)


def test_an_overlong_query_never_freezes_the_window(qtbot, main, vault, prompts):
    wanted = add_case(vault, "Қанарбек Сыздықұлы")
    main.refresh()
    loaded(qtbot, main, 1)
    edit = main.case_list.search_edit
    assert edit.maxLength() == MAX_QUERY_CHARS
    edit.setText("Kanarbek Syzdykuly" + " " * 5_000 + "pasted by mistake " * 2_000)  # cut, visibly
    assert len(edit.text()) == MAX_QUERY_CHARS
    qtbot.waitUntil(lambda: main.case_list.count_label.text() == "Cases found by name: 1", timeout=10_000)
    assert main.case_list.model.case_id(0) == wanted
    edit.setText(" ".join(["Kanarbek"] * (MAX_QUERY_WORDS + 1)))  # short enough, but too many words
    qtbot.waitUntil(
        lambda: main.case_list.count_label.text() == "Some information is not valid; check the form.",
        timeout=10_000,
    )
    assert prompts.crashes == 0


def test_shortcuts_new_save_and_the_unsaved_changes_question(qtbot, main, vault, prompts):
    case_id = add_case(vault, "Марат Ерланұлы")
    main.refresh()
    loaded(qtbot, main, 1)
    qtbot.keyClick(main.case_list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = main.editor
    assert isinstance(editor, FakeEditor) and editor.case_id is None
    assert main.right.currentWidget() is main.editor_page
    editor.dirty = True
    prompts.unsaved_answer = UnsavedChoice.CANCEL
    assert not main.open_case(case_id)
    assert main.editor is editor
    prompts.unsaved_answer = UnsavedChoice.DISCARD
    with qtbot.waitSignal(main.case_list.view.case_activated):
        main.case_list.view.setFocus()
        main.case_list.view.setCurrentIndex(main.case_list.model.index(0, 0))
        qtbot.keyClick(main.case_list.view, Qt.Key.Key_Return)
    opened = main.editor
    assert opened is not editor and opened.case_id == case_id
    assert not editor.cleared and editor.name_edit.text() == ""  # discarded: wiped, no draft kept
    assert main.windowTitle() == "Pana"  # never a name in a title
    with qtbot.waitSignal(main.case_list.model.loading_changed, timeout=5_000):
        qtbot.keyClick(opened.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert opened.saves == 1
    main.on_close_case_button_clicked()
    assert main.editor is None and main.right.currentWidget() is main.home


def test_dashboard_lists_expiring_and_expired_certificates(qtbot, main, vault, services):
    today = dt.date.today()
    expiring = add_case(vault, "Жанар Қасымқызы", status="open")
    expired = add_case(vault, "Ерлан Тұрсынұлы", status="open")
    for case_id, until in (
        (expiring, today + dt.timedelta(days=10)),
        (expired, today - dt.timedelta(days=3)),
    ):
        services.cases.save(
            r.LegalEvent(case_id, LegalEventKind.REFUGEE_STATUS_GRANTED, valid_until=PartialDate.of(until))
        )
    draft = services.drafts.save({"x": 1})
    main.refresh()
    board = main.dashboard
    qtbot.waitUntil(lambda: board.expired_model.rowCount() == 1, timeout=10_000)
    assert board.expiring_model.case_id(0) == expiring
    assert board.expired_model.case_id(0) == expired
    assert "drafts: 1" in board.counts_label.text()
    assert board.expired_label.text().endswith(" (1)")
    assert board._total(100, 135) == " (135, the first 100 listed)"
    qtbot.waitUntil(lambda: board.deadlines_model.rowCount() > 0, timeout=10_000)
    nearest = board.deadlines_model  # whose deadline it is, not only the case's reference
    names = [nearest.data(nearest.index(row, nearest.NAME)) for row in range(nearest.rowCount())]
    assert any("Ерлан Тұрсынұлы" in (name or "") for name in names)
    assert not board.deadlines_view.isColumnHidden(nearest.NAME)
    with qtbot.waitSignal(board.case_activated) as signal:
        board.expired_view.on_view_activated(board.expired_model.index(0, 0))
    assert signal.args == [expired]
    services.drafts.discard(draft)  # as an editor's Discard does
    main.open_case(expired)
    main.close_editor(ask=False)  # #12 item 6: the count stayed at 1 until the next refresh
    qtbot.waitUntil(lambda: "drafts: 0" in board.counts_label.text(), timeout=10_000)


def test_the_case_editor_is_hosted(qtbot, vault, services, runner, prompts):
    case_id = add_case(vault, "Дәулет Серікұлы")
    factory = default_editor_factory()
    window = MainWindow(services, runner, prompts, factory)
    qtbot.addWidget(window)
    assert not window.menus.print_action.isEnabled()  # Ctrl+P prints the open case's summary
    editing = (window.menus.save_action, window.menus.close_case_action)
    assert [action.isEnabled() for action in editing] == [False, False]  # no case file open
    assert window.open_case(case_id)
    printing = window.menus.print_action
    assert printing.isEnabled() and printing.shortcut().toString() == "Ctrl+P"
    assert [action.isEnabled() for action in editing] == [True, True]
    editor = window.editor
    assert isinstance(editor, QWidget)
    for method in ("has_unsaved_changes", "save", "clear", "discard"):
        assert callable(getattr(editor, method))
    assert hasattr(editor, "saved")
    window.wipe()
    assert window.editor is None


def test_save_then_open_the_next_case(qtbot, main, vault, prompts):
    first, second = add_case(vault, "Ерлан Болатұлы"), add_case(vault, "Динара Асқарқызы")
    main.open_case(first)
    editor = main.editor
    editor.dirty = True
    prompts.unsaved_answer = UnsavedChoice.SAVE
    main.open_case(second)  # the fake editor saves at once; the real one emits `saved` later
    assert editor.saves == 1
    assert main.editor is not editor and main.editor.case_id == second


def test_delete_this_case_asks_then_the_case_leaves_the_list(qtbot, vault, services, runner, prompts):
    kept, doomed = add_case(vault, "Ерлан Болатұлы"), add_case(vault, "Динара Асқарқызы")
    window = MainWindow(services, runner, prompts, default_editor_factory())
    qtbot.addWidget(window)
    window.refresh()
    loaded(qtbot, window, 2)
    assert not window.menus.delete_case_action.isEnabled()
    window.open_case(doomed)
    qtbot.waitUntil(lambda: "Динара" in window.editor.heading(), timeout=10_000)
    prompts.confirm_answer = False
    window.menus.delete_case_action.trigger()
    assert window.editor is not None and services.cases.get_case(doomed)

    prompts.confirm_answer = True
    window.menus.delete_case_action.trigger()

    qtbot.waitUntil(lambda: window.editor is None, timeout=10_000)
    loaded(qtbot, window, 1)
    question, done = prompts.asked[-3], prompts.asked[-1]
    assert question[0] == "Delete this case" and "Динара" in question[1]
    assert done[0] == "Case deleted"
    assert [row.id for row in services.listing.page(r.CaseFilter()).rows] == [kept]


def test_names_and_references_fit_their_columns_at_1366x768(qtbot, main, vault):
    """#12 item 8: in the narrow list pane the name column got what the others left: names were cut."""
    names = ("Бақытгүл Тоқтарқызы", "Nurlan Akhmetuly", "نۇرلان ئاحمەت ۇلى", "努尔兰·艾合买提")
    for name in names:
        add_case(vault, name)
    main.resize(1366, 768)
    main.refresh()
    loaded(qtbot, main, len(names))
    view, model = main.case_list.view, main.case_list.model
    metrics = view.fontMetrics()
    for row in range(model.rowCount()):
        for column in (model.NAME, model.REFERENCE):
            text = str(model.index(row, column).data())
            assert metrics.horizontalAdvance(text) + 8 <= view.columnWidth(column), text


def test_the_case_menu_holds_what_acts_on_a_case_file_and_a_button_opens_a_new_one(qtbot, main, vault):
    """A field worker's first action is a new case: a button beside the search, and a Case menu apart
    from the Vault's keys, users and backups."""
    menus = main.menus
    titles = [action.text() for action in main.menuBar().actions()]
    assert titles == ["&Vault", "&Case", "E&xchange"]
    case_actions = set(menus.case_menu.actions())
    for action in (menus.new_action, menus.save_action, menus.print_action, menus.delete_case_action):
        assert action in case_actions and action not in menus.vault_menu.actions()
    assert menus.lock_action in menus.vault_menu.actions() and menus.lock_action not in case_actions
    texts = [action.text() for action in menus.vault_menu.actions()]
    mnemonics = [text.split("&")[1][0].lower() for text in texts if "&" in text]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics  # each Alt+letter reaches one item
    assert main.case_list.new_case_button.toolTip().endswith("(Ctrl+N)")
    main.case_list.new_case_button.click()
    assert isinstance(main.editor, FakeEditor) and main.editor.case_id is None
