"""What every benchmark needs: a keyring kept in a file, child processes, timings.

Benchmarks never touch a real keyring: the profile keys go to a JSON file in
the benchmark's own temporary folder (``tests/support/keyring_file.py``),
selected in process with ``keyring.set_keyring`` and in child processes by
``PYTHON_KEYRING_BACKEND``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "ready"  # what a driver prints when the state it measures is reached


def keyring_variables(tmp: Path) -> dict[str, str]:
    return {
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyring_file.FileKeyring",
        "KENTTA_TEST_KEYRING": str(Path(tmp) / "keyring.json"),
    }


def child_environment(tmp: Path) -> dict[str, str]:
    """The environment of a child process: the file keyring, Qt offscreen, the repository importable."""
    return os.environ | keyring_variables(tmp) | {"QT_QPA_PLATFORM": "offscreen"}


def use_file_keyring(tmp: Path) -> None:
    """Select the file keyring in this process (and its future children)."""
    os.environ.update(keyring_variables(tmp))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import keyring

    from tests.support.keyring_file import FileKeyring

    keyring.set_keyring(FileKeyring())


def timings_ms(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        work()
        times.append((time.perf_counter() - begin) * 1000)
    return times


def median_ms(work: Callable[[], object], runs: int) -> float:
    return statistics.median(timings_ms(work, runs))


def run_driver(module: str, args: list[str], tmp: Path, *, timeout: float = 600) -> dict:
    """Run ``python -m module args`` and return the JSON object it prints on its last line."""
    done = subprocess.run([sys.executable, "-m", module, *args], env=child_environment(tmp), cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{module} failed (exit {done.returncode}): {done.stderr.strip()[-800:]}")
    return json.loads(lines[-1])


def print_json(value: dict) -> None:
    """A driver's answer: one line of JSON, the last thing it prints."""
    print(json.dumps(value), flush=True)
