"""The annual report wizard: year → figures → organisation → texts → appendix → privacy
check → generate and preview → distribution.

Resumable: every Next stores the draft in the database (services.report.save_draft), with
the step reached; opening the wizard for that year again offers to continue there. The
pages only touch the wizard's `draft` (the plain `DraftContent`) and call services.
The pages build on `draft_page.DraftPage` and see the wizard through its `DraftWizard`
protocol, so they never import this module (which imports them).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from ...services import report
from ...services.dto import Change
from ...services.report import DraftContent, LoadedDraft
from ..context import AppContext
from ..screen_fit import clamp_to_screen
from .draft_page import (
    PAGE_APPENDIX,
    PAGE_DISTRIBUTION,
    PAGE_FIGURES,
    PAGE_GENERATE,
    PAGE_KEYS,
    PAGE_ORGANISATION,
    PAGE_PRIVACY,
    PAGE_TEXTS,
    PAGE_YEAR,
)

log = logging.getLogger(__name__)


class ReportWizard(QWizard):
    """One sitting for the year's report; `saved` is emitted after every stored change."""

    saved = Signal(int)  # year

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here: the output pages load QtPdf, needed only once a wizard opens.
        from .pages_appendix import AppendixPage, PrivacyPage
        from .pages_intro import FiguresPage, OrganisationPage, TextsPage, YearPage
        from .pages_output import DistributionPage, GeneratePage

        self.ctx = ctx
        self.year = year
        self.loaded: LoadedDraft | None = None
        self.setObjectName("reportWizard")
        self.setWindowTitle(self.tr("Annual report on customer reactions"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.resize(980, 720)
        clamp_to_screen(self)  # a 1280×720 laptop has less than 720 pixels free
        pages: dict[int, QWizardPage] = {
            PAGE_YEAR: YearPage(self),
            PAGE_FIGURES: FiguresPage(self),
            PAGE_ORGANISATION: OrganisationPage(self),
            PAGE_TEXTS: TextsPage(self),
            PAGE_APPENDIX: AppendixPage(self),
            PAGE_PRIVACY: PrivacyPage(self),
            PAGE_GENERATE: GeneratePage(self),
            PAGE_DISTRIBUTION: DistributionPage(self),
        }
        for page_id, page in pages.items():
            self.setPage(page_id, page)
        self.setStartId(PAGE_YEAR)

    # --- the draft -------------------------------------------------------------------------
    @property
    def content(self) -> DraftContent:
        assert self.loaded is not None, "the draft is loaded when the year page is left"
        return self.loaded.content

    def load(self, year: int) -> bool:
        loaded = self.ctx.call(report.load_draft, self.ctx.db, year, parent=self)
        if loaded is None:
            return False
        self.year = year
        self.loaded = loaded
        return True

    def store(self, content: DraftContent, page_id: int | None = None) -> bool:
        """Save `content` (and the step reached); False when that did not work (the user
        has been told why, e.g. someone else saved this year's draft meanwhile)."""
        assert self.loaded is not None
        if page_id is not None and page_id in PAGE_KEYS:
            content = replace(content, wizard_page=PAGE_KEYS[page_id])
        stored = self.ctx.call(
            report.save_draft,
            self.ctx.db,
            self.year,
            content,
            self.loaded.version,
            parent=self,
            title=self.tr("The draft was not saved"),
        )
        return self.adopt(stored)

    def adopt(self, stored: LoadedDraft | None) -> bool:
        """Take a draft a service returned as the new base (its version above all)."""
        if stored is None:
            return False
        self.loaded = stored
        self.ctx.bus.publish(Change("report"))
        self.saved.emit(self.year)
        return True

    def reload(self) -> None:
        """Re-read the draft (its version changes when the PDF is stored)."""
        loaded = self.ctx.call(report.load_draft, self.ctx.db, self.year, parent=self)
        if loaded is not None:
            self.loaded = loaded

    def call(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        # Under the wait cursor: a year of 10,000 reactions takes a moment to count,
        # list and check (issue 16: no wait without feedback).
        return self.ctx.call_busy(func, *args, parent=self, **kwargs)
