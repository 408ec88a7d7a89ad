# SPDX-License-Identifier: GPL-3.0-or-later
"""Every service of one unlocked vault, built together by the composition root and handed to screens."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.case_edit import CaseEditService
from app.services.case_search import CaseSearchService
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.deadlines import DeadlineService
from app.services.drafts import DraftService
from app.services.exchange import ExchangeService
from app.services.history import HistoryService
from app.services.listing import ListingService
from app.services.name_index import NameSearchService
from app.services.offices import OfficeService
from app.services.parties import PartyService
from app.services.patterns import PatternService
from app.services.petition_compose import PetitionService
from app.services.purge import PurgeService
from app.services.reports import ReportService
from app.services.session import UnlockedVault


@dataclass(frozen=True)
class Services:
    vault: UnlockedVault
    cases: CaseService
    case_edits: CaseEditService
    listing: ListingService
    history: HistoryService
    attachments: AttachmentService
    drafts: DraftService
    names: NameSearchService
    search: CaseSearchService
    admin: AdminService
    parties: PartyService
    petitions: PetitionService
    deadlines: DeadlineService
    offices: OfficeService
    conflicts: ConflictService
    purge: PurgeService
    exchange: ExchangeService
    reports: ReportService
    patterns: PatternService

    @classmethod
    def for_vault(cls, vault: UnlockedVault) -> Services:
        return cls(
            vault,
            CaseService(vault),
            CaseEditService(vault),
            ListingService(vault),
            HistoryService(vault),
            AttachmentService(vault),
            DraftService(vault),
            NameSearchService(vault),
            CaseSearchService(vault),
            AdminService(vault),
            PartyService(vault),
            PetitionService(vault),
            DeadlineService(vault),
            OfficeService(vault),
            ConflictService(vault),
            PurgeService(vault),
            ExchangeService(vault),
            ReportService(vault),
            PatternService(vault),
        )
