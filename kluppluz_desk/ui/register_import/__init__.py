"""The register import wizard (an old Excel/CSV register of reactions taken in)."""

from .wizard import RegisterImportWizard

__all__ = ["RegisterImportWizard"]
