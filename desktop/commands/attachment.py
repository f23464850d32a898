"""``kentta attachment get ID -o FILE``: save an attached file (an audited export)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.access import Failure, open_store

NAME = "attachment"
ORDER = 34
HELP = "save an attached file to a file (audited)"


def register(parser) -> None:
    action = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    get = action.add_parser("get", parents=parser._kentta_parents,
                            help="save the attachment's content to FILE (an audit event)")
    get.add_argument("id", metavar="ID", help="the attachment's id (or its first 8 characters or more)")
    get.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def run(args) -> int:
    from desktop.services import attachments
    from desktop.services.setup import current_actor

    if not args.output.parent.is_dir():
        raise Failure(f"The folder {args.output.parent} does not exist; nothing was saved.")
    store = open_store(args)
    try:
        actor = current_actor(store)
        attachment_id = attachments.resolve_id(store, attachments.ATTACHMENT_TABLES, args.id, "attachment")
        attachments.ensure_content(store, _digest(store, attachment_id))
        attachments.export(store, actor=actor, attachment_id=attachment_id, path=args.output)
    finally:
        store.close()
    print(f"Saved the attachment {attachment_id} to {args.output}.")
    return 0


def _digest(store, attachment_id) -> str:
    from desktop.services import attachments

    with store.reader() as session:
        return attachments.get_attachment(session, attachment_id).sha256
