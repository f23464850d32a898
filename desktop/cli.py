"""The ``kentta`` command: the GUI by default, subcommands for headless work.

Exit codes: 0 ok, 1 failure (a message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import time
from pathlib import Path

from desktop import __version__
from desktop.errors import KenttaError, PassphraseRequired
from desktop.logsetup import configure_logging
from desktop.paths import default_data_dir
from desktop.store import keys
from desktop.store.profile import (
    ASK_KEYRING_MISSING,
    Store,
    create_profile,
    open_profile,
    profile_exists,
)

logger = logging.getLogger(__name__)


class Failure(KenttaError):
    """A command failed for a reason its message gives."""


def _common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after the command's name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="profile folder (default: the per-user data folder)")
    common.add_argument("--passphrase-file", type=Path, default=argparse.SUPPRESS,
                        help="read the profile's passphrase from the first line of FILE")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="kentta",
        description="Kenttä: offline field work for employment projects. "
        "Without a command, the app's window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Kenttä {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", parents=[common], help="open the app's window (the default)")

    demo = commands.add_parser("demo", parents=[common],
                               help="create a profile if needed and fill it with demo data")
    demo.add_argument("--clients", type=int, default=200, metavar="N")
    demo.add_argument("--employers", type=int, default=100, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    export = commands.add_parser("export", parents=[common], help="write everything in the profile")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", type=Path, metavar="PATH",
                        help="file (json), or folder or .zip (csv); default in the current folder")

    importer = commands.add_parser("import", parents=[common], help="import records from a file")
    what = importer.add_subparsers(dest="what", metavar="WHAT", required=True)
    employers = what.add_parser("employers", parents=[common],
                                help="an employer list saved from a spreadsheet as CSV")
    employers.add_argument("file", type=Path, metavar="FILE.csv")
    employers.add_argument("--skip-invalid", action="store_true",
                           help="import the good rows and report the bad ones")

    commands.add_parser("check", parents=[common],
                        help="run the cipher and SQLite integrity checks")
    return parser


# --- passphrases -------------------------------------------------------------------


def _read_passphrase_file(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise Failure(f"Cannot read the passphrase file {path}: {error.strerror}.") from None
    if not lines or not lines[0]:
        raise Failure(f"The passphrase file {path} is empty.")
    return lines[0]


def _ask_on_terminal(reason: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    if reason == ASK_KEYRING_MISSING:
        print("The profile's key is missing from the OS keyring.", file=sys.stderr)
    return getpass.getpass("Kenttä passphrase: ")


def _new_passphrase(args) -> str | None:
    """A passphrase for a new profile: from the file, or asked twice on a terminal."""
    if "passphrase_file" in args:
        return keys.check_new_passphrase(_read_passphrase_file(args.passphrase_file))
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"New passphrase (at least {keys.MIN_PASSPHRASE} characters): ")
    keys.check_new_passphrase(first)
    if getpass.getpass("The same passphrase again: ") != first:
        raise Failure("The two passphrases differ; nothing was created.")
    return first


def open_store(args) -> Store:
    passphrase = _read_passphrase_file(args.passphrase_file) if "passphrase_file" in args else None
    return open_profile(args.data_dir, passphrase=passphrase, ask_passphrase=_ask_on_terminal)


# --- commands ----------------------------------------------------------------------


def cmd_demo(args) -> int:
    from desktop.demo import fill_demo

    if args.clients < 0 or args.employers < 0:
        raise Failure("--clients and --employers must be zero or more.")
    started = time.perf_counter()
    if profile_exists(args.data_dir):
        store = open_store(args)
    else:
        passphrase = None
        if not keys.keyring_usable() or "passphrase_file" in args:
            passphrase = _new_passphrase(args)
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
    for kind, count in vars(summary).items():
        print(f"  {kind}: {count}")
    return 0


def cmd_export(args) -> int:
    from desktop.exchange.export import export_csv, export_json
    from desktop.services import audit
    from desktop.services.setup import current_actor

    stamp = time.strftime("%Y%m%d")
    output = args.output or Path(f"kentta-export-{stamp}.{'json' if args.format == 'json' else 'zip'}")
    store = open_store(args)
    try:
        counts = (export_json if args.format == "json" else export_csv)(store, output)
        audit.log(store, actor=current_actor(store), action="export", record_kind="profile",
                  detail=f"format={args.format}")
    finally:
        store.close()
    print(f"Exported {sum(counts.values())} records to {output}.")
    return 0


def cmd_import(args) -> int:
    from desktop.exchange.employer_import import import_employers
    from desktop.services.setup import current_actor

    store = open_store(args)
    try:
        report = import_employers(store, actor=current_actor(store), path=args.file,
                                  skip_invalid=args.skip_invalid)
    finally:
        store.close()
    for problem in report.problems:
        print(f"{args.file}:{problem.line}: {problem.message}", file=sys.stderr)
    if report.problems and not args.skip_invalid:
        bad_rows = len({problem.line for problem in report.problems})
        print(f"Nothing was imported: {bad_rows} bad rows. Fix them, or use "
              "--skip-invalid to import the good rows.", file=sys.stderr)
        return 1
    print(f"Imported {report.imported} employers; skipped {report.skipped} bad rows.")
    return 0


def cmd_check(args) -> int:
    store = open_store(args)
    try:
        problems = store.check()
    finally:
        store.close()
    if problems:
        print("The database is damaged:", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        print("Restore the profile from a backup, or log in on a new profile to download "
              "your synced data.", file=sys.stderr)
        return 1
    print("The database is sound: cipher and SQLite integrity checks passed.")
    return 0


def cmd_gui(args) -> int:
    from desktop.ui.app import run_app

    passphrase = _read_passphrase_file(args.passphrase_file) if "passphrase_file" in args else None
    return run_app(args.data_dir, passphrase=passphrase)


COMMANDS = {
    None: cmd_gui,
    "gui": cmd_gui,
    "demo": cmd_demo,
    "export": cmd_export,
    "import": cmd_import,
    "check": cmd_check,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if "data_dir" not in args:
        args.data_dir = default_data_dir()
    configure_logging(args.data_dir)
    try:
        return COMMANDS[args.command](args)
    except KenttaError as error:
        logger.error("%s failed: %s", args.command or "gui", type(error).__name__)
        print(f"kentta: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kentta: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
