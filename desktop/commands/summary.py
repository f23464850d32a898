"""``kentta summary``: a client's summary sheet (one A4 page) as a PDF."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.access import Failure, open_store

NAME = "summary"
ORDER = 31
HELP = "make a client's summary sheet (one page: service, consent, transitions, due dates) as a PDF"


def register(parser) -> None:
    parser.add_argument("--client", required=True, metavar="ID",
                        help="the client's id (or its first 8 characters or more)")
    parser.add_argument("--language", "--lang", choices=("fi", "sv", "en"), default=None, dest="language",
                        help="the sheet's language (default: the client's language)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def run(args) -> int:
    from desktop.services import summary_sheet
    from desktop.services.handover import resolve_client_id
    from desktop.services.setup import current_actor

    if args.output.suffix.lower() != ".pdf":
        raise Failure(f"The output file {args.output} must end in .pdf; nothing was made.")
    if not args.output.parent.is_dir():
        raise Failure(f"The folder {args.output.parent} does not exist; nothing was made.")
    store = open_store(args)
    try:
        actor = current_actor(store)
        client_id = resolve_client_id(store, args.client)
        pdf = summary_sheet.generate(store, actor=actor, client_id=client_id, language=args.language)
        digest = summary_sheet.save_pdf(store, actor=actor, client_id=client_id, pdf=pdf, path=args.output)
    finally:
        store.close()
    print(f"Summary sheet written to {args.output}; SHA-256: {digest}.")
    return 0
