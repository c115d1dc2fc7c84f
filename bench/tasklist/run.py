#!/usr/bin/env python3
"""Tasklist query time against the number of open tasks (issue 11, docs/adr/0006).

For each size: a fresh PostgreSQL database, the application jar on it (profiles postgres,dev),
a user in three staff groups (benchmike: sales-managers, finance, legal), N open tasks spread over
the six staff groups (a third of them four-eyes tasks hiding from benchmike), then the two calls
Tasklist makes for the "My group's tasks" filter - a page of 15 (HAL, newest first) and the
count - timed from this client. In the same run, pgbench's select-only latency on the same
server, so that the figures can be compared across machines as ratios.

Usage: python3 bench/tasklist/run.py [--tasks 5000,50000] [--requests 200]
Needs: the jar (mvn -DskipTests package), a local PostgreSQL 15 with trust auth, pgbench.
Writes: bench/results/tasklist-<date>-<commit>.md
"""
import argparse
import datetime
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402
from benchlib import ROOT, call, fresh_database, machine, percentile, pgbench_latency_ms, psql, start_app  # noqa: E402

USER = ("benchmike", "bench-password-1")
USER_GROUPS = ["sales-managers", "finance", "legal"]
FILTER = "我组的任务"  # TasklistFilterSetup.MY_GROUPS_TASKS ("My group's tasks" in the English set-up)
SEED_CHUNK = 1000


def create_user():
    call("POST", "/engine-rest/user/create", body={
        "profile": {"id": USER[0], "firstName": "Bench", "lastName": "Mike", "email": "bench@example.com"},
        "credentials": {"password": USER[1]}})
    for group in USER_GROUPS:
        call("PUT", f"/engine-rest/group/{group}/members/{USER[0]}")


def deploy_bench_model():
    boundary = "bench" + uuid.uuid4().hex
    with open(os.path.join(ROOT, "bench", "tasklist", "bench-tasks.bpmn"), "rb") as f:
        model = f.read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench-tasks.bpmn\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + model + f"\r\n--{boundary}--\r\n".encode()
    call("POST", "/engine-rest/deployment/create", body=body,
         content_type=f"multipart/form-data; boundary={boundary}")


def open_tasks(total, four_eyes_every):
    opened = 0
    while opened < total:
        count = min(SEED_CHUNK, total - opened)
        call("POST", "/engine-rest/process-definition/key/benchTasks/start",
             body={"variables": {"count": {"value": count, "type": "Integer"},
                                 "fourEyesEvery": {"value": four_eyes_every, "type": "Integer"}}})
        opened += count


def timed(method, path, body=None, accept="application/json"):
    started = time.perf_counter()
    result = call(method, path, auth=USER, body=body, accept=accept)
    return (time.perf_counter() - started) * 1000, result


def measure(requests):
    filter_id = call("GET", "/engine-rest/filter?" + urllib.parse.urlencode({"name": FILTER}))[0]["id"]
    page_body = {"sorting": [{"sortBy": "created", "sortOrder": "desc"}]}
    page_path = f"/engine-rest/filter/{filter_id}/list?firstResult=0&maxResults=15"
    count_path = f"/engine-rest/filter/{filter_id}/count"
    for _ in range(20):  # warm-up: JIT, connection pool, PostgreSQL caches
        timed("POST", page_path, page_body, "application/hal+json")
        timed("GET", count_path)
    pages, counts, seen = [], [], None
    for _ in range(requests):
        ms, page = timed("POST", page_path, page_body, "application/hal+json")
        pages.append(ms)
        ms, count = timed("GET", count_path)
        counts.append(ms)
        seen = count["count"]
        assert len(page["_embedded"]["task"]) == min(15, seen)
    return pages, counts, seen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", default="5000,50000")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--reuse", action="store_true",
                        help="measure the database the last run left (its last size) again, without seeding; "
                             "for trying a change, not for results")
    parser.add_argument("--four-eyes-every", type=int, default=1,
                        help="every n-th task is under the four-eyes rule (1: all of them, the worst case)")
    parser.add_argument("--jar", help="another build of the application, e.g. of an earlier commit (named in the results)")
    args = parser.parse_args()
    benchlib.JAR = args.jar
    if args.reuse:
        app = start_app("/tmp/otc-bench-reuse.log")
        try:
            pages, counts, seen = measure(args.requests)
            print(f"reused ({psql('select count(*) from act_ru_task')} open): page p50 {statistics.median(pages):.1f} ms "
                  f"p95 {percentile(pages, 95):.1f} ms, count p50 {statistics.median(counts):.1f} ms "
                  f"p95 {percentile(counts, 95):.1f} ms, sees {seen}")
        finally:
            app.terminate()
            app.wait(60)
        return
    sizes = [int(n) for n in args.tasks.split(",")]
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    if args.jar:
        commit = f"{commit}-jar-{os.path.basename(os.path.dirname(os.path.dirname(os.path.abspath(args.jar))))}"
    if args.four_eyes_every != 1:
        commit = f"{commit}-four-eyes-every-{args.four_eyes_every}"
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "src/main", "bench/tasklist", "pom.xml"],
                           capture_output=True, text=True).stdout.strip()
    rows = []
    pgbench_before = pgbench_latency_ms()
    for size in sizes:
        fresh_database(benchlib.DB)
        app = start_app(f"/tmp/otc-bench-{size}.log")
        try:
            create_user()
            deploy_bench_model()
            started = time.time()
            open_tasks(size, args.four_eyes_every)
            marked = int(psql("select count(distinct task_id_) from act_ru_identitylink where type_ = 'fourEyes'"))
            seeded_s = time.time() - started
            # What autovacuum does within a minute or two of such a burst of inserts; without it the
            # run would measure how far autovacuum had got (index-only scans need the visibility map).
            psql("vacuum analyze")
            open_total = int(psql("select count(*) from act_ru_task"))
            auth_rows = int(psql("select count(*) from act_ru_authorization"))
            pages, counts, seen = measure(args.requests)
            rows.append((size, open_total, auth_rows, marked, seen, pages, counts, seeded_s))
            print(f"{size}: page p50 {statistics.median(pages):.1f} ms p95 {percentile(pages, 95):.1f} ms, "
                  f"count p50 {statistics.median(counts):.1f} ms p95 {percentile(counts, 95):.1f} ms", flush=True)
        finally:
            app.terminate()
            app.wait(60)
    pgbench_after = pgbench_latency_ms()
    pgbench = (pgbench_before + pgbench_after) / 2

    today = datetime.date.today().isoformat()
    out = os.path.join(ROOT, "bench", "results", f"tasklist-{today}-{commit}.md")
    with open(out, "w") as f:
        f.write(f"# Tasklist query time against open tasks\n\n")
        f.write(f"- Date: {today}\n- Commit: {commit}{' (with uncommitted changes)' if dirty else ''}\n")
        f.write(f"- Machine: {machine()}\n")
        f.write(f"- Command: `python3 bench/tasklist/run.py --tasks {args.tasks} --requests {args.requests}"
                f" --four-eyes-every {args.four_eyes_every}{' --jar ' + args.jar if args.jar else ''}`\n")
        f.write(f"- User: {USER[0]} in {', '.join(USER_GROUPS)}; filter \"{FILTER}\"; page = POST filter list, "
                f"15 tasks, HAL (as Tasklist asks: the list and its count), in the filter's order (due date) then newest; "
                f"count = GET filter count (Tasklist's filter counts); {args.requests} of each after 20 warm-up\n")
        f.write(f"- pgbench select-only latency, same server, before/after: {pgbench_before:.3f} / "
                f"{pgbench_after:.3f} ms\n\n")
        f.write("| open tasks (bench + demo) | authorization rows | four-eyes tasks | tasks benchmike sees | page p50 "
                "| page p95 | count p50 | count p95 | page p95 / pgbench | seeding |\n"
                "|---|---|---|---|---|---|---|---|---|---|\n")
        for size, total, auth, marked, seen, pages, counts, seeded in rows:
            f.write(f"| {size} ({total}) | {auth} | {marked} | {seen} | {statistics.median(pages):.1f} ms | "
                    f"{percentile(pages, 95):.1f} ms | {statistics.median(counts):.1f} ms | {percentile(counts, 95):.1f} ms | "
                    f"{percentile(pages, 95) / pgbench:.0f}x | {seeded:.0f} s |\n")
    print(f"wrote {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
