# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the vault security tests: canaries, field filling, digests, scans, children."""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import hashlib
import json
import os
import queue
import secrets
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2
from sqlalchemy import text

import app.services.backups as backups_module
from app.domain import records as r
from app.domain.validation import _CODED_BY_TYPE, CODED_FIELDS
from app.domain.vocab import LegalEventKind, LinkKind, PressureKind, Relationship, RequestKind, SourceKind
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.drafts import DraftService
from app.services.name_index import NameSearchService
from app.services.session import UnlockedVault

REPO = Path(__file__).resolve().parents[2]
PAGE = 4096  # SQLCipher 4 default page size (pinned by test_engine_settings)
SQLITE_MAGIC = b"SQLite format 3\x00"

# --------------------------------------------------------------------------------------------------
# Canaries


_KAZAKH = "әғқңөұүһіабвгдеж"
_ARABIC = "ابتجحدرزسشصطعغفق"
_CHINESE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"


@dataclasses.dataclass(frozen=True)
class Canaries:
    """One unique marker per script; none of them can occur in a file by chance."""

    latin: str
    cyrillic: str
    arabic: str
    chinese: str

    @property
    def all(self) -> tuple[str, str, str, str]:
        return (self.latin, self.cyrillic, self.arabic, self.chinese)

    def text(self, label: str = "") -> str:
        """All four canaries in one string (what goes into a free-text field)."""
        return " ".join((*self.all, label)).strip()

    def needles(self) -> list[tuple[str, bytes]]:
        """What a scan looks for: UTF-8, UTF-16LE/BE and the ``\\uXXXX`` escapes of ASCII-only JSON."""
        found: list[tuple[str, bytes]] = []
        for index, value in enumerate(self.all):
            name = ("latin", "cyrillic", "arabic", "chinese")[index]
            found.append((f"{name}/utf-8", value.encode("utf-8")))
            found.append((f"{name}/utf-16le", value.encode("utf-16-le")))
            found.append((f"{name}/utf-16be", value.encode("utf-16-be")))
            escaped = json.dumps(value, ensure_ascii=True)[1:-1].encode("ascii")
            if escaped != value.encode("utf-8"):
                found.append((f"{name}/json-escaped", escaped))
        return found


def make_canaries() -> Canaries:
    """Fresh canaries for this run (12 random hex digits spelled in each script's letters)."""
    token = secrets.token_hex(6)
    nibbles = [int(ch, 16) for ch in token]
    return Canaries(
        latin=f"PanaCanary{token}",
        cyrillic="Құпияқұс" + "".join(_KAZAKH[n] for n in nibbles),
        arabic="قۇپيا" + "".join(_ARABIC[n] for n in nibbles),
        chinese="金丝雀" + "".join(_CHINESE[n] for n in nibbles),
    )


def text_needles(*secrets_: str) -> list[tuple[str, bytes]]:
    """Needles for other secrets (passphrase, hex key) in UTF-8 and UTF-16LE."""
    found = []
    for value in secrets_:
        found.append((f"{value[:6]}…/utf-8", value.encode("utf-8")))
        found.append((f"{value[:6]}…/utf-16le", value.encode("utf-16-le")))
    return found


# --------------------------------------------------------------------------------------------------
# Scanning files


def files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(p for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink())
    return found


def scan(roots: Iterable[Path], needles: Sequence[tuple[str, bytes]]) -> list[str]:
    """Every (file, needle) hit under ``roots``; empty means clean."""
    hits = []
    for path in files_under(*roots):
        data = path.read_bytes()
        hits.extend(f"{path}: {label}" for label, needle in needles if needle in data)
    return hits


def scan_text(blob: str | bytes, needles: Sequence[tuple[str, bytes]]) -> list[str]:
    data = blob.encode("utf-8", "surrogatepass") if isinstance(blob, str) else blob
    return [label for label, needle in needles if needle in data]


# --------------------------------------------------------------------------------------------------
# Writing something into every text field of every record type


_NOT_FREE_TEXT = frozenset(
    {"id", "script", "kind", "media_type", "sha256", "consent_scope", "consent_recording"}
    | set(CODED_FIELDS)
    | {field for _, field in _CODED_BY_TYPE}
)


def free_text_fields(record_type: type[Any]) -> list[str]:
    """Fields of a record type that hold free text a user types (not ids, codes or hashes)."""
    hints = typing.get_type_hints(record_type)
    return [
        f.name
        for f in dataclasses.fields(record_type)
        if hints[f.name] is str and f.name not in _NOT_FREE_TEXT and not f.name.endswith("_id")
    ]


def filled(record_type: type[Any], value: Callable[[str], str], **fixed: Any) -> Any:
    """A record with ``value(field)`` in every free-text field and ``fixed`` for the rest."""
    texts = {name: value(f"{record_type.__name__}.{name}") for name in free_text_fields(record_type)}
    return record_type(**{**texts, **fixed})


@dataclasses.dataclass
class Written:
    """Ids of everything ``write_everything`` stored."""

    case_id: str
    subject_id: str
    relative: r.Relative
    relative_person_id: str
    document: r.IdentityDocument
    interview: r.Interview
    legal_event: r.LegalEvent
    detention: r.Detention
    pressure: r.PressureReport
    attachment: r.Attachment
    draft_id: str
    draft_payload: dict[str, object]
    names: tuple[str, ...]
    relative_names: tuple[str, ...]


def write_everything(
    vault: UnlockedVault,
    value: Callable[[str], str],
    names: Sequence[str],
    attachment_data: bytes,
    attachment_name: str,
) -> Written:
    """One case with every record type, each free-text field set to ``value(field name)``."""
    cases = CaseService(vault)
    case_id = cases.open_case(
        filled(r.Person, value),
        [r.PersonName("", name, scheme=value("PersonName.scheme")) for name in names],
        filled(r.Case, value, subject_id="", office_id=""),
    )
    case_file = cases.get_case(case_id)
    subject_id = case_file.subject.person.id
    document = cases.save(filled(r.IdentityDocument, value, person_id=subject_id, kind="other"))
    sections = tuple((code, value(f"Interview.sections.{code}")) for code in r.INTERVIEW_SECTIONS)
    interview = cases.save(
        filled(
            r.Interview,
            value,
            case_id=case_id,
            consent_given=True,
            consent_recording="written",
            consent_scope="legal-action,share-partners",
            sections=sections,
        )
    )
    event = cases.save(filled(r.LegalEvent, value, case_id=case_id, kind=LegalEventKind.OTHER, term_months=3))
    relative_names = tuple(f"{name} relative" for name in names)
    relative = cases.add_relative(
        filled(r.Relative, value, case_id=case_id, person_id="", relationship=Relationship.FATHER),
        filled(r.Person, value),
        [r.PersonName("", name, scheme=value("PersonName.scheme")) for name in relative_names],
    )
    detention = cases.save(filled(r.Detention, value, case_id=case_id, relative_id=relative.id))
    pressure = cases.save(
        filled(
            r.PressureReport,
            value,
            case_id=case_id,
            kinds=(PressureKind.THREAT.value,),
            target_ids=(relative.id,),
        )
    )
    # The case model v2's records: requests, sources, parties, links, residences, relatives' statuses.
    request = cases.save(filled(r.Request, value, case_id=case_id, kind=RequestKind.OTHER))
    source = cases.save(filled(r.Source, value, case_id=case_id, kind=SourceKind.OTHER))
    party = cases.save(filled(r.Party, value, country="CN"))
    cases.save_all(
        [
            filled(r.Residence, value, person_id=subject_id, country="KZ"),
            filled(r.RelativeStatusEntry, value, case_id=case_id, relative_id=relative.id),
            r.Link(
                LinkKind.SOURCE_OF,
                case_id,
                "sources",
                source.id,
                "legal_events",
                event.id,
                note=value("Link.note"),
            ),
            r.Link(LinkKind.PERPETRATOR, case_id, "parties", party.id, "requests", request.id),
        ]
    )
    attachment = AttachmentService(vault).add(
        case_id, attachment_name, attachment_data, "application/pdf", note=value("Attachment.note")
    )
    payload: dict[str, object] = {
        "form": "interview",
        "narrative": value("Draft.narrative"),
        value("Draft.key"): [value("Draft.item"), 1, None],
    }
    draft_id = DraftService(vault).save(payload, case_id=case_id)
    NameSearchService(vault).mark_not_same(subject_id, relative.person_id, note=value("NotSamePerson.note"))
    return Written(
        case_id,
        subject_id,
        relative,
        relative.person_id,
        document,
        interview,
        event,
        detention,
        pressure,
        attachment,
        draft_id,
        payload,
        tuple(names),
        relative_names,
    )


# --------------------------------------------------------------------------------------------------
# Database state


def table_rows(
    vault: UnlockedVault, where: dict[str, tuple[str, dict[str, Any]]] | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: the basis of "zero changes" comparisons.

    ``where`` maps a table to an SQL condition and its parameters, to leave some rows out.
    """
    conditions = where or {}
    with vault.db.transaction(readonly=True) as session:
        tables = [
            row[0]
            for row in session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            )
        ]
        found = {}
        for table in sorted(tables):
            condition, params = conditions.get(table, ("1", {}))
            rows = session.execute(text(f'SELECT * FROM "{table}" WHERE {condition}'), params)
            found[table] = sorted((tuple(row) for row in rows), key=repr)
        return found


def digest(rows: dict[str, list[tuple[Any, ...]]], *, exclude: Iterable[str] = ()) -> str:
    skip = set(exclude)
    blob = repr([(table, content) for table, content in sorted(rows.items()) if table not in skip])
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def schema(vault: UnlockedVault) -> list[tuple[Any, ...]]:
    with vault.db.transaction(readonly=True) as session:
        return [
            tuple(row)
            for row in session.execute(
                text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
            )
        ]


def raw_pragma(vault: UnlockedVault, pragma: str) -> list[tuple[Any, ...]]:
    """A PRAGMA on one of the app's own (keyed, configured) connections."""
    with vault.db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        return [tuple(row) for row in raw.execute(f"PRAGMA {pragma}").fetchall()]


def file_state(directory: Path) -> dict[str, str]:
    """Name → SHA-256 of every file below ``directory`` (empty dict when it does not exist)."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files_under(directory)
    }


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ mask]))


# --------------------------------------------------------------------------------------------------
# Small file systems and failing writes (T43, T44)


@contextlib.contextmanager
def mounted_tmpfs(where: Path, options: str) -> Iterator[Path]:
    """A tmpfs at ``where`` (root only); skips the test with the reason when it cannot be mounted."""
    where.mkdir(parents=True, exist_ok=True)
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs Linux and root; this case cannot be simulated here")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(directory: Path, *, leave: int = 0) -> Path:
    """Fill the file system with one file, then give back ``leave`` bytes (whole pages on tmpfs).

    Returns the file: delete it to free the space.
    """
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 65536)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 512)  # the last partial block too
        os.ftruncate(fd, max(os.fstat(fd).st_size - leave, 0))
    finally:
        os.close(fd)
    return filler


def free_bytes(directory: Path) -> int:
    info = os.statvfs(directory)
    return info.f_bavail * info.f_frsize


def failing_database_copy(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """A backup's copy of the database (``VACUUM INTO``) fails as SQLite says with result ``code``."""
    error = sqlcipher3.dbapi2.OperationalError("fictional failure")
    error.sqlite_errorcode = code

    def copy(*_: object) -> None:
        raise error

    monkeypatch.setattr(backups_module, "growing", copy)


# --------------------------------------------------------------------------------------------------
# Child processes


def child_env(tmp: Path, **extra: str) -> dict[str, str]:
    """A minimal environment: repo on the path, fast Argon2, home and temp dirs under ``tmp``."""
    home = tmp / "child-home"
    scratch = tmp / "child-tmp"
    home.mkdir(parents=True, exist_ok=True)
    scratch.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(scratch),
        "SQLITE_TMPDIR": str(scratch),
    }
    env.update(extra)
    return env


class Child:
    """A worker from ``tests/security/workers.py`` with line-by-line access to its stdout."""

    def __init__(
        self,
        mode: str,
        *args: str,
        env: dict[str, str],
        stdin_lines: Sequence[str] = (),
        module: str = "tests.security.workers",
    ) -> None:
        """``python -m module mode args``: a worker of ``tests/security/workers.py`` by default; the
        desktop app's is ``tests.security.gui_worker`` (its mode is the vault folder)."""
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module, mode, *args],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.stderr = b""
        self._errors: list[bytes] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        # stderr is drained all the time: a chatty child must never block on a full pipe
        self._error_reader = threading.Thread(target=self._read_errors, daemon=True)
        self._error_reader.start()
        for line in stdin_lines:
            self.send(line)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if raw.endswith(b"\n"):  # a line cut by SIGKILL was never fully reported
                self.lines.put(raw.decode("utf-8").rstrip("\n"))
        self.lines.put(None)

    def _read_errors(self) -> None:
        assert self.proc.stderr is not None
        for chunk in iter(lambda: self.proc.stderr.read1(65536), b""):  # type: ignore[union-attr]
            self._errors.append(chunk)

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode("utf-8") + b"\n")
        self.proc.stdin.flush()

    def expect(self, prefix: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                self.kill()
                raise AssertionError(
                    f"no {prefix!r} from the child within {timeout} s: {self.seen}"
                ) from None
            if line is None:
                self.finish()
                raise AssertionError(f"child ended before {prefix!r}: {self.seen} {self.stderr!r}")
            self.seen.append(line)
            if line.startswith(prefix):
                return line

    def kill(self) -> list[str]:
        """SIGKILL; returns the complete lines it printed that were not read yet."""
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)
        return self.finish()

    def finish(self, timeout: float = 60) -> list[str]:
        self.proc.wait(timeout=timeout)
        self._reader.join(timeout=timeout)
        self._error_reader.join(timeout=timeout)
        self.stderr = b"".join(self._errors)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        rest = []
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                rest.append(line)
        self.seen.extend(rest)
        return rest


# --------------------------------------------------------------------------------------------------
# A directory watch (Linux inotify through libc): sees files created and deleted at once, too


_IN_MODIFY, _IN_CLOSE_WRITE, _IN_MOVED_TO, _IN_CREATE = 0x2, 0x8, 0x80, 0x100
_WATCHED = _IN_MODIFY | _IN_CLOSE_WRITE | _IN_MOVED_TO | _IN_CREATE


class DirectoryWatch:
    """Records every file created, written or moved into one directory while it is open."""

    def __init__(self, directory: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        if self._libc.inotify_add_watch(self._fd, os.fsencode(directory), _WATCHED) < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), "inotify_add_watch")
        self.events: list[str] = []

    def poll(self) -> list[str]:
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return self.events
            offset = 0
            while offset < len(data):
                _, mask, _, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16 : offset + 16 + length].rstrip(b"\0").decode("utf-8", "replace")
                self.events.append(f"{name} (mask {mask:#x})")
                offset += 16 + length

    def close(self) -> list[str]:
        events = self.poll()
        os.close(self._fd)
        return events
