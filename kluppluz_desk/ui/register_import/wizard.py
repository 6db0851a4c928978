"""The register import wizard: file and header row → columns and values → check and
import. The pages share an `ImportState`; the reading and the import run in the
background with a progress dialog that can cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from ..background import BackgroundRunner
from ..context import AppContext
from .file_page import FilePage
from .mapping_page import MappingPage
from .preview_page import PreviewPage
from .state import ImportState


class RegisterImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerImportWizard")
        self.setWindowTitle(self.tr("Import register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.state = ImportState(ctx, BackgroundRunner(ctx))
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(1100, 680)
