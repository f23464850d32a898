"""``kentta attachments``: the files attached to a client or an employer."""

from __future__ import annotations

from desktop.commands.access import open_store

NAME = "attachments"
ORDER = 33
HELP = "list the files attached to a client or an employer"


def register(parser) -> None:
    owner = parser.add_mutually_exclusive_group(required=True)
    owner.add_argument("--client", metavar="ID", help="the client's id (or its first 8 characters or more)")
    owner.add_argument("--employer", metavar="ID", help="the employer's id (or its first 8 characters or more)")


def run(args) -> int:
    from desktop.services import attachments, handover
    from desktop.store.tables import Employer

    store = open_store(args)
    try:
        if args.client:
            listed = attachments.list_for_client(store, handover.resolve_client_id(store, args.client))
        else:
            employer_id = attachments.resolve_id(store, [Employer], args.employer, "employer")
            listed = attachments.list_for_employer(store, employer_id)
        here = attachments.contents_here(store, [a.sha256 for a in listed])
    finally:
        store.close()
    print("id\tname\tsize\tsha256\tkind\tattached_on\ton_this_laptop")
    for a in listed:
        print(f"{a.id}\t{a.file_name}\t{a.size}\t{a.sha256}\t{a.attachment_kind}\t{a.attached_on.isoformat()}\t"
              f"{'yes' if a.sha256 in here else 'no'}")
    return 0
