# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' PDF report: the patterns of the request's period counted (``PatternService``, its own
read transaction), then drawn by ``app.reports.pdf_report`` into the target's partial file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.patterns import PatternFilter
from app.domain.progress import Progress
from app.reports.pdf_report import ReportLabels, render_report
from app.services.patterns import PatternService
from app.services.session import UnlockedVault

if TYPE_CHECKING:
    from app.services.reports import ReportRequest


def period_text(request: ReportRequest) -> str:
    """ "2019-01-01 – 2019-12-31", "from 2019-01-01", "until …", or "" for every date."""
    start, end = request.date_from, request.date_to
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    if start:
        return f"{start.isoformat()} –"
    return f"– {end.isoformat()}" if end else ""


def write_pdf(
    vault: UnlockedVault,
    path: Path,
    request: ReportRequest,
    progress: Progress,
    labels: ReportLabels | None = None,
) -> dict[str, int]:
    """Count, draw and write the report to ``path``; returns the records counted."""
    patterns = PatternService(vault).patterns(
        PatternFilter(request.date_from, request.date_to), progress=progress
    )
    data = render_report(patterns, period_text(request), request.anonymised, labels, progress)
    with open(path, "wb") as file:
        file.write(data)
    return {
        "pressure_reports": patterns.pressure_reports,
        "detentions": patterns.detentions,
        "cases": patterns.cases,
    }
