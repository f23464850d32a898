"""``kentta export``: everything in the profile, as JSON or CSV."""

from __future__ import annotations

import time
from pathlib import Path

from desktop.commands.access import open_store

NAME = "export"
ORDER = 20
HELP = "write everything in the profile"


def register(parser) -> None:
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("-o", "--output", type=Path, metavar="PATH",
                        help="file (json), or folder or .zip (csv); default in the current folder")


def run(args) -> int:
    from desktop.exchange.export import export_csv, export_json
    from desktop.services import audit
    from desktop.services.setup import current_actor

    stamp = time.strftime("%Y%m%d")
    output = args.output or Path(f"kentta-export-{stamp}.{'json' if args.format == 'json' else 'zip'}")
    store = open_store(args, verify=True)
    try:
        counts = (export_json if args.format == "json" else export_csv)(store, output)
        audit.log(store, actor=current_actor(store), action="export", record_kind="profile",
                  detail=f"format={args.format}")
    finally:
        store.close()
    print(f"Exported {sum(counts.values())} records to {output}.")
    return 0
