"""The ``kentta`` subcommands, one module each.

A command module has ``NAME``, ``ORDER`` (its place in ``--help``),
``HELP``, ``register(parser)`` adding its own arguments to its subparser,
and ``run(args) -> int``. Modules here are found by themselves: adding a
command is adding a module.
"""
