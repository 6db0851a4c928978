"""At start: if text was kept after a crash, bring it forward. The case edited last is
opened (its editor then offers the text); for anything else kept — other cases, the annual
report, a letter template — one message says where it waits: it is offered when opened."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from ...domain.enums import LetterKind
from ...domain.errors import KnownProblem
from ...services import cases
from ..window_base import MainWindowBase
from .tracker import RecoveryTracker

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def offer_at_start(window: MainWindowBase) -> None:
    ctx = window.ctx
    tracker = RecoveryTracker(ctx, lambda: (None, {}), window)
    try:
        _offer(window, tracker)
    finally:
        tracker.deleteLater()


def _offer(window: MainWindowBase, tracker: RecoveryTracker) -> None:
    ctx = window.ctx
    targets = tracker.safely(tracker.store.targets, tracker.scope) or []
    if not targets:
        return
    log.info("recovered text kept for %s", ", ".join(targets))
    where: list[str] = []
    opened = False
    for target in targets:
        kind, _, key = target.partition(":")
        if kind == "case":
            name = _case_name(tracker, target, key)
            if name is None:
                continue
            if not opened:
                opened = True
                if key == "new":
                    window.new_case()
                else:
                    window.show_case(int(key))
                continue
            where.append(name)
        elif kind == "report":
            where.append(translate("Recovery", "the annual report {0} (its texts)").format(key))
        elif kind == "template":
            try:
                label = LetterKind(key).label
            except ValueError:
                tracker.clear(target)
                continue
            where.append(translate("Recovery", "the letter template '{0}'").format(label))
    if where:
        ctx.dialogs.info(
            window,
            translate("Recovery", "Unsaved text recovered"),
            translate(
                "Recovery",
                "KluppluZ Desk also kept unsaved text of: {0}. It is offered to you when "
                "you open it.",
            ).format("; ".join(where)),
        )


def _case_name(tracker: RecoveryTracker, target: str, key: str) -> str | None:
    """How the user knows the case; None (and its text forgotten) when it is gone."""
    if key == "new":
        return translate("Recovery", "the new intake")
    try:
        detail = cases.get_case(tracker.ctx.db, int(key))
    except (KnownProblem, ValueError):
        log.info("recovered text of %s dropped: the case is gone", target)
        tracker.clear(target)
        return None
    return translate("Recovery", "customer reaction {0}").format(detail.reference)
