"""``kentta`` / ``kentta gui``: the app's window."""

from __future__ import annotations

from desktop.commands.access import read_passphrase_file

NAME = "gui"
ORDER = 0
HELP = "open the app's window (the default)"


def register(parser) -> None:
    pass


def run(args) -> int:
    from desktop.ui.app import run_app

    passphrase = read_passphrase_file(args.passphrase_file) if "passphrase_file" in args else None
    return run_app(args.data_dir, passphrase=passphrase)
