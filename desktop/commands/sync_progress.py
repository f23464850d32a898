"""Running a sync from the command line: progress on the terminal, Ctrl+C cancels."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a sync runs, not each time ``kentta`` starts
    from desktop.store.profile import Store
    from sync.client.progress import SyncProgress
    from sync.client.receipt import Receipt


def _show(progress: "SyncProgress") -> None:
    state = progress.snapshot()
    if state.phase == "sending":
        text = f"sending {state.sent}/{state.to_send}"
    elif state.phase == "receiving":
        text = f"received {state.received}"
    else:
        text = state.phase
    if state.retrying:
        text += " (waiting for the server, will retry)"
    print(f"\r{text:<60}", end="", file=sys.stderr, flush=True)


def run_sync(store: "Store") -> "Receipt":
    """Sync in a worker thread; the terminal shows progress, Ctrl+C cancels cleanly."""
    from desktop.services import sync_session
    from sync.client.progress import SyncProgress

    progress = SyncProgress()
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["receipt"] = sync_session.sync(store, progress=progress)
        except BaseException as error:  # noqa: BLE001 - handed to the main thread
            outcome["error"] = error

    worker = threading.Thread(target=work, name="kentta-sync", daemon=True)
    worker.start()
    tty = sys.stderr.isatty()
    try:
        while worker.is_alive():
            worker.join(0.3)
            if tty:
                _show(progress)
    except KeyboardInterrupt:
        print("\ncancelling…", file=sys.stderr)
        progress.cancel()
        worker.join()
    if tty:
        print(file=sys.stderr)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["receipt"]


def report(receipt: "Receipt") -> int:
    """Print the receipt; 1 when anything was refused, is in conflict, or the sync stopped."""
    for line in receipt.lines():
        print(line)
    return 1 if receipt.needs_attention else 0
