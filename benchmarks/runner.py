"""Every benchmark figure of issue 10, each against its target, in one run.

Builds its own profiles in a temporary folder (keys in a keyring file there):
a demo profile of 1,000 clients and 500 employers (``kentta demo``), a
large one of 100,000 notes, 20,000 employers and their visits, bulk-inserted
(``benchmarks.ui_lists.build``), and a huge one the same but with 1,000,000
notes for the ``_1m`` figures (built once, used by both). GUI figures run in child processes,
offscreen, each on a fresh QApplication.
"""

from __future__ import annotations

import contextlib
import io
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.environment import ROOT, run_driver, use_file_keyring
from benchmarks.figures import Figure, Target, unavailable

SIZES = {
    "full": {"clients": 1000, "employers": 500, "notes": 100_000, "large_employers": 20_000, "starts": 5,
             "huge_notes": 1_000_000, "opens": 20, "rounds": 15, "repeat": 5, "pdf_runs": 20, "batch": 100,
             "server": ["--clients", "20", "--batches", "10", "--batch-size", "50"], "sync": [], "files": []},
    "quick": {"clients": 200, "employers": 100, "notes": 10_000, "large_employers": 2_000, "starts": 2,
              "huge_notes": 50_000,
              "opens": 5, "rounds": 3, "repeat": 2, "pdf_runs": 5, "batch": 20,
              "server": ["--clients", "5", "--batches", "2", "--batch-size", "50"],
              "sync": ["--records", "10000", "--changes", "100", "--runs", "1"],
              "files": ["--files", "5", "--size-mb", "1", "--big-mb", "5"]},
}


@dataclass
class Run:
    tmp: Path
    size: dict
    small: Path
    large: Path
    huge: Path

    def log(self, text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


SMALL_USERS = {"startup", "unlock", "queries", "gui_stall"}
LARGE_USERS = {"lists", "memory", "today"}
HUGE_USERS = {"lists_1m", "memory_1m"}  # one profile of a million notes, built once for both


def build_profiles(run: Run, names: set[str]) -> list[Figure]:
    """The profiles the chosen benchmarks use, with how long each took to make."""
    from benchmarks import store_figures, ui_lists

    figures = []
    if names & SMALL_USERS:
        run.log(f"demo profile: {run.size['clients']} clients, {run.size['employers']} employers")
        seconds = store_figures.make_demo(run.tmp, run.small, clients=run.size["clients"],
                                          employers=run.size["employers"])
        figures.append(Figure("demo_profile", f"kentta demo --clients {run.size['clients']} "
                              f"--employers {run.size['employers']}", seconds, "s"))
    if names & LARGE_USERS:
        run.log(f"large profile: {run.size['notes']:,} notes, {run.size['large_employers']:,} employers")
        store, _actor, seconds, made = ui_lists.build(run.tmp, employers=run.size["large_employers"],
                                                      notes=run.size["notes"], folder=run.large.name)
        store.close()
        figures.append(Figure("large_profile", "large profile, bulk insert with search indexing", seconds, "s",
                              details=[", ".join(f"{n:,} {what}" for what, n in made.items())]))
    if names & HUGE_USERS:
        run.log(f"huge profile: {run.size['huge_notes']:,} notes, {run.size['large_employers']:,} employers")
        store, _actor, seconds, made = ui_lists.build(run.tmp, employers=run.size["large_employers"],
                                                      notes=run.size["huge_notes"], folder=run.huge.name)
        store.close()
        figures.append(Figure("huge_profile", f"profile of {run.size['huge_notes']:,} notes, bulk insert with "
                              "search indexing", seconds, "s",
                              details=[", ".join(f"{n:,} {what}" for what, n in made.items())]))
    return figures


def startup(run: Run) -> list[Figure]:
    from benchmarks import startup as driver

    times = driver.measure(run.tmp, run.small, runs=run.size["starts"])
    app, bare = statistics.median(times["app"]), statistics.median(times["bare"])
    opened = statistics.median(times["app_opened"])
    starts = len(times["app"])
    return [
        Figure("startup", "start-up to an interactive main window (offscreen)", app, "ms",
               Target("ratio", most=1.6), baseline=bare, baseline_label="bare QMainWindow",
               note=f"median of {starts} starts each, whole new process until the window answers",
               details=["the window's shell (navigation, search box, status bar) painted and its event loop "
                        "running; the data layer loads on a worker thread meanwhile",
                        f"until the process has exited: app {statistics.median(times['app_exit']):.0f} ms, "
                        f"bare {statistics.median(times['bare_exit']):.0f} ms"]),
        Figure("startup_opened", "start-up until the profile is open and the start page's list shows its rows",
               opened, "ms", Target("ratio", most=4), baseline=bare, baseline_label="bare QMainWindow",
               note=f"median of {starts} starts; the start page of the demo profile's role is the Today page"),
    ]


def unlock(run: Run) -> list[Figure]:
    from benchmarks.store_figures import unlock_times

    times = unlock_times(run.tmp, run.small, opens=run.size["opens"])
    return [Figure("unlock", "profile unlock with the raw key, to the first query answered",
                   statistics.median(times), "ms", Target("value", most=50),
                   note=f"median of {len(times)}; worst {max(times):.1f} ms")]


def queries(run: Run) -> list[Figure]:
    from benchmarks import queries as driver

    use_file_keyring(run.tmp)
    result = driver.measure(run.small, run.tmp, rounds=run.size["rounds"])

    def figure(mode: str, name: str, label: str) -> Figure:
        cipher, plain = (statistics.median(result[store][mode]) for store in ("cipher", "plain"))
        return Figure(name, label, cipher, "ms", Target("ratio", most=1.3), baseline=plain,
                      baseline_label="plain SQLite copy", note=f"all {len(result['per_query']['cipher'])} "
                      f"queries, median of {run.size['rounds']} rounds")

    warm = figure("warm", "queries", "the app's common queries on SQLCipher, warm (a running app)")
    warm.details = driver.per_query_lines(result)
    return [warm, figure("cold", "queries_cold", "the same, cold (a new engine each round)")]


def _notes_figures(run: Run, profile: Path, notes: int, suffix: str) -> list[Figure]:
    found = run_driver("benchmarks.ui_lists", ["--profile", str(profile), "--repeat", str(run.size["repeat"]),
                                               "--json"], run.tmp)["figures"]
    by_kind = {what: times for name, what, times in found if name == "notes"}
    keystrokes = {what: statistics.median(times) for what, times in by_kind.items() if "keystroke" in what}
    slowest = max(keystrokes, key=keystrokes.get)
    lines = [f"{name:<10} {what:<52} median {statistics.median(times):7.1f} ms, max {max(times):7.1f} ms"
             for name, what, times in found]
    return [
        Figure(f"notes_list_open{suffix}", f"open the notes list, {notes:,} notes (first page shown)",
               statistics.median(by_kind["first page shown (200 rows)"]), "ms", Target("value", most=100)),
        Figure(f"notes_filter_keystroke{suffix}", f"type-to-filter the notes list, {notes:,} notes "
               "(slowest keystroke)", keystrokes[slowest], "ms", Target("value", most=100),
               note=f'{slowest.split(" until")[0]}; median of {run.size["repeat"]}', details=lines),
    ]


def lists(run: Run) -> list[Figure]:
    return _notes_figures(run, run.large, run.size["notes"], "")


def lists_1m(run: Run) -> list[Figure]:
    """The notes list over the profile of a million notes (``huge_notes``; fewer in a quick run)."""
    return _notes_figures(run, run.huge, run.size["huge_notes"], "_1m")


def gui_stall(run: Run) -> list[Figure]:
    from benchmarks.gui_stall import CPU_KEY
    from benchmarks.sync_server import logged_in_profile, loopback_server

    repeat = ["--repeat", str(run.size["repeat"]), "--json"]
    gaps = run_driver("benchmarks.gui_stall", ["--profile", str(run.small), "--actions", "search,save,pdf,today",
                                               *repeat], run.tmp)
    cpu = gaps.pop(CPU_KEY)
    with loopback_server(run.tmp) as server_url:
        synced = logged_in_profile(run.tmp, server_url)
        gaps |= run_driver("benchmarks.gui_stall", ["--profile", str(synced), "--actions", "sync", *repeat], run.tmp)
    cpu |= gaps.pop(CPU_KEY)
    medians = {action: statistics.median(times) for action, times in gaps.items() if times}
    worst = max(medians, key=medians.get)
    lines = [f"{action:<7} worst gap per run: median {medians[action]:.1f} ms, max {max(times):.1f} ms; "
             f"GUI-thread CPU between two ticks at most: median {statistics.median(cpu[action]):.1f} ms"
             for action, times in gaps.items() if times]
    lines.append("the CPU figure is the app's own work in its worst stretch; the rest of a gap is waiting "
                 "for a core (a shared machine) or for Python's lock (a worker thread)")
    return [Figure("gui_stall", "longest GUI-thread stall during search, save, PDF, sync and the Today page",
                   medians[worst], "ms", Target("value", most=16),
                   note=f"{worst}; median over {run.size['repeat']} runs of each "
                   "run's largest gap between 5 ms timer ticks; 16 ms is one frame at 60 Hz", details=lines)]


def handover(run: Run) -> list[Figure]:
    from benchmarks import handover_figures

    found = handover_figures.measure(runs=run.size["pdf_runs"], batch=run.size["batch"])
    batch = next(name for name in found if name.startswith("batch of"))
    lines = [f"{name}: {value:.1f}" if isinstance(value, float) else f"{name}: {value}"
             for name, value in found.items()]
    return [
        Figure("handover_pdf_form", "handover PDF, one form (render, short form)", found["render, short form (ms)"],
               "ms", Target("value", most=50), note=f"median of {run.size['pdf_runs']}", details=lines),
        Figure("handover_pdf_batch", f"handover PDF, batch of {run.size['batch']} (generate: number, render, "
               "record, audit)", found[batch], "ms/form", Target("value", most=50)),
    ]


def sync(run: Run) -> list[Figure]:
    """benchmarks/sync_figures.py (issue 7's), in a child process: its own server, profiles and database."""
    end_of_day = ("sync_end_of_day", "end-of-day sync of 500 changes, loopback", "s", Target("value", most=1))
    download = ("sync_first_download", "first download of 100,000 records", "records/s",
                Target("ratio", least=0.8))
    if not (ROOT / "benchmarks" / "sync_figures.py").exists():
        why = "benchmarks/sync_figures.py is not in this build"
        return [unavailable(*spec, why) for spec in (end_of_day, download)]
    import json
    import subprocess

    from benchmarks.environment import child_environment

    found_file = run.tmp / "sync-figures.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks.sync_figures", "--json", str(found_file),
                           *run.size["sync"]], env=child_environment(run.tmp), cwd=ROOT,
                          capture_output=True, text=True, timeout=1200)
    if done.returncode != 0 or not found_file.exists():
        raise RuntimeError(f"sync_figures failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    found = json.loads(found_file.read_text())
    lines = done.stdout.strip().splitlines()
    return [
        Figure(end_of_day[0], f"end-of-day sync of {found['end_of_day_changes']} changes, loopback",
               found["end_of_day_seconds"], "s", end_of_day[3], details=lines,
               note=f"{found['end_of_day_sent']} sent, {found['end_of_day_received']} received; median of "
               f"{len(found['end_of_day_runs'])}; server on {found['database']}"),
        Figure(download[0], f"first download of {found['records']:,} records", found["download_records_per_s"],
               "records/s", download[3], baseline=found["bulk_insert_records_per_s"],
               baseline_label="bulk insert into SQLCipher"),
    ]


def files(run: Run) -> list[Figure]:
    """benchmarks/file_figures.py in a child process: its own server, profile and files."""
    import json
    import subprocess

    from benchmarks.environment import child_environment

    found_file = run.tmp / "file-figures.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks.file_figures", "--json", str(found_file),
                           *run.size["files"]], env=child_environment(run.tmp), cwd=ROOT,
                          capture_output=True, text=True, timeout=1200)
    if done.returncode != 0 or not found_file.exists():
        raise RuntimeError(f"file_figures failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    found = json.loads(found_file.read_text())
    big = found["big_mb"]
    return [
        Figure("files_end_of_day", f"end-of-day sync with {found['end_of_day_files']} attachments of "
               f"{found['end_of_day_mb'] / max(found['end_of_day_files'], 1):g} MB, loopback",
               found["end_of_day_seconds"], "s", details=done.stdout.strip().splitlines(),
               note=f"{found['end_of_day_records']} records and {found['end_of_day_mb']:g} MB of content "
               f"sent; server on {found['database']}"),
        Figure("files_send_memory", f"peak memory while sending a {big:g} MB file (Python heap)",
               found["send_big_heap_peak_mb"], "MB", Target("value", most=big / 4),
               note=f"resident set rise {found['send_big_rss_rise_mb']:.1f} MB; the content is streamed "
               "in 256 KiB chunks, so neither grows with the file"),
    ]


def server(run: Run) -> list[Figure]:
    label = "server push and pull, 20 concurrent clients, PostgreSQL"
    target = Target("value", least=1000)
    push_target, pull_target = Target("value", least=6000), Target("value", least=50_000)  # issue 22
    try:
        import psycopg

        psycopg.connect(os.environ.get("KENTTA_BENCH_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres"),
                        connect_timeout=3).close()
    except Exception as error:  # noqa: BLE001 - reported in the table
        return [unavailable("server_push", label + ": push", "changes/s", target, type(error).__name__),
                unavailable("server_pull", label + ": pull", "changes/s", target, type(error).__name__)]
    from benchmarks import server_throughput

    found, lines = {}, []
    for servers in (1, 2):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            found[servers] = server_throughput.run(server_throughput.options([*run.size["server"],
                                                                              "--servers", str(servers)]))
        lines += printed.getvalue().strip().splitlines()
    clients = run.size["server"][1]
    return [Figure("server_push", f"server push, {clients} concurrent clients, PostgreSQL, one server process",
                   found[1]["push_changes_per_s"], "changes/s", target, details=lines),
            Figure("server_pull", f"server pull, {clients} concurrent clients, PostgreSQL, one server process",
                   found[1]["pull_changes_per_s"], "changes/s", target),
            Figure("server_push_two_processes", f"server push, {clients} concurrent clients, PostgreSQL, two server "
                   "processes on one port", found[2]["push_changes_per_s"], "changes/s", push_target),
            Figure("server_pull_two_processes", f"server pull, {clients} concurrent clients, PostgreSQL, two server "
                   "processes on one port", found[2]["pull_changes_per_s"], "changes/s", pull_target)]


def today(run: Run) -> list[Figure]:
    from benchmarks import today_figures

    use_file_keyring(run.tmp)
    found = today_figures.measure(run.large, repeat=run.size["repeat"])
    kinds = ", ".join(f"{count:,} {kind}" for kind, count in sorted(found["kinds"].items()))
    page = run_driver("benchmarks.gui_stall", ["--profile", str(run.large), "--actions", "today",
                                               "--repeat", str(run.size["repeat"]), "--json"], run.tmp)["today"]
    return [Figure("today_page_stall", f"longest GUI-thread stall while the Today page reads and fills its "
                   f"list again, large profile ({run.size['notes']:,} notes)", statistics.median(page), "ms",
                   Target("value", most=50), note=f"median over {len(page)} reloads of each one's largest gap "
                   f"between 5 ms timer ticks; worst {max(page):.1f} ms"),
            Figure("today_items", f"the day's work (Today page, kentta today), large profile "
                   f"({run.size['notes']:,} notes)", statistics.median(found["warm_ms"]), "ms",
                   Target("value", most=100),
                   note=f"median of {run.size['repeat']} calls on an open profile; first call on a fresh "
                   f"one {found['cold_ms']:.0f} ms; {found['items']:,} items",
                   details=[f"items: {kinds}"])]


def _memory_figure(run: Run, profile: Path, name: str, label: str) -> Figure:
    from benchmarks.memory import peak_mb

    peak, loaded = peak_mb(run.tmp, profile)
    connections = loaded.pop("database connections", None)
    return Figure(name, f"peak memory of the app, {label}", peak, "MB",
                  Target("value", most=300), note="lists shown and scrolled: "
                  + ", ".join(f"{rows:,} {what} rows" for what, rows in loaded.items())
                  + f"; a search; the busiest client opened; {connections} database connections")


def memory(run: Run) -> list[Figure]:
    return [_memory_figure(run, run.large, "peak_memory", f"large profile ({run.size['notes']:,} notes)")]


def memory_1m(run: Run) -> list[Figure]:
    return [_memory_figure(run, run.huge, "peak_memory_1m", f"huge profile ({run.size['huge_notes']:,} notes)")]


BENCHMARKS: dict[str, Callable[[Run], list[Figure]]] = {
    "startup": startup, "unlock": unlock, "queries": queries, "lists": lists, "gui_stall": gui_stall,
    "handover": handover, "sync": sync, "files": files, "server": server, "memory": memory, "today": today,
    "lists_1m": lists_1m, "memory_1m": memory_1m,
}


def machine() -> list[str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import PySide6
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    cipher = connection.execute("PRAGMA cipher_version").fetchone()
    connection.close()
    load = os.getloadavg()
    return [f"machine: {cpu}, {os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB",
            f"software: Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"SQLCipher {cipher[0] if cipher else '?'}, {platform.platform()}",
            f"load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"]


def run_all(tmp: Path, *, quick: bool, only: list[str] | None) -> list[Figure]:
    run = Run(tmp=tmp, size=SIZES["quick" if quick else "full"], small=tmp / "demo", large=tmp / "large",
              huge=tmp / "huge")
    use_file_keyring(tmp)
    chosen = {name: benchmark for name, benchmark in BENCHMARKS.items() if not only or name in only}
    figures = build_profiles(run, set(chosen))
    for name, benchmark in chosen.items():
        run.log(name)
        started = time.perf_counter()
        try:
            figures.extend(benchmark(run))
        except Exception as error:  # noqa: BLE001 - one failure does not lose the other figures
            run.log(f"{name} failed: {type(error).__name__}: {error}")
            figures.append(unavailable(name, name, "", None, f"failed: {type(error).__name__}"))
        run.log(f"{name} done in {time.perf_counter() - started:.0f} s")
    return figures
