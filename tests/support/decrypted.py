"""Every page of a SQLCipher profile decrypted, free pages and stale WAL frames included.

SQLite's own reads show only the live b-tree; what a person with the key could recover from
the file is every page in it. SQLCipher 4 encrypts each page with AES-256-CBC under the raw
key (no KDF for an ``x'…'`` key): the page's IV sits at the start of its reserved tail (the
HMAC follows it), page 1 begins with the 16-byte salt in clear. The WAL holds whole encrypted
pages, one per frame after a 24-byte frame header. Decrypting here, in Python, reads every
page whether SQLite considers it live, free or overwritten.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop.store.database import CipherSettings

_HMAC_SIZES = {"HMAC_SHA1": 20, "HMAC_SHA256": 32, "HMAC_SHA512": 64}
WAL_HEADER = 32
FRAME_HEADER = 24


def _reserve(cipher: CipherSettings) -> int:
    size = 16 + _HMAC_SIZES[cipher.hmac_algorithm]
    return (size + 15) // 16 * 16


def decrypt_page(page: bytes, *, key: bytes, cipher: CipherSettings, first: bool) -> bytes:
    reserve = _reserve(cipher)
    start = 16 if first else 0
    body = page[start:len(page) - reserve]
    iv = page[len(page) - reserve:len(page) - reserve + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, *, key: bytes, cipher: CipherSettings) -> bytes:
    """The plaintext of every page of the database file, in file order."""
    data = Path(path).read_bytes()
    size = cipher.page_size
    return b"".join(
        decrypt_page(data[offset:offset + size], key=key, cipher=cipher, first=offset == 0)
        for offset in range(0, len(data) - size + 1, size)
    )


def wal_pages(path: Path, *, key: bytes, cipher: CipherSettings) -> bytes:
    """The plaintext of every frame in the WAL file (valid, stale or past the last commit)."""
    path = Path(path)
    if not path.exists():
        return b""
    data = path.read_bytes()
    size = cipher.page_size
    found = []
    for offset in range(WAL_HEADER, len(data) - FRAME_HEADER - size + 1, FRAME_HEADER + size):
        number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + FRAME_HEADER:offset + FRAME_HEADER + size]
        found.append(decrypt_page(page, key=key, cipher=cipher, first=number == 1))
    return b"".join(found)


def every_page(store) -> bytes:
    """What a person with the key could read from the profile's files: database and WAL."""
    key, cipher = store._key, store.meta.cipher
    return (database_pages(store.db_path, key=key, cipher=cipher)
            + wal_pages(Path(f"{store.db_path}-wal"), key=key, cipher=cipher))
