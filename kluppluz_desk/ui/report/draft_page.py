"""What the pages of the annual-report wizard share: the page ids, the step each page
stands for in the stored draft, `DraftPage` (stores the draft on Next) and `DraftWizard`,
the part of the wizard the pages use. The wizard imports the pages; the pages import this
module only, so there is no circle."""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtWidgets import QWizard, QWizardPage

from ...services.report import DraftContent, LoadedDraft
from ..context import AppContext

(
    PAGE_YEAR,
    PAGE_FIGURES,
    PAGE_ORGANISATION,
    PAGE_TEXTS,
    PAGE_APPENDIX,
    PAGE_PRIVACY,
    PAGE_GENERATE,
    PAGE_DISTRIBUTION,
) = range(8)
PAGE_KEYS = {
    PAGE_FIGURES: "figures",
    PAGE_ORGANISATION: "organisation",
    PAGE_TEXTS: "texts",
    PAGE_APPENDIX: "appendix",
    PAGE_PRIVACY: "privacy",
    PAGE_GENERATE: "generate",
    PAGE_DISTRIBUTION: "distribution",
}


class DraftWizard(Protocol):
    """The wizard as its pages see it (implemented by `wizard.ReportWizard`)."""

    ctx: AppContext
    year: int
    loaded: LoadedDraft | None
    saved: Any  # Signal(int): the year, after every stored change

    @property
    def content(self) -> DraftContent: ...

    def load(self, year: int) -> bool: ...

    def store(self, content: DraftContent, page_id: int | None = None) -> bool: ...

    def adopt(self, stored: LoadedDraft | None) -> bool: ...

    def reload(self) -> None: ...

    def call(self, func: Any, *args: Any, **kwargs: Any) -> Any: ...


class DraftPage(QWizardPage):
    """A page that stores the draft when the user presses Next."""

    def report_wizard(self) -> DraftWizard:
        wizard = self.wizard()
        # Only a ReportWizard holds these pages; a protocol isinstance() check would read
        # `content`, which asserts before the year is chosen.
        assert isinstance(wizard, QWizard)
        return cast(DraftWizard, wizard)

    def collect(self, content: DraftContent) -> DraftContent:
        """The draft with this page's inputs applied (pages with inputs override)."""
        return content

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        next_id = self.nextId()
        return wizard.store(self.collect(wizard.content), next_id if next_id >= 0 else None)
