"""SQLCipher engines: a raw key, WAL, and errors that say what happened."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from desktop.errors import DatabaseDamaged, WrongKey

logger = logging.getLogger(__name__)

WRITE_OPTION = "kentta_write"

_DAMAGE_MARKERS = (
    "file is not a database",
    "malformed",
    "hmac check failed",
    "disk image",
    "file is encrypted",
    "database corrupt",
)


@dataclass(frozen=True)
class CipherSettings:
    """How SQLCipher encrypts and authenticates a profile's pages.

    Every page is AES-256-CBC encrypted and carries an HMAC of its ciphertext
    and page number, checked on every read (tamper detection; always on).
    The settings a file was written with must be given each time it is opened
    or attached, so a profile keeps its own in ``profile.json``; one without
    them was made with SQLCipher 4's defaults (``SQLCIPHER4_DEFAULTS``).
    The key is a raw 256-bit key, so no passphrase KDF runs at open; the KDF
    algorithm only derives the HMAC key from it (SQLCipher's 2-round step).
    """

    page_size: int = 4096
    hmac_algorithm: str = "HMAC_SHA512"
    kdf_algorithm: str = "PBKDF2_HMAC_SHA512"

    def __post_init__(self) -> None:
        # The values go into PRAGMA text, and profile.json is read from disk.
        if self.page_size not in _PAGE_SIZES:
            raise ValueError(f"unsupported cipher page size {self.page_size!r}")
        if self.hmac_algorithm not in _HMAC_ALGORITHMS:
            raise ValueError(f"unsupported cipher HMAC algorithm {self.hmac_algorithm!r}")
        if self.kdf_algorithm not in _KDF_ALGORITHMS:
            raise ValueError(f"unsupported cipher KDF algorithm {self.kdf_algorithm!r}")

    def pragmas(self, schema: str | None = None) -> list[str]:
        """The statements that select these settings, after the key and before any read."""
        prefix = f"{schema}." if schema else ""
        return [
            f"PRAGMA {prefix}cipher_page_size = {self.page_size}",
            f"PRAGMA {prefix}cipher_use_hmac = ON",
            f"PRAGMA {prefix}cipher_hmac_algorithm = {self.hmac_algorithm}",
            f"PRAGMA {prefix}cipher_kdf_algorithm = {self.kdf_algorithm}",
        ]

    def to_json(self) -> dict:
        return {"page_size": self.page_size, "hmac_algorithm": self.hmac_algorithm,
                "kdf_algorithm": self.kdf_algorithm}

    @classmethod
    def from_json(cls, data: dict | None) -> "CipherSettings":
        """The settings kept in profile.json; none kept means SQLCipher 4's defaults."""
        if data is None:
            return SQLCIPHER4_DEFAULTS
        return cls(page_size=int(data["page_size"]), hmac_algorithm=str(data["hmac_algorithm"]),
                   kdf_algorithm=str(data["kdf_algorithm"]))


_PAGE_SIZES = {1024, 2048, 4096, 8192, 16384, 32768, 65536}
_HMAC_ALGORITHMS = {"HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"}
_KDF_ALGORITHMS = {"PBKDF2_HMAC_SHA1", "PBKDF2_HMAC_SHA256", "PBKDF2_HMAC_SHA512"}

# What every profile made before the settings were kept was written with.
SQLCIPHER4_DEFAULTS = CipherSettings()
# New profiles: HMAC-SHA256 per page instead of HMAC-SHA512. With the CPU's SHA
# extensions (AMD Zen, Intel since Ice Lake, ARMv8) OpenSSL hashes a 4 KiB page about
# 3× faster (1.5 GB/s against 0.55 GB/s here); on the demo profile each page read
# from the file cost ~9 µs of CPU with HMAC-SHA512 and ~6 µs with HMAC-SHA256
# (benchmarks/queries.py, cold rounds). CPUs without them (Intel before Ice Lake)
# hash SHA-256 somewhat slower than SHA-512. Larger pages did not narrow the gap to
# plain SQLite at the same page size, and cost more per small write: 4 KiB stays.
NEW_PROFILE_CIPHER = CipherSettings(page_size=4096, hmac_algorithm="HMAC_SHA256")


def key_statement(key: bytes, schema: str | None = None) -> str:
    """``PRAGMA key`` with a raw key: no passphrase KDF at open."""
    prefix = f"{schema}." if schema else ""
    return f"PRAGMA {prefix}key = \"x'{key.hex()}'\""


def _connect(path: Path, key: bytes, cipher: CipherSettings, *, create: bool):
    mode = "rwc" if create else "rw"
    uri = f"file:{quote(str(path))}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    # The key must be the first statement, the cipher settings next, before any read.
    conn.execute(key_statement(key))
    for statement in cipher.pragmas():
        conn.execute(statement)
    return conn


def make_engine(path: Path, key: bytes, *, cipher: CipherSettings, create: bool = False) -> Engine:
    """An engine over the encrypted file at ``path``, written with ``cipher``.

    ``create=False`` never creates a file: a missing file is an error, not a
    fresh empty database.
    """

    def creator():
        return _connect(path, key, cipher, create=create)

    # hide_parameters: error messages never carry record values (names, notes) into logs.
    # A queue pool: each thread borrows a connection of its own and gives it
    # back; the "sqlite://" URL alone would choose SingletonThreadPool, which
    # closes connections that other threads still use.
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        hide_parameters=True,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
    )

    configure_engine(engine)
    return engine


def configure_engine(engine: Engine) -> None:
    """The store's connection settings and transaction start, for any engine over an SQLite file."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # a commit (an edit, a push's acknowledgement) survives a power cut
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA cache_size = -32000")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # Deleted content is overwritten with zeros, in its page and in freed pages (SQLCipher
        # turns this on for a keyed file already; said here so that it never depends on that).
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    # pysqlite's own transaction handling is off (isolation_level=None);
    # SQLAlchemy starts each transaction itself, so SAVEPOINTs work. A write
    # transaction takes the write lock at once (BEGIN IMMEDIATE), so two writers
    # wait for each other (busy_timeout) instead of one failing when its read
    # turns into a write.
    @event.listens_for(engine, "begin")
    def _begin(conn):
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def explain_database_error(error: BaseException, *, key_is_right: bool) -> Exception:
    """Turn a low-level error while opening or reading into a clear one."""
    text = str(error).lower()
    if isinstance(error, exc.DBAPIError):
        text = str(error.orig).lower()
    if any(marker in text for marker in _DAMAGE_MARKERS) or isinstance(
        error, (sqlcipher3.dbapi2.DatabaseError, exc.DatabaseError)
    ):
        if not key_is_right:
            return WrongKey(
                "The key does not open this database. The profile was not changed. "
                "Unlock it with its own key or recovery passphrase."
            )
        return DatabaseDamaged(
            "The database file is damaged or has been tampered with, so Kenttä will "
            "not use it. Nothing was overwritten. Restore the profile from a backup, "
            "or log in on a new profile to download your data from the server."
        )
    return error if isinstance(error, Exception) else RuntimeError(str(error))
