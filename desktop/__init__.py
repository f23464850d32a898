"""Kenttä desktop application: the encrypted store, the services and the UI."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the installed metadata when first asked for:
    # importlib.metadata costs ~30 ms, which start-up does not need to pay.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("kentta")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0.0.0+source"
    globals()["__version__"] = version
    return version
