# SPDX-License-Identifier: GPL-3.0-or-later
"""Child processes for the security tests: ``python -m tests.security.workers MODE ARGS``.

Passphrases arrive one per line on stdin (never in argv).  Each worker prints
progress lines and flushes after every line, so a parent that kills it with
SIGKILL knows exactly what was committed before the kill.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import json
import logging
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import insert, text

from app.db import engine as engine_module
from app.db import models as m
from app.db.engine import database_key
from app.domain import records as r
from app.domain.errors import PanaError
from app.domain.vocab import LegalEventKind
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.case_edit import CaseEditService
from app.services.cases import CaseService
from app.services.drafts import DraftService
from app.services.history import HistoryService
from app.services.listing import ListingService
from app.services.name_index import NameSearchService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

KDF = KdfParams.minimum()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def read_line() -> str:
    line = sys.stdin.readline()
    if not line:
        raise SystemExit("stdin closed")
    return line.rstrip("\n")


def open_vault(directory: str) -> UnlockedVault:
    return VaultService(Path(directory), kdf=KDF).open(read_line())


def attachment_bytes(index: int, size: int) -> bytes:
    """Deterministic, incompressible-looking content for attachment number ``index``."""
    seed = hashlib.sha256(f"attachment {index}".encode()).digest()
    blocks = (hashlib.sha256(seed + n.to_bytes(4, "big")).digest() for n in range(size // 32 + 1))
    return b"".join(blocks)[:size]


def hold(directory: str) -> None:
    """Open the vault and keep it open until killed (T45)."""
    open_vault(directory)
    say("READY")
    sys.stdin.read()


def edits(directory: str, case_id: str, start: str) -> None:
    """A stream of case edits, each its own transaction; prints what committed (T42)."""
    vault = open_vault(directory)
    cases = CaseService(vault)
    files = AttachmentService(vault)
    say("READY")
    index = int(start)
    while True:
        index += 1
        step = index % 4
        if step == 0:
            event = cases.save(r.LegalEvent(case_id, LegalEventKind.OTHER, notes=f"edit {index}"))
            say(f"event {event.id}")
        elif step == 1:
            new_case = cases.open_case(
                r.Person(notes=f"person {index}"), [r.PersonName("", f"Fictional Person {index}")]
            )
            say(f"case {new_case}")
        elif step == 2:
            case = cases.get_case(case_id).case
            cases.save(dataclasses.replace(case, summary=f"summary {index}"))
            say(f"summary {index}")
        else:
            data = attachment_bytes(index, 300_000)
            added = files.add(case_id, f"scan {index}.bin", data, "application/octet-stream")
            say(f"attachment {added.id} {added.sha256}")


def autosave(directory: str, save_every: str) -> None:
    """The case editor's cycle (T42): autosave a draft after every edit, Save every few edits.

    Drafts are built and written as ``CaseEditor._write_draft`` does (``CaseState.to_payload``
    into ``DraftService.save``, one draft id per editor), saves as its Save task does.  Every
    draft carries canaries and a pending file, so it spans many database pages.
    """
    from app.ui.case_editor.state import CaseState, PendingAttachment
    from tests.security.kit import Canaries

    vault = open_vault(directory)
    c = Canaries(*json.loads(read_line()))
    drafts, editor_saves = DraftService(vault), CaseEditService(vault)
    state = CaseState.new(vault.actor.office_id)
    state.names.append(r.PersonName(state.subject.id, c.text(), id=r.new_id(), is_primary=True))
    baseline, is_new, draft_id = state.copy(), True, r.new_id()
    say(f"READY {draft_id} {state.case.id}")
    generation = 0
    while True:
        generation += 1
        if not state.pending_attachments:
            data = attachment_bytes(generation, 400_000)
            sha = hashlib.sha256(data).hexdigest()
            name = c.text(f"scan {generation}.png")
            state.pending_attachments.append(PendingAttachment(r.new_id(), name, "image/png", data, sha))
        state.case = dataclasses.replace(state.case, summary=f"{c.text()} generation {generation}")
        state.legal_events.append(
            r.LegalEvent(state.case.id, LegalEventKind.OTHER, notes=c.text(str(generation)), id=r.new_id())
        )
        payload = state.to_payload(is_new=is_new)
        drafts.save(payload, draft_id=draft_id, case_id=None if is_new else state.case.id)
        say(f"draft {generation}")
        if generation % int(save_every) == 0:
            # As the editor's Save: records, files and the draft discard in one transaction.
            saved = editor_saves.save(state.edit(None if is_new else baseline, draft_id=draft_id))
            state = CaseState.from_case_file(saved.case)
            baseline, is_new = state.copy(), False
            say(f"saved {generation}")


def backups(directory: str, destination: str) -> None:
    """Back the open vault up to the same file again and again (T42: kill during a backup)."""
    vault = open_vault(directory)
    admin = AdminService(vault)
    say("READY")
    count = 0
    while True:
        admin.backup(Path(destination))
        count += 1
        say(f"DONE {count}")


def backup_stopped_while_written(directory: str, destination: str) -> None:
    """Back the open vault up once and stop for good while the backup file itself is written (its
    database copied and checked), saying WRITING (T42: the parent kills it there)."""
    vault = open_vault(directory)

    def stop_in_the_file(done: int, total: int, _message: str) -> None:
        if 0.9 * total < done < total:  # the file is written in the bar's last eighth
            say("WRITING")
            time.sleep(600)

    AdminService(vault).backup(Path(destination), stop_in_the_file)


def export_stopped_while_written(directory: str, folder: str) -> None:
    """Write an exchange file of the whole vault into ``folder`` (DONE 1), then another, stopping for
    good halfway through that file's bytes, saying WRITING (T42: the parent kills it there).  Only
    the bytes' writing is held up: the file is made, and would be named, as any export's."""
    from app import files
    from app.services.exchange import ExchangeService

    class HalfWritten(type(Path())):  # type: ignore[misc]
        def write_bytes(self, data: bytes) -> int:  # type: ignore[override]
            with open(self, "wb") as file:
                file.write(data[: len(data) // 2])
                file.flush()
            say("WRITING")
            time.sleep(600)
            raise AssertionError("not killed")

    publishing = files.publishing

    @contextlib.contextmanager
    def stopping_halfway(out: Path, *, replace: bool = False) -> Iterator[Path]:
        with publishing(out, replace=replace) as path:
            yield HalfWritten(path)

    exchange = ExchangeService(open_vault(directory))
    exchange.export(Path(folder) / "office-1.age")
    say("DONE 1")
    files.publishing = stopping_halfway  # write_whole looks it up at each call
    exchange.export(Path(folder) / "office-2.age")


def canary(directory: str, backup: str, spill_rows: str, temp_store: str) -> None:
    """T05/T07: canaries everywhere, a big sort and a temp table, scanned by the parent while open."""
    from tests.security.kit import Canaries, write_everything

    vault = open_vault(directory)
    c = Canaries(*json.loads(read_line()))
    write_everything(
        vault,
        c.text,
        c.all,
        (c.text("attachment bytes").encode("utf-8") + c.text().encode("utf-16-le")) * 50,
        c.text("scan.pdf"),
    )
    rows = int(spill_rows)
    with vault.db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        if temp_store != "default":  # the positive control: prove the watch would see a spill
            raw.execute(f"PRAGMA temp_store = {temp_store}")
        say(f"temp_store {raw.execute('PRAGMA temp_store').fetchone()[0]}")
        series = f"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT {rows})"
        sorted_rows = raw.execute(
            f"{series} SELECT ? || printf('%08d', (x * 7919) % {rows}) || hex(zeroblob(60)) AS k, "
            "p.text FROM n, (SELECT text FROM person_names LIMIT 1) AS p ORDER BY k DESC",
            (c.text(),),
        )
        count = sum(1 for _ in sorted_rows)
        raw.execute("CREATE TEMP TABLE spill(k TEXT, v TEXT)")
        raw.execute(
            f"{series} INSERT INTO spill SELECT ? || x, ? || hex(zeroblob(100)) FROM n",
            (c.text("temp"), c.text("temp value")),
        )
        raw.execute("CREATE INDEX temp.spill_k ON spill(k)")
        in_temp = raw.execute("SELECT count(*) FROM spill WHERE k LIKE ?", (c.latin + "%",)).fetchone()[0]
        say(f"sorted {count} temp {in_temp}")
        say("OPEN")
        read_line()  # the parent scans while the vault is open and the temp table exists
        AdminService(vault).backup(Path(backup))
        raw.execute("DROP TABLE spill")
    vault.lock()
    say("LOCKED")


def damaged(directory: str, attachment_id: str) -> None:
    """T08: open a damaged vault and read it; prints only error class names."""
    try:
        vault = open_vault(directory)
    except PanaError as exc:
        say(f"open {type(exc).__name__}")
        return
    say("open ok")
    for name, action in (
        ("read", lambda: AttachmentService(vault).read(attachment_id)),
        ("check", lambda: AdminService(vault).check()),
    ):
        try:
            result = action()
            say(f"{name} ok {getattr(result, 'ok', '')}")
        except PanaError as exc:
            say(f"{name} {type(exc).__name__}")
    vault.lock()


def debug_flows(directory: str, secrets_file: str, backup: str) -> None:
    """T48: every flow with DEBUG logging, plus forced errors whose full tracebacks are printed."""
    from tests.security.kit import Canaries, write_everything

    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, force=True)
    for name in ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "app"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    passphrase = read_line()
    c = Canaries(*json.loads(read_line()))
    # A short busy timeout so that the forced SQLITE_BUSY below does not wait five seconds.
    engine_module.PRAGMAS_AFTER_KEY = tuple(
        "PRAGMA busy_timeout = 200" if p.startswith("PRAGMA busy_timeout") else p
        for p in engine_module.PRAGMAS_AFTER_KEY
    )
    service = VaultService(Path(directory), kdf=KDF)
    vault = service.open(passphrase)
    Path(secrets_file).write_text(
        json.dumps(
            {
                "database_key": database_key(vault.master_key).hex(),
                "master_key": bytes(vault.master_key).hex(),
            }
        )
    )

    def report(label: str, exc: BaseException) -> None:
        say(f"--- {label}: {type(exc).__name__}")
        say(str(exc))
        say(repr(exc))
        say("".join(traceback.format_exception(exc)))

    written = write_everything(vault, c.text, c.all, c.text("attachment").encode("utf-8"), c.text("scan.pdf"))
    cases = CaseService(vault)
    cases.get_case(written.case_id)
    ListingService(vault).page(r.CaseFilter())
    for name in c.all:
        NameSearchService(vault).search(name)
    AttachmentService(vault).read(written.attachment.id)
    DraftService(vault).pending()
    HistoryService(vault).case_history(written.case_id)
    admin = AdminService(vault, kdf=KDF)
    admin.check()
    admin.backup(Path(backup))
    _written_files_flows(vault, written.case_id, Path(backup).parent)
    say("flows done")

    # A unique violation: a second row with an existing primary key, holding canaries.
    try:
        with vault.db.transaction() as session:
            session.execute(
                insert(m.PersonName),
                [
                    {
                        "id": _first_name_id(vault, written.subject_id),
                        "person_id": written.subject_id,
                        "text": c.text("dup"),
                        "script": "Latn",
                        "scheme": c.text(),
                        "kind": "full",
                        "is_primary": False,
                        "rev": "",
                    }
                ],
            )
    except Exception as exc:
        report("unique violation", exc)
    # A foreign key violation with canaries in the row.
    try:
        with vault.db.transaction() as session:
            session.execute(
                text(
                    "INSERT INTO person_names (id, person_id, text, script, scheme, kind, is_primary, rev,"
                    " updated_at) VALUES (:i, :p, :t, 'Latn', :t, 'full', 0, '', '2020-01-01')"
                ),
                {"i": "x" * 36, "p": c.text("fk"), "t": c.text("fk")},
            )
    except Exception as exc:
        report("foreign key violation", exc)
    # The vault held by this process: a second open is refused.
    for label, attempt in (
        ("second open", lambda: service.open(passphrase)),
        ("wrong passphrase", lambda: VaultService(Path(directory), kdf=KDF).open(c.text())),
    ):
        try:
            attempt()
        except Exception as exc:
            report(label, exc)
    # A busy database: another connection holds the write lock (busy_timeout is short here).
    blocker = vault.db.engine.raw_connection()
    try:
        blocker.driver_connection.execute("BEGIN IMMEDIATE")
        try:
            cases.save(r.LegalEvent(written.case_id, LegalEventKind.OTHER, notes=c.text("busy")))
        except Exception as exc:
            report("busy", exc)
        blocker.driver_connection.execute("ROLLBACK")
    finally:
        blocker.close()
    # Validation of a record full of canaries, then use after lock.
    try:
        cases.save(r.LegalEvent(written.case_id, LegalEventKind.OTHER, place=c.text() * 20))
    except Exception as exc:
        report("too long", exc)
    vault.lock()
    try:
        cases.get_case(written.case_id)
    except Exception as exc:
        report("after lock", exc)
    say("errors done")


def residue(directory: str) -> None:
    """Unlock, read and write, lock, then wait while the parent scans this process's memory (T51)."""
    vault = open_vault(directory)
    cases = CaseService(vault)
    case_id = cases.open_case(r.Person(notes="residue"), [r.PersonName("", "Fictional Residue")])
    cases.save(r.LegalEvent(case_id, LegalEventKind.OTHER, notes="an edit before the lock"))
    ListingService(vault).page(r.CaseFilter(), limit=50)
    vault.lock()
    del vault, cases
    gc.collect()
    say("LOCKED")
    sys.stdin.read()


def _written_files_flows(vault: UnlockedVault, case_id: str, folder: Path) -> None:
    """T48's flows that write a file where the user chose: an exchange file (and its import back,
    refused as this office's own), a protected case summary, and the analysts' CSV report."""
    from app.services.exchange import ExchangeService
    from app.services.petition_compose import PetitionService, render_petition
    from app.services.reports import ReportFormat, ReportRequest, ReportService

    exchange = ExchangeService(vault)
    bundle = folder / "debug.panabundle"
    exchange.export(bundle)
    with contextlib.suppress(PanaError):
        exchange.import_bundle(bundle.read_bytes())
    petitions = PetitionService(vault)
    form = petitions.form(case_id, "case-summary", "ru")
    composed = petitions.compose(case_id, "case-summary", "ru", {f.name: f.value for f in form.fields})
    pdf = render_petition(composed.document).pdf
    petitions.save_pdf(
        composed, composed.document, pdf, folder / "summary.pdf", password="fictional 10+ chars"
    )
    ReportService(vault).export(folder / "report.zip", ReportRequest(ReportFormat.CSV))
    say("written-file flows done")


def import_bundle(directory: str, bundle: str) -> None:
    """Import an exchange file (T41: killed at a random moment; refused files: nothing on disk)."""
    from app.domain.errors import ExchangeFileError
    from app.services.exchange import ExchangeService

    vault = open_vault(directory)
    data = Path(bundle).read_bytes()
    say("READY")
    try:
        report = ExchangeService(vault).import_bundle(data)
    except ExchangeFileError as exc:
        say(f"REFUSED {exc.reason}")
    else:
        say(f"DONE {report.counts()['revisions']}")
    vault.lock()


def _first_name_id(vault: UnlockedVault, person_id: str) -> str:
    with vault.db.transaction(readonly=True) as session:
        query = text("SELECT id FROM person_names WHERE person_id = :p LIMIT 1")
        return str(session.scalar(query, {"p": person_id}))


MODES = {
    "hold": hold,
    "edits": edits,
    "backups": backups,
    "backup_stopped_while_written": backup_stopped_while_written,
    "export_stopped_while_written": export_stopped_while_written,
    "autosave": autosave,
    "canary": canary,
    "damaged": damaged,
    "debug": debug_flows,
    "residue": residue,
    "import": import_bundle,
}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
