# SPDX-License-Identifier: GPL-3.0-or-later
"""Requests, sources, links read from both ends and manual order: models without a window, then the editor."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain import link_rules as lr
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.requests import waiting_days
from app.domain.vocab import LegalEventKind as K
from app.domain.vocab import LinkKind, PartyKind, RequestKind, RequestStatus
from app.paths import resources_dir
from app.ui.case_editor.links_box import AddLinkDialog, LinksBox
from app.ui.case_editor.state import CaseState
from app.ui.i18n import Translations
from app.ui.models.record_table import RecordRole
from app.ui.models.requests_model import RequestsModel, WaitingWords
from app.ui.models.sources_model import SourcesModel
from app.ui.widgets.text import FSI, PDI

from .helpers import add_legal_event, add_spellings

TODAY = dt.date(2021, 6, 1)


def plain(text: str) -> str:
    """``text`` without the bidi isolation marks around user text."""
    return text.replace(FSI, "").replace(PDI, "")


def _request(**fields: Any) -> r.Request:
    return r.Request("case-1", RequestKind.CITIZENSHIP, id=r.new_id(), **fields)


# -- models and rules, no window ------------------------------------------------------------------
def test_waiting_days_of_pending_requests_only() -> None:
    pending = _request(filed_on=PartialDate(2021, 4, 12))
    assert waiting_days(pending, TODAY) == 50
    assert waiting_days(_request(filed_on=PartialDate(2021, 4)), TODAY) == 61  # from the earliest day
    assert waiting_days(dataclasses.replace(pending, status=RequestStatus.ANSWERED), TODAY) is None
    assert waiting_days(_request(), TODAY) is None  # unknown filing date


def test_requests_model_shows_waiting_time_in_filing_order(qapp: Any) -> None:
    model = RequestsModel(today=TODAY)
    QAbstractItemModelTester(model)
    later = _request(filed_on=PartialDate(2021, 5, 1), authority="Migration service")
    earlier = _request(filed_on=PartialDate(2021, 4, 12), status=RequestStatus.ANSWERED)
    model.set_rows([later, earlier])
    texts = {model.data(model.index(row, RequestsModel.AUTHORITY), RecordRole).id: row for row in range(2)}
    waiting = [model.data(model.index(texts[q.id], RequestsModel.WAITING)) for q in (later, earlier)]
    assert waiting[0] == "31 day(s)" or waiting[0].startswith("31")
    assert waiting[1] == ""
    assert model.in_order(model.rows()) == [earlier, later]


def test_a_long_wait_reads_in_months_then_years(qapp: Any) -> None:
    """A lawyer argues "over seven years without an answer", not "2654 days" nor "87 months"."""
    translations = Translations(resources_dir() / "i18n")
    words = WaitingWords()
    try:
        translations.install("en")
        assert [words.text(days) for days in (1, 20, 400, 729, 2654)] == [
            "1 day",
            "20 days",
            "400 days (about 13 months)",
            "729 days (about 2 years)",
            "2654 days (about 7 years)",
        ]
        translations.install("ru")
        assert words.text(2654) == "2654 дня (около 7 лет)"
        assert words.text(400) == "400 дней (около 13 месяцев)"
    finally:
        translations.install("en")


def test_sources_model_names_a_person_source(qapp: Any) -> None:
    model = SourcesModel()
    QAbstractItemModelTester(model)
    model.person_name = lambda person_id: "Айгүл" if person_id == "p1" else ""
    model.set_rows([r.Source("case-1", person_id="p1", id="s1"), r.Source("case-1", title="RFA", id="s2")])
    titles = {model.data(model.index(row, SourcesModel.TITLE), Qt.ItemDataRole.EditRole) for row in range(2)}
    assert titles == {"Айгүл", "RFA"}


def test_link_rules_are_one_table() -> None:
    assert lr.allowed(LinkKind.ANSWERS, lr.LEGAL_EVENTS, lr.REQUESTS)
    assert not lr.allowed(LinkKind.ANSWERS, lr.REQUESTS, lr.LEGAL_EVENTS)
    assert lr.allowed(LinkKind.SOURCE_OF, lr.SOURCES, lr.DETENTIONS)
    assert lr.allowed(LinkKind.DECISION_MAKER, lr.PARTIES, lr.REQUESTS)
    choices = lr.choices(lr.REQUESTS)
    assert lr.Choice("answers", False, lr.LEGAL_EVENTS) in choices
    assert lr.Choice("contests", True, lr.LEGAL_EVENTS) in choices
    assert lr.allowed(
        LinkKind.SOURCE_OF, lr.SOURCES, lr.IDENTITY_DOCUMENTS
    )  # a person's details have sources
    assert not lr.linkable("person_names")


def _state_with_answer() -> tuple[CaseState, r.LegalEvent, r.Request]:
    state = CaseState.new("office-1", today=TODAY)
    request = dataclasses.replace(_request(filed_on=PartialDate(2021, 4, 12)), case_id=state.case.id)
    reply = r.LegalEvent(state.case.id, K.CITIZENSHIP_REFUSED, date=PartialDate(2021, 5, 3), id=r.new_id())
    state.requests, state.legal_events = [request], [reply]
    state.links = [
        r.Link(LinkKind.ANSWERS, state.case.id, "legal_events", reply.id, "requests", request.id, id="l1")
    ]
    return state, reply, request


def test_links_box_reads_a_link_from_both_ends(qtbot: Any) -> None:
    state, reply, request = _state_with_answer()
    box = LinksBox()
    qtbot.addWidget(box)
    box.bind(state)
    box.show_record(reply)
    (text,) = box.texts()
    assert text.startswith("answers: Admission to citizenship") and "12 Apr 2021" in text
    box.show_record(request)
    (text,) = box.texts()
    assert text.startswith("answered by: ") and "3 May 2021" in text
    box.show_record(r.PersonName("p", "Нұрлан", id="n"))  # a spelling is not linked
    assert box.isHidden()


def test_add_dialog_makes_a_source_link_with_what_it_says(qtbot: Any) -> None:
    state, reply, _ = _state_with_answer()
    source = r.Source(state.case.id, title="Radio report", id=r.new_id())
    state.sources = [source]
    dialog = AddLinkDialog(state, "legal_events", reply.id)
    qtbot.addWidget(dialog)
    dialog.select("source-of", False)
    dialog.target.set_code(source.id)
    dialog.note.setText("six months, suspended")
    dialog.preferred.setChecked(True)
    new = dialog.outcome()
    assert new is not None and new.party is None
    link = new.link
    assert (link.source_table, link.source_id, link.target_table, link.target_id) == (
        "sources",
        source.id,
        "legal_events",
        reply.id,
    )
    assert (link.note, link.preferred, link.case_id) == ("six months, suspended", True, state.case.id)


# -- the editor -----------------------------------------------------------------------------------
def _new_case(qtbot: Any, make_editor: Any) -> Any:
    editor = make_editor(today=TODAY)
    add_spellings(qtbot, editor, "Нұрлан Серікұлы")
    return editor


def _add_request(editor: Any, filed_on: PartialDate, authority: str) -> Any:
    tab = editor.requests
    tab.panel.add_button.click()
    tab.form.kind.set_code("citizenship")
    tab.form.authority.setText(authority)
    tab.form.filed_on.set_value(filed_on)
    return tab.form.current()


def _save_and_reopen(qtbot: Any, editor: Any, make_editor: Any) -> Any:
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    reopened = make_editor(saved.args[0], today=TODAY)
    assert reopened.state() == editor.state()
    return reopened


def test_a_link_added_in_the_editor_shows_on_both_records_after_reopening(
    qtbot: Any, make_editor: Any
) -> None:
    editor = _new_case(qtbot, make_editor)
    request = _add_request(editor, PartialDate(2021, 4, 12), "Ministry of Internal Affairs")
    reply = add_legal_event(editor, "citizenship-refused", PartialDate(2021, 5, 3))
    box = editor.legal.panel.links
    assert box.isVisibleTo(editor.legal) and box.texts() == []

    def answer(dialog: AddLinkDialog) -> bool:
        dialog.select("answers", True)
        dialog.target.set_code(request.id)
        return True

    box.ask = answer
    box.add_button.click()
    assert editor.has_unsaved_changes()
    editor.tabs.setCurrentWidget(editor.requests)  # the other end shows it at once, unsaved
    (text,) = editor.requests.panel.links.texts()
    assert text.startswith("answered by: ")
    editor.tabs.setCurrentWidget(editor.legal)

    def decided_by(dialog: AddLinkDialog) -> bool:
        dialog.select("decision-maker", False)
        dialog.target.set_code("new-party")
        dialog.party_name.setText("A. Deputy (fictional)")
        dialog.party_position.setText("Deputy minister")
        return True

    box.ask = decided_by
    box.add_button.click()
    reopened = _save_and_reopen(qtbot, editor, make_editor)
    state = reopened.state()
    assert [p.name for p in state.parties] == ["A. Deputy (fictional)"]
    reopened.legal.panel.select(reply.id)
    texts = [plain(t) for t in reopened.legal.panel.links.texts()]
    assert any(t.startswith("answers: Admission to citizenship") for t in texts)
    assert any(t.startswith("decided by: A. Deputy (fictional) (Deputy minister)") for t in texts)
    reopened.tabs.setCurrentWidget(reopened.requests)
    reopened.requests.panel.select(request.id)
    (text,) = reopened.requests.panel.links.texts()
    assert text.startswith("answered by: ") and "3 May 2021" in text

    reopened.requests.panel.remove_button.click()  # a removed record takes its links along
    assert [link.kind for link in reopened.state().links] == [LinkKind.DECISION_MAKER]


def _timeline(editor: Any) -> list[str]:
    model, proxy = editor.legal.model, editor.legal.panel.proxy
    rows = [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())]
    return [model.record(row).outcome for row in rows]


def test_move_up_and_down_where_dates_cannot_tell_survive_save(qtbot: Any, make_editor: Any) -> None:
    editor = _new_case(qtbot, make_editor)
    add_legal_event(editor, "other", PartialDate(2021), outcome="first")
    add_legal_event(editor, "other", PartialDate(2021), outcome="second")
    add_legal_event(editor, "other", PartialDate(2023, 1, 5), outcome="later")
    panel = editor.legal.panel
    start = _timeline(editor)
    assert start[2] == "later"
    later = next(e for e in panel.rows() if e.outcome == "later")
    panel.select(later.id)
    assert not panel.up_button.isEnabled() and not panel.down_button.isEnabled()  # the dates decide
    top = next(e for e in panel.rows() if e.outcome == start[0])
    panel.select(top.id)
    assert not panel.up_button.isEnabled() and panel.down_button.isEnabled()
    editor.tabs.setCurrentWidget(editor.legal)
    editor.activateWindow()
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [start[1], start[0], "later"]
    assert _timeline(editor) == moved
    assert panel.current_id() == top.id and panel.up_button.isEnabled()
    assert sorted(e.sort_order for e in editor.state().legal_events if e.outcome != "later") == [0, 1]

    reopened = _save_and_reopen(qtbot, editor, make_editor)
    assert _timeline(reopened) == moved
    reopened.legal.panel.select(top.id)
    reopened.legal.panel.up_button.click()
    assert _timeline(reopened) == start


def test_waiting_time_shows_while_pending_and_goes_when_answered(qtbot: Any, make_editor: Any) -> None:
    editor = _new_case(qtbot, make_editor)
    editor.tabs.setCurrentWidget(editor.requests)
    request = _add_request(editor, PartialDate(2021, 4, 12), "Migration service")
    model = editor.requests.model
    cell = model.index(model.row_of(request.id), RequestsModel.WAITING)
    assert "50" in model.data(cell)
    editor.requests.form.status.set_code("answered")
    editor.requests.form.answered_on.set_value(PartialDate(2021, 5, 20))
    editor.requests.form.outcome.set_code("refused")
    assert model.data(model.index(model.row_of(request.id), RequestsModel.WAITING)) == ""


def test_requests_and_sources_save_and_read_back(qtbot: Any, make_editor: Any) -> None:
    editor = _new_case(qtbot, make_editor)
    request = _add_request(editor, PartialDate(2021, 4, 12), "Ministry of Internal Affairs")
    form = editor.requests.form
    form.reference_number.setText("ЖТ-117")
    form.asked.set_text("Citizenship by registration (fictional).")
    form.status.set_code("answered")
    form.answered_on.set_value(PartialDate(2021, 5, 3))
    form.outcome.set_code("refused")
    form.answer_basis.setText("Law on Citizenship, Art. 21")
    form.answer_reference.setText("ОТВ-55")
    editor.tabs.setCurrentWidget(editor.sources)
    sources = editor.sources
    sources.panel.add_button.click()
    sources.form.kind.set_code("person")
    sources.form.person.set_code(editor.state().subject.id)
    sources.form.information_on.set_value(PartialDate(2021, 3))
    sources.form.language.set_code("kk")
    sources.form.connection.set_code("direct-victim")
    sources.form.reliability.set_code("B")
    sources.form.notes.set_text("Told at the intake (fictional).")
    reopened = _save_and_reopen(qtbot, editor, make_editor)
    (saved,) = reopened.state().requests
    assert saved.id == request.id and saved.reference_number == "ЖТ-117"
    assert (saved.status, saved.outcome, saved.answer_basis) == (
        "answered",
        "refused",
        "Law on Citizenship, Art. 21",
    )
    assert saved.answered_on == PartialDate(2021, 5, 3) and saved.answer_reference == "ОТВ-55"
    (source,) = reopened.state().sources
    assert source.person_id == reopened.state().subject.id and source.reliability == "B"
    assert (source.language, source.connection) == ("kk", "direct-victim")
    reopened.tabs.setCurrentWidget(reopened.sources)
    title = reopened.sources.model.index(0, SourcesModel.TITLE)
    assert reopened.sources.model.data(title, Qt.ItemDataRole.EditRole) == "Нұрлан Серікұлы"


def test_an_official_recorded_for_another_case_is_offered_and_linked_once(
    qtbot: Any, make_editor: Any, services: Any
) -> None:
    deputy = services.parties.save(
        r.Party("B. Official (fictional)", PartyKind.OFFICIAL, position="Deputy minister")
    )
    editor = _new_case(qtbot, make_editor)
    add_legal_event(editor, "citizenship-refused", PartialDate(2021, 5, 3))
    box = editor.legal.panel.links

    def decided_by(dialog: AddLinkDialog) -> bool:
        dialog.select("decision-maker", False)
        offered = [dialog.target.itemData(i) for i in range(dialog.target.count())]
        assert deputy.id in offered
        dialog.target.set_code(deputy.id)
        return True

    box.ask = decided_by
    box.add_button.click()
    reopened = _save_and_reopen(qtbot, editor, make_editor)
    assert reopened.state().parties == [deputy]
    assert services.parties.list() == (deputy,)  # linked, not copied


def test_one_decision_concerns_another_case_found_by_reference(
    qtbot: Any, make_editor: Any, services: Any
) -> None:
    other = services.cases.open_case(
        r.Person(),
        [r.PersonName("", "Серік Жақыпұлы (fictional)")],
        r.Case(subject_id="", office_id="", reference="K-2019-0042"),
    )
    editor = _new_case(qtbot, make_editor)
    decision = add_legal_event(editor, "citizenship-refused", PartialDate(2021, 5, 3))
    box = editor.legal.panel.links

    def concerns_case(dialog: AddLinkDialog) -> bool:
        dialog.select("concerns-case", True)
        dialog.case_reference.setText("k-2019")  # the start of it, any case
        dialog.case_reference.returnPressed.emit()  # looked up on the database worker
        qtbot.waitUntil(lambda: dialog.target.code() == other, timeout=10_000)
        return True

    box.ask = concerns_case
    box.add_button.click()
    (text,) = [plain(t) for t in box.texts()]
    assert text.startswith("concerns the case: K-2019-0042 Серік")
    reopened = _save_and_reopen(qtbot, editor, make_editor)
    reopened.legal.panel.select(decision.id)
    (text,) = [plain(t) for t in reopened.legal.panel.links.texts()]
    assert text.startswith("concerns the case: K-2019-0042 Серік")

    their = make_editor(other, today=TODAY)  # the other case shows it from its end, on its Identity tab
    (link,) = their.state().links
    assert link.target_case_id == other
    (text,) = [plain(t) for t in their.identity.case_links.texts()]
    assert text.startswith("concerned by: Legal event in case") and "Нұрлан Серікұлы" in text


def test_a_persons_details_and_documents_carry_their_source(qtbot: Any, make_editor: Any) -> None:
    editor = _new_case(qtbot, make_editor)
    editor.tabs.setCurrentWidget(editor.sources)
    editor.sources.panel.add_button.click()
    editor.sources.form.kind.set_code("document")
    editor.sources.form.title.setText("Birth certificate copy (fictional)")
    source = editor.sources.form.current()
    editor.tabs.setCurrentWidget(editor.identity)
    editor.identity.documents.add_button.click()
    document = editor.identity.documents.form.current()

    def source_of(dialog: AddLinkDialog) -> bool:
        dialog.select("source-of", False)
        dialog.target.set_code(source.id)
        dialog.note.setText("born in spring 1961")
        return True

    for box in (editor.identity.person_links, editor.identity.documents.links):
        box.ask = source_of
        box.add_button.click()
    reopened = _save_and_reopen(qtbot, editor, make_editor)
    (text,) = [plain(t) for t in reopened.identity.person_links.texts()]
    assert text == "source: Birth certificate copy (fictional) — born in spring 1961"
    reopened.identity.documents.select(document.id)
    assert [plain(t) for t in reopened.identity.documents.links.texts()] == [text]
    reopened.tabs.setCurrentWidget(reopened.sources)
    texts = [plain(t) for t in reopened.sources.panel.links.texts()]
    assert sorted(t.split(" — ")[0] for t in texts) == [
        "is a source for: PRC resident ID card",  # a new document's kind
        "is a source for: Нұрлан Серікұлы",
    ]


def test_an_application_event_turns_into_a_request_with_its_links(qtbot: Any, make_editor: Any) -> None:
    editor = _new_case(qtbot, make_editor)
    application = add_legal_event(editor, "citizenship-application", PartialDate(2019, 3, approximate=True))
    editor.legal.form.authority.setText("Ministry of Internal Affairs")
    editor.legal.form.reference_number.setText("МВД-2019/17")
    application = editor.legal.form.current()
    later = add_legal_event(editor, "other", PartialDate(2019, 8))
    state, case_id = editor.state(), editor.state().case.id
    source = r.Source(case_id, title="Letter copy (fictional)", id=r.new_id())
    state.sources = [source]
    state.links = [
        r.Link(LinkKind.SOURCE_OF, case_id, "sources", source.id, "legal_events", application.id, id="s"),
        r.Link(LinkKind.FOLLOWS, case_id, "legal_events", later.id, "legal_events", application.id, id="f"),
    ]
    editor.legal.panel.select(application.id)
    assert editor.legal.form.to_request.isVisibleTo(editor.legal.form)
    editor.legal.form.to_request.click()
    assert editor.tabs.currentWidget() is editor.requests
    reopened = _save_and_reopen(qtbot, editor, make_editor)
    (request,) = reopened.state().requests
    assert (request.kind, request.authority, request.reference_number, request.filed_on) == (
        RequestKind.CITIZENSHIP,
        "Ministry of Internal Affairs",
        "МВД-2019/17",
        PartialDate(2019, 3, approximate=True),
    )
    assert [e.id for e in reopened.state().legal_events] == [later.id]
    (link,) = reopened.state().links  # the source now speaks of the request; "follows" cannot stay
    assert (link.kind, link.target_table, link.target_id) == (LinkKind.SOURCE_OF, "requests", request.id)
    reopened.legal.panel.select(later.id)
    assert not reopened.legal.form.to_request.isVisibleTo(reopened.legal.form)


def test_the_legal_timeline_says_which_refusal_a_granted_complaint_annulled(
    qtbot: Any, make_editor: Any
) -> None:
    """Recorded as a request that contests the refusal and was granted, the annulment showed only as a
    link on the refusal ("contested by …"); the timeline now says it in the refusal's row, unsaved."""
    editor = _new_case(qtbot, make_editor)
    refusal = add_legal_event(editor, "refugee-status-refused", PartialDate(2020, 11, 20))
    editor.tabs.setCurrentWidget(editor.requests)
    complaint = _add_request(editor, PartialDate(2020, 12, 10), "Ministry of Internal Affairs")
    form = editor.requests.form
    form.kind.set_code("complaint")
    form.status.set_code("answered")
    form.answered_on.set_value(PartialDate(2021, 2, 1))
    form.outcome.set_code("granted")

    def contests(dialog: AddLinkDialog) -> bool:
        dialog.select("contests", True)
        dialog.target.set_code(refusal.id)
        return True

    editor.requests.panel.select(complaint.id)
    box = editor.requests.panel.links
    box.ask = contests
    box.add_button.click()
    editor.tabs.setCurrentWidget(editor.legal)
    model = editor.legal.model
    details = plain(model.data(model.index(model.row_of(refusal.id), model.DETAILS)))
    assert details == "Annulled on complaint, 1 February 2021"
    timeline = editor.timeline
    editor.tabs.setCurrentWidget(timeline)
    qtbot.waitUntil(lambda: timeline.view.layout_now() is not None)
    labels = {p.item.record_id: p.item.label for p in timeline.view.layout_now().placed}
    assert labels[refusal.id] == "Annulled: refugee status refused"
