"""Attachments through the sync: an end-of-day sync with 20 files of 2 MB, and the memory used
while a 20 MB file is sent.

    python -m benchmarks.file_figures [--files 20] [--size-mb 2] [--big-mb 20] [--json FILE]

The project's own server on loopback (``benchmarks.sync_server``: uvicorn in a child process,
SQLite), a new SQLCipher profile of an employer coordinator logged in to it, with employers of
its own. The end-of-day figure: ``--files`` PDFs of ``--size-mb`` attached to as many employers
(records and content both to send), then one ``sync_session.sync`` timed whole. The memory
figure runs in a child process of its own: a ``--big-mb`` file attached and its record sent, then
the sync that sends its content, with the Python heap's peak during that sync (tracemalloc) and
the process's resident set sampled every 5 ms (its rise over the level before the sync).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import ROOT, child_environment, use_file_keyring  # noqa: E402

MB = 1024 * 1024


def _pdf(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        left = size - 9
        while left > 0:
            block = os.urandom(min(left, MB))
            out.write(block)
            left -= len(block)
    return path


def _employers(store, count: int) -> list:
    from sqlmodel import select

    from desktop.store.tables import Employer

    with store.reader() as session:
        return [row.id for row in session.exec(select(Employer).where(Employer.deleted == False)  # noqa: E712
                                               .order_by(Employer.name).limit(count)).all()]


def end_of_day(tmp: Path, profile: Path, *, files: int, size_mb: float) -> dict:
    from desktop.services import attachments, sync_session
    from desktop.services.setup import current_actor
    from desktop.store.profile import open_profile

    store = open_profile(profile)
    try:
        actor = current_actor(store)
        for n, employer_id in enumerate(_employers(store, files)):
            path = _pdf(tmp / f"aiesopimus-{n}.pdf", int(size_mb * MB))
            attachments.attach(store, actor=actor, path=path, kind="letter_of_intent",
                               employer_id=employer_id)
            path.unlink()
        started = time.perf_counter()
        receipt = sync_session.sync(store)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    assert receipt.outcome == "ok" and receipt.files_sent == files, receipt.lines()
    return {"end_of_day_seconds": seconds, "end_of_day_records": receipt.sent,
            "end_of_day_files": receipt.files_sent,
            "end_of_day_mb": files * size_mb}


class RssSampler:
    """The process's resident set, every 5 ms, in a thread: the highest seen."""

    def __init__(self) -> None:
        self.highest = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def rss() -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        return 0

    def _run(self) -> None:
        while not self.stop.is_set():
            self.highest = max(self.highest, self.rss())
            time.sleep(0.005)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()


def _memory_child(profile: Path, tmp: Path, big_mb: float, report: Path) -> int:
    import tracemalloc

    from desktop.services import attachments, sync_session
    from desktop.services.setup import current_actor
    from desktop.store.profile import open_profile
    from desktop.sync import files

    use_file_keyring(tmp)
    store = open_profile(profile)
    try:
        [employer_id] = _employers(store, 1)
        path = _pdf(tmp / "iso.pdf", int(big_mb * MB))
        record = attachments.attach(store, actor=current_actor(store), path=path,
                                    kind="other", employer_id=employer_id)
        path.unlink()
        # The record first (as any sync sends it), the content held back for the measured one.
        with store.session() as session:
            from sqlalchemy import update

            from desktop.store.tables import FileTransfer

            session.exec(update(FileTransfer).where(FileTransfer.sha256 == record.sha256)
                         .values(state="set_aside"))
        assert sync_session.sync(store).outcome == "ok"
        files.retry_set_aside(store, record.sha256)
        before = RssSampler.rss()
        tracemalloc.start()
        with RssSampler() as sampler:
            started = time.perf_counter()
            receipt = sync_session.sync(store)
            seconds = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        store.close()
    assert receipt.files_sent == 1, receipt.lines()
    report.write_text(json.dumps({"send_big_seconds": seconds, "send_big_heap_peak_mb": peak / MB,
                                  "send_big_rss_rise_mb": max(0, sampler.highest - before) / MB,
                                  "send_big_rss_before_mb": before / MB,
                                  "big_mb": big_mb}))
    return 0


def send_memory(tmp: Path, profile: Path, *, big_mb: float) -> dict:
    report = tmp / "file-memory.json"
    subprocess.run([sys.executable, "-m", "benchmarks.file_figures", "--memory-child", str(profile),
                    "--tmp", str(tmp), "--big-mb", str(big_mb), "--report", str(report)],
                   check=True, env=child_environment(tmp), cwd=ROOT, timeout=600)
    return json.loads(report.read_text())


def run(args: argparse.Namespace) -> dict:
    from benchmarks.sync_server import logged_in_profile, loopback_server

    with tempfile.TemporaryDirectory(prefix="kentta-files-") as folder:
        tmp = Path(folder)
        with loopback_server(tmp) as url:
            profile = logged_in_profile(tmp, url, employers=max(args.files, 1))
            found = end_of_day(tmp, profile, files=args.files, size_mb=args.size_mb)
            found |= send_memory(tmp, profile, big_mb=args.big_mb)
    found["database"] = "SQLite (the server's default)"
    return found


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.file_figures",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--size-mb", type=float, default=2)
    parser.add_argument("--big-mb", type=float, default=20)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tmp", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = options(argv)
    if args.memory_child:
        return _memory_child(args.memory_child, args.tmp, args.big_mb, args.report)
    found = run(args)
    print(f"end-of-day sync, {found['end_of_day_files']} attachments of {args.size_mb:g} MB "
          f"({found['end_of_day_records']} records): {found['end_of_day_seconds']:.2f} s, loopback, "
          f"server on {found['database']}")
    print(f"sending a {args.big_mb:g} MB file: {found['send_big_seconds']:.2f} s; Python heap peak "
          f"{found['send_big_heap_peak_mb']:.1f} MB, resident set rise "
          f"{found['send_big_rss_rise_mb']:.1f} MB (from {found['send_big_rss_before_mb']:.0f} MB)")
    if args.json:
        args.json.write_text(json.dumps(found, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
