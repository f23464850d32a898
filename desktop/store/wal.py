"""Reading a write-ahead log's frame headers without the key: is committed work about to be dropped?

SQLite's WAL recovery keeps the frames up to the last commit frame before the
first frame that fails its check, and silently drops everything after it,
committed or not. A damaged byte in frame 10 of a WAL of 566 frames thus throws
away every transaction after it; the next checkpoint makes that final. This
module tells that case apart from a torn tail, before SQLite touches the files.

Format (https://www.sqlite.org/fileformat.html#the_write_ahead_log), all header
fields big-endian 32-bit integers:

- WAL header, 32 bytes: magic (0x377f0682 or 0x377f0683: the lowest bit says
  the checksums read the data as big-endian words), format version (3007000),
  page size, checkpoint sequence, salt-1, salt-2, checksum-1, checksum-2 (of
  the first 24 bytes).
- Each frame: a 24-byte header (page number, commit size — the database size in
  pages on a transaction's last frame, else 0 —, salt-1, salt-2, checksum-1,
  checksum-2) and the page (encrypted by SQLCipher: readable here as bytes only).
  A frame's checksum runs over its header's first 8 bytes and its page, seeded
  with the previous frame's checksum (the WAL header's for the first frame).

A frame is valid when its salts are the header's, its page number is not 0 and
its checksum matches. Frames with the current salts that lie past the first
invalid one, and verify against their own predecessor's stored checksum, were
written in this WAL's life: when one of them ends a transaction, committed work
would be lost. Frames with other salts are left over from before the last
checkpoint and mean nothing.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
MAGIC_LITTLE = 0x377F0682
MAGIC_BIG = 0x377F0683
VERSION = 3007000
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalReport:
    """What a WAL file holds, and what SQLite's recovery would drop of it."""

    frames: int = 0  # whole frames in the file
    kept_frames: int = 0  # frames recovery keeps (up to the last valid commit)
    first_bad_frame: int | None = None  # 1-based: where recovery stops, None if nowhere
    frames_at_risk: int = 0  # frames from the first bad one to the last intact commit past it
    transactions_at_risk: int = 0  # commit frames with the current salts in that stretch
    header_valid: bool = True

    @property
    def damaged(self) -> bool:
        """Committed work in the file that SQLite would silently drop."""
        return self.transactions_at_risk > 0


def checksum(data: bytes, *, big_endian: bool, seed: tuple[int, int] = (0, 0)) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), continued from ``seed``."""
    if len(data) % 8:
        raise ValueError("the WAL checksum runs over a multiple of 8 bytes")
    s1, s2 = seed
    fmt = ">II" if big_endian else "<II"
    for x0, x1 in struct.iter_unpack(fmt, data):
        s1 = (s1 + x0 + s2) & _MASK
        s2 = (s2 + x1 + s1) & _MASK
    return s1, s2


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def inspect_bytes(raw: bytes) -> WalReport:
    """Read a WAL file's content (see the module's description)."""
    if len(raw) < HEADER_SIZE:
        return WalReport()
    magic, version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", raw[:HEADER_SIZE])
    big_endian = bool(magic & 1)
    header_valid = (magic in (MAGIC_LITTLE, MAGIC_BIG) and version == VERSION and _valid_page_size(page_size)
                    and checksum(raw[:24], big_endian=big_endian) == (ck1, ck2))
    if not _valid_page_size(page_size):
        # Not even the frame size can be read: any content past the header is unreadable work.
        rest = raw[HEADER_SIZE:]
        unreadable = len(rest) >= FRAME_HEADER_SIZE + 512 and any(rest)
        return WalReport(header_valid=False, transactions_at_risk=int(unreadable))
    frame_size = FRAME_HEADER_SIZE + page_size
    count = (len(raw) - HEADER_SIZE) // frame_size

    def frame(index: int) -> tuple[int, int, int, int, int, int, bytes]:
        start = HEADER_SIZE + index * frame_size
        head = raw[start:start + FRAME_HEADER_SIZE]
        return (*struct.unpack(">6I", head), raw[start:start + frame_size])

    def verifies(index: int, seed: tuple[int, int]) -> bool:
        pgno, _commit, s1, s2, f1, f2, whole = frame(index)
        if pgno == 0 or (s1, s2) != (salt1, salt2):
            return False
        data = whole[:8] + whole[FRAME_HEADER_SIZE:]
        return checksum(data, big_endian=big_endian, seed=seed) == (f1, f2)

    kept = 0
    first_bad: int | None = None
    seed = (ck1, ck2)
    if not header_valid:
        first_bad = 0  # recovery ignores every frame
    else:
        for index in range(count):
            if not verifies(index, seed):
                first_bad = index
                break
            pgno, commit, _s1, _s2, f1, f2, _whole = frame(index)
            seed = (f1, f2)
            if commit:
                kept = index + 1
    if first_bad is None:
        return WalReport(frames=count, kept_frames=kept, header_valid=True)

    # Past the break: frames of this WAL's life that verify against their predecessor's stored checksum.
    last_intact_commit = None
    for index in range(first_bad, count):
        previous = (ck1, ck2) if index == 0 else frame(index - 1)[4:6]
        _pgno, commit, s1, s2, _f1, _f2, _whole = frame(index)
        if commit and (s1, s2) == (salt1, salt2) and (index > first_bad or not header_valid) \
                and verifies(index, previous):
            last_intact_commit = index
    if last_intact_commit is None:
        return WalReport(frames=count, kept_frames=kept, first_bad_frame=first_bad + 1, header_valid=header_valid)
    transactions = sum(1 for index in range(first_bad, last_intact_commit + 1)
                       if frame(index)[1] and frame(index)[2:4] == (salt1, salt2))
    return WalReport(frames=count, kept_frames=kept, first_bad_frame=first_bad + 1,
                     frames_at_risk=last_intact_commit + 1 - kept, transactions_at_risk=transactions,
                     header_valid=header_valid)


def inspect(path: Path) -> WalReport:
    """Read the WAL file at ``path`` (a missing file is an empty WAL). Reads only."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return WalReport()
    return inspect_bytes(raw)
