"""Kenttä desktop application: the encrypted store, the services and the UI."""

from importlib import metadata

try:
    __version__ = metadata.version("kentta")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
