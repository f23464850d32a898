"""The Locust user of the end-of-day load test: one simulated laptop syncing at a time.

Run by ``python -m benchmarks.load`` (which sets the environment below); not meant to be run
by hand. Each Locust user takes the next laptop not yet synced, pushes its day (``day.py``) and
pulls from the cursor it had before the day, then writes the laptop's receipts (the kind, id,
rev and seq of each change the server accepted) as one JSON line for the check against the
database. The whole sync is reported to Locust as one request of type ``SYNC``, next to the
push and pull requests themselves. When every laptop has synced the run stops by itself; when
``--run-time`` ends first, Locust lets the syncs under way finish (``--stop-timeout``) and the
laptops not reached are counted as not synced (a sync started and not finished is an error).

Environment: ``KENTTA_LOAD_PLAN`` (a JSON file: laptops, cursor, changes range, day),
``KENTTA_LOAD_RECEIPTS`` (the JSON-lines file written).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import gevent
from locust import constant, events, task
from locust.contrib.fasthttp import FastHttpUser

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.load.day import day_changes, push_requests  # noqa: E402
from sync.protocol import MAX_PULL_LIMIT, PROTOCOL_HEADER, PROTOCOL_VERSION  # noqa: E402

PLAN = json.loads(Path(os.environ["KENTTA_LOAD_PLAN"]).read_text("utf-8"))
RECEIPTS = Path(os.environ["KENTTA_LOAD_RECEIPTS"])
STARTED = RECEIPTS.with_name("started.txt")  # one laptop number a line, as each sync starts
ACCEPTED = ("applied", "merged")
_queue = iter(PLAN["laptops"])
_finished = 0


class Laptop(FastHttpUser):
    wait_time = constant(0)
    network_timeout = 600.0
    connection_timeout = 60.0
    insecure = True  # the test's own self-signed certificate

    @task
    def end_of_day(self) -> None:
        global _finished
        laptop = next(_queue, None)
        if laptop is None:
            time.sleep(0.2)  # gevent-patched: lets the others finish
            return
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json",
                   "Authorization": f"Bearer {laptop['access_token']}"}
        groups = day_changes(laptop["number"], laptop["staff_id"], laptop["role"],
                             low=PLAN["low"], high=PLAN["high"],
                             day=dt.date.fromisoformat(PLAN["day"]))
        requests = push_requests(laptop["device_id"], groups)
        with STARTED.open("a", encoding="utf-8") as out:
            out.write(f"{laptop['number']}\n")
        receipts: list[list] = []
        problems: list[str] = []
        started_at = time.time()
        started = time.perf_counter()
        for request in requests:
            with self.client.post("/v1/sync/push", data=request.model_dump_json(),
                                  headers=headers, name="push",
                                  catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"push {response.status_code}")
                    problems.append(f"push {response.status_code}")
                    continue
                body = response.json()
                for result in body["results"]:
                    if result["status"] in ACCEPTED:
                        receipts.append([result["kind"], result["id"], result["rev"],
                                         result["seq"]])
                    else:
                        problems.append(f"{result['status']} {result['kind']}: {result.get('reason')}")
                if body.get("replayed"):
                    problems.append("replayed")
                refused = [r for r in body["results"] if r["status"] not in ACCEPTED]
                if refused:
                    response.failure(f"{len(refused)} changes not accepted")
        cursor, pulled, pages = PLAN["cursor"], 0, 0
        while True:
            with self.client.get(f"/v1/sync/pull?cursor={cursor}&limit={MAX_PULL_LIMIT}",
                                 headers=headers, name="pull", catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"pull {response.status_code}")
                    problems.append(f"pull {response.status_code}")
                    break
                page = response.json()
            pages += 1
            pulled += len(page["changes"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        seconds = time.perf_counter() - started
        events.request.fire(request_type="SYNC", name="end_of_day", response_time=seconds * 1000,
                            response_length=0, exception=problems[0] if problems else None,
                            context={})
        with RECEIPTS.open("a", encoding="utf-8") as out:
            out.write(json.dumps({
                "number": laptop["number"], "device_id": laptop["device_id"],
                "started": started_at, "ended": started_at + seconds, "seconds": seconds,
                "pushes": len(requests), "changes": sum(len(r.changes) for r in requests),
                "pulled": pulled, "pull_pages": pages, "problems": problems[:20],
                "problem_count": len(problems), "receipts": receipts}) + "\n")
        _finished += 1
        if _finished == len(PLAN["laptops"]):
            # from a greenlet of its own: quit() stops the users, this one among them
            gevent.spawn_later(0.5, self.environment.runner.quit)
