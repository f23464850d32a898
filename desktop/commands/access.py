"""Opening and creating profiles from the command line: passphrases from a
file or the terminal."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from desktop.errors import KenttaError
from desktop.store import keys
from desktop.store.profile import ASK_KEYRING_MISSING, Store, open_profile


class Failure(KenttaError):
    """A command failed for a reason its message gives."""


def read_passphrase_file(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise Failure(f"Cannot read the passphrase file {path}: {error.strerror}.") from None
    if not lines or not lines[0]:
        raise Failure(f"The passphrase file {path} is empty.")
    return lines[0]


def ask_on_terminal(reason: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    if reason == ASK_KEYRING_MISSING:
        print("The profile's key is missing from the OS keyring.", file=sys.stderr)
    return getpass.getpass("Kenttä passphrase: ")


def new_passphrase(args) -> str | None:
    """A passphrase for a new profile: from the file, or asked twice on a terminal."""
    if "passphrase_file" in args:
        return keys.check_new_passphrase(read_passphrase_file(args.passphrase_file))
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"New passphrase (at least {keys.MIN_PASSPHRASE} characters): ")
    keys.check_new_passphrase(first)
    if getpass.getpass("The same passphrase again: ") != first:
        raise Failure("The two passphrases differ; nothing was created.")
    return first


def passphrase_for_new_profile(args) -> str | None:
    """The passphrase a new profile needs: required where no keyring works (or when a
    passphrase file is given), else None (the key goes to the keyring)."""
    from desktop.errors import PassphraseRequired

    if keys.keyring_usable() and "passphrase_file" not in args:
        return None
    passphrase = new_passphrase(args)
    if passphrase is None:
        raise PassphraseRequired(
            "No usable OS keyring here, so the new profile needs a passphrase: give it with "
            "--passphrase-file FILE or run the command in a terminal."
        )
    return passphrase


def unlock_options(args) -> dict:
    """The passphrase (from --passphrase-file) and the terminal prompt, for opening the profile."""
    passphrase = read_passphrase_file(args.passphrase_file) if "passphrase_file" in args else None
    return {"passphrase": passphrase, "ask_passphrase": ask_on_terminal}


def open_store(args, *, verify: bool = False) -> Store:
    """Open the profile; ``verify`` first checks every page over a read-only connection
    (for commands that would otherwise write to a damaged database, or read it halfway)."""
    return open_profile(args.data_dir, verify=verify, **unlock_options(args))
