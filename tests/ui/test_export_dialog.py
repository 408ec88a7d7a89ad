# SPDX-License-Identifier: GPL-3.0-or-later
"""The export dialog: the file it writes is one a partner imports; only the chosen cases go; Cancel
leaves no file (not even a partial one); this office is always a recipient."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import records as r
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from app.ui.export_dialog import ExportDialog, Send
from app.ui.tasks import TaskRunner
from tests.unit.services.exchange_kit import make_office, partnered


class FakeFiles:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.suggested: list[str] = []

    def save_bundle(self, parent: object, suggested_name: str) -> str | None:
        self.suggested.append(suggested_name)
        return str(self.path)


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "AB") as offices:
        yield offices


def _case(vault: UnlockedVault, reference: str, name: str) -> str:
    return CaseService(vault).open_case(
        r.Person(), [r.PersonName("", name)], r.Case("", "", reference=reference)
    )


def _dialog(qtbot, vault: UnlockedVault, runner: TaskRunner, prompts, out: Path, cases=()) -> ExportDialog:
    dialog = ExportDialog(
        ExchangeService(vault), OfficeService(vault), runner, prompts, list(cases), files=FakeFiles(out)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def test_the_file_written_is_one_the_partner_imports(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b = offices
    _case(a, "A-1", "Айгүл Серікқызы (fictional)")
    out = tmp_path / "out" / "bundle.age"
    out.parent.mkdir()
    dialog = _dialog(qtbot, a, runner, prompts, out)
    assert dialog.partner_model.checked_keys() == [b.actor.office_id]  # the only partner is ticked
    assert dialog.request().send is Send.EVERYTHING and not dialog.selected_radio.isEnabled()
    assert "always included" in dialog.own_label.text()
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    written = done.args[0]
    assert written.path == out and set(out.parent.iterdir()) == {out}
    assert written.recipients == (a.actor.office_id, b.actor.office_id)
    assert dialog._files.suggested[0].startswith("pana-") and "A-1" not in dialog._files.suggested[0]
    status = dialog.status_label.text()
    assert str(out) in status and f"{written.revisions} record revision" in status
    assert "0 attached file" in status and "this office" in status and "Fictional office B" in status
    report = ExchangeService(b).import_bundle(out.read_bytes())
    assert report.counts()["new"] > 0
    assert ListingService(b).page(r.CaseFilter()).total == 1
    assert prompts.errors == [] and prompts.crashes == 0


def test_only_the_cases_selected_in_the_list_go(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b = offices
    wanted = _case(a, "A-1", "Айгүл Серікқызы (fictional)")
    other = _case(a, "A-2", "Болат Тұрсынұлы (fictional)")
    rows = ListingService(a).rows([wanted])
    out = tmp_path / "some.age"
    dialog = _dialog(qtbot, a, runner, prompts, out, rows)
    assert dialog.selected_radio.isChecked() and dialog.case_model.checked_keys() == [wanted]
    assert "A-1" in dialog.case_model.index(0).data()
    dialog.attachments_check.setChecked(False)
    assert dialog.request().cases == (wanted,) and not dialog.request().attachments
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    records = {rev["record_id"] for rev in ExchangeService(b).read(out.read_bytes()).revisions}
    assert wanted in records and other not in records
    dialog.case_model.setData(dialog.case_model.index(0), 0, 10)  # untick the only case: nothing to send
    assert not dialog.export_button.isEnabled()


def test_a_lawyer_packet_of_the_selected_cases(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, b = offices
    wanted = _case(a, "A-1", "Айгүл Серікқызы (fictional)")
    out = tmp_path / "packet.age"
    dialog = _dialog(qtbot, a, runner, prompts, out, ListingService(a).rows([wanted]))
    assert dialog.lawyer_radio.isEnabled()
    dialog.lawyer_radio.setChecked(True)
    assert dialog.request().send is Send.LAWYER_PACKET and dialog.request().cases == (wanted,)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert ExchangeService(b).read(out.read_bytes()).profile == "lawyer"
    dialog.case_model.setData(dialog.case_model.index(0), 0, 10)  # a packet needs its cases
    assert not dialog.export_button.isEnabled()


def test_no_lawyer_packet_without_selected_cases(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, _ = offices
    dialog = _dialog(qtbot, a, runner, prompts, tmp_path / "x.age")
    assert not dialog.lawyer_radio.isEnabled()


def test_cancel_leaves_no_file(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, _ = offices
    _case(a, "A-1", "Айгүл Серікқызы (fictional)")
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / "bundle.age"
    dialog = _dialog(qtbot, a, runner, prompts, out)
    gate = threading.Event()
    runner.start(lambda progress: gate.wait(10))  # the database worker is busy: the export waits
    dialog.export_button.click()
    assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=10_000)
    assert dialog.status_label.text() == "Cancelled: no file was written."
    assert list(folder.iterdir()) == [] and prompts.errors == []
    assert dialog.export_button.isEnabled()


def test_an_existing_file_is_never_overwritten(qtbot, offices, runner, prompts, tmp_path) -> None:
    a, _ = offices
    out = tmp_path / "taken.age"
    out.write_bytes(b"someone else's file")
    dialog = _dialog(qtbot, a, runner, prompts, out)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    assert prompts.errors == ["A file with this name exists already; choose another name."]
    assert out.read_bytes() == b"someone else's file"


def test_without_partners_nothing_can_be_exported(qtbot, runner, prompts, tmp_path) -> None:
    alone = make_office(tmp_path, "Alone")
    try:
        dialog = _dialog(qtbot, alone, runner, prompts, tmp_path / "x.age")
        assert dialog.no_partner_label.isVisible() and not dialog.export_button.isEnabled()
    finally:
        alone.lock()


def test_files_not_received_here_are_left_out_and_said(qtbot, offices, runner, prompts, tmp_path) -> None:
    """B got A's case with two files' records but not their bytes (a bundle without files): B's file
    is written without them, and the dialog says it left them out, and why."""
    a, b = offices
    case_id = _case(a, "A-1", "Айгүл Серікқызы (fictional)")
    for n in (1, 2):
        AttachmentService(a).add(case_id, f"scan {n}.pdf", f"%PDF {n}".encode(), "application/pdf")
    ExchangeService(a).export(tmp_path / "a.pana", to=[b.actor.office_id], attachments=False)
    ExchangeService(b).import_bundle((tmp_path / "a.pana").read_bytes())
    dialog = _dialog(qtbot, b, runner, prompts, tmp_path / "b.pana")
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    assert (done.args[0].attachments, done.args[0].not_received) == (0, 2)
    status = dialog.status_label.text()
    left_out = status.splitlines()[-1]
    assert "0 attached file" in status and left_out.startswith("2 attached file")
    assert "left out: this office has not received them" in left_out
    assert prompts.errors == [] and prompts.crashes == 0
