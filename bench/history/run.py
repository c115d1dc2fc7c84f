#!/usr/bin/env python3
"""Removal-time strategy (issue 14, ADR 0017): what Camunda's history removal time costs the database
per order under the strategy "end" (the removal time is written on every history row of an
order when its root instance ends) and "start" (fixed when it starts, written with each row).

For each strategy: the jar on a fresh database, N orders entered through /api as sally (auto-
approved or reviewed, each one starting order-to-cash and order-review), then all of them
cancelled through /api (so each root instance ends), waiting on the database, not the app.
pg_stat_statements (server setting shared_preload_libraries) counts every statement the app ran
meanwhile. Prints and writes bench/results/history-<date>-<commit>.md.

  mvn -DskipTests -Dexec.skip package && python3 bench/history/run.py --orders 200
"""
import argparse
import datetime
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402

SALLY = ("sally", "demo")


def wait_for(sql, wanted, what):
    deadline = time.time() + 900
    while time.time() < deadline:
        if int(benchlib.psql(sql) or 0) >= wanted:
            return
        time.sleep(1)  # the driver waits on the database; the app does not see it
    sys.exit(f"timed out waiting for {what}")


def run(strategy, orders):
    benchlib.fresh_database(benchlib.DB)
    benchlib.psql("create extension if not exists pg_stat_statements")
    benchlib.APP_ARGS = [f"--camunda.bpm.generic-properties.properties.historyRemovalTimeStrategy={strategy}"]
    app = benchlib.start_app(f"/tmp/bench-history-{strategy}.log")
    try:
        benchlib.psql("select pg_stat_statements_reset()")
        started = time.time()
        numbers = []
        for i in range(orders):
            order = benchlib.call("POST", "/api/orders", SALLY, {
                "customerCode": "C-1001", "channel": "PHONE",
                "lines": [{"sku": "P-100", "quantity": 1}],
                "requestedDeliveryDate": (datetime.date.today() + datetime.timedelta(days=20)).isoformat()})
            numbers.append(order["number"])
        wait_for("/* bench */ select count(*) from sales_order where status <> 'RECEIVED'", orders, "reviews")
        for number in numbers:
            benchlib.call("POST", f"/api/orders/{number}/cancel", SALLY, {"reason": "benchmark"})
        wait_for("/* bench */ select count(*) from act_hi_procinst where proc_def_key_ = 'order-to-cash' "
                 "and end_time_ is not null", orders, "ended orders")
        wall = time.time() - started
        dbid = benchlib.psql(f"select oid from pg_database where datname = '{benchlib.DB}'")
        rows = benchlib.psql(
            "select coalesce(sum(total_exec_time), 0), coalesce(sum(calls), 0), "
            "coalesce(sum(total_exec_time) filter (where query ilike 'update act_hi%removal_time_%'), 0), "
            "coalesce(sum(calls) filter (where query ilike 'update act_hi%removal_time_%'), 0), "
            "coalesce(sum(total_exec_time) filter (where query ilike 'insert into act_hi%' "
            "or query ilike 'update act_hi%'), 0) "
            f"from pg_stat_statements where dbid = {dbid} and query not like '%/* bench */%' "
            "and query not ilike '%pg_stat_statements%'").split("|")
        total, calls, removal, removal_calls, history = (float(v) for v in rows)
        return {"strategy": strategy, "wall": wall, "total_ms": total / orders, "calls": calls / orders,
                "removal_ms": removal / orders, "removal_calls": removal_calls / orders, "history_ms": history / orders}
    finally:
        app.terminate()
        app.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--strategies", default="end,start")
    args = parser.parse_args()
    pgbench_before = benchlib.pgbench_latency_ms()
    results = [run(s, args.orders) for s in args.strategies.split(",")]
    pgbench_after = benchlib.pgbench_latency_ms()
    lines = [
        f"# History removal time: strategy end vs start ({datetime.date.today()})", "",
        f"- Machine: {benchlib.machine()}",
        f"- Commit: {benchlib.commit()}",
        f"- Command: `python3 bench/history/run.py --orders {args.orders} --strategies {args.strategies}`",
        f"- pgbench select-only latency on the same server: {pgbench_before:.3f} ms before, {pgbench_after:.3f} ms after",
        f"- Workload: {args.orders} orders entered through /api (order-to-cash + order-review each), then cancelled "
        "through /api so that every root instance ends; database time from pg_stat_statements (the app's statements only)", "",
        "| strategy | DB time per order (ms) | statements per order | history writes (ms per order) "
        "| removal-time updates (ms per order) | removal-time updates per order | share of DB time | wall (s) |",
        "|---|---|---|---|---|---|---|---|"]
    for r in results:
        share = 100 * r["removal_ms"] / r["total_ms"] if r["total_ms"] else 0
        lines.append(f"| {r['strategy']} | {r['total_ms']:.2f} | {r['calls']:.0f} | {r['history_ms']:.2f} "
                     f"| {r['removal_ms']:.2f} | {r['removal_calls']:.1f} | {share:.1f} % | {r['wall']:.0f} |")
    if len(results) == 2 and results[0]["total_ms"]:
        lines += ["", f"DB time per order, start / end: {results[1]['total_ms'] / results[0]['total_ms']:.2f}"]
    benchlib.write_results("history-{date}-{commit}-" + str(args.orders), lines)


if __name__ == "__main__":
    main()
