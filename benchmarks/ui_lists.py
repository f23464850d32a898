"""List figures: how fast the lazy lists answer over a large profile.

    python -m benchmarks.ui_lists [--employers 20000] [--notes 100000] [--repeat 5]
    python -m benchmarks.ui_lists --profile DIR [--json]   (a profile made by ``build``)

Builds a profile in a temporary folder (its key in a keyring kept in a file
there, so no real keyring is touched) and fills it with bulk inserts straight
into the tables, in one transaction per table; the search triggers index the
rows as they go in. Besides the employers and notes it adds clients for the
notes and some visits and positions, so that the employer list's "last visit"
and "open positions" columns have something to look up. Then, offscreen, it
times what a person waits for: the first page of the employers and notes
lists shown in a table view, each filter keystroke ("h", "hä", "häm", "häme")
until the list has loaded again, the count beside the list, and scrolling to
fetch ten more pages. Times are wall-clock on the GUI thread, from the action
to the rows being in the model (the query runs on a worker thread).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import print_json, use_file_keyring  # noqa: E402

NAME_PARTS = ("Hämeenlinnan", "Oulun", "Raahen", "Haapaveden", "Ylivieskan", "Kalajoen", "Helsingin",
              "Kemin", "Pohjolan", "Lapin", "Suomen", "Kainuun", "Savon", "Hiekkasärkän")
NAME_TRADES = ("Konepaja", "Rakennus", "Siivous", "Kuljetus", "Leipomo", "Sähkö", "Puutarha", "Ravintola",
               "Hitsaus", "Autokorjaamo", "Metalli", "Hoiva", "Kiinteistöhuolto", "Putki")
FORMS = ("Oy", "Ky", "Oy Ab", "Tmi", "Osuuskunta")
INDUSTRIES = ("Rakentaminen", "Teollisuus", "Majoitus- ja ravitsemistoiminta", "Kuljetus ja varastointi",
              "Terveys- ja sosiaalipalvelut", "Kauppa", "Hallinto- ja tukipalvelut")
MUNICIPALITIES = ("Oulu", "Raahe", "Haapavesi", "Ylivieska", "Kalajoki", "Siikajoki", "Pyhäjoki")
NOTE_WORDS = ("tapaaminen", "hakemus", "työkokeilu", "palkkatuki", "haastattelu", "hitsaus", "harjoittelu",
              "koulutus", "ansioluettelo", "työnhaku", "yhteistapaaminen", "kuntoutus", "jatkosuunnitelma",
              "hämeenlinna", "haaveammatti", "hoitoala", "varasto", "ravintola", "sopimus", "terveys")


NOTE_CHUNK = 50_000


@contextlib.contextmanager
def _indexed_after(conn, kind: str):
    """Rows of ``kind`` inserted without the search trigger's three statements per row, then
    indexed at once by the statements migration 0002 indexes existing rows with (its own
    ``INDEXED`` text); the trigger is made again from its stored SQL. The same index, in a
    fraction of the time for a million rows."""
    import importlib.util

    from desktop.store import migrations, search_kinds

    path = Path(migrations.__file__).parent / "versions" / "0002_search_index_and_drafts.py"
    spec = importlib.util.spec_from_file_location("search_index_migration", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    trigger = f"search_{kind}_ins"
    created = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                   (trigger,)).scalar_one()
    conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    # Each new document the next id of its kind's block (migration 0017), as the trigger gives it.
    first, last = search_kinds.docids(kind)
    start = conn.exec_driver_sql("SELECT coalesce(max(docid), ?) FROM search_doc WHERE docid BETWEEN ? AND ?",
                                 (first - 1, first, last)).scalar_one()
    yield
    conn.exec_driver_sql(f"INSERT INTO search_doc(docid, kind, record_id) SELECT ? + row_number() OVER "
                         f"(ORDER BY t.rowid), '{kind}', t.id FROM {kind} AS t WHERE NOT EXISTS "
                         f"(SELECT 1 FROM search_doc AS d WHERE d.kind = '{kind}' AND d.record_id = t.id)", (start,))
    conn.exec_driver_sql(f"INSERT INTO search_index(rowid, body) SELECT d.docid, "
                         f"{migration.INDEXED[kind].format(row='t')} FROM {kind} AS t JOIN search_doc AS d "
                         f"ON d.kind = '{kind}' AND d.record_id = t.id WHERE d.docid > ? AND t.deleted = 0 ORDER BY d.docid",
                         (start,))
    conn.exec_driver_sql(created)


def build(tmp: Path, *, employers: int, notes: int, seed: int = 7, folder: str = "profile"):
    """A set-up profile in ``tmp / folder`` with the rows bulk-inserted; returns (store, actor, seconds, counts)."""
    from stdnum.fi import ytunnus

    from desktop.services import setup
    from desktop.store.profile import create_profile
    from desktop.store.tables import Client, ClientNote, Employer, Position, Visit

    use_file_keyring(tmp)
    store = create_profile(tmp / folder)
    actor = setup.set_up_profile(store, user_name="Benchmark Koordinaattori", role="employer_coordinator",
                                 organisation_name="Benchmark", localities=["Oulu", "Raahe", "Haapavesi"])
    rnd = random.Random(seed)
    now = dt.datetime.now(dt.timezone.utc)
    today = dt.date.today()
    common = {"rev": 0, "modified_at": now, "modified_by": str(actor.staff_id), "deleted": False}

    def business_id(n: int) -> str | None:
        digits = f"{1000000 + n:07d}"
        valid = [f"{digits}-{c}" for c in range(10) if ytunnus.is_valid(f"{digits}-{c}")]
        return valid[0] if valid else None  # some numbers have no valid check digit

    employer_ids = [uuid.uuid4() for _ in range(employers)]
    employer_rows = [common | {
        "id": employer_id,
        "name": f"{rnd.choice(NAME_PARTS)} {rnd.choice(NAME_TRADES)} {n} {rnd.choice(FORMS)}",
        "business_id": business_id(n), "industry": rnd.choice(INDUSTRIES),
        "municipality": rnd.choice(MUNICIPALITIES), "address": f"Teollisuustie {n % 200 + 1}",
    } for n, employer_id in enumerate(employer_ids)]
    visit_rows = [common | {
        "id": uuid.uuid4(), "employer_id": rnd.choice(employer_ids), "staff_id": actor.staff_id,
        "visited_at": now - dt.timedelta(days=rnd.randrange(700)), "place": "on_site",
        "notes": " ".join(rnd.choices(NOTE_WORDS, k=8)),
    } for _ in range(employers * 3 // 2)]
    for row in visit_rows:  # a third with a follow-up, 0-60 days after the visit; half of those done
        row |= {"follow_up_date": None, "follow_up_done_on": None, "follow_up_done_by": None}
        if rnd.random() < 1 / 3:
            row["follow_up_date"] = row["visited_at"].date() + dt.timedelta(days=rnd.randrange(61))
            if rnd.random() < 0.5:
                row["follow_up_done_on"] = row["follow_up_date"]
                row["follow_up_done_by"] = actor.staff_id
    position_rows = [common | {
        "id": uuid.uuid4(), "employer_id": rnd.choice(employer_ids), "title": rnd.choice(NAME_TRADES),
        "count": rnd.randint(1, 3), "hidden": rnd.random() < 0.3, "filled": rnd.random() < 0.4,
        "found_on": today - dt.timedelta(days=rnd.randrange(400)),
    } for _ in range(employers * 2 // 5)]
    client_ids = [uuid.uuid4() for _ in range(max(1, notes // 50))]
    client_rows = [common | {
        "id": client_id, "name": f"Asiakas {n}", "municipality": rnd.choice(MUNICIPALITIES), "language": "fi",
        "assigned_staff_ids": [str(actor.staff_id)], "target_group": [],
        "service_start": today - dt.timedelta(days=rnd.randrange(700)),
    } for n, client_id in enumerate(client_ids)]
    for row in client_rows:  # a quarter have left, some within the days ahead
        row["service_end"] = None
        if rnd.random() < 0.25:
            row["service_end"] = min(row["service_start"] + dt.timedelta(days=rnd.randrange(30, 400)),
                                     today + dt.timedelta(days=rnd.randrange(30)))
    def note_rows(count: int):
        return [common | {
            "id": uuid.uuid4(), "client_id": rnd.choice(client_ids), "staff_id": actor.staff_id,
            "noted_on": today - dt.timedelta(days=rnd.randrange(700)), "note_kind": "meeting",
            "text": " ".join(rnd.choices(NOTE_WORDS, k=rnd.randint(6, 30))),
        } for _ in range(count)]

    started = time.perf_counter()
    for table, rows in ((Employer, employer_rows), (Visit, visit_rows), (Position, position_rows),
                        (Client, client_rows)):
        with store.engine.begin() as conn:
            conn.execute(table.__table__.insert(), rows)
    with store.engine.begin() as conn:  # the notes made and inserted a chunk at a time: a million fit in memory
        with _indexed_after(conn, "client_note"):
            for first in range(0, notes, NOTE_CHUNK):
                conn.execute(ClientNote.__table__.insert(), note_rows(min(NOTE_CHUNK, notes - first)))
    return store, actor, time.perf_counter() - started, {
        "employers": employers, "visits": len(visit_rows), "positions": len(position_rows),
        "clients": len(client_rows), "notes": notes}


class Timer:
    """Times GUI-thread waits for a lazy model's ``loaded`` signal."""

    def __init__(self, app) -> None:
        self.app = app

    def until_loaded(self, model, action) -> float:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        loop = QEventLoop()
        # A single-shot connection, never disconnect(): in PySide6 6.12.0 each
        # disconnect() drops a reference to True, and the process aborts once
        # True runs out of them (bool_dealloc).
        model.loaded.connect(loop.quit, Qt.ConnectionType.SingleShotConnection)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(60_000)
        begin = time.perf_counter()
        action()
        loop.exec()
        self.app.processEvents()  # the view lays out and paints the rows
        return (time.perf_counter() - begin) * 1000


def measure(store, actor, *, repeat: int) -> list[tuple[str, str, list[float]]]:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.services import listing
    from desktop.ui.context import UiContext
    from desktop.ui.lists.lazy_model import LazyTableModel

    app = QApplication.instance() or QApplication([])
    ctx = UiContext(store, actor)
    timer = Timer(app)
    figures = []
    for spec in (listing.EMPLOYERS, listing.NOTES):
        model = LazyTableModel(ctx, spec)
        view = QTableView()
        view.resize(900, 700)
        view.setModel(model)
        view.show()
        first = [timer.until_loaded(model, model.reload) for _ in range(repeat)]
        figures.append((spec.name, "first page shown (200 rows)", first))
        typing = {typed: [] for typed in ("h", "hä", "häm", "häme")}
        for _ in range(repeat):
            timer.until_loaded(model, lambda: model.set_filter(""))
            for typed, times in typing.items():
                times.append(timer.until_loaded(model, lambda t=typed: model.set_filter(t)))
        for typed, times in typing.items():
            figures.append((spec.name, f'filter keystroke "{typed}" until loaded', times))
        counts = []
        for _ in range(repeat):
            begin = time.perf_counter()
            listing.count(store, spec, filter_text="häme")
            counts.append((time.perf_counter() - begin) * 1000)
        figures.append((spec.name, 'count of rows for "häme" (SQL only)', counts))
        timer.until_loaded(model, lambda: model.set_filter(""))
        scrolls = []
        for _ in range(10):
            before = model.rowCount()
            scrolls.append(timer.until_loaded(model, view.scrollToBottom))
            if model.rowCount() == before:
                break
        figures.append((spec.name, f"scroll to fetch a page (10 pages, to {model.rowCount()} rows)", scrolls))
        view.close()
    return figures


def measure_profile(data_dir: Path, *, repeat: int) -> list[tuple[str, str, list[float]]]:
    """``measure`` over an existing profile (its key in the file keyring already selected)."""
    from desktop.services.setup import current_actor
    from desktop.store.profile import open_profile

    store = open_profile(data_dir)
    try:
        return measure(store, current_actor(store), repeat=repeat)
    finally:
        store.close()


def _print(figures) -> None:
    print(f"{'list':<10} {'what':<52} {'median ms':>9} {'min':>7} {'max':>7}")
    for name, what, times in figures:
        print(f"{name:<10} {what:<52} {statistics.median(times):>9.1f} {min(times):>7.1f} {max(times):>7.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=20_000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="measure this profile (its keyring file is beside it)")
    parser.add_argument("--json", action="store_true", help="print the timings as one line of JSON")
    args = parser.parse_args()
    if args.profile:
        use_file_keyring(args.profile.parent)
        figures = measure_profile(args.profile, repeat=args.repeat)
    else:
        with tempfile.TemporaryDirectory() as folder:
            tmp = Path(folder)
            store, actor, seconds, made = build(tmp, employers=args.employers, notes=args.notes)
            print("profile: " + ", ".join(f"{n:,} {what}" for what, n in made.items())
                  + f"; bulk insert with search indexing {seconds:.1f} s")
            try:
                figures = measure(store, actor, repeat=args.repeat)
            finally:
                store.close()
    if args.json:
        print_json({"figures": [[name, what, times] for name, what, times in figures]})
    else:
        _print(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
