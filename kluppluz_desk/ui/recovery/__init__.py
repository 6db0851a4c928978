"""AutoRecover in the interface: editors report user edits to a `RecoveryTracker`, which
writes what is unsaved to the recovery store (services.recovery) shortly after the last
keystroke; after a crash the editors offer it back through the `RecoveryDialog`."""

from .tracker import RecoveryTracker, recovery_scope, recovery_store

__all__ = ["RecoveryTracker", "recovery_scope", "recovery_store"]
