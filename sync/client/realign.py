"""Realigning with a server restored from a backup (``kentta-server restore``).

A pull told ``X-Kentta-Server-Restored: B`` (or a push refused with ``server_restored``, which
the engine answers by pulling first) means the server went back to its state at sequence
number B: revisions numbered after B that this device sent or received are gone, and the
server numbers new revisions from where it went back to, so a revision number seen here may
now name other content there. The device then

1. finds, for each record it will send (its own changes the server accepted after B, and its
   unsent edits), the revision the server had at the backup: the common ancestor of what the
   server holds now and what the device holds (``base_at_backup``, from the record's history);
2. has the replica queue its own lost changes again on those revisions and rebase its unsent
   edits onto them (``LocalReplica.begin_realign``), and pull everything again from cursor 0
   with the server's revisions replacing the local copies; unsent edits merge as usual;
3. at the end of that pull, has the replica mark what the server did not send as not on the
   server (``LocalReplica.finish_realign``). The next push sends the queued changes, and the
   server merges them like any other push: who made a change is whoever pushes it, and only
   this device's own changes are sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping

from sync.client.replica import Key
from sync.protocol import RecordHistory

logger = logging.getLogger(__name__)


def base_at_backup(history: RecordHistory | None, backup_seq: int) -> int | None:
    """The record's revision at the backup: 0 when the server had none of it then, None when
    the server has no such record for this user now."""
    if history is None:
        return None
    return max((r.rev for r in history.revisions if r.seq <= backup_seq), default=0)


def bases_at_backup(keys: Iterable[Key], backup_seq: int,
                    history: Callable[[str, object], RecordHistory | None],
                    check: Callable[[], None] = lambda: None) -> Mapping[Key, int | None]:
    """``base_at_backup`` of each record, one history request each (``check`` between them)."""
    found: dict[Key, int | None] = {}
    for kind, record_id in keys:
        check()
        found[(kind, record_id)] = base_at_backup(history(kind, record_id), backup_seq)
    logger.info("realigning: %d records to send again or rebase", len(found))
    return found
