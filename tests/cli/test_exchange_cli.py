# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana export``: one exchange file for partner offices, never over another file, unknown office refused;
``pana import``; ``pana conflicts`` lists the review queue and answers a conflict."""

from __future__ import annotations

from pathlib import Path

from app.domain import records as r
from app.domain.dates import PartialDate
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.exchange_suggestions import MAX_PER_PERSON
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE
from tests.unit.services.conflict_kit import edit_apart, shared_case
from tests.unit.services.exchange_kit import linked_cases, make_office, partners


def test_export_writes_one_file_the_partner_reads(tmp_path: Path) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    to, folder_a = b.actor.office_id, a.directory
    a.lock()
    out = tmp_path / "bundle.pana"
    run = pana(tmp_path, "export", "--to", to, "--out", out, vault=folder_a, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    path, bundle, revisions, files, recipients = run.out.strip().split("\t")
    assert files == "0 files"
    assert path == str(out) and bundle.startswith("bundle ") and revisions.endswith(" revisions")
    assert recipients.endswith(to) and run.err == ""  # a script's log gets the result, no progress
    try:
        assert ExchangeService(b).read(out.read_bytes()).bundle_id == bundle.split()[1]
    finally:
        b.lock()
    again = pana(tmp_path, "export", "--to", to, "--out", out, vault=folder_a, stdin=[PASSPHRASE])
    one_line_failure(again, f"{out}: exists already; choose another file name")
    unknown = pana(
        tmp_path,
        "export",
        "--to",
        "no-such-office",
        "--out",
        tmp_path / "x.pana",
        vault=folder_a,
        stdin=[PASSPHRASE],
    )
    one_line_failure(unknown, "No partner office no-such-office.")


def test_export_says_which_files_it_left_out_because_they_never_came(tmp_path: Path) -> None:
    """After a bundle written without files, B's export carries none of A's files, and says so."""
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    case_id = CaseService(a).open_case(r.Person(), [r.PersonName("", "Жанар Серікқызы (fictional)")])
    AttachmentService(a).add(case_id, "scan.pdf", b"%PDF fictional", "application/pdf")
    ExchangeService(a).export(tmp_path / "a.pana", to=[b.actor.office_id], attachments=False)
    ExchangeService(b).import_bundle((tmp_path / "a.pana").read_bytes())
    to, folder_b = a.actor.office_id, b.directory
    a.lock()
    b.lock()
    out = tmp_path / "b.pana"
    run = pana(tmp_path, "export", "--to", to, "--out", out, vault=folder_b, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    assert run.out.split("\t")[3] == "0 files"
    assert run.err_lines == [
        "pana: 1 files of these records were left out: this office has not received them yet "
        "(they came without files); they go with the first export with files to these offices after "
        "they come"
    ]


def test_import_dry_run_then_import_then_again(tmp_path: Path) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    CaseService(a).open_case(
        r.Person(), [r.PersonName("", "Жанар Серікқызы (fictional)")], r.Case("", "", reference="X-1")
    )
    out = tmp_path / "bundle.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    folder_b = b.directory
    a.lock()
    b.lock()
    dry = pana(tmp_path, "import", "--dry-run", out, vault=folder_b, stdin=[PASSPHRASE])
    assert dry.code == 0, dry.err
    assert "would import: revisions " in dry.out and "new " in dry.out
    done = pana(tmp_path, "import", out, vault=folder_b, stdin=[PASSPHRASE])
    assert done.code == 0 and "imported: revisions " in done.out
    cases = pana(tmp_path, "cases", vault=folder_b, stdin=[PASSPHRASE])
    assert "X-1" in cases.out
    again = pana(tmp_path, "import", out, vault=folder_b, stdin=[PASSPHRASE])
    assert "already imported: nothing to do" in again.out
    assert pana(tmp_path, "conflicts", vault=folder_b, stdin=[PASSPHRASE]).out == ""
    junk = tmp_path / "junk.pana"
    junk.write_bytes(b"not an exchange file at all")
    refused = pana(tmp_path, "import", junk, vault=folder_b, stdin=[PASSPHRASE])
    assert refused.code == 1 and len(refused.err_lines) == 1 and "not an exchange file" in refused.err


def test_import_says_how_many_records_wait_for_a_record_not_sent(tmp_path: Path) -> None:
    """A file of one case whose arrest is linked to a case not sent: the link waits for that case,
    in the counts and in a sentence, until a file brings it."""
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    first, _ = linked_cases(a)
    one, everything = tmp_path / "one.pana", tmp_path / "all.pana"
    ExchangeService(a).export(one, to=[b.actor.office_id], cases=[first])
    ExchangeService(a).export(everything, to=[b.actor.office_id])
    folder_b = b.directory
    a.lock()
    b.lock()
    done = pana(tmp_path, "import", one, vault=folder_b, stdin=[PASSPHRASE])
    assert done.code == 0 and ", waiting 1" in done.out and "skipped\tlinks\t" in done.out, done.err
    assert (
        "pana: 1 records wait for the records they belong to, which another office has not sent yet; "
        "they are written when those arrive" in done.err_lines
    )
    rest = pana(tmp_path, "import", everything, vault=folder_b, stdin=[PASSPHRASE])
    assert rest.code == 0 and ", waiting 0" in rest.out and "records wait" not in rest.err


def test_conflicts_listed_then_answered_with_a_side_or_a_text(tmp_path: Path) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    case_id = shared_case(a, b, tmp_path)
    edit_apart(a, b, tmp_path, case_id)
    folder_a = a.directory
    a.lock()
    b.lock()
    listed = pana(tmp_path, "conflicts", vault=folder_a, stdin=[PASSPHRASE])
    assert listed.code == 0, listed.err
    ((conflict_id, case, table, record_id, field, sides),) = (
        line.split("\t") for line in listed.out.splitlines()
    )
    assert (case, table, record_id, field) == ("CF-1", "cases", case_id, "summary")
    assert (
        sides.startswith("1: ")
        and " | 2: " in sides
        and "(aigerim, " in sides
        and "Fictional office B" in sides
    )

    alone = pana(tmp_path, "conflicts", "--keep", "1", vault=folder_a, stdin=[PASSPHRASE])
    both = pana(
        tmp_path, "conflicts", "--resolve", conflict_id, "--keep", "1", "--value", "x", vault=folder_a
    )
    assert (alone.code, alone.err_lines) == (
        2,
        ["pana: --resolve: name the conflict to answer (its id, first on each line)"],
    )  # a usage error
    assert (both.code, both.err_lines) == (2, ["pana: --resolve: give either --keep N or --value TEXT"])
    unknown = pana(
        tmp_path, "conflicts", "--resolve", "0123456789ab", "--keep", "2", vault=folder_a, stdin=[PASSPHRASE]
    )
    one_line_failure(unknown, "No open conflict 0123456789ab.")
    wrong = pana(
        tmp_path, "conflicts", "--resolve", conflict_id, "--keep", "3", vault=folder_a, stdin=[PASSPHRASE]
    )
    one_line_failure(wrong, "side: choose a side from 1 to 2")

    done = pana(
        tmp_path,
        "conflicts",
        "--resolve",
        conflict_id,
        "--value",
        "Both: detained, then sentenced.",
        vault=folder_a,
        stdin=[PASSPHRASE],
    )
    assert done.code == 0, done.err
    assert done.out.startswith(f"resolved {conflict_id}: cases {case_id} kept")
    assert pana(tmp_path, "conflicts", vault=folder_a, stdin=[PASSPHRASE]).out == ""
    imports = pana(tmp_path, "conflicts", "--imports", vault=folder_a, stdin=[PASSPHRASE])
    assert imports.code == 0 and "\tFictional office B\t" in imports.out and "conflicts 1" in imports.out


def test_import_dry_run_prints_who_may_be_the_same_person(tmp_path: Path) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    arriving = [r.PersonName("", "Nurlan Serikuly (fictional)")]
    CaseService(a).open_case(r.Person(), arriving, r.Case("", "", reference="A-1"))
    here = [r.PersonName("", "Нұрлан Серікұлы (fictional)", is_primary=True)]
    CaseService(b).open_case(r.Person(), here, r.Case("", "", reference="B-7"))
    for number in range(MAX_PER_PERSON):  # namesakes not all listed
        CaseService(b).open_case(r.Person(birth_date=PartialDate(1950 + number)), here, r.Case("", ""))
    out = tmp_path / "bundle.pana"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    folder_b = b.directory
    a.lock()
    b.lock()
    dry = pana(tmp_path, "import", "--dry-run", out, vault=folder_b, stdin=[PASSPHRASE])
    assert dry.code == 0, dry.err
    lines = [line for line in dry.out.splitlines() if line.startswith("may be the same person\t")]
    assert len(lines) == MAX_PER_PERSON
    _, incoming, incoming_id, local, local_id, cases = lines[0].split("\t")
    assert (incoming, local, cases) == ("Nurlan Serikuly (fictional)", "Нұрлан Серікұлы (fictional)", "B-7")
    assert incoming_id and local_id and incoming_id != local_id
    assert (
        f"pana: {incoming_id}: {MAX_PER_PERSON + 1} persons here have a name alike; only the "
        f"{MAX_PER_PERSON} most likely are listed"
    ) in dry.err_lines


def test_a_lawyer_packet_of_chosen_cases_only_and_the_import_says_it_is_redacted(tmp_path: Path) -> None:
    a, lawyer = make_office(tmp_path, "A"), make_office(tmp_path, "L")
    partners(a, lawyer)
    case_id = CaseService(a).open_case(
        r.Person(notes="CANARY-cli-notes"), [r.PersonName("", "Жанар Серікқызы (fictional)")], r.Case("", "")
    )
    to, folder_a, folder_l = lawyer.actor.office_id, a.directory, lawyer.directory
    a.lock()
    lawyer.lock()
    out = tmp_path / "packet.pana"
    args = ("export", "--profile", "lawyer", "--to", to)
    whole = pana(tmp_path, *args, "--out", out, vault=folder_a, stdin=[PASSPHRASE])
    one_line_failure(whole, "cases: a lawyer packet is of chosen cases, never the whole vault")
    unknown = pana(tmp_path, "export", "--profile", "press", "--out", out, vault=folder_a, stdin=[PASSPHRASE])
    one_line_failure(unknown, "profile: no export profile 'press' (known: full, lawyer)")
    assert not out.exists()
    run = pana(tmp_path, *args, "--cases", case_id, "--out", out, vault=folder_a, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    assert run.out.strip().endswith("\tprofile lawyer")
    done = pana(tmp_path, "import", out, vault=folder_l, stdin=[PASSPHRASE])
    assert done.code == 0, done.err
    assert "a redacted packet (profile lawyer): withheld fields keep this vault's values" in done.out
    assert ", withheld 1" in done.out  # the subject's notes
