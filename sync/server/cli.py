"""``kentta-server``: serve, migrate, and administer organisations, staff and devices.

Exit codes: 0 done, 1 failed (the reason on stderr; for ``purge``: some records could not be
purged, the others were), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import sys
import uuid
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from sync.records import STAFF_ROLES
from sync.server.core.config import Settings
from sync.server.core.db import is_sqlite, make_engine, migrate, schema_is_current, session_scope

logger = logging.getLogger(__name__)


class CommandError(Exception):
    """Stops a command with exit code 1 and this message."""


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        help="SQLAlchemy URL, e.g. postgresql://user@host/kentta or sqlite:///path/file.db "
        "(default: $KENTTA_DATABASE_URL, else an SQLite file in the user's data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="kentta-server", description="Kenttä sync server and its administration."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", parents=[common], help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--uds", metavar="PATH", help="listen on this unix socket instead")
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    serve.add_argument("--purge-daily", action="store_true", help="run the purge once a day")

    commands.add_parser("migrate", parents=[common], help="create or upgrade the schema")

    check = commands.add_parser(
        "check-config", parents=[common],
        help="check the settings and database the server would use (exit 1 when any is wrong)",
    )
    check.add_argument("--json", action="store_true", help="the findings as JSON lines")

    save = commands.add_parser("backup", parents=[common], help="back up the database to a file")
    save.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    back = commands.add_parser(
        "restore", parents=[common],
        help="replace the database with a backup (stop the servers first)",
    )
    back.add_argument("file", type=Path)

    org = commands.add_parser("create-org", parents=[common], help="create an organisation")
    org.add_argument("name")
    org.add_argument("--retention-months", type=int, default=24)

    staff = commands.add_parser("add-staff", parents=[common], help="add a staff account")
    staff.add_argument("--org", required=True, help="organisation name or id")
    staff.add_argument("--username", required=True)
    staff.add_argument("--name", required=True, help="the person's full name")
    staff.add_argument("--role", required=True, choices=STAFF_ROLES)
    staff.add_argument("--localities", nargs="*", default=[])
    staff.add_argument("--password-file", type=Path, help="read the password from this file")

    setpw = commands.add_parser(
        "set-password", parents=[common],
        help="set an account's password (its devices log in again)",
    )
    setpw.add_argument("username")
    setpw.add_argument("--password-file", type=Path, help="read the password from this file")

    listing = commands.add_parser("list-staff", parents=[common], help="list staff accounts")
    listing.add_argument("--json", action="store_true", help="JSON lines instead of a table")

    off = commands.add_parser("deactivate", parents=[common], help="close a staff account")
    off.add_argument("username")

    reset = commands.add_parser(
        "reset-totp", parents=[common],
        help="remove an account's second factor (phone and recovery codes lost); it sets one up "
             "again at its next login where it must have one",
    )
    reset.add_argument("username")

    staff_totp = commands.add_parser(
        "totp-for-staff", parents=[common],
        help="whether all staff of an organisation must log in with a second factor (managers "
             "and admins always must)",
    )
    staff_totp.add_argument("org", help="organisation name or id")
    staff_totp.add_argument("state", choices=["on", "off"])

    on = commands.add_parser("reactivate", parents=[common], help="open a closed staff account again")
    on.add_argument("username")

    revoke = commands.add_parser("revoke-device", parents=[common], help="revoke a device")
    revoke.add_argument("device_id", type=uuid.UUID)

    purge = commands.add_parser("purge", parents=[common], help="purge expired client data")
    purge.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    return parser


def _read_password(path: Path | None) -> str:
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CommandError(f"Cannot read the password file: {exc.strerror}.") from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise CommandError("The passwords differ.")
    return first


def _ready_engine(settings: Settings) -> Engine:
    engine = make_engine(settings.database_url)
    if not schema_is_current(engine):
        if not is_sqlite(engine):
            raise CommandError("The database schema is not up to date: run kentta-server migrate.")
        migrate(engine)  # the embedded database keeps itself current
    return engine


def _run(args: argparse.Namespace, settings: Settings) -> None:
    from sync.server import accounts, purge, tokens

    if args.command == "migrate":
        migrate(make_engine(settings.database_url))
        print("The schema is up to date.")
        return
    if args.command == "serve":
        _serve(args, settings)
        return
    if args.command == "check-config":
        _check_config(settings, as_json=args.json)
        return
    if args.command in ("backup", "restore"):
        _backup_or_restore(args, settings)
        return
    engine = _ready_engine(settings)
    with session_scope(engine) as session:
        if args.command == "create-org":
            org_id = accounts.create_organisation(
                session=session, name=args.name, retention_months=args.retention_months
            )
            print(org_id)
        elif args.command == "add-staff":
            accounts.find_organisation(session, args.org)  # before asking for a password
            account = accounts.add_staff(
                session=session, settings=settings, organisation=args.org,
                username=args.username, name=args.name, role=args.role,
                password=_read_password(args.password_file), localities=args.localities,
            )
            print(account.staff_id)
        elif args.command == "set-password":
            accounts.find_account(session, args.username)  # before asking for a password
            accounts.set_password(session=session, settings=settings, username=args.username,
                                  password=_read_password(args.password_file))
            print(f"{args.username}: password set; its devices must log in again")
        elif args.command == "list-staff":
            _print_staff(accounts.list_staff(session=session), as_json=args.json)
        elif args.command == "deactivate":
            accounts.deactivate(session=session, username=args.username)
            print(f"{args.username}: deactivated")
        elif args.command == "reset-totp":
            accounts.reset_totp(session=session, username=args.username)
            print(f"{args.username}: second factor removed; it sets up a new one at its next "
                  "login where it must have one")
        elif args.command == "totp-for-staff":
            accounts.set_totp_for_staff(session=session, organisation=args.org,
                                        required=args.state == "on")
            print(f"{args.org}: second factor for all staff {args.state}")
        elif args.command == "reactivate":
            accounts.reactivate(session=session, username=args.username)
            print(f"{args.username}: reactivated; it logs in with its password")
        elif args.command == "revoke-device":
            if tokens.revoke_device(session, device_id=args.device_id) is None:
                raise CommandError(f"No device {args.device_id}.")
            print(f"{args.device_id}: revoked")
    if args.command == "purge":
        report = purge.run_purge(engine=engine, today=args.today)
        print(f"Purged {report.clients} clients ({report.records} records); "
              f"erased {report.erased} deleted records.")
        if report.failures:
            listed = ", ".join(f"{f.kind} {f.record_id} ({f.reason})" for f in report.failures)
            raise CommandError(
                f"{len(report.failures)} could not be purged (every other one was): {listed}. "
                "Correct the stored values and run the purge again."
            )


def _check_config(settings: Settings, *, as_json: bool) -> None:
    from sync.server.checks import check_settings

    findings = check_settings(settings)
    for finding in findings:
        if as_json:
            print(json.dumps({"level": finding.level, "setting": finding.setting,
                              "message": finding.message}, ensure_ascii=False))
        else:
            print(f"{finding.level.upper():7} {finding.setting}: {finding.message}")
    errors = [f for f in findings if f.level == "error"]
    if errors:
        raise CommandError(f"{len(errors)} setting(s) wrong; the server would not run well.")
    if not as_json:
        print("The configuration is usable.")


def _backup_or_restore(args: argparse.Namespace, settings: Settings) -> None:
    from sync.server.backup import BackupError, backup, restore

    try:
        if args.command == "backup":
            backup(settings.database_url, args.output)
            print(f"Backup written to {args.output}.")
        else:
            report = restore(settings.database_url, args.file)
            print(f"Restored (the backup's sequence: {report.backup_seq}; numbering goes on "
                  f"after {report.next_seq}). Devices that synced after the backup are told so "
                  "at their next sync.")
    except BackupError as exc:
        raise CommandError(str(exc)) from None


def _print_staff(rows, *, as_json: bool) -> None:
    for row in rows:
        if as_json:
            print(json.dumps({
                "username": row.username, "name": row.name, "role": row.role,
                "active": row.active, "organisation": row.organisation,
                "staff_id": str(row.staff_id),
            }, ensure_ascii=False))
        else:
            state = "active" if row.active else "inactive"
            print(f"{row.username}\t{row.role}\t{state}\t{row.organisation}\t{row.name}")


def _serve(args: argparse.Namespace, settings: Settings) -> None:
    import uvicorn

    from sync.server.app import create_app
    from sync.server.core.logs import configure_logging

    engine = _ready_engine(settings)
    if args.workers > 1:
        raise CommandError("Run several servers behind a load balancer instead of --workers.")
    configure_logging(json_lines=settings.json_logs)
    app = create_app(settings, engine=engine, purge_daily=args.purge_daily)

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            # /health/ready answers 503 from now on, while the open requests finish.
            app.state.shutting_down = True
            super().handle_exit(sig, frame)

    # proxy_headers off: uvicorn would otherwise believe X-Forwarded-For from any local peer;
    # the client address is taken by the app, as trusted_proxy_hops says (api/routes/auth.py).
    listen = {"uds": args.uds} if args.uds else {"host": args.host, "port": args.port}
    Server(uvicorn.Config(app, **listen, log_config=None, access_log=False,
                          proxy_headers=False, timeout_keep_alive=75,
                          timeout_graceful_shutdown=30)).run()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    overrides = {}
    if getattr(args, "database_url", None):
        overrides["database_url"] = args.database_url
    settings = Settings(**overrides)
    from sync.server.accounts import AccountError

    try:
        _run(args, settings)
    except (CommandError, AccountError) as exc:
        print(f"kentta-server: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(f"kentta-server: database error ({type(exc).__name__}); check --database-url "
              "and that the database is running.", file=sys.stderr)
        return 1
    except ValueError as exc:  # e.g. a staff name the schema refuses
        print(f"kentta-server: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
