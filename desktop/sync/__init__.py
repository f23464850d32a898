"""The desktop's side of sync: the ``LocalReplica`` over the SQLCipher store, its state
tables, conflicts and receipts. No Qt here; ``desktop/ui/sync`` shows it."""
