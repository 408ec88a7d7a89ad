# SPDX-License-Identifier: GPL-3.0-or-later
# ruff: noqa: F811 (the fixture home is imported from test_cli)
"""``pana show CASE_ID [--json]``: every fact of a case, as text or stable JSON; audited; safe to print."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
import typing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, text

from app.db import models as m
from app.domain import records as r
from app.domain.chronology import by_date
from app.domain.date_words import in_words
from app.domain.dates import PartialDate
from app.domain.vocab import (
    DocumentKind,
    LegalEventKind,
    NameKind,
    Relationship,
    RelativeStatus,
)
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.vault import VaultService
from tests.cli.test_cli import KDF, Run, home, one_line_failure, pana  # noqa: F401 (fixture)
from tests.cli.v2_facts import add_v2_facts
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
SUBJECT_NAMES = (
    ("Айгүл Сейітқызы", "Cyrl", "kk-cyrl"),
    ("Aigül Seiitqyzy", "Latn", "kk-latn-2021"),
    ("ئايگۈل سەيىتقىزى", "Arab", "kk-arab"),
    ("阿依古丽·赛依提", "Hani", "zh-transcription"),
)
HOSTILE = "before\x1b]0;owned\x07after\x9b31m"  # terminal title escape, BEL, 8-bit CSI
NARRATIVE = "\n".join(f"Paragraph {n}: a fictional account, kept whole to its last line." for n in range(300))
JSON_KEYS = {
    "format",
    "office",
    "case",
    "subject",
    "relatives",
    "interviews",
    "legal_events",
    "detentions",
    "pressure_reports",
    "requests",
    "sources",
    "attachments",
    "petitions",
    "links",
    "parties",
    "other_cases",
    "files_not_received",
}


@dataclasses.dataclass(frozen=True)
class Shown:
    vault: Path
    case_id: str
    case_file: r.CaseFile


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> Shown:
    """A vault with one fictional case holding a fact of every kind."""
    folder = tmp_path_factory.mktemp("cli-show") / "vault"
    created = VaultService(folder, kdf=KDF).create(
        office_name="Fictional Office Taldykorgan", username="admin", passphrase=PASSPHRASE
    )
    vault = created.vault
    try:
        cases = CaseService(vault)
        names = [r.PersonName("", t, s, scheme) for t, s, scheme in SUBJECT_NAMES]
        case_id = cases.open_case(
            r.Person(birth_date=PartialDate.parse("1987~"), birth_place="Толы", citizenship="PRC"),
            names,
            r.Case(
                subject_id="",
                office_id="",
                reference="T-2024-007",
                opened_on=PartialDate.parse("2019-12-late"),
                summary="Crossed in 2019.\nAsylum refused; appeal pending.",
            ),
        )
        subject_id = cases.get_case(case_id).subject.person.id
        cases.save(
            r.IdentityDocument(
                subject_id, DocumentKind.PRC_PASSPORT, "E00000001", valid_until=PartialDate.parse("2025-03")
            )
        )
        brother = cases.add_relative(
            r.Relative(
                case_id,
                "",
                Relationship.BROTHER,
                country="PRC",
                village="Қарасу",
                last_contact=PartialDate.parse("2018~"),
                notes=HOSTILE,
            ),
            r.Person(),
            [r.PersonName("", "Ерлан Сейітұлы", kind=NameKind.FULL), r.PersonName("", "叶尔兰·赛依提")],
        )
        cases.save_all(
            [
                r.LegalEvent(
                    case_id,
                    LegalEventKind.ARREST,
                    PartialDate.parse("[2017..2019]"),
                    authority="Fictional county court",
                ),
                r.LegalEvent(
                    case_id, LegalEventKind.BORDER_CROSSING, PartialDate.parse("2019-12-21"), place="Khorgos"
                ),
                r.LegalEvent(case_id, LegalEventKind.ASYLUM_APPLICATION, PartialDate.parse("2020-02~")),
                r.LegalEvent(case_id, LegalEventKind.OTHER, notes="date not remembered"),
                r.Detention(
                    case_id,
                    brother.id,
                    facility="Camp No. 3 (fictional)",
                    started_on=PartialDate.parse("[2017-03..2017-06]"),
                ),
                r.RelativeStatusEntry(case_id, brother.id, RelativeStatus.IN_CAMP),
                r.PressureReport(
                    case_id,
                    ("threat",),
                    (brother.id,),
                    occurred_on=PartialDate.parse("2019-12-early"),
                    description="Told to come back.",
                ),
                r.Interview(
                    case_id,
                    PartialDate.parse("2020-01-15"),
                    place="Almaty",
                    interpreter="Fictional interpreter",
                    consent_given=True,
                    consent_scope="legal-action,share-partners",
                    consent_recording="written",
                    sections=(("flight", "Walked across at night."), ("family", "A brother in a camp.")),
                    narrative=NARRATIVE,
                ),
            ]
        )
        with vault.db.transaction() as session:  # a petition as an older release kept it
            made = dt.datetime(2021, 3, 4, 5, 6, 7, 890123)
            session.add(
                m.Petition(
                    id=r.new_id(), case_id=case_id, kind="asylum-appeal", language="ru", created_at=made
                )
            )
        files = AttachmentService(vault)
        files.add(case_id, "passport scan.png", b"\x89PNG fictional scan", "image/png")
        letter = files.add(
            case_id, "refusal letter.pdf", b"%PDF fictional letter", "application/pdf", note="the refusal"
        )
        with vault.db.transaction() as session:  # as a bundle without files leaves a file: not received
            session.execute(delete(m.AttachmentChunk).where(m.AttachmentChunk.attachment_id == letter.id))
        case_file = add_v2_facts(vault, cases.get_case(case_id))
    finally:
        vault.lock()
    return Shown(folder, case_id, case_file)


def show(shown: Shown, home: Path, *args: str) -> Run:
    run = pana(home, "show", *args, vault=shown.vault, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    assert run.err == ""
    return run


def test_text_prints_every_fact_readably(shown: Shown, home: Path) -> None:
    out = show(shown, home, shown.case_id).out
    case_file = shown.case_file
    for fact in (
        "Case T-2024-007",
        "status: intake",
        "office: Fictional Office Taldykorgan",
        "opened: late December 2019",
        "born: about 1987",
        "document: prc-passport",
        "number: E00000001",
        "valid until: March 2025",
        "brother: Ерлан Сейітұлы",
        "叶尔兰·赛依提",
        "lives in: Қарасу",
        "status: in-camp, from unknown to now or unknown",
        "last contact: about 2018",
        "occupation: seamstress",
        "civil status: married-unregistered",
        "lacks: no-iin",
        "which blocks: marriage-registration, bank-account",
        "lives in: Talgar, Almaty region, KZ",
        "since: 2019",
        "mother: her mother, about 70",
        "age: 70 in about 2019",
        "status: under-surveillance, from 2018 to now or unknown",
        "status: forbidden-to-leave, from unknown to now or unknown",
        "March 2020: visit-by-police, threat-of-forced-return",
        "aimed at: her mother, about 70 (mother); Ерлан Сейітұлы (brother)",
        "how often: repeated",
        "reported: 1 June 2020",
        "relayed by: unnamed",
        "words: Tell her to come home.",
        "12 April 2021: citizenship (answered)",
        "answered: 3 May 2021",
        "outcome: refused",
        "answer basis: Law on Migration, Art. 49",
        "link: answered by legal event citizenship-refused of 3 May 2021",
        "link: answers request citizenship of 12 April 2021",
        "link: decided by party Fictional Deputy Minister (deputy minister)",
        "link: decision-maker of legal event citizenship-refused of 3 May 2021",
        'link: according to source article Fictional Daily: "says the refusal cited Art. 49" (preferred)',
        "link: concerned by pressure report of March 2020",
        "February 2023: travel-document (pending)",
        "article: Fictional Daily",
        "Fictional Deputy Minister",
        "position: deputy minister",
        "from between March 2017 and June 2017 to unknown",
        "held: Ерлан Сейітұлы (brother)",
        "early December 2019: threat",
        "aimed at: Ерлан Сейітұлы (brother)",
        "15 January 2020: interview",
        "consent given: yes",
        "consent scope: legal-action,share-partners",
        "consent recorded as: written",
        "section flight:",
        "Walked across at night.",
        "asylum-appeal (asylum-appeal, ru)",
        "status: draft",
    ):
        assert fact in out, fact
    for name, script, scheme in SUBJECT_NAMES:
        assert f"{name}  ({script}, full, {scheme}" in out
    for line in ("Crossed in 2019.", "Asylum refused; appeal pending.", *NARRATIVE.splitlines()):
        assert f"  {line}\n" in out  # long text whole, line by line, indented
    for attachment in case_file.attachments:
        assert attachment.display_name in out
        assert attachment.sha256 in out and f"type: {attachment.media_type}" in out
        assert f"size: {attachment.size:,} bytes" in out
    assert out.count("bytes: not received yet") == len(case_file.files_not_received) == 1
    assert "fictional scan" not in out and "fictional letter" not in out  # never the bytes


def test_text_legal_timeline_is_the_one_chronological_order(shown: Shown, home: Path) -> None:
    out = show(shown, home, shown.case_id).out
    timeline = out.split("Legal timeline (5)\n")[1].split("\n\n")[0]
    headings = [line.strip() for line in timeline.splitlines() if not line.startswith("    ")]
    expected = [f"{in_words(e.date)}: {e.kind.value}" for e in shown.case_file.legal_events]
    assert headings == expected
    assert expected == [
        "between 2017 and 2019: arrest",
        "21 December 2019: border-crossing",
        "about February 2020: asylum-application",
        "3 May 2021: citizenship-refused",
        "unknown: other",
    ]


def test_control_characters_are_shown_escaped_never_sent_to_the_terminal(shown: Shown, home: Path) -> None:
    for args in ((shown.case_id,), (shown.case_id, "--json")):
        out = show(shown, home, *args).out
        assert not any(ch in out for ch in "\x1b\x07\x9b"), args
        assert "before" in out and "owned" in out and "after" in out
    assert "notes: before\\x1b]0;owned\\x07after\\x9b31m" in show(shown, home, shown.case_id).out


def _decode(record_type: type[Any], data: dict[str, Any]) -> Any:
    """A record from its JSON object, independently of the exporter: the documented value forms."""
    hints = typing.get_type_hints(record_type)
    assert set(data) == {f.name for f in dataclasses.fields(record_type)}, record_type
    values: dict[str, Any] = {}
    for f in dataclasses.fields(record_type):
        raw, hint = data[f.name], hints[f.name]
        if hint is PartialDate:
            values[f.name] = PartialDate.parse(raw)
            assert PartialDate.parse(raw).isoformat() == raw  # the canonical form, nothing else
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            values[f.name] = hint(raw)
        elif dt.datetime in typing.get_args(hint):
            assert raw is None or raw.endswith("Z"), raw
            values[f.name] = None if raw is None else dt.datetime.fromisoformat(raw.removesuffix("Z"))
        elif f.name == "sections":
            values[f.name] = tuple(tuple(pair) for pair in raw)
        elif isinstance(raw, list):  # codes and ids: kinds, target_ids, lacks, blocked
            values[f.name] = tuple(raw)
        else:
            values[f.name] = raw
    return record_type(**values)


def _person(data: dict[str, Any]) -> r.PersonFile:
    return r.PersonFile(
        _decode(r.Person, data["person"]),
        tuple(_decode(r.PersonName, n) for n in data["names"]),
        tuple(_decode(r.IdentityDocument, d) for d in data["documents"]),
        tuple(_decode(r.Residence, d) for d in data["residences"]),
    )


def test_json_round_trips_every_field_of_the_case_file(shown: Shown, home: Path) -> None:
    data = json.loads(show(shown, home, shown.case_id, "--json").out)
    assert set(data) == JSON_KEYS
    assert data["format"] == "pana-case/2"
    assert data["office"] == {"id": shown.case_file.case.office_id, "name": "Fictional Office Taldykorgan"}
    person_keys = {"person", "names", "documents", "residences"}
    assert all(set(entry) == {"relative", "statuses", *person_keys} for entry in data["relatives"])
    statuses = [_decode(r.RelativeStatusEntry, x) for entry in data["relatives"] for x in entry["statuses"]]
    decoded = r.CaseFile(
        case=_decode(r.Case, data["case"]),
        subject=_person(data["subject"]),
        relatives=tuple(_decode(r.Relative, x["relative"]) for x in data["relatives"]),
        relative_people=tuple(_person(x) for x in data["relatives"]),
        interviews=tuple(_decode(r.Interview, x) for x in data["interviews"]),
        legal_events=tuple(_decode(r.LegalEvent, x) for x in data["legal_events"]),
        detentions=tuple(_decode(r.Detention, x) for x in data["detentions"]),
        pressure_reports=tuple(_decode(r.PressureReport, x) for x in data["pressure_reports"]),
        attachments=tuple(_decode(r.Attachment, x) for x in data["attachments"]),
        petitions=tuple(_decode(r.Petition, x) for x in data["petitions"]),
        requests=tuple(_decode(r.Request, x) for x in data["requests"]),
        relative_statuses=tuple(by_date(statuses, "started_on")),
        sources=tuple(_decode(r.Source, x) for x in data["sources"]),
        links=tuple(_decode(r.Link, x) for x in data["links"]),
        parties=tuple(_decode(r.Party, x) for x in data["parties"]),
        other_cases=tuple(_decode(r.CaseRef, x) for x in data["other_cases"]),
        files_not_received=frozenset(data["files_not_received"]),
    )
    assert decoded == shown.case_file
    assert (
        len(decoded.attachments) == 2
        and len(decoded.petitions) == 1
        and decoded.interviews[0].narrative == NARRATIVE
        and len(decoded.links) == 4
        and len(decoded.relative_statuses) == 3
    )


def test_json_is_stable_sorted_and_readable_in_every_script(shown: Shown, home: Path) -> None:
    first = show(shown, home, shown.case_id, "--json").out
    assert show(shown, home, shown.case_id, "--json").out == first
    again = json.dumps(json.loads(first), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    # Keys sorted; the only difference allowed: DEL and C1 controls written as \u escapes.
    assert re.sub("[\x7f-\x9f]", lambda c: f"\\u{ord(c[0]):04x}", again) == first
    for name, _, _ in SUBJECT_NAMES:
        assert f'"text": "{name}"' in first  # UTF-8, not \u escapes


def test_readme_documents_every_json_key() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line")[1].split("\n## ")[0]
    assert "| `show CASE_ID [--json]` |" in section
    for key in JSON_KEYS:
        assert f"`{key}`" in section, key


def test_show_is_audited_as_an_export_naming_the_case_and_format_only(shown: Shown, home: Path) -> None:
    show(shown, home, shown.case_id)
    show(shown, home, shown.case_id, "--json")
    opened = VaultService(shown.vault, kdf=KDF).open(PASSPHRASE)
    try:
        with opened.db.transaction(readonly=True) as session:
            details = session.execute(
                text("SELECT detail FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 2")
            ).scalars()
            found = [json.loads(detail) for detail in details]
    finally:
        opened.lock()
    assert found == [{"case": shown.case_id, "format": "json"}, {"case": shown.case_id, "format": "text"}]


def test_unknown_case_is_one_line_exit_1_and_nothing_printed(shown: Shown, home: Path) -> None:
    run = pana(home, "show", "00000000-0000-4000-8000-000000000000", vault=shown.vault, stdin=[PASSPHRASE])
    one_line_failure(run, "No such case; 'pana cases' lists them.")
    assert run.out == ""


@pytest.mark.parametrize("bad", ["", "  ", "T-" + "1" * 39, "T-1\x1b[31m"])
def test_malformed_case_id_is_a_usage_error_before_any_passphrase(shown: Shown, home: Path, bad: str) -> None:
    run = pana(home, "show", bad, vault=shown.vault)
    assert run.code == 2, run
    assert run.err_lines == [
        "pana: CASE_ID: is neither a case id nor a case reference (as 'pana cases' prints them)"
    ]
    assert run.out == ""


def test_show_writes_no_file(shown: Shown, home: Path) -> None:
    def files() -> set[Path]:
        return {p for root in (shown.vault, home) for p in root.rglob("*") if p.name != "pana.lock"}

    before = files()
    show(shown, home, shown.case_id, "--json")
    show(shown, home, shown.case_id)
    assert files() == before
