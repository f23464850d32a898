"""A real SQLCipher profile whose process died before a checkpoint: its edits are in the WAL only."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from desktop.store import wal
from desktop.store.layout import DB_FILE

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"

# Makes the profile (with a backup of its set-up state), then `edits` clients, one transaction
# each, with automatic checkpoints off, and dies without closing: nothing is checkpointed.
_SCRIPT = """
import os, sys
from sqlalchemy import event
from desktop.services import clients, setup
from desktop.store.profile import create_profile, open_profile
folder, edits, passphrase = sys.argv[1], int(sys.argv[2]), sys.argv[3]
store = create_profile(folder, passphrase=passphrase, use_keyring=False)
actor = setup.set_up_profile(store, user_name="Testi Valmentaja", role="career_coach",
                             organisation_name="Testihanke", localities=["Oulu"])
clients.create_client(store, actor=actor, data={"name": "Varmuuskopioitu Asiakas"})
store.backup(reason="test")
store.close()
store = open_profile(folder, passphrase=passphrase)
with store.engine.connect() as conn:
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
store.engine.dispose()

@event.listens_for(store.engine, "connect")
def _no_checkpoints(dbapi_conn, _record):
    dbapi_conn.execute("PRAGMA wal_autocheckpoint = 0")

for n in range(edits):
    clients.create_client(store, actor=actor, data={"name": f"Asiakas {n}"})
os._exit(0)
"""


def crashed_profile(folder: Path, *, edits: int = 50) -> Path:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    subprocess.run([sys.executable, "-c", _SCRIPT, str(folder), str(edits), PASSPHRASE],
                   check=True, env=env, cwd=ROOT, timeout=300)
    assert wal.inspect(folder / f"{DB_FILE}-wal").frames > edits
    return folder


def flip_byte_in_frame(folder: Path, frame: int) -> None:
    """One byte of the page of (1-based) ``frame`` of the profile's WAL changed."""
    path = folder / f"{DB_FILE}-wal"
    raw = bytearray(path.read_bytes())
    page = int.from_bytes(raw[8:12], "big")
    raw[wal.HEADER_SIZE + (frame - 1) * (wal.FRAME_HEADER_SIZE + page) + wal.FRAME_HEADER_SIZE + 100] ^= 0xFF
    path.write_bytes(bytes(raw))


def digests(folder: Path) -> dict[str, str]:
    """The SHA-256 of each of the database's files (database, WAL, index)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).iterdir()) if p.name.startswith(DB_FILE)}
