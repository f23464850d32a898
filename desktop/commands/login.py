"""``kentta login --server URL --user NAME``: log this laptop in to the sync server.

On a data folder with no profile, the login makes one (its key in the OS keyring, or behind a
passphrase where no keyring works) and the first sync downloads everything the user may see:
this is how a new or replacement laptop is set up.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from desktop.commands.access import Failure, open_store, passphrase_for_new_profile
from desktop.logsetup import configure_logging
from desktop.store.profile import create_profile, profile_exists

NAME = "login"
ORDER = 14
HELP = "log in to the sync server (a new profile is made and filled by the first sync)"


def register(parser) -> None:
    parser.add_argument("--server", required=True, metavar="URL",
                        help="the server address: https://…, or http:// on this computer only")
    parser.add_argument("--user", required=True, metavar="NAME", help="your username")
    parser.add_argument("--password-file", type=Path, metavar="FILE",
                        help="read the password from the first line of FILE (otherwise asked)")
    parser.add_argument("--code", metavar="CODE",
                        help="the two-step verification code of the authenticator app, or a "
                             "recovery code (asked when the server needs one and this is a terminal)")
    parser.add_argument("--ca-file", type=Path, metavar="FILE",
                        help="the organisation's CA certificate, if its server uses its own")
    parser.add_argument("--no-sync", action="store_true", help="log in without syncing")


def _password(args) -> str:
    if args.password_file is not None:
        try:
            lines = args.password_file.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise Failure(f"Cannot read the password file {args.password_file}: {error.strerror}.") from None
        if not lines or not lines[0]:
            raise Failure(f"The password file {args.password_file} is empty.")
        return lines[0]
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {args.user}: ")
    line = sys.stdin.readline().rstrip("\n")
    if not line:
        raise Failure("No password given: use --password-file FILE or type it at the prompt.")
    return line


def _with_code(args, log_in):
    """``log_in(code)``; when the account needs a second-factor code and none was given, the
    code is asked once at a terminal."""
    from sync.client.errors import EnrolmentRequired, SecondFactorRefused
    from sync.protocol import TOTP_REQUIRED

    try:
        return log_in(args.code)
    except EnrolmentRequired:
        raise Failure("This account must set up two-step verification first: log in once in "
                      "the Kenttä app (the Sync page), which leads through it.") from None
    except SecondFactorRefused as refused:
        if refused.code != TOTP_REQUIRED or args.code or not sys.stdin.isatty():
            raise
    return log_in(input("Code from the authenticator app (or a recovery code): ").strip())


def run(args) -> int:
    from desktop.commands.sync_progress import report, run_sync
    from desktop.services import sync_session
    from sync.client.errors import SyncError
    from sync.client.security import check_server_url

    try:
        server = check_server_url(args.server)  # before anything is asked or made
        if profile_exists(args.data_dir):
            store = open_store(args)
            password = _password(args)
            try:
                _with_code(args, lambda code: sync_session.login(
                    store, server_url=server, username=args.user, password=password,
                    ca_file=args.ca_file, code=code))
            except BaseException:
                store.close()
                raise
        else:
            store = _new_profile(args, server)
        print(f"Logged in to {server} as {args.user}.")
        if args.no_sync:
            store.close()
            return 0
        try:
            receipt = run_sync(store)
        finally:
            store.close()
    except SyncError as error:
        raise Failure(str(error)) from None
    return report(receipt)


def _new_profile(args, server: str):
    from desktop.services import sync_session

    passphrase = passphrase_for_new_profile(args)
    password = _password(args)
    # Log in first: a wrong password or an unreachable server leaves no empty profile behind.
    tokens = _with_code(args, lambda code: sync_session.server_login(
        server_url=server, username=args.user, password=password, ca_file=args.ca_file, code=code))
    store = create_profile(args.data_dir, passphrase=passphrase)
    configure_logging(args.data_dir)
    sync_session.adopt_login(store, tokens=tokens, server_url=server, username=args.user,
                             ca_file=args.ca_file)
    print(f"New profile in {args.data_dir}; the first sync downloads your data.")
    return store
