"""What the parts the main window calls see of it: its context and opening a case.

`MainWindow` builds on this class; the start-up offer of AutoRecover (`recovery/startup.py`)
works against it, so it need not import main_window.py, which imports (almost) everything."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from .context import AppContext


class MainWindowBase(QMainWindow):
    ctx: AppContext

    def new_case(self) -> None:
        """Show the Klantreacties page with a blank intake form."""
        raise NotImplementedError

    def show_case(self, case_id: int) -> None:
        """Show the Klantreacties page with this case in the editor."""
        raise NotImplementedError
