"""``kentta demo``: a profile filled with a reproducible Finnish demo dataset."""

from __future__ import annotations

import logging
import time

from desktop.commands.access import Failure, new_passphrase, open_store
from desktop.errors import PassphraseRequired
from desktop.logsetup import configure_logging
from desktop.store import keys
from desktop.store.profile import create_profile, profile_exists

logger = logging.getLogger(__name__)

NAME = "demo"
ORDER = 10
HELP = "create a profile if needed and fill it with demo data"


def register(parser) -> None:
    parser.add_argument("--clients", type=int, default=200, metavar="N")
    parser.add_argument("--employers", type=int, default=100, metavar="M")
    parser.add_argument("--seed", type=int, default=1, metavar="S")


def run(args) -> int:
    from desktop.demo import fill_demo

    if args.clients < 0 or args.employers < 0:
        raise Failure("--clients and --employers must be zero or more.")
    started = time.perf_counter()
    if profile_exists(args.data_dir):
        store = open_store(args)
    else:
        passphrase = None
        if not keys.keyring_usable() or "passphrase_file" in args:
            passphrase = new_passphrase(args)
            if passphrase is None:
                raise PassphraseRequired(
                    "No usable OS keyring here, so the new profile needs a passphrase: "
                    "give it with --passphrase-file FILE or run the command in a terminal."
                )
        store = create_profile(args.data_dir, passphrase=passphrase)
        configure_logging(args.data_dir)
    try:
        summary = fill_demo(store, clients=args.clients, employers=args.employers, seed=args.seed)
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    logger.info("demo data written in %.1f s", elapsed)
    print(f"Demo profile ready in {args.data_dir} ({elapsed:.1f} s):")
    for kind, count in summary.as_dict().items():
        print(f"  {kind}: {count}")
    return 0
