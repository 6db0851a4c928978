"""Pages written in parallel by other parts of the team are loaded when they exist.

Until a module is there, a plain label says what will appear in its place, so the shell
can be started and tested on its own. Only a missing module is tolerated: an error inside
an existing page module is a bug and goes to the crash handler.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .context import AppContext

log = logging.getLogger(__name__)


def load_widget(
    module_name: str, class_name: str, ctx: AppContext, parent: QWidget, missing_text: str
) -> tuple[QWidget, bool]:
    """Returns (widget, True) when the module exists, else (a placeholder label, False)."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is None or not module_name.startswith(exc.name):
            raise
        log.warning("page module %s not available yet", module_name)
        label = QLabel(missing_text, parent)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setObjectName("placeholder")
        return label, False
    cls = getattr(module, class_name)
    widget: QWidget = cls(ctx, parent)
    return widget, True
