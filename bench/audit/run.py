#!/usr/bin/env python3
"""The audit timeline and search at scale (issue 14): one order's timeline (GET /api/audit/orders/{n})
and the auditors' searches (GET /api/audit/orders?...) with ORDERS finished orders on the trail.

The jar starts once on a fresh database (schema, demo data) and stops; the trail is then filled
directly in PostgreSQL: ORDERS orders with RECORDS audit records each, one in 1,000 with FULL
records (a negotiated, contracted, shipped, invoiced and returned order has about 400), their
search index rows and the people involved; the chain head moves past them. Then the jar starts
again and audrey asks, one request at a time. Prints and writes bench/results/audit-<date>-<commit>-<orders>.md.

  mvn -DskipTests -Dexec.skip package && python3 bench/audit/run.py --orders 1000000
"""
import argparse
import datetime
import os
import random
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402

AUDREY = ("audrey", "demo")
KINDS = "array['STATUS_CHANGED','PROCESS_STARTED','VARIABLE_SET','ACTIVITY_ENDED','TASK_CREATED'," \
        "'TASK_COMPLETED','DECISION_EVALUATED','API_WRITE','CUSTOMER_MESSAGE','DOCUMENT_STORED']"


def psql_script(sql):
    subprocess.run(["psql", *benchlib.PG, "-d", benchlib.DB, "-v", "ON_ERROR_STOP=1", "-q"], input=sql,
                   text=True, check=True)


def fill(orders, records, full):
    head = int(benchlib.psql("select last_seq from audit_chain_head"))
    psql_script(f"""
        set synchronous_commit = off;
        drop index ix_audit_record_order;
        drop index ix_audit_record_request;
        create temporary sequence bench_seq start {head + 1};
        insert into audit_order (order_number, customer_code, first_at, last_at, status, manager_reviewed,
            max_discount_percent, confirmed_at, delivered_at, contract_signed_at)
        select 'BO-' || lpad(i::text, 7, '0'), 'C-' || (1000 + i % 5000), t, t + interval '20 days',
            (array['PAID','DELIVERED','CANCELLED','INVOICED'])[1 + i % 4], i % 3 = 0, (i % 45)::numeric,
            t + interval '1 hour', t + interval '10 days',
            case when i % 1000 = 7 then t + interval '12 days' when i % 5 = 0 then t + interval '2 days' end
        from (select i, timestamptz '2021-01-01' + i * interval '150 seconds' as t
              from generate_series(1, {orders}) i) g;
        insert into audit_order_user (order_number, user_id, role)
        select 'BO-' || lpad(i::text, 7, '0'), 'sales' || (i % 40), 'INVOLVED' from generate_series(1, {orders}) i
        union all
        select 'BO-' || lpad(i::text, 7, '0'), 'walter' || (i % 8), 'INVOLVED' from generate_series(1, {orders}) i
        union all
        select 'BO-' || lpad(i::text, 7, '0'), 'manager' || (i % 6), 'APPROVED' from generate_series(1, {orders}) i
        where i % 3 = 0;
        insert into audit_record (seq, recorded_at, order_number, kind, actor, request_id, process_instance_id,
            process_key, activity_id, summary, details, prev_hash, hash)
        select nextval('bench_seq'), t + k * interval '1 minute', 'BO-' || lpad(i::text, 7, '0'),
            ({KINDS})[1 + k % 10], case when k % 4 = 0 then 'system' else 'sales' || (i % 40) end,
            md5(i::text || 'r' || (k / 5)::text), md5(i::text || 'p' || (k / 60)::text),
            (array['order-to-cash','order-review','shipment','delivery','collection'])[1 + (k / 60) % 5],
            'Task_' || (k % 37), 'Step ' || k || ' of order ' || i,
            '{{"name":"variable' || (k % 23) || '","value":"' || md5(k::text) || '","type":"string"}}',
            md5(i::text || k::text) || md5(k::text || i::text), md5(k::text || 'h' || i::text) || md5(i::text || 'h')
        from (select i, timestamptz '2021-01-01' + i * interval '150 seconds' as t,
                     case when i % 1000 = 500 then {full} else {records} end as n
              from generate_series(1, {orders}) i) o,
             lateral generate_series(1, o.n) k;
        create index ix_audit_record_order on audit_record (order_number, seq);
        create index ix_audit_record_request on audit_record (request_id);
        update audit_chain_head set last_seq = (select max(seq) from audit_record);
        analyze audit_record; analyze audit_order; analyze audit_order_user;
    """)


def timed(path):
    started = time.perf_counter()
    benchlib.call("GET", path, AUDREY)
    return (time.perf_counter() - started) * 1000


def stats(samples):
    return (f"{benchlib.percentile(samples, 50):.1f} | {benchlib.percentile(samples, 95):.1f} | "
            f"{benchlib.percentile(samples, 99):.1f} | {len(samples)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--records", type=int, default=30)
    parser.add_argument("--full", type=int, default=400)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    benchlib.fresh_database(benchlib.DB)
    app = benchlib.start_app("/tmp/bench-audit-setup.log")
    app.terminate()
    app.wait()
    started = time.time()
    fill(args.orders, args.records, args.full)
    fill_seconds = time.time() - started
    rows = int(benchlib.psql("select count(*) from audit_record"))
    size = benchlib.psql(f"select pg_size_pretty(pg_database_size('{benchlib.DB}'))")
    pgbench_before = benchlib.pgbench_latency_ms()
    app = benchlib.start_app("/tmp/bench-audit.log")
    try:
        rng = random.Random(14)
        full_orders = [f"BO-{i:07d}" for i in range(500, args.orders + 1, 1000)]
        for number in full_orders[:5]:
            timed(f"/api/audit/orders/{number}")  # the first requests warm the JVM up
        full = [timed(f"/api/audit/orders/{rng.choice(full_orders)}") for _ in range(args.requests)]
        small = [timed(f"/api/audit/orders/BO-{rng.randint(1, args.orders):07d}") for _ in range(args.requests)]
        searches = {
            "customer and a month": lambda: "customer=C-{}&from=2022-0{m}-01&to=2022-0{m}-28".format(
                rng.randint(1000, 5999), m=rng.randint(1, 9)),
            "entered in one week": lambda: "from=2023-0{m}-01&to=2023-0{m}-07".format(m=rng.randint(1, 9)),
            "status": lambda: f"status={rng.choice(['PAID', 'DELIVERED', 'CANCELLED'])}",
            "user involved": lambda: f"user=sales{rng.randint(0, 39)}",
            "approved by": lambda: f"approvedBy=manager{rng.randint(0, 5)}",
            "discount above 40 %": lambda: "discountAbove=40",
            "skipped manager review": lambda: "skippedManagerReview=true",
            "contract signed after delivery": lambda: "contractSignedAfterDelivery=true",
            "order number": lambda: f"number=BO-{rng.randint(1, args.orders):07d}",
        }
        search_results = {}
        for name, query in searches.items():
            timed("/api/audit/orders?" + query())
            search_results[name] = [timed("/api/audit/orders?" + query()) for _ in range(max(20, args.requests // 10))]
    finally:
        app.terminate()
        app.wait()
    pgbench_after = benchlib.pgbench_latency_ms()
    lines = [
        f"# Audit timeline and search at {args.orders:,} orders ({datetime.date.today()})", "",
        f"- Machine: {benchlib.machine()}",
        f"- Commit: {benchlib.commit()}",
        f"- Command: `python3 bench/audit/run.py --orders {args.orders} --records {args.records} --full {args.full} --requests {args.requests}`",
        f"- Trail: {rows:,} audit records ({args.records} per order, {args.full} for one order in 1,000), database {size}; filled in {fill_seconds:.0f} s",
        f"- pgbench select-only latency on the same server: {pgbench_before:.3f} ms before, {pgbench_after:.3f} ms after",
        "- One client, one request at a time, as audrey through HTTP Basic; times in ms as the client sees them", "",
        "| request | p50 | p95 | p99 | requests |", "|---|---|---|---|---|",
        f"| timeline of an order with {args.full} records | {stats(full)} |",
        f"| timeline of any order ({args.records} records) | {stats(small)} |"]
    for name, samples in search_results.items():
        lines.append(f"| search: {name} | {stats(samples)} |")
    lines += ["", f"Timeline p95 / pgbench latency: {benchlib.percentile(full, 95) / pgbench_before:.0f}"]
    benchlib.write_results("audit-{date}-{commit}-" + str(args.orders), lines)


if __name__ == "__main__":
    main()
