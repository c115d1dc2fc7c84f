#!/usr/bin/env python3
"""A dunning run: N receivables fall overdue at the same moment, each in its own dunning process
(issue 12). How long until every one has its first letter (PDF stored, message queued), and how
the application answers REST calls meanwhile.

A fresh PostgreSQL database and the application jar on it (profiles postgres,dev). Seeding, not
measured: N open invoices of class B customers (100 per customer, 1,000 per order) written with
SQL, and one dunning process per invoice started through the engine's REST API, each waiting for
its due date. The run: the invoices' due dates are set 5 days back and their timers made due now,
as if midnight had come for all of them at once; the job executor then looks at each invoice,
evaluates dunning-levels and writes a level-1 letter. Meanwhile a client asks GET
/api/dunning/{invoice} and GET /api/invoices/{invoice} as finance, one after the other. In the same
run, pgbench's select-only latency on the same server, for comparisons across machines.

Usage: python3 bench/dunning/run.py [--receivables 50000] [--starters 6]
Needs: the jar (mvn -DskipTests -Dexec.skip package), a local PostgreSQL 15 with trust auth, pgbench.
Writes: bench/results/dunning-<date>-<commit>-<receivables>[-<tag>][-<each app arg>].md
"""
import argparse
import concurrent.futures
import datetime
import os
import random
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402
from benchlib import ROOT, call, fresh_database, machine, percentile, pgbench_latency_ms, psql, start_app  # noqa: E402

FINANCE = ("fiona", "demo")
PER_CUSTOMER = 100
PER_ORDER = 1000
GROSS = "1130.00"


def seed_invoices(n):
    customers = (n + PER_CUSTOMER - 1) // PER_CUSTOMER
    orders = (n + PER_ORDER - 1) // PER_ORDER
    psql(f"""
        insert into customer (code, name, contact_name, contact_email, billing_street, billing_city,
            billing_postal_code, billing_country, delivery_street, delivery_city, delivery_postal_code,
            delivery_country, value_class, credit_limit, currency, payment_terms, blocked, created_at)
        select 'BC-' || i, 'Bench customer ' || i, 'Buyer ' || i, 'buyer' || i || '@bench.example', '1 Bench Road',
            'Shanghai', '200000', 'CN', '1 Bench Road', 'Shanghai', '200000', 'CN', 'B', 10000000, 'CNY', 'NET_30',
            false, now() - interval '2 years'
        from generate_series(1, {customers}) i""")
    psql(f"""
        insert into sales_order (number, customer_code, channel, status, currency, total_amount, payment_terms,
            requested_delivery_date, delivery_street, delivery_city, delivery_postal_code, delivery_country,
            entered_by, created_at)
        select 'BO-' || o, 'BC-' || ((o - 1) * {PER_ORDER} / {PER_CUSTOMER} + 1), 'EMAIL', 'INVOICED', 'CNY', 0,
            'NET_30', current_date, '1 Bench Road', 'Shanghai', '200000', 'CN', 'bench', now()
        from generate_series(1, {orders}) o""")
    psql(f"""
        insert into invoice (number, kind, order_number, customer_code, currency, net_amount, tax_amount,
            gross_amount, prices_include_tax, issue_date, due_date, payment_terms, status, created_by, created_at)
        select 'BI-' || i, 'INVOICE', 'BO-' || ((i - 1) / {PER_ORDER} + 1), 'BC-' || ((i - 1) / {PER_CUSTOMER} + 1),
            'CNY', 1000.00, 130.00, {GROSS}, false, current_date - 30, current_date, 'NET_30', 'OPEN', 'bench', now()
        from generate_series(1, {n}) i""")
    psql(f"""
        insert into receivable (invoice_number, customer_code, amount, open_amount, currency, due_date)
        select 'BI-' || i, 'BC-' || ((i - 1) / {PER_CUSTOMER} + 1), {GROSS}, {GROSS}, 'CNY', current_date
        from generate_series(1, {n}) i""")


def start_dunning(i):
    call("POST", "/engine-rest/process-definition/key/dunning/start", body={
        "businessKey": f"BO-{(i - 1) // PER_ORDER + 1}",
        "variables": {"orderNumber": {"value": f"BO-{(i - 1) // PER_ORDER + 1}", "type": "String"},
                      "invoiceNumber": {"value": f"BI-{i}", "type": "String"}}})


def count(sql):
    return int(psql(sql))


class Sampler(threading.Thread):
    """Asks what finance would ask while the run goes on: a pair of calls every 200 ms (or right
    after the last pair, when that took longer)."""

    def __init__(self, n):
        super().__init__(daemon=True)
        self.n = n
        self.running = True
        self.latencies = {"GET /api/dunning/{invoice}": [], "GET /api/invoices/{invoice}": []}
        self.errors = 0

    def run(self):
        while self.running:
            due = time.perf_counter() + 0.2
            invoice = f"BI-{random.randint(1, self.n)}"
            for name, path in (("GET /api/dunning/{invoice}", f"/api/dunning/{invoice}"),
                               ("GET /api/invoices/{invoice}", f"/api/invoices/{invoice}")):
                started = time.perf_counter()
                try:
                    call("GET", path, auth=FINANCE)
                except SystemExit:
                    self.errors += 1
                self.latencies[name].append((time.perf_counter() - started) * 1000)
            time.sleep(max(0.0, due - time.perf_counter()))  # the client's pace, not a wait for the application


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--receivables", type=int, default=50000)
    parser.add_argument("--starters", type=int, default=6, help="parallel REST clients starting the dunnings (seeding)")
    parser.add_argument("--limit-s", type=int, default=1800, help="give up after this long")
    parser.add_argument("--jar")
    parser.add_argument("--tag", help="a word for the result file's name")
    parser.add_argument("--app-arg", action="append", default=[],
                        help="an application argument, e.g. --app-arg=--camunda.bpm.job-execution.core-pool-size=4")
    args = parser.parse_args()
    benchlib.JAR = args.jar
    benchlib.APP_ARGS = args.app_arg
    n = args.receivables
    commit = benchlib.commit()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "src/main", "bpmn", "bench/dunning", "pom.xml"],
                           capture_output=True, text=True).stdout.strip()
    pgbench_before = pgbench_latency_ms()
    fresh_database(benchlib.DB)
    app = start_app("/tmp/otc-bench-dunning.log")
    try:
        started = time.time()
        seed_invoices(n)
        with concurrent.futures.ThreadPoolExecutor(args.starters) as pool:
            list(pool.map(start_dunning, range(1, n + 1), chunksize=100))
        waiting = count("select count(*) from act_ru_job where type_ = 'timer' and process_def_key_ = 'dunning'")
        assert waiting == n, f"{waiting} dunning timers for {n} invoices"
        seeded_s = time.time() - started
        psql("vacuum analyze")

        sampler = Sampler(n)
        sampler.start()
        time.sleep(5)  # the sampler's warm-up (JIT, pool) before the run, not part of any figure
        for values in sampler.latencies.values():
            values.clear()
        run_started = time.time()
        # midnight comes for all of them: 5 days overdue, every due-date timer due now
        psql("update receivable set due_date = current_date - 5 where invoice_number like 'BI-%';"
             "update invoice set due_date = current_date - 5 where number like 'BI-%';"
             "update act_ru_job set duedate_ = now() where type_ = 'timer' and process_def_key_ = 'dunning'")
        progress = []
        letters = 0
        while time.time() - run_started < args.limit_s:
            time.sleep(5)  # the observer's pace; the application does not see these reads as load worth naming
            letters = count("select count(*) from dunning_letter")
            left = count("select count(*) from act_ru_job where duedate_ is null or duedate_ <= now()")
            progress.append((round(time.time() - run_started), letters, left))
            print(f"{progress[-1][0]} s: {letters} letters, {left} jobs due", flush=True)
            if letters >= n and left == 0:
                break
        run_s = time.time() - run_started
        sampler.running = False
        sampler.join(30)
        incidents = count("select count(*) from act_ru_incident")
        messages = count("select count(*) from outbox_message where message_type = 'DUNNING_LETTER'")
        documents = count("select count(*) from document where kind = 'DUNNING_LETTER'")
    finally:
        app.terminate()
        app.wait(60)
    pgbench_after = pgbench_latency_ms()
    pgbench = (pgbench_before + pgbench_after) / 2

    today = datetime.date.today().isoformat()
    tried = benchlib.tried(args.app_arg, args.tag)  # each setting tried gets a file of its own
    out = os.path.join(ROOT, "bench", "results", f"dunning-{today}-{commit}-{n}{tried}.md")
    with open(out, "w") as f:
        f.write("# Dunning run\n\n")
        f.write(f"- Date: {today}\n- Commit: {commit}{' (with uncommitted changes)' if dirty else ''}\n")
        f.write(f"- Machine: {machine()}\n")
        f.write(f"- Command: `python3 bench/dunning/run.py --receivables {n} --starters {args.starters}"
                f"{' --jar ' + args.jar if args.jar else ''}{' --tag ' + args.tag if args.tag else ''}{''.join(' --app-arg=' + a for a in args.app_arg)}`\n")
        f.write(f"- Seeding (not measured): {n} invoices by SQL, {n} dunning processes started through "
                f"/engine-rest, {seeded_s:.0f} s\n")
        f.write(f"- pgbench select-only latency, same server, before/after: {pgbench_before:.3f} / {pgbench_after:.3f} ms\n\n")
        f.write("| receivables | letters written | PDFs stored | messages queued | incidents | run | letters/s |\n"
                "|---|---|---|---|---|---|---|\n")
        f.write(f"| {n} | {letters} | {documents} | {messages} | {incidents} | {run_s:.0f} s | {letters / run_s:.0f} |\n\n")
        f.write("REST meanwhile (as fiona, a pair of calls every 200 ms):\n\n"
                "| call | n | p50 | p95 | p99 | p95 / pgbench |\n|---|---|---|---|---|---|\n")
        for name, values in sampler.latencies.items():
            if values:
                f.write(f"| {name} | {len(values)} | {statistics.median(values):.1f} ms | {percentile(values, 95):.1f} ms "
                        f"| {percentile(values, 99):.1f} ms | {percentile(values, 95) / pgbench:.0f}x |\n")
        f.write(f"\nFailed calls: {sampler.errors}\n\nProgress (seconds, letters, jobs due):\n\n")
        f.write(", ".join(f"{s} s: {l}/{j}" for s, l, j in progress) + "\n")
    print(f"wrote {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
