# SPDX-License-Identifier: GPL-3.0-or-later
"""The import dialog: the dry run shows the counts and who may be the same person; Import applies
and the main window's lists follow; a refused file shows its reason and changes nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.domain import records as r
from app.paths import resources_dir
from app.services import exchange_suggestions
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.offices import OfficeService
from app.services.purge import PurgeService
from app.services.session import UnlockedVault
from app.ui import import_report
from app.ui.export_dialog import ExportDialog
from app.ui.import_dialog import ImportDialog
from app.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock_main
from tests.unit.services.exchange_kit import linked_cases, partnered

ARRIVING = "Nurlan Serikuly (fictional)"
HERE = "Нұрлан Серікұлы (fictional)"


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "ABC") as offices:
        yield offices


def _case(vault: UnlockedVault, reference: str, name: str) -> str:
    return CaseService(vault).open_case(
        r.Person(), [r.PersonName("", name)], r.Case("", "", reference=reference)
    )


def _bundle(sender: UnlockedVault, to: UnlockedVault, out: Path, *, since_last: bool = False) -> Path:
    ExchangeService(sender).export(out, to=[to.actor.office_id], since_last=since_last)
    return out


def _dialog(qtbot, vault: UnlockedVault, runner: TaskRunner, prompts) -> ImportDialog:
    dialog = ImportDialog(ExchangeService(vault), OfficeService(vault), runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _checked(qtbot, dialog: ImportDialog, path: Path) -> None:
    dialog.check_file(str(path))
    qtbot.waitUntil(lambda: dialog._task is None, timeout=20_000)


def test_the_dry_run_shows_the_counts_and_the_same_person_then_import_applies(
    qtbot, offices, runner, prompts, tmp_path
) -> None:
    a, b, _ = offices
    _case(a, "A-1", ARRIVING)
    _case(b, "B-7", HERE)
    path = _bundle(a, b, tmp_path / "bundle.age")
    dialog = _dialog(qtbot, b, runner, prompts)
    assert not dialog.import_button.isEnabled()
    _checked(qtbot, dialog, path)
    view = dialog.report_view
    assert "Fictional office A" in view.from_label.text() and "file number 1" in view.from_label.text()
    counts = view.counts_label.text()
    assert counts.startswith("Importing this file would change this vault as follows:")
    new = dialog.report.counts()["new"]
    assert f"• {new} new record" in counts and "1 new case" in counts and "• 0 conflict" in counts
    assert view.same_view.isVisible() and view.same_model.rowCount() == 1
    hint = view.same_model.record(0)
    assert (hint.incoming_name, hint.local_name, [c.reference for c in hint.cases]) == (
        ARRIVING,
        HERE,
        ["B-7"],
    )
    assert ListingService(b).page(r.CaseFilter()).total == 1  # the dry run changed nothing
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert dialog.status_label.text() == "Imported."
    assert view.counts_label.text().startswith("The file was imported:")
    assert ListingService(b).page(r.CaseFilter()).total == 2 and not dialog.import_button.isEnabled()

    _checked(qtbot, dialog, path)  # the same file again: nothing to do
    assert view.counts_label.text() == "This file was imported before. Importing it again changes nothing."
    assert not dialog.import_button.isEnabled() and prompts.errors == [] and prompts.crashes == 0


def test_more_namesakes_than_are_listed_are_said(
    qtbot, offices, runner, prompts, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = offices
    _case(a, "A-1", ARRIVING)
    for number in range(3):
        _case(b, f"B-{number}", HERE)
    monkeypatch.setattr(exchange_suggestions, "MAX_PER_PERSON", 2)
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, _bundle(a, b, tmp_path / "bundle.age"))
    view = dialog.report_view
    assert view.same_model.rowCount() == 2
    assert view.same_label.text().splitlines()[1] == (
        f"\u2068{ARRIVING}\u2069: 3 persons here have a name alike; the 2 most likely are listed."
    )


def test_namesakes_are_counted_person_by_person_up_to_a_few(
    qtbot, offices, runner, prompts, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = offices
    _case(a, "A-1", ARRIVING)
    _case(a, "A-2", "Aigül Qasymqyzy (fictional)")
    for number in range(3):
        _case(b, f"B-{number}", HERE)
        _case(b, f"B-{number + 3}", "Айгүл Қасымқызы (fictional)")
    monkeypatch.setattr(exchange_suggestions, "MAX_PER_PERSON", 2)
    monkeypatch.setattr(import_report, "NAMESAKE_LINES", 1)
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, _bundle(a, b, tmp_path / "bundle.age"))
    lines = dialog.report_view.same_label.text().splitlines()
    assert dialog.report_view.same_model.rowCount() == 4
    assert lines[1:] == [
        "\u2068Aigül Qasymqyzy (fictional)\u2069: 3 persons here have a name alike; "
        "the 2 most likely are listed.",
        "1 more arriving person(s) with more namesakes here than are listed.",  # no translator: the source
    ]


def test_a_gap_in_the_files_from_a_sender_is_reported(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b, _ = offices
    _case(a, "A-1", ARRIVING)
    _bundle(a, b, tmp_path / "first.age")  # never carried to B
    second = _bundle(a, b, tmp_path / "second.age", since_last=True)
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, second)
    warning = dialog.report_view.warnings
    assert warning.isVisible() and "number(s) 1." in warning.text()
    assert "a file of all its cases" in warning.text()


def test_a_lawyer_packet_says_what_was_withheld(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b, _ = offices
    case_id = _case(a, "A-1", ARRIVING)
    out = tmp_path / "packet.age"
    ExchangeService(a).export(out, to=[b.actor.office_id], cases=[case_id], profile="lawyer")
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, out)
    withheld = dialog.report.withheld
    assert withheld > 0
    assert f"the sending office withheld {withheld} field" in dialog.report_view.warnings.text()


def test_records_waiting_for_a_record_not_sent_are_counted(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b, _ = offices
    first, _ = linked_cases(a)
    out = tmp_path / "one.age"
    ExchangeService(a).export(out, to=[b.actor.office_id], cases=[first])
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, out)
    assert dialog.report.counts()["waiting"] == 1
    warnings = dialog.report_view.warnings
    for language, words in (
        ("en", "1 record is waiting for the record it belongs to, which another office has not sent yet"),
        ("ru", "1 запись ждёт записи, к которой относится и которую другой офис ещё не прислал"),
        ("kk", "1 жазба өзі тиесілі жазбаны күтіп тұр, оны басқа кеңсе әлі жібермеген"),
    ):
        translator = QTranslator()
        assert translator.load(f"pana_{language}", str(resources_dir() / "i18n"))
        QCoreApplication.installTranslator(translator)  # the report is said again in that language
        try:
            qtbot.waitUntil(lambda words=words: words in warnings.text(), timeout=5_000)
        finally:
            QCoreApplication.removeTranslator(translator)


def test_records_purged_by_the_sender_are_counted(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b, _ = offices
    case_id = _case(a, "A-1", ARRIVING)
    ExchangeService(b).import_bundle(_bundle(a, b, tmp_path / "first.age").read_bytes())
    PurgeService(a).purge_case(case_id, "aigerim", PASSPHRASE)
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, _bundle(a, b, tmp_path / "second.age"))
    purged = dialog.report.purged
    counts = dialog.report_view.counts_label.text()
    assert purged > 0 and f"• {purged} record" in counts and "purged for good" in counts


def test_cancel_undoes_an_import_under_way(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b, _ = offices
    _case(a, "A-1", ARRIVING)
    path = _bundle(a, b, tmp_path / "bundle.age")
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, path)
    gate = threading.Event()
    runner.start(lambda progress: gate.wait(10))  # the database worker is busy: the import waits
    dialog.import_button.click()
    assert dialog.importing and dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=20_000)
    assert dialog.status_label.text() == "Cancelled. Nothing was changed."
    assert ListingService(b).page(r.CaseFilter()).total == 0 and prompts.errors == []


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("for-another-office", ("This file is not for this office",)),
        ("cut-short", ("incomplete (cut short)", "altered or damaged")),  # age cannot always tell which
        ("not-a-bundle", ("This is not a Pana exchange file.",)),
        ("revoked-sender", ("from a partner office that was revoked",)),
    ],
)
def test_a_refused_file_shows_its_reason_and_changes_nothing(
    qtbot, offices, runner, prompts, tmp_path, damage, reason
) -> None:
    a, b, c = offices
    _case(a, "A-1", ARRIVING)
    path = _bundle(a, c if damage == "for-another-office" else b, tmp_path / "bundle.age")
    if damage == "cut-short":
        path.write_bytes(path.read_bytes()[:-40])
    elif damage == "not-a-bundle":
        path.write_bytes(b"a holiday photo, not an exchange file")
    elif damage == "revoked-sender":
        OfficeService(b).revoke(a.actor.office_id)
    dialog = _dialog(qtbot, b, runner, prompts)
    _checked(qtbot, dialog, path)
    assert dialog.refusal.isVisible() and any(text in dialog.refusal.text() for text in reason)
    assert "Nothing was imported; the vault is unchanged." in dialog.refusal.text()
    assert not dialog.import_button.isEnabled() and dialog.report is None
    assert ListingService(b).page(r.CaseFilter()).total == 0 and prompts.crashes == 0


def test_the_exchange_menu_opens_both_dialogs_and_an_import_reloads_the_lists(
    qtbot, offices, make_shell, tmp_path
) -> None:
    a, b, _ = offices
    _case(a, "A-1", ARRIVING)
    path = _bundle(a, b, tmp_path / "bundle.age")
    here = _case(b, "B-7", HERE)
    folder = b.directory
    b.lock()
    shell = make_shell(folder)
    main = unlock_main(qtbot, shell)
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 1, timeout=10_000)
    main.case_list.view.selectRow(0)
    main.menus.export_action.trigger()
    export = shell.vault_dialog
    assert isinstance(export, ExportDialog) and export.case_model.keys() == [here]
    assert export.selected_radio.isChecked()
    qtbot.waitUntil(lambda: export.loaded, timeout=10_000)
    main.menus.import_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, ImportDialog) and not export.isVisible()
    _checked(qtbot, dialog, path)
    dialog.import_button.click()
    assert dialog.importing
    dialog.reject()  # closed at once: the import finishes, and the lists still follow
    qtbot.waitUntil(lambda: main.case_list.model.total == 2, timeout=20_000)
    main.menus.import_action.trigger()
    dialog = shell.vault_dialog
    main.menus.lock_action.trigger()
    assert shell.vault_dialog is None and not dialog.isVisible()
