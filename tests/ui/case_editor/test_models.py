# SPDX-License-Identifier: GPL-3.0-or-later
"""The item models, fed with frozen records and checked without a window (plus QAbstractItemModelTester)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain import records as r
from app.domain import vocab
from app.domain.dates import PartialDate
from app.domain.prc_id import check_digit
from app.domain.validation import _CODED_BY_TYPE, CODED_FIELDS, CODED_LISTS
from app.domain.vocab import LegalEventKind as K
from app.services.case_writer import RECORD_MODELS
from app.ui.models import field_labels
from app.ui.models import vocab_labels as v
from app.ui.models.attachments_model import AttachmentsModel
from app.ui.models.documents_model import DocumentsModel
from app.ui.models.entries import RelativeEntry
from app.ui.models.family_models import DetentionsModel, PressureReportsModel, RelativesModel
from app.ui.models.history_models import FieldChangesModel, HistoryModel, format_value, record_titles
from app.ui.models.interviews_model import InterviewsModel
from app.ui.models.legal_events_model import EXPIRED_BACKGROUND, SOON_BACKGROUND, LegalEventsModel
from app.ui.models.names_model import NameVariantsModel
from app.ui.models.record_table import RecordRole, SortRole
from app.ui.pseudo_locale import PseudoTranslator
from app.ui.widgets.text import FSI, PDI

TODAY = dt.date(2024, 3, 1)
EDIT = Qt.ItemDataRole.EditRole


def model_tester(model: QAbstractItemModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def cell(model: QAbstractItemModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.index(row, column).data(role)


def name(text: str, *, primary: bool = False, script: str = "") -> r.PersonName:
    return r.PersonName("p1", text, script=script, is_primary=primary, id=r.new_id())


def test_names_model_keeps_one_primary_and_detects_the_script(qapp: Any) -> None:
    model = NameVariantsModel()
    tester = model_tester(model)
    model.add_name(name("Нұрлан Серікұлы", script="Cyrl"))
    model.add_name(name("نۇرلان سەرىك", script="Arab"))
    assert model.rowCount() == 2 and tester is not None
    assert [n.is_primary for n in model.rows()] == [True, False]
    assert cell(model, 1, model.TEXT) == f"{FSI}نۇرلان سەرىك{PDI}"
    assert cell(model, 1, model.TEXT, EDIT) == "نۇرلان سەرىك"
    assert cell(model, 1, model.TEXT, Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert cell(model, 1, model.SCRIPT) == "Arabic script"
    assert model.setData(
        model.index(1, model.PRIMARY), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert [n.is_primary for n in model.rows()] == [False, True]
    assert model.primary_text() == "نۇرلان سەرىك"
    assert model.setData(model.index(0, model.TEXT), "Nurlan Serikuly")
    assert model.record(0).script == "Latn"
    assert not model.setData(model.index(0, model.TEXT), "  ")  # a spelling is never blanked
    assert model.setData(model.index(0, model.KIND), "document")
    assert cell(model, 0, model.KIND) == "As on a document"
    assert model.flags(model.index(0, model.SCRIPT)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    model.remove(model.record(1).id)  # the primary one goes: the next becomes primary
    assert [n.is_primary for n in model.rows()] == [True]


def test_documents_model_checks_prc_ids_against_the_birth_date(qapp: Any) -> None:
    first17 = "65402719840612123"
    good = r.IdentityDocument(
        "p1", vocab.DocumentKind.PRC_RESIDENT_ID, first17 + check_digit(first17), id="a"
    )
    bad = r.IdentityDocument("p1", vocab.DocumentKind.PRC_RESIDENT_ID, first17 + "5", id="b")
    other = r.IdentityDocument("p1", vocab.DocumentKind.KZ_IIN, "123", id="c")
    model = DocumentsModel()
    model_tester(model)
    model.set_rows([good, bad, other])
    assert [cell(model, row, model.CHECK) for row in range(3)] == ["valid", "1 problem(s)", ""]
    model.set_birth_date(PartialDate(1990))
    assert cell(model, 0, model.CHECK) == "1 problem(s)"
    assert cell(model, 0, model.KIND) == "PRC resident ID card"


UNKNOWN = PartialDate()


def event(kind: K, date: PartialDate, until: PartialDate = UNKNOWN, **fields: Any) -> r.LegalEvent:
    return r.LegalEvent("c1", kind, date=date, valid_until=until, id=r.new_id(), **fields)


def test_the_timeline_sorts_dates_as_dates_and_counts_month_deadlines_to_the_end(qapp: Any) -> None:
    model = LegalEventsModel(today=dt.date(2023, 10, 10))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setDynamicSortFilter(True)
    proxy.sort(model.DATE)
    arrest = event(K.ARREST, PartialDate(2019, 10))
    crossing = event(K.BORDER_CROSSING, PartialDate(2019, 10, 1))
    issued = event(K.CERTIFICATE_ISSUED, PartialDate(2022, 10, 1), PartialDate(2023, 10, 15))
    extended = event(K.CERTIFICATE_EXTENDED, PartialDate.parse("2023~"), PartialDate(2023, 10))
    model.set_rows([arrest, issued, extended, crossing])
    order = [proxy.index(row, 0).data(RecordRole).kind for row in range(proxy.rowCount())]
    assert order == [K.BORDER_CROSSING, K.ARREST, K.CERTIFICATE_ISSUED, K.CERTIFICATE_EXTENDED]
    row = model.row_of(extended.id)
    assert cell(model, row, model.DAYS_LEFT) == "21 day(s) left"  # to 31 October, as days_left counts
    assert cell(model, row, model.DAYS_LEFT, Qt.ItemDataRole.ToolTipRole) == "until the end of October 2023"
    assert cell(model, model.row_of(issued.id), model.DAYS_LEFT) == "superseded"  # 15 October ends first
    model.upsert(dataclasses.replace(crossing, kind=K.OTHER, date=PartialDate.parse("[2019-09..2019-10]")))
    assert proxy.index(0, 0).data(RecordRole).kind == K.OTHER  # re-sorted when a date changes


def test_legal_events_sort_by_partial_date_and_show_days_left(qapp: Any) -> None:
    model = LegalEventsModel(today=TODAY)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setDynamicSortFilter(True)
    proxy.sort(model.DATE)
    model_tester(model)
    model_tester(proxy)
    unknown = event(K.OTHER, PartialDate())
    issued = event(K.CERTIFICATE_ISSUED, PartialDate(2022, 3, 1), PartialDate(2023, 3, 1))
    extended = event(K.CERTIFICATE_EXTENDED, PartialDate(2023, 3), PartialDate(2024, 3, 20))
    crossing = event(K.BORDER_CROSSING, PartialDate(2018, approximate=True), place="Khorgos")
    trial = event(K.TRIAL, PartialDate(2018, 12), authority="Zharkent court", reference_number="2-1/18")
    model.set_rows([unknown, issued, extended, crossing, trial])
    order = [proxy.index(row, 0).data(RecordRole).kind for row in range(proxy.rowCount())]
    assert order == [K.BORDER_CROSSING, K.TRIAL, K.CERTIFICATE_ISSUED, K.CERTIFICATE_EXTENDED, K.OTHER]
    assert [proxy.index(row, model.DATE).data() for row in range(5)] == [
        "about 2018",
        "December 2018",
        "1 March 2022",
        "March 2023",
        "unknown",
    ]
    row = model.row_of(extended.id)
    assert cell(model, row, model.DAYS_LEFT) == "19 day(s) left"
    assert cell(model, row, model.DAYS_LEFT, Qt.ItemDataRole.BackgroundRole) == SOON_BACKGROUND
    old = model.row_of(issued.id)
    assert cell(model, old, model.DAYS_LEFT) == "superseded"  # an older certificate is not "expired"
    assert cell(model, old, model.DAYS_LEFT, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, model.row_of(trial.id), model.DETAILS) == f"{FSI}Zharkent court · 2-1/18{PDI}"

    model.remove(extended.id)  # now the first certificate is the current one, and it has expired
    old = model.row_of(issued.id)
    assert cell(model, old, model.DAYS_LEFT) == "expired 366 day(s) ago"
    assert cell(model, old, model.VALID_UNTIL, Qt.ItemDataRole.BackgroundRole) == EXPIRED_BACKGROUND
    moved = r.LegalEvent(**{**{f: getattr(trial, f) for f in trial.__slots__}, "date": PartialDate(2017)})
    model.upsert(moved)
    assert proxy.index(0, 0).data(RecordRole).id == trial.id


def test_an_event_a_court_or_a_complaint_annulled_says_so_first_in_its_details(qapp: Any) -> None:
    model = LegalEventsModel(today=TODAY)
    model_tester(model)
    refused = event(K.REFUGEE_STATUS_REFUSED, PartialDate(2020, 11, 20), authority="Migration service")
    order = event(K.DEPORTATION_ORDERED, PartialDate(2021, 2, 1))
    model.set_rows([refused, order])
    claim = r.Request(
        "case-1", vocab.RequestKind.COURT_CLAIM, answered_on=PartialDate(2021, 9, 14), id="rq-1"
    )
    complaint = r.Request("case-1", vocab.RequestKind.COMPLAINT, id="rq-2")
    model.set_annulments({refused.id: claim, order.id: complaint})
    assert cell(model, model.row_of(refused.id), model.DETAILS) == (
        f"{FSI}Annulled by a court, 14 September 2021 · Migration service{PDI}"
    )
    assert cell(model, model.row_of(order.id), model.DETAILS) == f"{FSI}Annulled on complaint{PDI}"
    assert cell(model, model.row_of(refused.id), model.KIND) == "Refugee status refused"
    model.set_annulments({})
    assert cell(model, model.row_of(refused.id), model.DETAILS) == f"{FSI}Migration service{PDI}"


def test_relatives_detentions_and_reports_models(qapp: Any) -> None:
    father = r.Relative(
        "c1",
        "p2",
        vocab.Relationship.FATHER,
        county="Тоғызтарау",
        village="Ақбұлақ",
        last_contact=PartialDate(2019),
        id="rel1",
    )
    person = r.PersonFile(r.Person(id="p2"), (r.PersonName("p2", "Серік Жақыпұлы", is_primary=True),))
    relatives = RelativesModel()
    model_tester(relatives)
    relatives.set_rows([RelativeEntry(father, person)])
    relatives.set_statuses([r.RelativeStatusEntry("c1", "rel1", vocab.RelativeStatus.IN_CAMP, id="s1")])
    assert [cell(relatives, 0, c) for c in range(5)] == [
        f"{FSI}Серік Жақыпұлы{PDI}",
        "Father",
        "In a camp",
        f"{FSI}Ақбұлақ, Тоғызтарау{PDI}",
        "2019",
    ]
    people = {None: "Нұрлан", "rel1": "Серік Жақыпұлы"}
    detentions = DetentionsModel()
    model_tester(detentions)
    detentions.set_rows(
        [r.Detention("c1", None, "camp", id="d1"), r.Detention("c1", "rel1", "prison", id="d2")]
    )
    detentions.set_people(people)
    assert cell(detentions, 0, detentions.WHO, EDIT) == "Нұрлан"
    assert cell(detentions, 1, detentions.WHO, EDIT) == "Серік Жақыпұлы"
    reports = PressureReportsModel()
    model_tester(reports)
    reports.set_people(people)
    reports.set_rows(
        [
            r.PressureReport(
                "c1",
                ("threat",),
                ("rel1",),
                vocab.Frequency.ONCE,
                PartialDate(2020, 3),
                actor="armed-police",
                channel="visitor",
                reliability=vocab.Reliability.NOT_USUALLY_RELIABLE,
                source_connection=vocab.SourceConnection.HEARSAY,
                description="first line\nsecond",
                id="p1",
            )
        ]
    )
    assert [cell(reports, 0, c, EDIT) for c in range(8)] == [
        "March 2020",
        "Threat",
        "Серік Жақыпұлы",
        "Once",
        "Armed police",
        "D",
        "Hearsay",
        "first line",
    ]


def test_attachments_interviews_and_history_models(qapp: Any) -> None:
    attachments = AttachmentsModel()
    model_tester(attachments)
    stored = r.Attachment(
        "c1",
        "scan.png",
        "image/png",
        vocab.AttachmentKind.PHOTO,
        2048,
        "ab" * 32,
        created_at=dt.datetime(2024, 1, 2, 3, 4),
        id="a1",
    )
    pending = r.Attachment(
        "c1", "new.png", "image/png", vocab.AttachmentKind.PHOTO, 10, "cd" * 32, id="pending:x"
    )
    attachments.set_rows([stored, pending])
    assert cell(attachments, 0, attachments.SHA256) == "abababababababab…"
    assert cell(attachments, 1, attachments.ADDED) == "not saved yet"
    assert cell(attachments, 0, attachments.KIND) == "Photo"
    attachments.not_received = frozenset({"a1"})  # sent by another office without its bytes
    attachments.set_rows([stored, pending])
    assert cell(attachments, 0, attachments.ADDED) == "not received yet"
    foreground = attachments.data(attachments.index(0, attachments.NAME), Qt.ItemDataRole.ForegroundRole)
    assert foreground is not None

    interviews = InterviewsModel()
    model_tester(interviews)
    interviews.set_rows(
        [
            r.Interview(
                "c1", PartialDate(2019, 5), "Almaty", consent_given=True, consent_recording="written", id="i1"
            )
        ]
    )
    assert cell(interviews, 0, interviews.CONSENT) == "recorded"

    created = r.RevisionView(
        "r1",
        "legal_events",
        "e1",
        (),
        {"kind": "sentence", "case_id": "c1"},
        False,
        "aigerim",
        "d",
        "o",
        "h1",
        dt.datetime(2024, 1, 1),
        (r.FieldChange("case_id", None, "c1"), r.FieldChange("kind", None, "sentence")),
    )
    changed = r.RevisionView(
        "r2",
        "relatives",
        "rel1",
        ("r0",),
        {"relationship": "father"},
        False,
        "aigerim",
        "d",
        "o",
        "h2",
        dt.datetime(2024, 1, 2),
        (r.FieldChange("last_contact", "2018", "2019-05"),),
    )
    history = HistoryModel()
    model_tester(history)
    history.set_rows([changed, created])
    assert [cell(history, 1, c, EDIT) for c in (2, 3, 4)] == ["Legal event: Sentence", "created", "Kind"]
    assert [cell(history, 0, c, EDIT) for c in (2, 3, 4)] == ["Relative: Father", "changed", "Last contact"]
    diff = FieldChangesModel()
    model_tester(diff)
    diff.set_rows(changed.changes)
    assert [cell(diff, 0, c, EDIT) for c in range(3)] == ["Last contact", "2018", "May 2019"]
    # A date text this version cannot read (a newer office's form) is shown as it is, not a crash.
    diff.set_rows([r.FieldChange("last_contact", "[2017..2019]", "2019-spring")])
    assert [cell(diff, 0, c, EDIT) for c in range(3)] == [
        "Last contact",
        "between 2017 and 2019",
        "2019-spring",
    ]
    diff.set_rows([r.FieldChange("relative_id", None, "rel1"), r.FieldChange("suspended", False, True)])
    diff.set_id_names({"rel1": "Серік"})
    assert [cell(diff, 0, c, EDIT) for c in range(3)] == ["Relative", "—", "Серік"]
    assert [cell(diff, 1, c, EDIT) for c in range(3)] == ["Suspended", "no", "yes"]
    # A link's ends and a report's targets by their titles and kinds, never a UUID or a table name.
    diff.set_id_names({**record_titles([created, changed]), "rel1": "Серік"})
    diff.set_rows(
        [
            r.FieldChange("source_table", None, "legal_events"),
            r.FieldChange("source_id", None, "e1"),
            r.FieldChange("target_ids", None, ["rel1", "gone"]),
        ]
    )
    assert [cell(diff, row, 2, EDIT) for row in range(3)] == [
        "Legal event",
        "Legal event: Sentence",
        "Серік; gone",
    ]
    # The v2 vocabularies by their labels too: a link's kind, a report's several kinds, a lack.
    diff.table = "pressure_reports"
    kinds = r.FieldChange("kinds", None, ["threat", "exit-refused"])
    diff.set_rows([kinds, r.FieldChange("frequency", None, "once")])
    assert [cell(diff, row, 2, EDIT) for row in range(2)] == ["Threat; Exit refused", "Once"]
    assert diff.row_of("frequency") == 1  # a change is found by its field (it has no id)
    assert format_value("kind", "may-answer", "links") == "may answer"
    assert format_value("lacks", ["no-iin"], "persons") == "No IIN"
    # A relative's status history by its labels; free text (a legal event's outcome, a country
    # typed in) as typed, a listed country by its name.
    assert format_value("status", "detained", "relative_statuses") == v.label(v.RELATIVE_STATUS, "detained")
    assert format_value("outcome", "granted", "legal_events") == "granted"
    assert format_value("outcome", "granted", "requests") == v.label(v.ANSWER_OUTCOME, "granted")
    assert format_value("country", "CN", "residences") == v.country_text("CN") != "CN"
    assert format_value("destination_country", "Kyrgyz Republic", "legal_events") == "Kyrgyz Republic"
    # Codes typed as text, labelled by the forms that show them: the history shows the same words.
    assert format_value("scheme", "kk-latn-2021", "person_names") == "Kazakh Latin (2021)"
    assert (
        format_value("language", "ru", "interviews") == "Russian" == format_value("language", "ru", "sources")
    )
    scopes = format_value("consent_scope", "legal-action,share-partners", "interviews")
    assert scopes == "Legal action; Share with partner offices"
    assert format_value("kind", "court-claim", "petitions") == "Administrative claim to a court"
    assert format_value("language", "kk", "petitions") == "Kazakh"
    assert format_value("status", "filed", "petitions") == "filed"


def _coded_fields() -> dict[tuple[str, str], type[StrEnum]]:
    """Every (table, field) of a case file that holds vocabulary codes, and its vocabulary: from the
    records' annotations and from what validation checks."""
    found: dict[tuple[str, str], type[StrEnum]] = {}
    for record_type, model in RECORD_MODELS.items():
        table, fields = model.__tablename__, {f.name: str(f.type) for f in dataclasses.fields(record_type)}
        for name, annotation in fields.items():
            enum = getattr(vocab, annotation, None)
            if isinstance(enum, type) and issubclass(enum, StrEnum):
                found[(table, name)] = enum
        for name, enum in {**CODED_FIELDS, **CODED_LISTS}.items():
            if name in fields:
                found.setdefault((table, name), enum)
        found.update(
            ((table, name), enum)
            for (coded_type, name), enum in _CODED_BY_TYPE.items()
            if coded_type is record_type and name in fields
        )
    return found


@pytest.mark.parametrize(("table", "field"), sorted(_coded_fields()))
def test_the_history_shows_every_code_of_a_case_file_by_its_words(qapp: Any, table: str, field: str) -> None:
    """A code added to a vocabulary, or a coded field added to a record, without words in the
    history fails here (the history showed a petition's status as its bare code).  Under the
    pseudo-locale every word that went through a translation differs from the code, even where the
    English word is the code itself ("draft")."""
    vocabulary = _coded_fields()[(table, field)]
    listed = field in CODED_LISTS
    translator = PseudoTranslator(None)
    QCoreApplication.installTranslator(translator)
    try:
        for code in (member.value for member in vocabulary if member.value):
            shown = format_value(field, [code] if listed else code, table)
            assert shown not in {code, "", "—"}, (table, field, code)
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("table", "vocabulary"),
    [
        (v.NAME_KIND, vocab.NameKind),
        (v.SEX, vocab.Sex),
        (v.DOCUMENT_KIND, vocab.DocumentKind),
        (v.CASE_STATUS, vocab.CaseStatus),
        (v.CONFIDENTIALITY, vocab.Confidentiality),
        (v.CONSENT_RECORDING, vocab.ConsentRecording),
        (v.CONSENT_SCOPE, vocab.ConsentScope),
        (v.LEGAL_EVENT_KIND, vocab.LegalEventKind),
        (v.RELATIONSHIP, vocab.Relationship),
        (v.RELATIVE_STATUS, vocab.RelativeStatus),
        (v.PRESSURE_KIND, vocab.PressureKind),
        (v.PRESSURE_ACTOR, vocab.PressureActor),
        (v.CHANNEL, vocab.Channel),
        (v.RELIABILITY, vocab.Reliability),
        (v.SOURCE_CONNECTION, vocab.SourceConnection),
        (v.ATTACHMENT_KIND, vocab.AttachmentKind),
        (v.SCRIPT, vocab.Script),
    ],
)
def test_every_code_has_a_label(qapp: Any, table: dict[str, str], vocabulary: Any) -> None:
    assert set(table) == {member.value for member in vocabulary}
    assert v.label(table, "code-from-the-future") == f"{FSI}code-from-the-future{PDI}"


def test_interview_sections_and_record_fields_have_labels(qapp: Any) -> None:
    assert set(v.INTERVIEW_SECTION) == set(r.INTERVIEW_SECTIONS)
    import dataclasses

    fields = {
        f.name
        for t in (
            r.Person,
            r.PersonName,
            r.IdentityDocument,
            r.Case,
            r.Interview,
            r.LegalEvent,
            r.Relative,
            r.Detention,
            r.PressureReport,
            r.Attachment,
        )
        for f in dataclasses.fields(t)
    }
    assert fields - {"id", "created_at"} <= set(field_labels.FIELD)
