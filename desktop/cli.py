"""The ``kentta`` command: the GUI by default, subcommands for headless work.

Each subcommand is a module of ``desktop.commands``. Exit codes: 0 ok,
1 failure (a message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path
from types import ModuleType

import desktop
from desktop import commands
from desktop.errors import KenttaError
from desktop.logsetup import configure_logging
from desktop.paths import default_data_dir

logger = logging.getLogger(__name__)


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for (start-up does not pay for it)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show the program's version number and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"Kenttä {desktop.__version__}")
        parser.exit()


def _common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after the command's name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="profile folder (default: the per-user data folder)")
    common.add_argument("--passphrase-file", type=Path, default=argparse.SUPPRESS,
                        help="read the profile's passphrase from the first line of FILE")
    return common


def command_modules() -> list[ModuleType]:
    import pkgutil  # here: the window's start-up imports this module but lists no command

    found = [importlib.import_module(f"{commands.__name__}.{info.name}")
             for info in pkgutil.iter_modules(commands.__path__)]
    return sorted((m for m in found if hasattr(m, "NAME")), key=lambda m: (m.ORDER, m.NAME))


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="kentta",
        description="Kenttä: offline field work for employment projects. "
        "Without a command, the app's window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = {}
    for module in command_modules():
        sub = subparsers.add_parser(module.NAME, parents=[common], help=module.HELP,
                                    description=module.HELP)
        sub._kentta_parents = [common]  # for commands with subcommands of their own
        module.register(sub)
        modules[module.NAME] = module
    return parser, modules


def main(argv: list[str] | None = None) -> int:
    parser, modules = build_parser()
    args = parser.parse_args(argv)
    if "data_dir" not in args:
        args.data_dir = default_data_dir()
    configure_logging(args.data_dir)
    command = args.command or "gui"
    try:
        return modules[command].run(args)
    except KenttaError as error:
        logger.error("%s failed: %s", command, type(error).__name__)
        print(f"kentta: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kentta: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
