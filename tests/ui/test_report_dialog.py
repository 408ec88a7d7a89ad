# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' report dialog: writes the chosen format where the user chose, anonymised by default;
Cancel leaves no file; the Exchange menu opens it."""

from __future__ import annotations

import os
import threading
import zipfile
from pathlib import Path

from PySide6.QtCore import QSize

from app.domain.errors import Cancelled
from app.paths import resources_dir
from app.services.bundle import Services
from app.services.reports import ReportFormat
from app.ui.i18n import Translations
from app.ui.report_dialog import ReportDialog
from tests.ui.conftest import unlock_main
from tests.unit.services.report_kit import report_cases

SHOTS = os.environ.get("PANA_SHOTS")  # set to a folder to keep the dialog's picture


class FakeFiles:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.suggested: list[str] = []

    def save_report(self, parent: object, suggested_name: str) -> str | None:
        self.suggested.append(suggested_name)
        return str(self.path)


def _dialog(qtbot, vault, runner, prompts, out: Path) -> ReportDialog:
    dialog = ReportDialog(Services.for_vault(vault).reports, runner, prompts, files=FakeFiles(out))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_report_is_written_where_chosen_and_anonymised_by_default(
    qtbot, vault, runner, prompts, tmp_path
) -> None:
    secrets = report_cases(Services.for_vault(vault), 3)
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = _dialog(qtbot, vault, runner, prompts, folder / "report.zip")
    assert dialog.anonymised_check.isChecked()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ReportFormat.CSV.value))
    dialog.from_check.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert dialog._files.suggested[0].startswith("pana-report-anonymised-")
    assert [p.name for p in folder.iterdir()] == ["report.zip"]
    with zipfile.ZipFile(folder / "report.zip") as archive:
        text = "".join(archive.read(n).decode("utf-8-sig") for n in archive.namelist())
    assert not [s for s in secrets.all() if s in text]
    assert dialog.status_label.text() == f"Written: {folder / 'report.zip'}"
    assert prompts.errors == []


def test_cancel_leaves_no_file(qtbot, vault, runner, prompts, tmp_path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = _dialog(qtbot, vault, runner, prompts, folder / "report.pdf")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ReportFormat.PDF.value))
    gate = threading.Event()
    runner.start(lambda progress: gate.wait(10))  # the database worker is busy: the report waits
    dialog.export_button.click()
    assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=10_000)
    assert dialog.status_label.text() == "Cancelled: no file was written."
    assert list(folder.iterdir()) == [] and prompts.errors == []


def test_an_existing_file_is_never_overwritten(qtbot, vault, runner, prompts, tmp_path) -> None:
    out = tmp_path / "taken.xlsx"
    out.write_bytes(b"someone else's file")
    dialog = _dialog(qtbot, vault, runner, prompts, out)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    assert prompts.errors == ["A file with this name exists already; choose another name."]
    assert out.read_bytes() == b"someone else's file"


def test_the_dialog_fits_and_is_looked_at(qtbot, vault, runner, prompts, tmp_path) -> None:
    dialog = _dialog(qtbot, vault, runner, prompts, tmp_path / "r.pdf")
    dialog.from_check.setChecked(True)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    picture = dialog.grab()
    assert picture.size() == QSize(dialog.width(), dialog.height())
    if SHOTS:
        picture.save(str(Path(SHOTS) / "report-dialog.png"))


def test_the_exchange_menu_opens_it_and_locking_closes_it(qtbot, vault_dir, make_shell) -> None:
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    assert main.menus.report_action in main.menus.exchange_menu.actions()
    assert main.menus.report_action.text() == "&Report for analysts…"
    main.menus.report_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    main.menus.lock_action.trigger()
    assert shell.vault_dialog is None and not dialog.isVisible()


def test_the_shared_file_task_texts_are_translated_in_each_dialog(
    qtbot, vault, runner, prompts, tmp_path
) -> None:
    """The base class's texts must not be looked up under the subclass's name (PySide's self.tr does)."""
    translations = Translations(resources_dir() / "i18n")
    try:
        translations.install("kk")
        dialog = _dialog(qtbot, vault, runner, prompts, tmp_path / "r.zip")
        dialog._on_failed(Cancelled())
        assert dialog.status_label.text() == "Тоқтатылды: файл жазылмады."
    finally:
        translations.install("en")
