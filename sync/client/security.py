"""The TLS rule: plain http only to this computer (loopback); anything else must be https,
and https is always verified. Checked before any request is made."""

from __future__ import annotations

import ipaddress
import ssl
from functools import lru_cache
from pathlib import Path

import httpx

from sync.client.errors import InsecureServer

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower().rstrip(".")
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """The server's base address, normalised; ``InsecureServer`` when the rule is broken."""
    text = (url or "").strip()
    if not text:
        raise InsecureServer("Give the server address, e.g. https://kentta.example.fi.",
                             code="address_missing")
    if "://" not in text:
        raise InsecureServer(
            f"The server address {text!r} has no scheme: write it with https://, "
            "e.g. https://kentta.example.fi.", code="address_no_scheme", address=text,
        )
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        raise InsecureServer(f"{text!r} is not a valid server address.", code="address_invalid",
                             address=text) from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InsecureServer(
            f"{text!r} is not a valid server address: it must start with https://.",
            code="address_invalid", address=text,
        )
    if parsed.userinfo:
        raise InsecureServer(
            "Do not put a username or password in the server address; log in with the form.",
            code="address_userinfo",
        )
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise InsecureServer(
            f"Refused to connect to {parsed.host} over plain http: a server that is not on "
            "this computer must use https with a valid certificate. Ask your administrator "
            "for the https:// address.", code="address_plain_http", host=parsed.host,
        )
    if parsed.query or parsed.fragment:
        raise InsecureServer(f"{text!r} is not a server address (it has a query or fragment).",
                             code="address_invalid", address=text)
    return str(parsed.copy_with(path=parsed.path.rstrip("/") or "")).rstrip("/")


def verify_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """Certificate verification for httpx: httpx's trust store (certifi, or the file named
    by ``SSL_CERT_FILE``), or ``ca_file`` for an organisation with its own CA.

    Verification is never turned off. Contexts are made once per process (loading a trust
    store takes tens of milliseconds) and shared, as ``ssl.SSLContext`` allows.
    """
    return _context(str(ca_file) if ca_file is not None else None)


@lru_cache(maxsize=8)
def _context(ca_file: str | None) -> ssl.SSLContext:
    if ca_file is None:
        return httpx.create_ssl_context()
    return ssl.create_default_context(cafile=ca_file)
