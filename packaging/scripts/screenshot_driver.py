# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real app against a throw-away demo vault and save a PNG of each screen (run under Xvfb).

Usage: ``xvfb-run -a python packaging/scripts/screenshot_driver.py [--out docs/screenshots]``.
``--language kk --size 1366x768 --out /tmp/kk`` checks the longest language on a small
screen (the committed README pictures are English at the default size); ``--language pseudo``
makes every text ~40 % longer, and ``--check-layout`` lists whatever is cut off.  Everything
(vaults, settings) lives in a temporary folder that is deleted afterwards; the people
in the demo vault are fictional.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEMO_PASSPHRASE = "demo passphrase 2024 Қазақ"  # noqa: S105 (a throw-away demo vault)
DEMO_CASES = 600


class AutoPrompts:
    """Answers every question with "yes" instead of opening a modal box."""

    def confirm(self, parent: object, title: str, text: str, *, destructive: bool = False) -> bool:
        return True

    def unsaved_changes(self, parent: object) -> object:
        from app.ui.prompts import UnsavedChoice

        return UnsavedChoice.DISCARD

    def inform(self, parent: object, title: str, text: str) -> None:
        pass

    def error(self, parent: object, text: str) -> None:
        print("error:", text, file=sys.stderr)

    def crash(self, parent: object) -> None:
        raise SystemExit("the app hit an internal error while taking screenshots")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="en", choices=("en", "ru", "kk", "pseudo"))
    parser.add_argument("--size", default="1480x860", help="main window WIDTHxHEIGHT")
    parser.add_argument(
        "--check-layout",
        action="store_true",
        help="also list every label or button cut off and every window larger than 1366x768; exit 1 if any",
    )
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="pana-screenshots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # never the user's own settings
    try:
        width, height = (int(x) for x in options.size.lower().split("x"))
        problems = _drive(options.out, work, options.language, (width, height), options.check_layout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for problem in problems:
        print("cut off:", problem)
    return 1 if problems else 0


def _richest_case(services: object, case_ids: list[str]) -> str:
    """The first demo case that shows the v2 model at work: a refused citizenship request with its
    decision-maker, a request still waiting, sources and links (the list's first cases may lack some)."""
    for case_id in case_ids:
        file = services.cases.get_case(case_id)  # type: ignore[attr-defined]
        statuses = {str(q.status) for q in file.requests}
        if {"answered", "pending"} <= statuses and file.sources and file.parties and len(file.links) >= 4:
            return case_id
    return case_ids[0]


def _conflict_with_partner(vault: object, work: Path, case_id: str, kdf: object) -> None:
    """A fictional partner office receives one case, then both offices change its summary and a
    relative's village differently; the partner's file arrives here and leaves two conflicts."""
    import dataclasses

    from app.services.cases import CaseService
    from app.services.exchange import ExchangeService
    from app.services.offices import OfficeService
    from app.services.vault import VaultService

    partner = (
        VaultService(work / "partner-vault", kdf=kdf)
        .create(  # type: ignore[arg-type]
            office_name="Partner Office Shymkent", username="dana", passphrase=DEMO_PASSPHRASE
        )
        .vault
    )
    try:
        for one, other in ((vault, partner), (partner, vault)):
            offices = OfficeService(one)  # type: ignore[arg-type]
            offices.add_partner(offices.read_card(OfficeService(other).own_card()))  # type: ignore[arg-type]
        here, there = ExchangeService(vault), ExchangeService(partner)  # type: ignore[arg-type]
        to_partner, back = work / "to-partner.pana", work / "from-partner.pana"
        here.export(to_partner, to=[partner.actor.office_id], cases=[case_id], attachments=False)
        there.import_bundle(to_partner.read_bytes())
        for office, summary, village in (
            (vault, "Detained in 2018; the family was told nothing since.", "Шәуешек"),
            (partner, "Detained in 2018, sentenced to 15 years in 2019 (letter from his sister).", "Құлжа"),
        ):
            cases = CaseService(office)  # type: ignore[arg-type]
            file = cases.get_case(case_id)
            cases.save(dataclasses.replace(file.case, summary=summary))
            if file.relatives:
                cases.save(dataclasses.replace(file.relatives[0], village=village))
        there.export(back, to=[vault.actor.office_id], cases=[case_id], attachments=False)  # type: ignore[attr-defined]
        here.import_bundle(back.read_bytes())
    finally:
        partner.lock()


def _drive(out: Path, work: Path, language: str, size: tuple[int, int], check: bool) -> list[str]:
    """Takes every picture; returns what ``--check-layout`` found cut off (nothing unless ``check``)."""
    from layout_check import cut_off
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.services.admin import AdminService
    from app.services.demo import populate
    from app.services.vault import VaultService
    from app.ui.app import build_shell, settings
    from app.ui.case_editor.screenshots import grab_editor_tabs
    from app.ui.first_run import CONFIRM_GROUP, key_group
    from app.ui.preferences import Preferences
    from app.vault import KdfParams

    app = QApplication(["pana", "-style", "Fusion"])
    app.setOrganizationName("Pana")
    app.setApplicationName("Pana")
    app.setQuitOnLastWindowClosed(False)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "config"))
    Preferences(settings()).language = language
    kdf = KdfParams.minimum()  # fast unlocks for the throw-away demo vaults (test-strength keys)

    def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise SystemExit(f"timed out waiting for {what}")
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.01)

    problems: list[str] = []

    def shot(widget: QWidget, name: str) -> None:
        settle()
        if check:
            problems.extend(cut_off(widget, name))
        path = out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    # 1-2: first run in an empty folder.
    fresh = build_shell(app, work / "fresh-vault", kdf=kdf)
    fresh.translations.install(language)  # the preferences above cannot hold the pseudo-locale
    fresh.prompts = AutoPrompts()  # type: ignore[assignment]
    fresh.start()
    wizard = fresh.window
    wizard.resize(680, 470)
    wizard.office_edit.setText("Демо кеңсе, Алматы")
    wizard.user_edit.setText("aigerim")
    wizard.passphrase_edit.setText(DEMO_PASSPHRASE)
    wizard.repeat_edit.setText(DEMO_PASSPHRASE)
    shot(wizard, "01-first-run")
    wizard.create_button.click()
    wait_for(lambda: wizard.pages.currentIndex() == 1, "the vault to be created")
    key = wizard.key_label.text()
    wizard.confirm_edit.setText(key_group(key, CONFIRM_GROUP))
    shot(wizard, "02-recovery-key")
    wizard.continue_button.click()
    wait_for(lambda: fresh.main_window is not None, "the main window after first run")
    fresh.shutdown()
    fresh.window.hide()
    # Its translator would stay installed and answer for the English shots of the other shell.
    fresh.translations.install("en")

    # A demo vault full of fictional cases.
    demo_dir = work / "demo-vault"
    created = VaultService(demo_dir, kdf=kdf).create(
        office_name="Demo Office Almaty", username="aigerim", passphrase=DEMO_PASSPHRASE
    )
    populate(created.vault, DEMO_CASES, seed=2024)
    # A second field worker, for the users (22) and the key replacement that would drop them (24).
    AdminService(created.vault, kdf=kdf).add_user("daulet", "a demo passphrase of Daulet's")
    # Older copies for screen 10: the vault a restore replaced, and a backup under the name the app
    # gives the one it makes before a schema upgrade.
    AdminService(created.vault).backup(work / "demo.panabackup")
    created.vault.lock()
    VaultService(demo_dir, kdf=kdf).restore(work / "demo.panabackup", DEMO_PASSPHRASE)
    # A backup is refused in the vault's own folder; the pre-upgrade one is put there by copying.
    shutil.copyfile(work / "demo.panabackup", demo_dir / "before-upgrade-0001-5c0a8e21.panabackup")

    # 3: unlock with a wrong passphrase: the message is inline.
    shell = build_shell(app, demo_dir, kdf=kdf)
    shell.translations.install(language)
    shell.prompts = AutoPrompts()  # type: ignore[assignment]
    shell.start()
    unlock = shell.window
    unlock.resize(560, 380)
    unlock.passphrase_edit.setText("not the passphrase")
    unlock.unlock_button.click()
    wait_for(lambda: not unlock.busy_unlocking, "the failed unlock")
    unlock.passphrase_edit.setText("x" * 12)
    shot(unlock, "03-unlock-wrong-passphrase")
    unlock.recovery_check.setChecked(True)
    unlock.recovery_edit.setText("7RX2K-")
    shot(unlock, "04-unlock-recovery-key")
    unlock.recovery_check.setChecked(False)

    # 5: the main window with the case list and the dashboard.
    unlock.passphrase_edit.setText(DEMO_PASSPHRASE)
    unlock.unlock_button.click()
    wait_for(lambda: shell.main_window is not None, "the main window")
    main = shell.main_window
    main.resize(*size)
    wait_for(lambda: main.case_list.model.rowCount() > 0, "the first page of cases")
    wait_for(lambda: main.dashboard.expired_model.rowCount() > 0, "the dashboard")
    shot(main, "05-main-window")

    # 13: the deadlines tab, with the rule and source of the first deadline still to come.
    main.home.setCurrentWidget(main.deadlines)
    wait_for(lambda: main.deadlines.model.upcoming is not None, "the deadlines")
    upcoming = main.deadlines.model.upcoming
    first_due = next((i for i, d in enumerate(upcoming.deadlines) if not d.overdue(upcoming.today)), 0)
    main.deadlines.table.selectRow(first_due)
    shot(main, "13-deadlines")
    main.home.setCurrentWidget(main.dashboard)

    # 6: a name typed in Latin finds the person written in Cyrillic, Arabic script and Chinese.
    main.case_list.search_edit.setText("Nurlan Akhmetuly")  # passport-style Latin
    # Search results switch sorting off (they stay in order of the match); any language.
    wait_for(lambda: not main.case_list.view.isSortingEnabled(), "the name search")
    shot(main, "06-name-search")
    main.case_list.search_edit.setText("")
    wait_for(lambda: main.case_list.model.total == DEMO_CASES, "the whole list again")

    # 7: a case file open in the editor.
    rows = main.case_list.model.rowCount()
    row = [main.case_list.model.case_id(i) for i in range(rows)].index(
        _richest_case(main._services, [main.case_list.model.case_id(i) for i in range(rows)])
    )
    main.case_list.view.selectRow(row)
    main.open_case(main.case_list.model.case_id(row))
    settle(1.5)
    shot(main, "07-case-open")
    # Each tab of the case file, as the window shows it (editor-*.png).
    for written in grab_editor_tabs(main.editor, out / "editor"):
        if check:
            problems.extend(cut_off(main, f"07-editor-{written.stem}"))
        written.rename(out / f"07-editor-{written.name}")
    (out / "editor").rmdir()
    # 20: the case on one time axis: a lane for the person and one per relative, uncertain dates hatched.
    timeline = main.editor.timeline
    main.editor.tabs.setCurrentWidget(timeline)
    wait_for(lambda: timeline.view.layout_now() is not None, "the case timeline")
    timeline.view.setFocus()
    timeline.view.set_current(len(timeline.view.layout_now().placed) // 2)
    shot(main, "20-case-timeline")
    # 14: printing a petition from the case: the pages as they will print, a paragraph to reword.
    opened: list[QWidget] = []
    main.editor.petitions.dialog_opened.connect(opened.append)
    main.editor.tabs.setCurrentWidget(main.editor.petitions)
    main.editor.petitions.on_new_clicked()
    petition = opened[-1]
    petition.resize(min(size[0], 1340), min(size[1] - 40, 720))
    wait_for(lambda: petition.kind.count() > 0, "the petition kinds")
    petition.kind.setCurrentIndex(petition.kind.findData("travel-document"))
    petition.language.setCurrentIndex(petition.language.findData("ru"))
    wait_for(lambda: petition.save_button.isEnabled(), "the petition's pages", timeout=60)
    petition.wording.blocks.setCurrentRow(1)
    shot(petition, "14-petition")
    petition.draft_button.click()
    wait_for(lambda: main.editor.petitions.model.rowCount() > 0, "the petition kept as a draft")
    petition.reject()
    # 17: purging a person of the case (a witness at risk): for good, everywhere, passphrase again.
    purge = shell.dialogs.open_purge_dialog(main.open_case_id, True)
    wait_for(lambda: purge._plan is not None, "what the purge removes")
    purge.passphrase_edit.setText(DEMO_PASSPHRASE)
    purge.understood_box.setChecked(True)
    purge.resize(purge.sizeHint())
    shot(purge, "19-purge-person")
    purge.reject()
    main.close_editor(ask=False)
    # 15: the petitions of every case.
    main.home.setCurrentWidget(main.petitions)
    wait_for(lambda: main.petitions.model.rowCount() > 0, "the petitions registry")
    shot(main, "15-petitions")
    # 21: patterns across cases: pressure reports by county of the relatives, and the cases behind the
    # largest bar (as a click on it lists them).
    main.home.setCurrentWidget(main.patterns)
    patterns = main.patterns
    wait_for(lambda: patterns.breakdown() is not None and patterns.canvas is not None, "the patterns")
    patterns.dimension.setCurrentIndex(patterns.dimension.findData("county"))
    patterns.select_bar(patterns.breakdown().bars[0].key)
    wait_for(lambda: patterns.cases_model.rowCount() > 0, "the cases behind a bar")
    shot(main, "21-patterns")
    # 16: the conflict review, after a partner office edited the same case (built here, late, so the
    # other pictures show the demo vault as it ships).
    shell.runner.wait()
    _conflict_with_partner(shell.vault, work, main.case_list.model.case_id(row), kdf)
    main.refresh()
    main.home.setCurrentWidget(main.conflicts)
    page = main.conflicts
    wait_for(lambda: len(page.cards) > 1 and page.cards[0].isVisible(), "the conflict review")
    shot(main, "16-conflicts")
    main.home.setCurrentWidget(main.dashboard)

    # 8: preferences.
    dialog = shell.open_preferences()
    shot(dialog, "08-preferences")
    dialog.reject()

    # 9: quick erase countdown (cancelled).
    shell.erase_seconds = 5
    countdown = shell.quick_erase()
    settle(1.2)
    shot(countdown, "09-quick-erase-countdown")
    countdown.cancel_button.click()
    settle(0.2)

    # 10-12, 22, 24: older copies, the passphrase change, the Vault menu, the users and the question
    # before a key replacement, in every language and the run's own (each must fit a 1366x768 screen).
    asked_to_rotate: list[QWidget] = []
    shell.vault_actions.rotation_asked.connect(asked_to_rotate.append)
    for each in dict.fromkeys(("en", "ru", "kk", language)):
        suffix = "" if each == "en" else f"-{each}"
        shell.translations.install(each)
        copies = shell.dialogs.open_copies()
        wait_for(lambda dialog=copies: dialog.loaded and dialog.model.rowCount() > 0, "the list of copies")
        copies.view.selectRow(0)
        shot(copies, f"10-older-copies{suffix}")
        copies.reject()
        passphrase = shell.dialogs.open_passphrase_dialog()
        passphrase.current_edit.setText(DEMO_PASSPHRASE)
        passphrase.new_edit.setText("almaty1")
        shot(passphrase, f"11-change-passphrase{suffix}")
        passphrase.reject()
        users = shell.dialogs.open_users()
        wait_for(lambda dialog=users: dialog.model.rowCount() > 0, "the users")
        shot(users, f"22-users{suffix}")
        users.reject()
        main.menus.rotate_key_action.trigger()
        wait_for(lambda: bool(asked_to_rotate), "the question before a key replacement")
        rotate = asked_to_rotate.pop()
        rotate.passphrase_edit.setText(DEMO_PASSPHRASE)
        shot(rotate, f"24-replace-key{suffix}")
        rotate.reject()
        main.menus.vault_menu.popup(main.mapToGlobal(main.rect().topLeft()))
        shot(main.menus.vault_menu, f"12-vault-menu{suffix}")
        main.menus.vault_menu.hide()
        main.menus.case_menu.popup(main.mapToGlobal(main.rect().topLeft()))
        shot(main.menus.case_menu, f"26-case-menu{suffix}")
        main.menus.case_menu.hide()
    shell.translations.install(language)  # back to the language of this run

    # 16-17: exchange with a partner office.  The export dialog with three cases selected in the list;
    # the dry run of the partner's file: updates, a conflict, and a person who may be one already here.
    from exchange_scene import partner_scene
    from PySide6.QtCore import QItemSelectionModel

    bundle = partner_scene(shell.vault, work, kdf)
    chosen = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(3):
        main.case_list.view.selectionModel().select(main.case_list.model.index(row, 0), chosen)
    main.menus.export_action.trigger()
    export = shell.vault_dialog
    wait_for(lambda: export.loaded, "the partner offices")
    export.resize(min(size[0], 680), min(size[1] - 40, 620))
    shot(export, "17-export")
    export.reject()
    main.menus.import_action.trigger()
    importing = shell.vault_dialog
    importing.resize(min(size[0], 960), min(size[1] - 40, 660))
    importing.check_file(str(bundle))
    wait_for(lambda: importing.report is not None, "the dry run of the partner's file")
    shot(importing, "18-import-dry-run")

    # 25: the idle lock comes while the file is imported: only the progress shows until it is done
    # (the worker is held, so the import is still under way at the picture).
    held = threading.Event()
    shell.runner.start(lambda progress: held.wait(30))
    importing.import_button.click()
    shell.on_idle_idle()
    shot(importing, "25-import-lock-waits")
    held.set()

    # Then the vault locks: back to the unlock screen, nothing of the case list left.
    wait_for(lambda: shell.vault is None, "the lock")

    # 23: restoring from a backup, offered on the unlock screen (a vault that cannot be unlocked).
    for each in dict.fromkeys(("en", "ru", "kk", language)):
        suffix = "" if each == "en" else f"-{each}"
        shell.translations.install(each)
        restore = shell.open_restore()
        restore.file_edit.setText("/media/usb/pana-20261201.panabackup")
        shot(restore, f"23-restore{suffix}")
        restore.reject()
    shell.translations.install(language)
    shell.shutdown()
    for each_shell in (fresh, shell):  # no Python translator may be left for Qt to call at exit
        each_shell.translations.install("en")
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
