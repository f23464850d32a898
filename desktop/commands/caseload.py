"""``kentta caseload move``: a manager moves a staff member's clients to another staff member
(or adds the other beside them); the next sync carries it."""

from __future__ import annotations

from desktop.commands.access import open_store

NAME = "caseload"
ORDER = 35
HELP = "move clients from one staff member to another (managers)"


def register(parser) -> None:
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    move = what.add_parser("move", parents=parser._kentta_parents,
                           help="move (or, with --add, share) a staff member's clients")
    move.add_argument("--from", dest="from_staff", required=True, metavar="STAFF",
                      help="the staff member whose clients move: name, e-mail or id")
    move.add_argument("--to", dest="to_staff", required=True, metavar="STAFF",
                      help="the staff member they move to: name, e-mail or id")
    move.add_argument("--client", action="append", metavar="ID", default=None,
                      help="only this client (its id, or its first 8 characters or more); "
                           "repeat for more (default: all of the staff member's clients)")
    move.add_argument("--add", action="store_true",
                      help="add the new staff member beside the old one instead of replacing")


def run(args) -> int:
    from desktop.services.caseload import find_staff, transfer_caseload
    from desktop.services.handover import resolve_client_id
    from desktop.services.setup import current_actor

    store = open_store(args)
    try:
        source, target = find_staff(store, args.from_staff), find_staff(store, args.to_staff)
        client_ids = ([resolve_client_id(store, value) for value in args.client]
                      if args.client else None)
        done = transfer_caseload(store, actor=current_actor(store), client_ids=client_ids,
                                 from_staff_id=source.id, to_staff_id=target.id,
                                 mode="add" if args.add else "move")
    finally:
        store.close()
    verb = "Added" if args.add else "Moved"
    joined = f"{target.name} to {len(done.changed)} clients of {source.name}" if args.add else \
        f"{len(done.changed)} clients from {source.name} to {target.name}"
    print(f"{verb} {joined}; {done.unchanged} unchanged. Sync to send the change.")
    return 0
