"""``kentta attach``: attach a file (PDF, JPEG, PNG, DOCX, ODT) to a client or an employer."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.access import Failure, open_store
from sync.records import CLIENT_ATTACHMENT_KINDS, EMPLOYER_ATTACHMENT_KINDS

NAME = "attach"
ORDER = 32
HELP = "attach a file to a client or an employer"


def register(parser) -> None:
    owner = parser.add_mutually_exclusive_group(required=True)
    owner.add_argument("--client", metavar="ID", help="the client's id (or its first 8 characters or more)")
    owner.add_argument("--employer", metavar="ID", help="the employer's id (or its first 8 characters or more)")
    parser.add_argument("file", type=Path, metavar="FILE")
    kinds = sorted(set(CLIENT_ATTACHMENT_KINDS) | set(EMPLOYER_ATTACHMENT_KINDS))
    parser.add_argument("--kind", choices=kinds, default="other",
                        help="what the file is: for a client signed_handover, consent_form, cv or other; "
                             "for an employer letter_of_intent or other (default: other)")
    parser.add_argument("--document-number", metavar="NUMBER", default=None,
                        help="with --kind signed_handover: the document number of the handover form signed")
    parser.add_argument("--description", metavar="TEXT", default=None)


def run(args) -> int:
    from desktop.services import attachments, handover
    from desktop.services.setup import current_actor
    from desktop.store.tables import Employer

    if not args.file.is_file():
        raise Failure(f"No file {args.file}; nothing was attached.")
    store = open_store(args)
    try:
        actor = current_actor(store)
        if args.client:
            owner = {"client_id": handover.resolve_client_id(store, args.client)}
        else:
            owner = {"employer_id": attachments.resolve_id(store, [Employer], args.employer, "employer")}
        record = attachments.attach(store, actor=actor, path=args.file, kind=args.kind,
                                    document_number=args.document_number, description=args.description,
                                    **owner)
    finally:
        store.close()
    print(f"Attached {record.file_name} ({record.size} bytes, {record.media_type}) as {record.id}; "
          f"SHA-256 {record.sha256}.")
    return 0
