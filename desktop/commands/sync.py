"""``kentta sync``: send this laptop's changes, receive everyone else's, print the receipt.

Exits 1 when anything was refused, is in conflict, or the sync could not finish.
"""

from __future__ import annotations

from desktop.commands.access import Failure, open_store

NAME = "sync"
ORDER = 15
HELP = "sync with the server and print the receipt"


def register(parser) -> None:
    pass


def run(args) -> int:
    from desktop.commands.sync_progress import report, run_sync
    from sync.client.errors import SyncError

    store = open_store(args, verify=True)
    try:
        receipt = run_sync(store)
    except SyncError as error:
        raise Failure(str(error)) from None
    finally:
        store.close()
    return report(receipt)
