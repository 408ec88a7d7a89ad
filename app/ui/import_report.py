# SPDX-License-Identifier: GPL-3.0-or-later
"""What an import does (or, as a dry run, would do), in plain words and numbers: the part of the
import dialog that shows an ``ImportReport``, with its warnings and "may be the same person" list."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.exchange.redaction import FULL
from app.services.exchange import ImportReport
from app.services.exchange_suggestions import not_all_listed
from app.ui.models.exchange_models import SamePersonModel
from app.ui.placeholders import filled
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.text import InlineMessage, PlainLabel, isolate

#: Arriving persons whose namesakes here are counted one by one; the rest in one line.
NAMESAKE_LINES = 3

#: Why a record was kept back, by ``Skipped.reason``.
SKIPPED = {
    "parent-missing": QT_TRANSLATE_NOOP("ImportReportView", "the record it belongs to is not here yet"),
    "parent-deleted": QT_TRANSLATE_NOOP("ImportReportView", "the record it belongs to was deleted here"),
}


class ImportReportView(QWidget):
    """Shows one ``ImportReport``; ``sender`` is the sending office's name as the user knows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[ImportReport, str] | None = None
        self.from_label = PlainLabel(selectable=True)
        self.counts_label = PlainLabel(selectable=True)
        self.warnings = InlineMessage()
        self.same_label = PlainLabel()
        self.same_model = SamePersonModel(self)
        self.same_view = QTableView()
        self.same_view.setModel(self.same_model)
        self.same_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.same_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.same_view.verticalHeader().setVisible(False)
        header = self.same_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (SamePersonModel.ARRIVING_BORN, SamePersonModel.HERE_BORN, SamePersonModel.SIMILARITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.from_label, self.counts_label, self.warnings, self.same_label):
            layout.addWidget(widget)
        layout.addWidget(self.same_view, 10)
        layout.addStretch(1)  # the report stays at the top while there is no list below it
        self.clear()

    def clear(self) -> None:
        self._shown = None
        for label in (self.from_label, self.counts_label, self.same_label):
            label.setText("")
        self.warnings.clear_message()
        self.same_model.set_rows([])
        self.same_label.setVisible(False)
        self.same_view.setVisible(False)

    def show_report(self, report: ImportReport, sender: str) -> None:
        self._shown = (report, sender)
        text = self.tr("From: %1, file number %2 from that office, made %3 (UTC)")
        created = report.bundle.created_at.strftime("%Y-%m-%d %H:%M")
        self.from_label.setText(filled(text, isolate(sender), str(report.bundle.sequence), created))
        self.counts_label.setText("\n".join(self._count_lines(report)))
        warnings = self._warning_lines(report)
        self.warnings.show_message("\n".join(warnings), "warning")
        self.same_model.set_rows(report.suggestions)
        self.same_label.setText("\n".join(self._same_person_lines(report)))
        self.same_label.setVisible(bool(report.suggestions))
        self.same_view.setVisible(bool(report.suggestions))

    def _same_person_lines(self, report: ImportReport) -> list[str]:
        hints = report.suggestions
        lines = [
            self.tr(
                "%n arriving person(s) may be someone already here. Nothing is merged: compare them, "
                "then link them or mark them as different in the case file.",
                "",
                len({hint.incoming_person_id for hint in hints}),
            )
        ]
        more = not_all_listed(hints)
        names = {hint.incoming_person_id: hint.incoming_name for hint in hints}
        for person_id, (found, listed) in list(more.items())[:NAMESAKE_LINES]:
            text = self.tr("%1: %n persons here have a name alike; the %2 most likely are listed.", "", found)
            lines.append(filled(text, isolate(names[person_id]), str(listed)))
        if len(more) > NAMESAKE_LINES:
            lines.append(
                self.tr(
                    "%n more arriving person(s) with more namesakes here than are listed.",
                    "",
                    len(more) - NAMESAKE_LINES,
                )
            )
        return lines

    def summary(self, report: ImportReport) -> str:
        """What the import did and what needs attention, as text (said after an unlock when the vault
        locked as it ended)."""
        return "\n".join([*self._count_lines(report), *self._warning_lines(report)])

    def _count_lines(self, report: ImportReport) -> list[str]:
        if report.already_imported:
            return [self.tr("This file was imported before. Importing it again changes nothing.")]
        merge = report.merge
        assert merge is not None
        new_cases = sum(1 for table, _ in merge.new if table == "cases")
        lines = [
            self.tr("Importing this file would change this vault as follows:")
            if report.dry_run
            else self.tr("The file was imported:"),
            "• "
            + self.tr("%n new record(s)", "", len(merge.new))
            + self.tr(", of them %n new case(s)", "", new_cases),
            "• "
            + self.tr("%n record(s) updated to the newer version from there", "", len(merge.fast_forwards)),
            "• "
            + self.tr("%n record(s) merged automatically (different fields changed)", "", len(merge.merges)),
            "• "
            + self.tr(
                "%n conflict(s) to review: the same field changed differently; nothing is lost",
                "",
                len(merge.conflicts),
            ),
            "• " + self.tr("%n record(s) deleted", "", len(merge.deletions)),
            "• " + self.tr("%n record(s) already up to date here", "", merge.unchanged),
            "• " + self.tr("%n attached file(s)", "", report.files),
        ]
        if report.purged:
            lines.append(
                "• "
                + self.tr(
                    "%n record(s) purged for good, as another office purged them (a person at risk)",
                    "",
                    report.purged,
                )
            )
        reasons = Counter(skipped.reason for skipped in merge.skipped)
        for reason, count in sorted(reasons.items()):
            why = (
                QCoreApplication.translate("ImportReportView", SKIPPED[reason])
                if reason in SKIPPED
                else reason
            )
            lines.append("• " + self.tr("%n record(s) kept back: %1", "", count).replace("%1", why))
        return lines

    def _warning_lines(self, report: ImportReport) -> list[str]:
        lines = []
        if report.bundle.profile != FULL:
            lines.append(
                self.tr(
                    "This is a lawyer packet: the sending office withheld %n field(s) that could endanger "
                    "people. Where this vault has a value for them, it keeps it.",
                    "",
                    report.withheld,
                )
            )
        if report.missing:
            numbers = ", ".join(str(number) for number in report.missing)
            lines.append(
                self.tr(
                    "Earlier files from this office have not been imported here: number(s) %1. Import them "
                    "too, in any order; changes they made wait for them. If one is lost, ask that office "
                    "for a file of all its cases (not only the changes since the last file)."
                ).replace("%1", numbers)
            )
        if report.merge is not None and report.merge.future_clock:
            lines.append(
                self.tr(
                    "%n change(s) are dated more than a day ahead of this computer's clock: "
                    "a clock may be set wrong here or there.",
                    "",
                    len(report.merge.future_clock),
                )
            )
        if report.merge is not None and report.merge.waiting:
            lines.append(
                self.tr(
                    "%n record(s) are waiting for the records they belong to, which another office has not "
                    "sent yet; they will appear here once those arrive.",
                    "",
                    report.merge.waiting,
                )
            )
        if report.not_compared:
            lines.append(
                self.tr(
                    "%n arriving person(s) were not compared by name with the persons here (too many at "
                    "once); the case file still warns when one of them may be someone already here.",
                    "",
                    report.not_compared,
                )
            )
        return lines

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show_report(*self._shown)
        super().changeEvent(event)
