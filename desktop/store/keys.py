"""The database key: made at random, kept in the OS keyring, wrapped by a passphrase.

The key is 32 random bytes given to SQLCipher as a raw key (no KDF at open).
Where a usable keyring exists the key lives there, under the profile's id.
A *wrapped* copy (AES-256-GCM under a key derived from a passphrase with
Argon2id) may live in the profile's metadata: required where no keyring works,
a recovery route everywhere else. A *key check* (an HMAC made with the key)
tells a wrong key from a damaged database file.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass

import keyring
import keyring.errors
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backends import chainer, fail

from desktop.errors import WeakPassphrase, WrongPassphrase
from desktop.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "Kenttä"
KEY_BYTES = 32
MIN_PASSPHRASE = 8

# Argon2id: 64 MiB, 3 passes; about 0.2 s here, once per passphrase unlock.
_KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 2}


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def key_check(key: bytes, profile_id: str) -> str:
    return hmac.new(key, b"kentta-key-check:" + profile_id.encode(), hashlib.sha256).hexdigest()


def key_matches(key: bytes, profile_id: str, expected: str) -> bool:
    return hmac.compare_digest(key_check(key, profile_id), expected)


# --- the OS keyring -----------------------------------------------------------


def keyring_usable() -> bool:
    """False when keyring has no backend that can store a secret.

    On a machine without a desktop session keyring falls back to its ``fail``
    backend (every call raises); the ``null`` backend stores nothing.
    """
    backend = keyring.get_keyring()
    if backend.priority <= 0 or isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    return type(backend).__module__ != "keyring.backends.null"


def store_in_keyring(profile_id: str, key: bytes) -> None:
    keyring.set_password(KEYRING_SERVICE, profile_id, key.hex())


def load_from_keyring(profile_id: str) -> bytes | None:
    """The key, or None when the keyring has no entry for this profile."""
    try:
        stored = keyring.get_password(KEYRING_SERVICE, profile_id)
    except keyring.errors.KeyringError as error:
        logger.warning("keyring read failed: %s", type(error).__name__)
        return None
    if stored is None:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        logger.warning("keyring entry for the profile is not a hex key")
        return None


def delete_from_keyring(profile_id: str) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, profile_id)
    except keyring.errors.PasswordDeleteError:
        pass


# --- passphrase wrapping --------------------------------------------------------


@dataclass(frozen=True)
class WrappedKey:
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: dict

    def to_json(self) -> dict:
        return {
            "kdf": self.kdf,
            "salt": self.salt.hex(),
            "nonce": self.nonce.hex(),
            "ciphertext": self.ciphertext.hex(),
        }

    @classmethod
    def from_json(cls, data: dict) -> "WrappedKey":
        return cls(
            salt=bytes.fromhex(data["salt"]),
            nonce=bytes.fromhex(data["nonce"]),
            ciphertext=bytes.fromhex(data["ciphertext"]),
            kdf=dict(data["kdf"]),
        )


def _derive(passphrase: str, salt: bytes, kdf: dict) -> bytes:
    if kdf.get("name") != "argon2id":
        raise ValueError(f"unknown key derivation {kdf.get('name')!r}")
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=kdf["time_cost"],
        memory_cost=kdf["memory_cost"],
        parallelism=kdf["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def wrap_key(key: bytes, passphrase: str, profile_id: str) -> WrappedKey:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(passphrase, salt, _KDF)
    ciphertext = AESGCM(kek).encrypt(nonce, key, profile_id.encode())
    return WrappedKey(salt=salt, nonce=nonce, ciphertext=ciphertext, kdf=dict(_KDF))


def unwrap_key(wrapped: WrappedKey, passphrase: str, profile_id: str) -> bytes:
    kek = _derive(passphrase, wrapped.salt, wrapped.kdf)
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, profile_id.encode())
    except InvalidTag:
        raise WrongPassphrase(QT_TRANSLATE_NOOP(
            "Errors", "Wrong passphrase: the profile stays locked. Check the passphrase "
            "(it is case-sensitive) and try again.")) from None


def check_new_passphrase(passphrase: str) -> str:
    """Return the passphrase, or raise WeakPassphrase saying why it is too weak."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(QT_TRANSLATE_NOOP("Errors", "The passphrase must have at least %1 characters."),
                             MIN_PASSPHRASE)
    return passphrase
