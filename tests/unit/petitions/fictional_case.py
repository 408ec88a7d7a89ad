"""A fictional case for petition tests: names in four scripts, partial dates, relatives, pressure;
the same woman still an asylum seeker; the requests and links tests add to her case; and the
petitions filled for it, as the tests read them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from app.domain import records as r
from app.domain.dates import DatePart
from app.domain.dates import PartialDate as D
from app.domain.deadlines import DeadlineRule
from app.domain.vocab import (
    AnswerOutcome,
    CivilStatus,
    DocumentKind,
    Frequency,
    LegalEventKind,
    LinkKind,
    Relationship,
    RelativeStatus,
    RequestKind,
    RequestStatus,
    Sex,
)
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.document import PetitionDocument

TODAY = dt.date(2026, 12, 6)
CASE = "case-1"
SUBJECT = "person-subject"
NAME = "Жанар Серікқызы Төлеубаева"
NAMES = {
    "Cyrl": NAME,
    "Latn": "Janar Serikqyzy Tóleýbaeva",
    "Arab": "جانار سەرىكقىزى تولەۋباەۆا",
    "Hani": "加娜尔·赛力克",
}


def _names(person_id: str, spellings: dict[str, str], primary: str) -> tuple[r.PersonName, ...]:
    schemes = {"Cyrl": "kk-cyrl", "Latn": "kk-latn-2021", "Arab": "kk-arab", "Hani": "zh-transcription"}
    return tuple(
        r.PersonName(person_id, text, script, schemes[script], is_primary=script == primary, id=f"n-{script}")
        for script, text in spellings.items()
    )


def name_in_language(language: str) -> str:
    """The applicant's name as a petition in ``language`` prints it: the spelling in its script."""
    return NAMES["Latn"] if language == "en" else NAME


def case_file() -> r.CaseFile:
    subject = r.PersonFile(
        r.Person(
            birth_date=D(1986, 3, 14),
            birth_place="Шәуешек, Тарбағатай аймағы",
            sex=Sex.FEMALE,
            ethnicity="қазақ",
            citizenship="КНР",
            occupation="тігінші",
            civil_status=CivilStatus.MARRIED_UNREGISTERED,
            lacks=("no-iin",),
            blocked=("work", "travel"),
            id=SUBJECT,
        ),
        names=_names(SUBJECT, NAMES, "Cyrl"),
        documents=(
            r.IdentityDocument(
                SUBJECT, DocumentKind.PRC_PASSPORT, "E00000017", "Tacheng PSB", D(2015), id="d-1"
            ),
            r.IdentityDocument(
                SUBJECT,
                DocumentKind.REFUGEE_CERTIFICATE,
                "RC-0042",
                "Департамент миграционной службы г. Алматы",
                D(2022, 6, 20),
                D(2027, 6, 19),
                id="d-2",
            ),
        ),
        residences=(
            r.Residence(
                SUBJECT, "Талгар", "Алматинская область", "Казахстан", D(2019, 4), D(2021), id="res-1"
            ),
            r.Residence(SUBJECT, "Алматы, ул. Абая 1, кв. 2", "", "Казахстан", D(2021, 2), id="res-2"),
        ),
    )
    brother = r.PersonFile(
        r.Person(id="person-brother"), names=_names("person-brother", {"Cyrl": "Ерлан Серікұлы"}, "Cyrl")
    )
    mother = r.PersonFile(r.Person(id="person-mother"))
    relatives = (
        r.Relative(
            CASE,
            "person-brother",
            Relationship.OLDER_BROTHER,
            country="Қытай",
            prefecture="Тарбағатай",
            county="Шәуешек",
            village="Қарабұлақ",
            last_contact=D(2023, 5, part=DatePart.EARLY),
            id="rel-brother",
        ),
        r.Relative(
            CASE, "person-mother", Relationship.MOTHER, description="анасы, шамамен 70 жаста", id="rel-mother"
        ),
    )
    statuses = (
        r.RelativeStatusEntry(
            CASE, "rel-brother", RelativeStatus.IN_CAMP, D(2018, 4), D(2019, 11), id="st-1"
        ),
        r.RelativeStatusEntry(CASE, "rel-brother", RelativeStatus.IMPRISONED, D(2019, 12), id="st-2"),
        r.RelativeStatusEntry(CASE, "rel-brother", RelativeStatus.FORBIDDEN_TO_LEAVE, D(2019, 12), id="st-3"),
        r.RelativeStatusEntry(CASE, "rel-mother", RelativeStatus.UNDER_SURVEILLANCE, D(2020), id="st-4"),
    )
    events = (
        r.LegalEvent(
            CASE, LegalEventKind.BORDER_CROSSING, D(2019, approximate=True), place="Бахты", id="ev-1"
        ),
        r.LegalEvent(
            CASE, LegalEventKind.ASYLUM_APPLICATION, D(2019, 5, 3), authority="ДМС г. Алматы", id="ev-2"
        ),
        r.LegalEvent(
            CASE,
            LegalEventKind.REFUGEE_STATUS_REFUSED,
            D(2020, end_year=2021),
            legal_basis="ст. 12 Закона «О беженцах»",
            id="ev-3",
        ),
        r.LegalEvent(
            CASE,
            LegalEventKind.REFUGEE_STATUS_GRANTED,
            D(2022, 6, 12),
            authority="Департамент миграционной службы г. Алматы",
            reference_number="№ 17-3/2022",
            valid_until=D(2027, 6, 19),
            id="ev-4",
        ),
        r.LegalEvent(
            CASE,
            LegalEventKind.STATUS_GRANTED_ABROAD,
            D(2024, part=DatePart.LATE),
            destination_country="Швеция",
            id="ev-5",
        ),
        r.LegalEvent(CASE, LegalEventKind.CITIZENSHIP_REFUSED, D(2025, 3, 1), id="ev-6"),
    )
    requests = (
        r.Request(
            CASE,
            RequestKind.CITIZENSHIP,
            "МВД Республики Казахстан",
            D(2024, 9, 2),
            "вх. 55",
            "приём в гражданство",
            RequestStatus.ANSWERED,
            D(2025, 3, 1),
            AnswerOutcome.REFUSED,
            "ст. 21 Закона «О гражданстве»",
            id="rq-1",
        ),
        r.Request(
            CASE,
            RequestKind.TRAVEL_DOCUMENT,
            "Комитет миграционной службы МВД",
            D(2025, 10, 1),
            asked="проездной документ для выезда в Швецию",
            id="rq-2",
        ),
    )
    return r.CaseFile(
        case=r.Case(
            SUBJECT, "office-1", "K-2026-0007", opened_on=D(2025, 2), summary="Выезд в третью страну", id=CASE
        ),
        subject=subject,
        relatives=relatives,
        relative_people=(brother, mother),
        legal_events=events,
        detentions=(
            r.Detention(
                CASE,
                "rel-brother",
                "лагерь «профобучения»",
                "Шәуешек",
                D(2018, 4),
                D(2019, 11),
                "«экстремизм»",
                id="det-1",
            ),
        ),
        pressure_reports=(
            r.PressureReport(
                CASE,
                kinds=("demand-to-return", "threat"),
                target_ids=("rel-mother",),
                frequency=Frequency.REPEATED,
                occurred_on=D(2023, 5, part=DatePart.EARLY),
                reported_on=D(2023, 6, 1),
                actor="county-police",
                channel="phone-call",
                words="Пусть дочь вернётся домой.",
                id="pr-1",
            ),
        ),
        attachments=(r.Attachment(CASE, "certificate.jpg", "image/jpeg", id="att-1"),),
        requests=requests,
        relative_statuses=statuses,
        links=(r.Link(LinkKind.ANSWERS, CASE, "legal_events", "ev-6", "requests", "rq-1", CASE, id="ln-1"),),
    )


def text_of(document: PetitionDocument) -> str:
    """A filled petition's words as the tests read them: title, both address blocks, body, signatory."""
    return "\n".join(
        [
            document.title,
            *document.addressee,
            *document.applicant,
            *(b.text for b in document.blocks),
            document.signatory,
        ]
    )


#: The court the fictional requests go to unless a test names another authority.
COURT = "Специализированный межрайонный административный суд г. Алматы"


def request(
    request_id: str, kind: RequestKind, filed: D, authority: str = COURT, **answer: object
) -> r.Request:
    """A request of the fictional case filed on ``filed``; ``answer`` its status, outcome, answer date."""
    return r.Request(CASE, kind, authority, filed, id=request_id, **answer)  # type: ignore[arg-type]


def contests(link_id: str, complaint_id: str, target_table: str, target_id: str) -> r.Link:
    """The link saying the complaint (or claim) ``complaint_id`` contests a decision or an answer."""
    return r.Link(
        LinkKind.CONTESTS, CASE, "requests", complaint_id, target_table, target_id, CASE, id=link_id
    )


def seeker_certificate(**dates_and_issuer: object) -> r.IdentityDocument:
    """The applicant's asylum-seeker certificate, No. AS-0191, with its ``issuer``, ``issued_on``,
    ``valid_until`` where given."""
    return r.IdentityDocument(
        SUBJECT, DocumentKind.ASYLUM_SEEKER_CERTIFICATE, "AS-0191", id="d-seeker",
        **dates_and_issuer,  # type: ignore[arg-type]
    )  # fmt: skip


def asylum_seeker(*events: r.LegalEvent, certificate: r.IdentityDocument | None = None) -> r.CaseFile:
    """The fictional case before refugee status: the grant left out (her application still waits),
    ``events`` added, and ``certificate`` held in place of the refugee certificate when given."""
    file = case_file()
    passport, refugee = file.subject.documents
    subject = dataclasses.replace(file.subject, documents=(passport, certificate or refugee))
    kept = tuple(e for e in file.legal_events if e.kind != LegalEventKind.REFUGEE_STATUS_GRANTED)
    return dataclasses.replace(file, subject=subject, legal_events=(*kept, *events))


def filled(
    templates: TemplateSet,
    kind: str,
    language: str,
    file: r.CaseFile,
    *,
    today: dt.date = TODAY,
    rules: Mapping[str, DeadlineRule] | None = None,
) -> PetitionDocument:
    """The petition ``kind`` in ``language`` filled for ``file`` on ``today`` with its default fields,
    as the petition dialog first shows it; ``rules`` the deadline rules (none: no limit has passed)."""
    template = templates.template(kind, language)
    context = case_context(file, language, today=today, rules=rules)
    return templates.fill(template, context, templates.default_fields(template, context))


def printed(templates: TemplateSet, kind: str, language: str, file: r.CaseFile, **when: Any) -> str:
    """The words of ``filled`` (``when``: its ``today``, its ``rules``), every run of white space (a
    line break too) one space."""
    return " ".join(text_of(filled(templates, kind, language, file, **when)).split())
