"""Letters to parents in the interface.

Entry points:
- `LettersPanel(ctx, parent=None)` with `set_case(detail)` and the `detail_changed` signal:
  the Brieven tab of the case editor;
- `TemplateEditorDialog(ctx, parent).exec()`: menu "Briefsjablonen…";
- `print_due_acknowledgements(ctx, parent)`: menu "Ontvangstbevestigingen afdrukken…";
- `LetterPreviewDialog`: the preview used by all three.
"""

from .batch import print_due_acknowledgements
from .panel import LettersPanel
from .preview import LetterPreviewDialog
from .template_editor import TemplateEditorDialog

__all__ = [
    "LetterPreviewDialog",
    "LettersPanel",
    "TemplateEditorDialog",
    "print_due_acknowledgements",
]
